"""Wall time and peak memory of ``brief export`` on 100 / 1,000 / 10,000 real articles.

Run from the repository root::

    python benchmarks/scale.py                   # 100, 1000, 10000; sumy capped at 120 s
    python benchmarks/scale.py --sizes 100,1000 --limit 60
    python benchmarks/scale.py --stages          # also time ingest / summary / quotes apart

Article sets come from ``../shared/eval/scale/``: ``bbc_news.jsonl`` for sets up to 2,000
articles, ``multinews_sources.jsonl`` above, shuffled with a fixed seed and written as one
``.txt`` file per article (title line, blank line, text) into a temporary folder.

Rows (each export row also as a ratio to the ingest floor of its size, timed in the same run):

* ``brief ingest only (floor)``: a process that imports brief and reads the folder with brief's
  own ingest (``load_paths``, the export's limits), nothing else: what any export must pay.
* ``brief export`` (default algorithm): the whole command in a subprocess (ingest, summary,
  quotes, discrepancies, JSON rendering), exactly as a user runs it, with the analysis cache
  off (``BRIEF_NO_CACHE=1``).
* ``brief export, quote stage forked``: the same with ``BRIEF_PARALLEL=1``: from 300 articles
  a forked child shares the quote stage's per-article work and compares the figures
  (``brief.forked.Shared``); ``benchmarks/fork_balance.py`` gives each side's CPU time,
  which a loaded machine does not blur. By default (the row
  above) brief forks only when a core is idle (load average below cores - 0.5, printed
  with the table), so on a quiet machine the default row is this one.
* ``brief export, serial``: the same with ``BRIEF_PARALLEL=0`` (never forks).
* ``brief export, cached``: the same command again with the cache its first run filled (a
  private cache folder), the reopen of an unchanged set.
* ``sumy LexRank``: brief's ingest, then sumy's ``LexRankSummarizer`` over every summary unit
  of the set, uncapped (what brief would do if it handed the set to sumy as is), in a
  subprocess stopped at ``--limit`` seconds and at a 4 GB address-space cap (sumy allocates a
  dense n x n matrix): reported as ``> limit`` or ``> 4 GB``.
* ``brief export --algorithm lexrank-sumy``: sumy behind brief's guard (it ranks at most
  ``brief.summary.SUMY_MAX_UNITS`` leading units).

Peak memory is the child's ``ru_maxrss`` read through ``resource.getrusage(RUSAGE_CHILDREN)``
in a fresh wrapper process per measurement, so one run never inherits another's peak.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
SCALE = eval_dir("scale")
SEED = 20_250_813
SMALL_SOURCE_MAX = 2_000
MEMORY_CAP = 4 * 1024**3

sys.path.insert(0, str(ROOT))


def build_set(size: int, folder: Path) -> Path:
    """Write ``size`` shuffled articles as ``.txt`` files into ``folder``; return it."""
    source = SCALE / ("bbc_news.jsonl" if size <= SMALL_SOURCE_MAX else "multinews_sources.jsonl")
    with source.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    random.Random(SEED).shuffle(rows)
    if size > len(rows):
        raise SystemExit(f"{source.name} has only {len(rows)} articles")
    target = folder / f"set{size}"
    target.mkdir()
    for number, row in enumerate(rows[:size]):
        title = (row.get("title") or "").strip()
        text = f"{title}\n\n{row['text']}\n" if title else f"{row['text']}\n"
        (target / f"a{number:05d}.txt").write_text(text, encoding="utf-8")
    return target


def measure(command: Sequence[str], limit: float, memory_cap: int | None = None) -> dict:
    """Run ``command`` in a wrapper process; wall seconds, peak RSS (MB), outcome."""
    wrapper = (
        "import resource, subprocess, sys, json\n"
        "cap = int(sys.argv[1])\n"
        "def limit():\n"
        "    if cap:\n"
        "        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))\n"
        "done = subprocess.run(sys.argv[2:], preexec_fn=limit, stdout=subprocess.DEVNULL,\n"
        "                      stderr=subprocess.PIPE, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps({'rc': done.returncode, 'peak_kb': peak, 'err': done.stderr[-400:]}))\n"
    )
    started = time.perf_counter()
    # its own session, so that on timeout the wrapper and the command it runs die together
    process = subprocess.Popen(
        [sys.executable, "-c", wrapper, str(memory_cap or 0), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        _kill_group(process.pid)
        process.communicate()
        return {"seconds": None, "peak_mb": None, "outcome": f"> {limit:.0f} s"}
    done = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    seconds = time.perf_counter() - started
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"seconds": seconds, "peak_mb": None, "outcome": "failed: " + done.stderr[-200:]}
    outcome = "ok"
    if report["rc"] != 0:
        memory = "MemoryError" in report["err"] or "Cannot allocate" in report["err"]
        outcome = f"> {memory_cap // 1024**3} GB" if memory and memory_cap else _failure(report)
    return {"seconds": seconds, "peak_mb": report["peak_kb"] / 1024, "outcome": outcome}


def _failure(report: dict) -> str:
    lines = [line for line in report["err"].splitlines() if line.strip()]
    return "failed: " + (lines[-1][:120] if lines else f"exit {report['rc']}")


def _kill_group(pid: int) -> None:
    """Stop the wrapper's whole process group (the wrapper and the command it runs)."""
    import contextlib
    import signal

    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def ingest_child(folder: str) -> None:
    """Only brief's ingest of ``folder``, with the limits ``brief export`` would use."""
    from brief.config import limits_from, load_config
    from brief.ingest import load_paths

    load_paths([folder], limits_from(load_config(), None, None))


