"""The app as ``brief PATHS`` builds it reads a few local files before its first frame, as
``make_app`` alone does; anything to fetch is still read in a worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import first_frame_has_headlines

from brief.cli import app_for, build_parser

SIZE = (120, 40)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _app(*argv: str):  # type: ignore[no-untyped-def]
    parser, _export = build_parser()
    return app_for(parser.parse_args([*argv, "--no-cache"]))


async def test_the_command_line_app_shows_headlines_in_its_first_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = _app(str(SEEDS))
    assert app.fetch_args is not None  # built as the command line builds it
    assert await first_frame_has_headlines(monkeypatch, app, SIZE)


def test_only_local_sources_count_as_local(tmp_path: Path) -> None:
    assert _app(str(SEEDS)).local_only()
    assert _app().local_only()  # the sample
    assert not _app("https://example.org/news").local_only()
    listing = tmp_path / "urls.txt"
    listing.write_text("https://example.org/a\n", encoding="utf-8")
    assert not _app("--urls", str(listing)).local_only()
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><link>https://example.org/a</link></item></channel></rss>",
        encoding="utf-8",
    )
    assert not _app(str(feed)).local_only()
    article = tmp_path / "article.txt"
    article.write_text("A headline\n\nA sentence about something.\n", encoding="utf-8")
    assert _app(str(article)).local_only()
