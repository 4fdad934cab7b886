"""Time to first frame, to sources on screen, and to the summary, beside their floors.

Each measurement runs in a fresh Python process (cold imports, as a user starting
``brief``), headless through ``App.run_test``; every time is from the launch of that process
(the parent's clock before it spawns the child), so interpreter start-up counts:

- floor: a bare Textual app showing one line, launch to its first frame, timed in the same
  run; every other figure is also printed as a ratio to it
- import: building the app as ``brief PATH`` does (Textual and brief's UI; no NLP stack)
- first frame: launch to the app's first painted screen
- sources: launch to the article panes showing text (files read: the headlines)
- the app is built as ``brief PATH`` builds it (``brief.cli.app_for``)
- summary: launch to the summary and quote panels both filled (the summary alone comes
  first: ``summary alone`` in the second table), with an empty analysis cache;
  ``second open``: the same with the cache the first open left
- export: ``brief export`` of the sample as a whole process (launch to exit), cache empty
  and cache filled
- key latency: median and worst time for a key press (cursor down in a source pane) to
  be handled while the analysis is still running
- drop a sentence: from the key ``d`` on the summary to the screen repainted with the
  review saved (a review action on the finished brief)

The 1,000-article set is drawn from ``../shared/eval/scale/bbc_news.jsonl`` (fixed seed)
and written as one ``.txt`` file per article into a temp folder. Run:

    python benchmarks/startup.py                       # the sample
    python benchmarks/startup.py --sizes 1000 --runs 3  # and 1,000 BBC articles
    python benchmarks/startup.py --runs 7 --precise     # 3 decimals, ratios to 2
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
SCALE = eval_dir("scale", "bbc_news.jsonl")


def write_scale_set(folder: Path, count: int, seed: int = 13) -> Path:
    """``count`` BBC articles as ``.txt`` files (title line, blank line, text)."""
    with SCALE.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    random.Random(seed).shuffle(records)
    if count > len(records):
        raise SystemExit(f"only {len(records)} articles in {SCALE}")
    folder.mkdir(parents=True, exist_ok=True)
    for number, record in enumerate(records[:count]):
        text = f"{record['title']}\n\n{record['text']}\n"
        (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def bare_child(launch: float, size: tuple[int, int]) -> dict[str, float]:
    """A bare Textual app with one line: launch to its first painted frame."""
    import asyncio

    from textual.app import App, ComposeResult
    from textual.widgets import Static

    result: dict[str, float] = {}
    pending = _stamp_painted(result, launch)

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("brief")

        def on_mount(self) -> None:
            pending.append("first_frame")
            self.call_after_refresh(lambda: result.setdefault("first_frame", time.time() - launch))

    async def run() -> None:
        async with Bare().run_test(size=size) as pilot:
            while "first_frame" not in result:
                await pilot.pause(0.002)

    asyncio.run(run())
    return result


def _stamp_painted(result: dict[str, float], launch: float) -> list[str]:
    """Stamp ``painted_<key>`` when the first frame after ``key`` is sent to the terminal.

    ``call_after_refresh`` (the ``<key>`` stamps) runs once the screen's message queue is
    empty, which on a screen of many widgets is a few refreshes after the frame that already
    shows the stage; ``App._display`` is the write of a frame to the terminal (the driver).
    Returns the list to append a key to once its stage has run.
    """
    from textual.app import App

    pending: list[str] = []
    original = App._display

    def display(self: App, screen: object, renderable: object) -> None:
        original(self, screen, renderable)  # type: ignore[arg-type]
        now = time.time() - launch
        for key in pending:
            result.setdefault(f"painted_{key}", now)
        pending.clear()

    App._display = display  # type: ignore[method-assign]
    return pending


def child(path: str, launch: float, size: tuple[int, int]) -> dict[str, float]:
    """Runs inside the fresh process: open the app on ``path`` and time its stages.

    Each stage is stamped after the refresh that paints it (``call_after_refresh``).
    Key latency is measured from posting a key event to the pane's cursor having moved,
    without ``Pilot.press``, which waits for the process to go idle.
    """
    import asyncio

    result: dict[str, float] = {}
    t_import = time.perf_counter()
    # as ``brief PATH``: may start the analysis ahead, then imports Textual and the UI (so
    # nothing of Textual is imported before: the fork and the rest happen where they do
    # for a user; the frame stamps are hooked in once the app is built, before it runs)
    app = _cli_app(path)
    from textual import events

    from brief.tui.screens.main import MainScreen

    result["import"] = time.perf_counter() - t_import
    pending = _stamp_painted(result, launch)

    def stamp_after(method_name: str, *keys: tuple[str, Callable[..., bool]]) -> None:
        original = getattr(MainScreen, method_name)

        @functools.wraps(original)  # Textual reads the signature to pass the event or not
        def wrapped(self: MainScreen, *args: object, **kwargs: object) -> object:
            value = original(self, *args, **kwargs)
            for key, when in keys:
                if when(*args, **kwargs) and key not in result:
                    pending.append(key)
                    self.call_after_refresh(
                        lambda key=key: result.setdefault(key, time.time() - launch)
                    )
            return value

        setattr(MainScreen, method_name, wrapped)

    def always(*args: object, **kwargs: object) -> bool:
        return True

    def both_panels(brief, links, review, quotes=None, pending=()) -> bool:  # type: ignore[no-untyped-def]
        return quotes is not None and not pending  # summary and quotes shown, none pending

    stamp_after("on_mount", ("first_frame", always))
    stamp_after("show_articles", ("sources", always))
    # "summary": both panels filled; the summary alone comes first (progressive panels)
    stamp_after("show_brief", ("summary_alone", always), ("summary", both_panels))

    async def run() -> None:
        async with app.run_test(size=size):
            while "sources" not in result:
                await asyncio.sleep(0.002)
                if app.screen.has_class("-failed"):
                    raise SystemExit("no article could be read")
            screen = app.screen
            assert isinstance(screen, MainScreen)
            pane = screen.panes[0]
            pane.focus()
            latencies: list[float] = []
            while "summary" not in result and len(latencies) < 40:
                before = pane.highlighted
                key = "down" if (before or 0) < pane.option_count - 1 else "home"
                sent = time.perf_counter()
                app.post_message(events.Key(key, None))
                while pane.highlighted == before and time.perf_counter() - sent < 10:
                    await asyncio.sleep(0.001)
                latencies.append(time.perf_counter() - sent)
                await asyncio.sleep(0.05)
            while "summary" not in result:
                await asyncio.sleep(0.005)
            # a review action once the brief is there: drop the first summary sentence
            screen.query_one("#summary").focus()
            await asyncio.sleep(0.3)
            assert app.session is not None
            sent = time.perf_counter()
            app.post_message(events.Key("d", None))
            while not app.session.review.dropped and time.perf_counter() - sent < 30:
                await asyncio.sleep(0.001)
            painted: list[float] = []
            screen.call_after_refresh(lambda: painted.append(time.perf_counter()))
            while not painted:
                await asyncio.sleep(0.001)
            result["drop"] = painted[0] - sent
            if latencies:
                result["key_median"] = statistics.median(latencies)
                result["key_max"] = max(latencies)
                result["keys"] = len(latencies)

    asyncio.run(run())
    return result


def _cli_app(path: str) -> Any:
    """The app as ``brief PATH`` builds it (with the parsed command line, which decides for
    instance whether the files are read before the first frame, and whether the analysis
    starts ahead in a forked child before the UI is imported)."""
    from brief import cli

    args = cli.build_parser()[0].parse_args([path])
    if hasattr(cli, "app_for"):
        return cli.app_for(args)
    from brief.tui.app import make_app

    return make_app(  # an older brief: what its _run_app did
        cli._paths(args), theme=args.theme, algorithm=args.algorithm,
        sentences=args.sentences, words=args.words, focus=cli._focus(args.focus),
        max_size_mb=args.max_size, max_articles=args.max_articles, cache=not args.no_cache,
        fetch_args=args,
    )  # fmt: skip


def _env(home: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ, XDG_DATA_HOME=str(home), XDG_CONFIG_HOME=str(home))
    env["BRIEF_CACHE_DIR"] = str(cache)
    env.pop("BRIEF_NO_CACHE", None)
    return env


def run_child(call: str, env: dict[str, str]) -> dict[str, float]:
    """``call`` (of this module) in a fresh process that knows its launch time."""
    code = (
        "import sys, json\n"
        f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n"
        "import startup\n"
        f"print(json.dumps(startup.{call}))\n"
    )
    launch = time.time()
    env = {**env, "BENCH_LAUNCH": repr(launch)}
    command = [sys.executable, "-c", code]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"run failed: {call}\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def launch_time() -> float:
    return float(os.environ["BENCH_LAUNCH"])


def export_seconds(path: Path, env: dict[str, str]) -> float:
    """``brief export`` of ``path`` as a whole process: launch to exit."""
    command = [sys.executable, "-m", "brief", "export", str(path), "--format", "json"]
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - started


def measure(path: Path, runs: int, size: tuple[int, int], home: Path) -> dict[str, float]:
    """Median of ``runs`` rounds; each round: bare app, brief cold, brief warm, exports."""
    rows = []
    for number in range(runs):
        cache = home / f"cache-{path.name}-{number}"
        env = _env(home / f"{path.name}-{number}", cache)
        bare = run_child(f"bare_child(startup.launch_time(), {size!r})", env)
        row = {"floor": bare["first_frame"], "painted_floor": bare["painted_first_frame"]}
        row.update(run_child(f"child({str(path)!r}, startup.launch_time(), {size!r})", env))
        warm = run_child(f"child({str(path)!r}, startup.launch_time(), {size!r})", env)
        row["second_open"] = warm["summary"]
        row["painted_second_open"] = warm["painted_summary"]
        shutil.rmtree(cache, ignore_errors=True)  # none when brief runs without a cache
        row["export"] = export_seconds(path, env)
        row["export_warm"] = export_seconds(path, env)
        rows.append(row)
    keys = rows[0].keys()
    return {k: statistics.median(r[k] for r in rows if k in r) for k in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per set (median)")
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    parser.add_argument(
        "--precise", action="store_true", help="seconds to 3 decimals, ratios to 2 (near a target)"
    )
    args = parser.parse_args()
    size = (args.width, args.height)
    from bytecode import compile_brief  # beside this script

    print(compile_brief())

    sets: list[tuple[str, Path]] = [("sample (5 files)", ROOT / "seeds")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        if args.sizes and not SCALE.exists():
            print(f"skipping the scale sets: {SCALE} is missing", file=sys.stderr)
        elif args.sizes:
            for count in args.sizes:
                sets.append(
                    (f"bbc_news {count:,} files", write_scale_set(tmp_path / str(count), count))
                )
        t, x = (3, 2) if args.precise else (2, 1)  # decimals of seconds and of ratios
        print(f"terminal {size[0]}x{size[1]}, median of {args.runs} rounds of fresh processes;")
        print("seconds from launch, and the ratio to the bare Textual app's first frame (floor)")
        print("timed in the same round")
        print()
        print("| set | floor: bare Textual first frame | first frame | headlines (sources) "
              "| panels complete | second open (cached) | export | export, cached "
              "| key latency during analysis (median / max, n) | drop a sentence |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|---|")
        painted: list[tuple[str, dict[str, float]]] = []
        for label, path in sets:
            r = measure(path, args.runs, size, tmp_path / "home")
            keys = (
                f"{r['key_median'] * 1000:.0f} ms / {r['key_max'] * 1000:.0f} ms, {int(r['keys'])}"
                if "key_median" in r
                else "analysis finished first"
            )
            cells = [
                f"{r[k]:.{t}f} ({r[k] / r['floor']:.{x}f}x)"
                for k in ("first_frame", "sources", "summary", "second_open", "export",
                          "export_warm")
            ]  # fmt: skip
            print(f"| {label} | {r['floor']:.{t}f} | " + " | ".join(cells)
                  + f" | {keys} | {r['drop'] * 1000:.0f} ms |")  # fmt: skip
            painted.append((label, r))
        print()
        print("The same runs, each stage stamped when the first frame that shows it is sent to")
        print("the terminal (App._display), the floor likewise (its first frame sent):")
        print()
        print("| set | floor: bare Textual frame sent | first frame | headlines | summary alone "
              "| panels complete | second open (cached) |")  # fmt: skip
        print("|---|---|---|---|---|---|---|")
        for label, r in painted:
            floor = r["painted_floor"]
            cells = [
                f"{r[k]:.{t}f} ({r[k] / floor:.{x}f}x)"
                for k in ("painted_first_frame", "painted_sources", "painted_summary_alone",
                          "painted_summary", "painted_second_open")
            ]  # fmt: skip
            print(f"| {label} | {floor:.{t}f} | " + " | ".join(cells) + " |")
        print()
        print("targets: export <= 2x, headlines <= 1.5x, panels complete <= 3x, "
              "second open <= 1.5x (sample)")  # fmt: skip


if __name__ == "__main__":
    main()
