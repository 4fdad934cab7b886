"""The app with web sources: progress while fetching, unread sources listed, o/y/Y/r."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, screen_text, settle

from brief.cli import build_parser
from brief.tui.app import make_app
from brief.tui.widgets.source_list import SourceList

SIZE = (140, 44)


def web_app(*sources: str):  # type: ignore[no-untyped-def]
    app_parser, _ = build_parser()
    args = app_parser.parse_args(["--allow-private-network", "--host-delay", "0", *sources])
    return make_app(list(sources), fetch_args=args, builder=fixed_brief)


async def test_progress_then_unread_sources_in_the_list(
    web, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = web_app(web.url("/rss.xml"), web.url("/missing"), "--max-items-per-feed", "4")
    seen: list[str] = []
    show = SourceList.show_progress

    def record(self, lines, summary, follow=-1):  # type: ignore[no-untyped-def]
        seen.append(summary)
        show(self, lines, summary, follow)

    monkeypatch.setattr(SourceList, "show_progress", record)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sources = app.main.query_one(SourceList)
        assert len(sources.articles) == 4
        assert [u.url for u in sources.unread] == [web.url("/missing")]
        text = screen_text(pilot)
        assert "could not be read" in text and "unread" in text
        notes = [n.message for n in app._notifications]
        said = "1 source could not be read; listed at the end of every source list"
        assert said in notes  # not "source(s)"
    assert "4 to go" in " ".join(seen)  # the feed's items were announced at once
    assert seen[-1] == "Fetching 5 sources: 4 done · 0 cached · 1 failed · 0 to go"


async def test_source_keys_open_copy_refetch(web, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("brief.tui.external._native_tool", lambda: None)
    app = web_app(web.url("/a/30.html"), web.url("/a/31.html"))
    copied: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await settle(pilot)
        sources = app.main.query_one(SourceList)
        sources.focus()
        sources.highlighted = 0
        await pilot.press("o")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("No graphical display" in n for n in notes), notes  # no browser launched
        await pilot.press("y")
        await pilot.press("Y")
        await pilot.pause()
        assert copied[0] == web.url("/a/30.html")
        assert copied[1].startswith("[Dock workers strike") and copied[1].endswith(
            f"]({web.url('/a/30.html')})"
        )
        pane = app.main.panes[1]
        pane.focus()
        await pilot.press("y")  # the same keys work in a source pane, on its article
        await pilot.pause()
        assert copied[2] == pane.article.url  # type: ignore[union-attr]
        sources.focus()
        hits = web.hits["/a/30.html"]
        await pilot.press("r")
        await settle(pilot)
        assert web.hits["/a/30.html"] == hits + 1  # asked the server again
        assert web.hits["/a/31.html"] == 1  # the other came from the cache
        assert len(app.main.query_one(SourceList).articles) == 2


def test_open_refuses_non_web_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.tui.external import open_in_browser

    monkeypatch.setenv("DISPLAY", ":0")
    assert "only http and https" in (open_in_browser("file:///etc/passwd") or "")


def test_citation_is_inert_markdown(tmp_path: Path) -> None:
    from brief.export.provenance import citation
    from brief.model import Article

    article = Article("a", "x", "text", title="Odd [title](javascript:x) *bold*",
                      outlet="Some Outlet", url="https://example.org/a(b)")  # fmt: skip
    text = citation(article)
    assert text.startswith("[Odd \\[title\\]") and "\\*bold\\*" in text
    assert text.endswith("(https://example.org/a%28b%29)")


async def test_the_apps_export_lists_the_sources_that_could_not_be_read(web) -> None:
    """As ``brief export`` does: the brief names what it could not read, with the reason."""
    from brief.export import render
    from brief.tui.screens.export import ExportScreen

    app = web_app(web.url("/rss.xml"), web.url("/missing"), "--max-items-per-feed", "4")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.stories) <= 1
        await pilot.press("e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert [u.url for u in screen.brief.unread] == [web.url("/missing")]
        assert "## Could not be read" in render(screen.brief, "md")


async def test_the_story_list_names_the_sources_that_could_not_be_read(web, tmp_path: Path) -> None:
    """QA (twenty-first round): a mixed pile's story list said nothing of the links that
    failed until a story was opened; it now names them, with the reason, under the list."""
    from stories_pile import write_pile

    from brief.tui.screens.stories import StoriesScreen

    write_pile(tmp_path / "pile")
    missing = [web.url(f"/missing-{n}") for n in range(6)]
    app = web_app(str(tmp_path / "pile"), *missing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        text = screen_text(pilot)
        assert "6 web sources could not be read" in text
        assert missing[0].removeprefix("http://") in text and "… and 2 more" in text
        assert "could not be read: " in text  # the reason follows each address


async def test_a_story_list_with_every_source_read_has_no_such_line(tmp_path: Path) -> None:
    from stories_pile import write_pile

    from brief.tui.screens.stories import StoriesScreen

    write_pile(tmp_path / "pile")
    app = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        assert "could not be read" not in screen_text(pilot)
        assert not app.screen.query_one("#story-unread").display