def sumy_child(folder: str) -> None:
    """Ingest ``folder`` and rank every summary unit with sumy's LexRank, uncapped."""
    from brief.ingest import load_paths
    from brief.summary.sumy_adapter import rank_with_sumy
    from brief.summary.units import collect_units

    articles = [a for a in load_paths([folder]).articles if a.duplicate_of is None]
    units = collect_units(articles)
    rank_with_sumy([u.text for u in units], "lexrank-sumy")


def stages_child(folder: str) -> None:
    """Time brief's stages apart, in one process (prints JSON)."""
    from brief.analysis import _discrepancies
    from brief.ingest import load_paths
    from brief.model import AnalysisOptions
    from brief.quotes import extract_quotes
    from brief.summary import summarize

    times: dict[str, float | str] = {}
    started = time.perf_counter()
    articles = [a for a in load_paths([folder]).articles if a.duplicate_of is None]
    times["ingest"] = time.perf_counter() - started
    stages = {
        "summary": lambda: summarize(articles, AnalysisOptions()),
        "quotes": lambda: extract_quotes(articles),
        "discrepancies": lambda: _discrepancies(articles),
    }
    for name, run in stages.items():
        started = time.perf_counter()
        try:
            run()
        except Exception as error:  # a stage owned elsewhere may fail: report, go on
            times[name] = f"error ({type(error).__name__})"
            continue
        times[name] = time.perf_counter() - started
    print(json.dumps(times))


