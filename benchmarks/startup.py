"""Time to first frame, to sources on screen, and to the summary, on the sample and at scale.

Each measurement runs in a fresh Python process (cold imports, as a user starting
``brief``), headless through ``App.run_test``:

- import: ``import brief.tui.app`` (Textual and brief's UI; no NLP stack)
- first frame: process start to the app's first painted screen
- sources: process start to the article panes showing text (files read)
- summary: process start to the summary and quotes shown (analysis finished)
- key latency: median and worst time for a key press (cursor down in a source pane) to
  be handled while the analysis is still running
- drop a sentence: from the key ``d`` on the summary to the screen repainted with the
  review saved (a review action on the finished brief)

The 1,000-article set is drawn from ``../shared/eval/scale/bbc_news.jsonl`` (fixed seed)
and written as one ``.txt`` file per article into a temp folder. Run:

    python benchmarks/startup.py            # sample and 1,000 articles
    python benchmarks/startup.py --sizes 100 2000 --runs 3
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCALE = ROOT.parent / "shared" / "eval" / "scale" / "bbc_news.jsonl"


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


def child(path: str, start: float, size: tuple[int, int]) -> dict[str, float]:
    """Runs inside the fresh process: open the app on ``path`` and time its stages.

    Each stage is stamped after the refresh that paints it (``call_after_refresh``).
    Key latency is measured from posting a key event to the pane's cursor having moved,
    without ``Pilot.press``, which waits for the process to go idle.
    """
    import asyncio

    from textual import events

    t_import = time.perf_counter()
    from brief.tui.app import make_app
    from brief.tui.screens.main import MainScreen

    result: dict[str, float] = {"import": time.perf_counter() - t_import}

    def stamp_after(method_name: str, key: str) -> None:
        original = getattr(MainScreen, method_name)

        @functools.wraps(original)  # Textual reads the signature to pass the event or not
        def wrapped(self: MainScreen, *args: object, **kwargs: object) -> object:
            value = original(self, *args, **kwargs)
            self.call_after_refresh(lambda: result.setdefault(key, time.perf_counter() - start))
            return value

        setattr(MainScreen, method_name, wrapped)

    stamp_after("on_mount", "first_frame")
    stamp_after("show_articles", "sources")
    stamp_after("show_brief", "summary")

    async def run() -> None:
        app = make_app([path])
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


def measure(path: Path, runs: int, size: tuple[int, int], data_home: Path) -> dict[str, float]:
    """Median of ``runs`` fresh-process measurements."""
    rows = []
    for _ in range(runs):
        env = dict(os.environ, XDG_DATA_HOME=str(data_home), XDG_CONFIG_HOME=str(data_home))
        code = (
            "import sys, time, json; start = time.perf_counter()\n"
            f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n"
            "from startup import child\n"
            f"print(json.dumps(child({str(path)!r}, start, {size!r})))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
        )
        if out.returncode != 0:
            raise SystemExit(f"run failed on {path}:\n{out.stderr[-2000:]}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    keys = rows[0].keys()
    return {k: statistics.median(r[k] for r in rows if k in r) for k in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per set (median)")
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    args = parser.parse_args()
    size = (args.width, args.height)

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
        print(f"terminal {size[0]}x{size[1]}, median of {args.runs} fresh processes; seconds")
        print()
        print("| set | import UI | first frame | sources shown | summary ready "
              "| key latency during analysis (median / max, n) | drop a sentence |")  # fmt: skip
        print("|---|---|---|---|---|---|---|")
        for label, path in sets:
            r = measure(path, args.runs, size, tmp_path / "home")
            keys = (
                f"{r['key_median'] * 1000:.0f} ms / {r['key_max'] * 1000:.0f} ms, {int(r['keys'])}"
                if "key_median" in r
                else "analysis finished first"
            )
            print(
                f"| {label} | {r['import']:.2f} | {r['first_frame']:.2f} | {r['sources']:.2f} "
                f"| {r['summary']:.2f} | {keys} | {r['drop'] * 1000:.0f} ms |"
            )


if __name__ == "__main__":
    main()
