"""Dialogs fit a narrow terminal: no border, word or button past the right edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, settle, write_story
from textual.content import Content
from textual.widgets import Button

from brief.tui.app import make_app
from brief.tui.screens.confirm import ConfirmScreen
from brief.tui.screens.focus import FocusScreen

SIZE = (60, 20)


@pytest.mark.parametrize("which", ["focus", "confirm"])
async def test_a_dialog_fits_sixty_columns(tmp_path: Path, which: str) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if which == "focus":
            await pilot.press("f")
        else:
            app.push_screen(ConfirmScreen(Content("/tmp/brief.md exists. Replace it?")))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FocusScreen if which == "focus" else ConfirmScreen)
        box = screen.query_one(f"#{which}-box")
        assert box.region.right <= SIZE[0]
        for button in screen.query(Button):
            assert button.region.right <= box.content_region.right
