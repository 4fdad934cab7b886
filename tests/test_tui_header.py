"""``BriefHeader`` paints what Textual's ``Header`` paints, segment by segment, and acts alike.

Both headers sit in one app (undocked, one above the other), so every comparison is of
the same screen, theme and title; the segments (text and the whole Rich style, the
selection offsets included) must be equal, not merely look alike.
"""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.strip import Strip
from textual.widgets import Header
from textual.widgets._header import HeaderIcon

from brief.tui.widgets.header import BriefHeader


class Both(App[None]):
    CSS = "Header, BriefHeader { dock: none; }"

    def __init__(self, icon: str) -> None:
        super().__init__()
        self.icon = icon

    def compose(self) -> ComposeResult:
        yield Header(icon=self.icon, show_clock=False)
        yield BriefHeader(icon=self.icon)


def rows(app: App[None], widget: type) -> list[list[tuple[str, Style | None]]]:
    """The screen rows the widget covers, as (text, style) segments."""
    region = app.query_one(widget).region
    strips: list[Strip] = app.screen._compositor.render_strips()
    return [
        [(s.text, s.style) for s in strips[y].crop(region.x, region.right)]
        for y in range(region.y, region.bottom)
    ]


def cells(segments: list[tuple[str, Style | None]]) -> list[tuple[str, Style | None]]:
    """One entry per character, styles without their selection offsets."""
    return [
        (char, style.clear_meta_and_links() if style else None)
        for text, style in segments
        for char in text
    ]


TITLES = [
    ("brief", ""),
    ("brief", "Council approves the budget"),
    ("brief", "A sub-title far too long to fit on one line of the bar " * 3),
    ("brief", "漢字のタイトル — wide characters"),
    ("a  b ", "  trailing  "),
]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
@pytest.mark.parametrize("icon", ["", "⭘"])
async def test_the_same_segments_as_textuals_header(theme: str, icon: str) -> None:
    app = Both(icon)
    async with app.run_test(size=(120, 12)) as pilot:
        app.theme = theme
        for width in (120, 80, 40, 19, 18):
            await pilot.resize_terminal(width, 12)
            for title, sub_title in TITLES:
                app.title, app.sub_title = title, sub_title
                await pilot.pause()
                assert rows(app, BriefHeader) == rows(app, Header), (width, title, sub_title)


async def test_hovered_and_tall_the_same_as_textuals_header() -> None:
    app = Both("⭘")
    async with app.run_test(size=(60, 12)) as pilot:
        app.title, app.sub_title = "brief", "Council approves the budget"
        await pilot.pause()
        await pilot.hover(HeaderIcon, offset=(2, 0))
        await pilot.pause()
        real = rows(app, Header)
        assert real != rows(app, BriefHeader)  # hovered: shaded
        await pilot.hover(BriefHeader, offset=(2, 0))
        await pilot.pause()
        assert rows(app, BriefHeader) == real
        assert app.query_one(BriefHeader).tooltip == "Open the command palette"
        await pilot.hover(BriefHeader, offset=(30, 0))  # off the icon: not shaded
        await pilot.pause()
        assert app.query_one(BriefHeader).tooltip is None
        await pilot.click(Header, offset=(30, 0))  # both three lines tall
        await pilot.click(BriefHeader, offset=(30, 0))
        await pilot.pause()
        assert len(rows(app, BriefHeader)) == 3
        assert rows(app, BriefHeader) == rows(app, Header)
        await pilot.click(BriefHeader, offset=(50, 2))
        await pilot.pause()
        assert len(rows(app, BriefHeader)) == 1


async def test_narrow_screens_the_same_cells() -> None:
    """Below 18 columns the clock's space covers the icon: the same cells as Textual's."""
    app = Both("⭘")
    async with app.run_test(size=(17, 12)) as pilot:
        app.title, app.sub_title = "brief", "story"
        for width in (17, 12, 9, 3):
            await pilot.resize_terminal(width, 12)
            await pilot.pause()
            ours, theirs = rows(app, BriefHeader), rows(app, Header)
            assert [cells(r) for r in ours] == [cells(r) for r in theirs], width


async def test_the_title_follows_the_screen_and_the_icon_opens_the_palette() -> None:
    app = Both("⭘")
    async with app.run_test(size=(80, 12)) as pilot:
        app.title = "brief"
        app.screen.sub_title = "set on the screen"
        await pilot.pause()
        assert "set on the screen" in "".join(t for t, _ in rows(app, BriefHeader)[0])
        assert rows(app, BriefHeader) == rows(app, Header)
        await pilot.click(BriefHeader, offset=(2, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


@pytest.mark.parametrize("widget", [Header, BriefHeader])
async def test_a_selection_in_the_title_is_painted_and_copied_alike(widget: type) -> None:
    app = Both("")
    async with app.run_test(size=(60, 12)) as pilot:
        app.title, app.sub_title = "brief", "Council approves the budget"
        await pilot.pause()
        await pilot.mouse_down(widget, offset=(20, 0))
        await pilot.hover(widget, offset=(35, 0))
        await pilot.mouse_up(widget, offset=(35, 0))
        await pilot.pause()
        assert app.screen.get_selected_text() == "ouncil approves "
        selected = rows(app, widget)
        other = BriefHeader if widget is Header else Header
        app.screen.clear_selection()
        await pilot.mouse_down(other, offset=(20, 0))
        await pilot.hover(other, offset=(35, 0))
        await pilot.mouse_up(other, offset=(35, 0))
        await pilot.pause()
        assert rows(app, other) == selected


def test_segments_helper_sees_styles() -> None:
    """The comparison is of styles too: two colours of the same text differ."""
    red = Strip([Segment("x", Style(color="red"))])
    blue = Strip([Segment("x", Style(color="blue"))])
    assert [(s.text, s.style) for s in red] != [(s.text, s.style) for s in blue]
