"""``brief export DIR --stories`` from CPU times per stage and process: a quiet-machine estimate.

On a shared machine the wall time of a forked run says little (the processes wait for
cores). This runs the command in a driver process (``--format json``, ``BRIEF_PARALLEL`` as
asked, ``1`` by default) with hooks from outside, and reads the CPU seconds of each stage in
this process and in the forked children (each counted in the stage it was forked in):

* ``start``: interpreter, imports and ingest (up to the grouping); ``start child``: the
  children forked during the ingest (``brief.stories.ahead``: they work while the articles
  are built; the last may end in the grouping);
* ``grouping``: the grouping here, beside the child that finds the quote statements meanwhile
  (``brief.stories.briefs.StatementsAhead``), until its statements are in;
* ``briefs``: the per-story briefs here, beside the child that shares them;
* ``after``: the JSON and its writing.

With a core per process the wall time would be about ``start + max(grouping, its child +
spill) + max(briefs, its child) + after`` (``est``), where ``spill`` is what the ingest's
children did past the ingest (their CPU less the parent's from the first fork to the
grouping); ``est / floor`` estimates ``benchmarks/stories.py
--speed``'s wall ratio on a quiet machine (floor: CPU of a process that only ingests the same
files, as that benchmark times it), ``CPU / floor`` its CPU ratio. Run from the repository
root, optionally against an older copy (``git archive COMMIT brief | tar -x -C DIR``), the two
interleaved::

    python benchmarks/stories_balance.py --sizes 1000,10000 --rounds 2 [--base DIR] [--serial]

The sets are ``benchmarks/stories.py``'s Multi-News leads (same shuffle).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def driver(folder: str, out: str) -> None:
    """One ``--stories`` export in this process, hooked; prints the CPU split as JSON."""
    os.environ["BRIEF_NO_CACHE"] = "1"
    import brief.stories as stories
    import brief.stories.briefs as briefs

    marks: dict[str, float] = {}
    stage = ["start"]
    children: dict[str, float] = {}
    real_waitpid, real_fork = os.waitpid, os.fork
    born: dict[int, str] = {}  # each child's stage when it was forked: its CPU counts there

    def fork() -> int:
        pid = real_fork()
        if pid > 0:
            born[pid] = stage[0]
        return pid

    def waitpid(pid: int, options: int):  # type: ignore[no-untyped-def]
        if pid <= 0:
            return real_waitpid(pid, options)
        done, status, usage = os.wait4(pid, options)
        at = born.get(pid, stage[0])
        children[at] = children.get(at, 0.0) + usage.ru_utime + usage.ru_stime
        return done, status

    os.waitpid = waitpid  # the forked helpers reap their children with it
    os.fork = fork

    def hook(owner, name: str, begin: str | None, end: str | None) -> None:  # type: ignore[no-untyped-def]
        real = getattr(owner, name)

        def hooked(*a, **k):  # type: ignore[no-untyped-def]
            if begin:
                marks.setdefault(begin, _cpu())
                stage[0] = begin
            value = real(*a, **k)
            if end:
                marks[end] = _cpu()
            return value

        setattr(owner, name, hooked)

    hook(stories, "group_stories", "grouping", "grouped")
    if hasattr(briefs, "StatementsAhead"):  # its child is the grouping's (forked just before)
        hook(briefs.StatementsAhead, "__init__", "grouping", None)
        hook(briefs.StatementsAhead, "lookup", None, "grouped")
    try:  # the children of the ingest (snapshots) and the grouping (the tail)
        from brief.stories.ahead import Ahead

        hook(Ahead, "start_tail", "grouping", None)  # the tail child is the grouping's
        hook(Ahead, "statements", None, "grouped")
    except ImportError:  # an older copy
        pass
    # the export calls ``build_briefs_rendered`` (each story's JSON written beside the work)
    # where it exists, ``build_briefs`` in older copies
    entry = "build_briefs_rendered" if hasattr(briefs, "build_briefs_rendered") else "build_briefs"
    hook(briefs, entry, "briefs", "built")
    try:  # the first snapshot's fork: the children can work from there to the grouping
        from brief.stories import ahead

        real_snapshot = ahead._Snapshot.__init__

        def snapshot(self, *a, **k):  # type: ignore[no-untyped-def]
            marks.setdefault("first fork", _cpu())
            real_snapshot(self, *a, **k)

        ahead._Snapshot.__init__ = snapshot
    except (ImportError, AttributeError):  # an older copy
        pass
    from brief.cli import main

    main(
        ["export", folder, "--stories", "--format", "json", "--no-timestamp", "-o", out, "--force"]
    )
    end = _cpu()
    split = {
        "start": marks["grouping"],
        "start child": children.get("start", 0.0),
        "grouping": marks["grouped"] - marks["grouping"],
        "grouping child": children.get("grouping", 0.0),
        "briefs": marks["built"] - marks["briefs"],
        "briefs child": children.get("briefs", 0.0),
        "after": end - marks["built"],
    }
    # what the ingest's children did past the ingest delays the grouping's child
    window = marks["grouping"] - marks.get("first fork", marks["grouping"])
    spill = max(0.0, split["start child"] - window)
    est = (
        split["start"]
        + max(split["grouping"], split["grouping child"] + spill)
        + max(split["briefs"], split["briefs child"])
        + split["after"]
    )
    print(json.dumps({**split, "est": est, "cpu": end + sum(children.values())}))


def floor(folder: str) -> float:
    """CPU seconds of a process that only ingests ``folder`` (``stories.py``'s floor)."""
    code = f"from brief.ingest import load_paths; load_paths([{folder!r}])"
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    _, _, usage = os.wait4(child.pid, 0)
    return usage.ru_utime + usage.ru_stime


def run(source: Path, folder: str, out: str, parallel: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(source), "BRIEF_PARALLEL": parallel}
    command = [sys.executable, str(Path(__file__).resolve()), "--driver", folder, out]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, cwd="/")
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {"error": done.stderr[-300:]}


COLUMNS = ("start", "start child", "grouping", "grouping child", "briefs", "briefs child", "after")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--base", type=Path, help="an older copy of brief's source to compare")
    parser.add_argument("--serial", action="store_true", help="BRIEF_PARALLEL=0 (no child)")
    parser.add_argument("--driver", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver:
        driver(*args.driver)
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from stories import write_scale

    parallel = "0" if args.serial else "1"
    sources = [("base", args.base)] if args.base else []
    sources.append(("this", ROOT))
    heads = [*COLUMNS, "est", "CPU", "floor", "est / floor", "CPU / floor"]
    print(f"| code | articles | {' | '.join(heads)} |")
    print("|---|---|" + "---|" * (len(COLUMNS) + 5))
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            folder = write_scale(Path(tmp) / f"mn{size}", "multinews_sources.jsonl", size)
            for _ in range(args.rounds):
                ground = floor(str(folder))
                for name, source in sources:
                    r = run(source, str(folder), str(Path(tmp) / "out.json"), parallel)
                    if "error" in r:
                        print(f"| {name} | {size:,} | {r['error']} |")
                        continue
                    cells = " | ".join(f"{r[k]:.2f}" for k in COLUMNS)
                    print(f"| {name} | {size:,} | {cells} | {r['est']:.2f} | {r['cpu']:.2f} | "
                          f"{ground:.2f} | {r['est'] / ground:.2f}x | {r['cpu'] / ground:.2f}x |",
                          flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
