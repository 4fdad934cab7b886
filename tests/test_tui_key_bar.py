"""What the key bar keeps as it narrows: the focused panel's main keys, the ways back and to
every key, then export, undo and zoom (``MainScreen.KEY_BAR_TIERS``). Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, settle, write_story

from brief.tui.app import make_app
from brief.tui.screens.main import MainScreen
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.source_list import SourceList
from tests.stories_pile import write_pile

MAIN_KEYS = {"1": "p Pin", "s": "d Drop/keep", "w": "r Reject/restore", "l": "x Exclude"}
"""A key that focuses a panel, and that panel's own key the bar must keep."""


async def _bars(app, size: tuple[int, int], story: bool) -> dict[str, str]:  # type: ignore[no-untyped-def]
    bars = {}
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        if story:
            await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        footer = app.screen.query_one(BriefFooter)
        for focus in MAIN_KEYS:
            if focus == "l":  # no key focuses the source list ("l" shows or hides it)
                app.screen.query_one(SourceList).focus()
            else:
                await pilot.press(focus)
            await pilot.pause()
            bars[focus] = footer.render().plain
    return bars


@pytest.mark.parametrize("width", [80, 120])
async def test_the_key_bar_names_zoom_at_80_and_120_columns(tmp_path: Path, width: int) -> None:
    """``z`` was cut at 80 and 120 columns (only the help named it); the panel's own keys,
    help, export and undo stay."""
    app = make_app([str(write_story(tmp_path / "one"))], builder=fixed_brief)
    bars = await _bars(app, (width, 30), story=False)
    for focus, bar in bars.items():
        for key in ("z Zoom", MAIN_KEYS[focus], "? Help", "e Export", "u Undo"):
            assert key in bar, (focus, key, bar)


@pytest.mark.parametrize("width", [80, 120])
async def test_a_story_s_narrow_key_bar_keeps_the_way_back_and_help(
    tmp_path: Path, width: int
) -> None:
    write_pile(tmp_path / "pile")
    app = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    bars = await _bars(app, (width, 30), story=True)
    for focus, bar in bars.items():
        for key in (MAIN_KEYS[focus], "esc Stories", "? Help", "e Export"):
            assert key in bar, (focus, key, bar)
    zoomed = [focus for focus, bar in bars.items() if "z Zoom" in bar]
    assert zoomed == list(MAIN_KEYS) if width == 120 else len(zoomed) >= 3, bars


async def test_the_summary_s_move_keys_are_one_short_entry_and_still_pressed(
    tmp_path: Path,
) -> None:
    """``shift+↑ Move up shift+↓ Move down`` took 33 columns and lost ``Move down`` first as
    the bar narrowed: one ``⇧↑↓ Order`` now; shift+arrows still move the sentence."""
    app = make_app([str(write_story(tmp_path / "one"))], builder=fixed_brief)
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        bar = app.screen.query_one(BriefFooter).render().plain
        assert "⇧↑↓ Order" in bar and "Move" not in bar and "z Zoom" in bar
        summary = app.screen.query_one("#summary")
        first = summary.get_option_at_index(0).id  # type: ignore[attr-defined]
        await pilot.press("shift+down")
        await pilot.pause()
        assert summary.get_option_at_index(1).id == first  # type: ignore[attr-defined]
        await pilot.press("shift+up")
        await pilot.pause()
        assert summary.get_option_at_index(0).id == first  # type: ignore[attr-defined]
