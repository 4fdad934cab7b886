"""Fetch speed: a feed of 20 items from a local server, against fetching alone and files.

Usage: python benchmarks/fetch.py [--items 20] [--repeat 3] [--host-delay 0.5]
Prints a table: medians over the repeats of
  fetch alone     the feed and its items fetched (no analysis), empty cache
  export cold     ``brief export FEED`` with an empty cache: fetch, ingest, analyse, write
  export cached   the same again: the feed revalidated, the items from the cache
  export files    ``brief export DIR`` of the same pages saved as .html files
and the two ratios of issue 12: cold/fetch-alone (target < 3) and cached/files (< 1.5).
The host delay is brief's default politeness pause; ``--host-delay 0`` shows the ratio
when the pause is taken out (a local server answers in microseconds, no real site does).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fetch_server import LocalServer


def _fresh_dirs(root: Path) -> None:
    for name in ("CACHE", "CONFIG", "DATA"):
        folder = Path(tempfile.mkdtemp(prefix=f"{name.lower()}-", dir=root))
        os.environ[f"XDG_{name}_HOME"] = str(folder)


def _export(args: list[str]) -> float:
    from brief.cli import main

    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["export", "--no-timestamp", *args])
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"export failed ({code}): {err.getvalue()}")
    return seconds


def _fetch_alone(feed: str, items: int, delay: float) -> tuple[float, list]:
    from brief.fetch.cache import Cache
    from brief.fetch.fetcher import Fetcher, FetchSettings
    from brief.fetch.gather import Request, gather

    settings = FetchSettings(allow_private=True, host_delay=delay)
    fetcher = Fetcher(settings, Cache())
    start = time.perf_counter()
    got = gather(Request(urls=[feed], max_items=items), fetcher)
    seconds = time.perf_counter() - start
    fetcher.close()
    assert len(got.pages) == items and not got.failures, got.failures
    return seconds, got.pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--host-delay", type=float, nargs="+", default=[0.5, 0.0])
    args = parser.parse_args()
    print("| host delay s | items | fetch alone s | export cold s | export cached s | "
          "export files s | cold / fetch (< 3) | cached / files (< 1.5) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp, LocalServer(lifetime=1800) as server:
        root = Path(tmp)
        server.set_items(args.items)
        feed = server.url("/rss.xml")
        _fresh_dirs(root)
        from brief.resources import sample_dir

        _export([str(sample_dir())])  # warm the lazy imports: no row pays for them
        for delay in args.host_delay:
            flags = ["--allow-private-network", "--host-delay", str(delay),
                     "--max-items-per-feed", str(args.items)]  # fmt: skip
            alone, cold, cached, files = [], [], [], []
            for run in range(args.repeat):
                _fresh_dirs(root)
                seconds, pages = _fetch_alone(feed, args.items, delay)
                alone.append(seconds)
                _fresh_dirs(root)
                cold.append(_export([*flags, feed]))
                cached.append(_export([*flags, feed]))
                folder = root / f"pages-{delay}-{run}"
                folder.mkdir()
                for number, page in enumerate(pages):
                    (folder / f"{number:02d}.html").write_bytes(page.body)
                files.append(_export([str(folder)]))
            a, c, k, f = (statistics.median(x) for x in (alone, cold, cached, files))
            print(f"| {delay:g} | {args.items} | {a:.2f} | {c:.2f} | {k:.2f} | {f:.2f} | "
                  f"{c / a:.2f} | {k / f:.2f} |")  # fmt: skip


if __name__ == "__main__":
    main()
