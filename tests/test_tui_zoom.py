"""``z`` enlarges the focused panel to the screen, not past it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, screen_text, settle, write_story

from brief.tui.app import make_app


@pytest.mark.parametrize("key", ["s", "w", "l"])
async def test_a_zoomed_panel_is_as_wide_as_the_screen(tmp_path: Path, key: str) -> None:
    """The summary (3fr of the row) zoomed was three screens wide and the quote panel (2fr)
    two: their sentences ran off the right edge, cut, and the frame had no right side."""
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        if key == "l":
            app.main.query_one("#sources").focus()
        else:
            await pilot.press(key)
        await pilot.pause()
        panel = app.screen.focused
        assert panel is not None
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is panel
        assert panel.region.width == app.screen.size.width
        assert all(
            line.endswith(("╮", "│", "╯"))
            for line in screen_text(pilot).splitlines()[:20]
            if line.strip()
        )


async def test_a_zoomed_panel_keeps_the_key_bar_under_it(tmp_path: Path) -> None:
    """Zoomed, the panel covered the key bar (Textual keeps its own ``Footer`` only): no
    key said how to get back, nor what the panel's keys were."""
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s", "z")
        await pilot.pause()
        assert app.screen.maximized is not None
        last = screen_text(pilot).splitlines()[-1]
        assert "Drop/keep" in last and "palette" in last, last
        assert app.screen.maximized.region.bottom <= app.screen.size.height - 1