def _cell(result: dict) -> tuple[str, str]:
    seconds = result["outcome"] if result["seconds"] is None else f"{result['seconds']:.1f} s"
    if result["outcome"] not in ("ok",) and result["seconds"] is not None:
        seconds = result["outcome"]
    peak = "" if result["peak_mb"] is None else f"{result['peak_mb']:,.0f} MB"
    return seconds, peak


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds for each run")
    parser.add_argument("--stages", action="store_true", help="also time the stages apart")
    parser.add_argument("--no-sumy", action="store_true", help="skip the sumy rows")
    parser.add_argument("--runs", type=int, default=1, help="median of this many floor/export runs")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, folder = args.child
        {"sumy": sumy_child, "stages": stages_child, "ingest": ingest_child}[kind](folder)
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bytecode import compile_brief

    print(compile_brief())
    brief = [sys.executable, "-m", "brief", "export"]
    me = [sys.executable, str(Path(__file__).resolve())]
    load_before = _load()
    rows: list[tuple[str, int, dict]] = []
    stage_rows: list[tuple[int, dict]] = []
    floors: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEF_NO_CACHE"] = "1"  # every export row computes, except the cached one
        for size in sizes:
            folder = str(build_set(size, Path(tmp)))
            out = str(Path(tmp) / f"out{size}.json")
            export = [*brief, folder, "--format", "json", "--no-timestamp", "-o", out, "--force"]
            ingest = [*me, "--child", "ingest", folder]
            floor = _median([measure(ingest, args.limit) for _ in range(args.runs)])
            floors[size] = floor["seconds"] or 0.0
            rows.append(("brief ingest only (floor)", size, floor))
            runs = [measure(export, args.limit) for _ in range(args.runs)]
            rows.append(("brief export (default algorithm)", size, _median(runs)))
            os.environ["BRIEF_PARALLEL"] = "1"
            forked = [measure(export, args.limit) for _ in range(args.runs)]
            rows.append(("brief export, quote stage forked (BRIEF_PARALLEL=1)", size,
                         _median(forked)))  # fmt: skip
            os.environ["BRIEF_PARALLEL"] = "0"
            serial = [measure(export, args.limit) for _ in range(args.runs)]
            rows.append(("brief export, serial (BRIEF_PARALLEL=0)", size, _median(serial)))
            os.environ.pop("BRIEF_PARALLEL")
            os.environ.pop("BRIEF_NO_CACHE")
            os.environ["BRIEF_CACHE_DIR"] = str(Path(tmp) / f"cache{size}")
            measure(export, args.limit)  # fills the cache
            cached = _median([measure(export, args.limit) for _ in range(args.runs)])
            rows.append(("brief export, cached (second open)", size, cached))
            os.environ.pop("BRIEF_CACHE_DIR")
            os.environ["BRIEF_NO_CACHE"] = "1"
            if not args.no_sumy:
                sumy = [*me, "--child", "sumy", folder]
                rows.append(("sumy LexRank, uncapped", size, measure(sumy, args.limit, MEMORY_CAP)))
                capped = [*export, "--algorithm", "lexrank-sumy"]
                name = "brief export --algorithm lexrank-sumy"
                rows.append((name, size, measure(capped, args.limit)))
            if args.stages:
                done = subprocess.run(
                    [*me, "--child", "stages", folder], capture_output=True, text=True, check=False
                )
                lines = done.stdout.strip().splitlines()
                stage_rows.append((size, json.loads(lines[-1]) if lines else {}))
    print(f"\nbrief {_version()}, limit {args.limit:.0f} s per run, shuffle seed {SEED}, "
          f"median of {args.runs} run(s); load average before / after: {load_before} / "
          f"{_load()} on {os.cpu_count()} cores\n")  # fmt: skip
    print("| run | articles | wall time | x ingest | peak memory |\n|---|---|---|---|---|")
    for name, size, result in rows:
        seconds, peak = _cell(result)
        ratio = ""
        if result["seconds"] is not None and result["outcome"] == "ok" and floors.get(size):
            ratio = f"{result['seconds'] / floors[size]:.2f}x"
        print(f"| {name} | {size:,} | {seconds} | {ratio} | {peak} |")
    if stage_rows:
        print("\n| articles | ingest | summary | quotes | discrepancies | stages / ingest |")
        print("|---|---|---|---|---|---|")
        for size, times in stage_rows:
            stages = ("ingest", "summary", "quotes", "discrepancies")
            cells = [_seconds(times.get(k)) for k in stages]
            spent = [v for k, v in times.items() if k != "ingest" and isinstance(v, float)]
            ingest = times.get("ingest")
            ratio = f"{sum(spent) / ingest:.2f}x" if isinstance(ingest, float) and ingest else ""
            print(f"| {size:,} | " + " | ".join(cells) + f" | {ratio} |")
    return 0


def _load() -> str:
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "?"


def _median(results: list[dict]) -> dict:
    """The run with the median wall time (failed runs count as slowest)."""
    ordered = sorted(results, key=lambda r: (r["seconds"] is None, r["seconds"] or 0.0))
    return ordered[(len(ordered) - 1) // 2]


def _seconds(value: object) -> str:
    return f"{value:.1f} s" if isinstance(value, float) else str(value or "?")


def _version() -> str:
    from brief import __version__

    return __version__


if __name__ == "__main__":
    raise SystemExit(main())
