"""The app as ``brief PATHS`` builds it reads a few local files before its first frame, as
``make_app`` alone does; anything to fetch is still read in a worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import settle
from textual.app import App

from brief.cli import app_for, build_parser
from brief.tui.screens.main import MainScreen

SIZE = (120, 40)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _app(*argv: str):  # type: ignore[no-untyped-def]
    parser, _export = build_parser()
    return app_for(parser.parse_args([*argv, "--no-cache"]))


async def test_the_command_line_app_shows_headlines_in_its_first_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frames: list[bool] = []
    display = App._display

    def recording(self, screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None and isinstance(screen, MainScreen):
            frames.append(bool(screen.articles))
        return display(self, screen, renderable)

    monkeypatch.setattr(App, "_display", recording)
    app = _app(str(SEEDS))
    assert app.fetch_args is not None  # built as the command line builds it
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.brief is not None
    assert frames and frames[0] is True


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
