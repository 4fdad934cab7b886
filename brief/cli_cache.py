"""``brief cache info|clear``: where the caches of fetched pages and analysed sets are, how big
they are, and emptying them. Apart from the fetching options of ``brief.cli_fetch``."""

from __future__ import annotations

import sys

from brief.store import stderr_notice
from brief.text.clean import printable


def cache_main(argv: list[str]) -> int:
    """``brief cache info|clear``."""
    from brief.cli_parser import Parser

    parser = Parser(
        prog="brief cache",
        description="The caches of fetched pages and feeds, and of analysed article sets.",
    )
    parser.add_argument(
        "action",
        choices=("info", "clear"),
        help="info: where they are and how big; clear: delete every cached page and analysis",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    from brief import analysis_cache
    from brief.fetch.cache import Cache

    cache = Cache(notice=stderr_notice)
    try:
        if args.action == "clear":
            count = cache.clear()
            print(
                f"brief: cleared {count} cached response{'s' if count != 1 else ''} "
                f"from {printable(str(cache.path))}",
                file=sys.stderr,
            )
            analyses = analysis_cache.clear()
            print(
                f"brief: cleared {analyses} cached analys{'es' if analyses != 1 else 'is'}",
                file=sys.stderr,
            )
            return 0
        info = cache.info()
    finally:
        cache.close()
    print(f"path: {info.path}")
    print(f"entries: {info.entries}")
    print(f"size: {info.size / 1024 / 1024:.1f} MB of {info.cap / 1024 / 1024:.0f} MB")
    if info.oldest is not None and info.newest is not None:
        from datetime import datetime, timezone

        def when(t: float) -> str:
            return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

        print(f"fetched: {when(info.oldest)} to {when(info.newest)}")
    folder = analysis_cache.cache_dir()
    if folder is not None:
        count, size = analysis_cache.usage(folder)
        cap = analysis_cache.MAX_BYTES / 1024 / 1024
        print(f"analyses: {count} ({size / 1024 / 1024:.1f} MB of {cap:.0f} MB) in {folder}")
    return 0
