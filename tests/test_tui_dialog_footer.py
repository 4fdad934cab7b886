"""Under a dialog the key bar shows the dialog's keys, not the screen behind it (whose keys
do nothing while the dialog is open)."""

from __future__ import annotations

from pathlib import Path

import pytest
from move_pilot import open_first_story, open_list, pick_move
from test_tui_support import fixed_brief, screen_text, settle, write_story
from textual.content import Content
from textual.screen import ModalScreen

from brief.tui.app import make_app
from brief.tui.screens.confirm import ConfirmScreen
from brief.tui.screens.main import MainScreen
from brief.tui.screens.move_story import MoveScreen

SIZE = (120, 40)


def footer_line(pilot) -> str:  # type: ignore[no-untyped-def]
    return screen_text(pilot).splitlines()[-1]


def shown_keys(screen: ModalScreen) -> list[str]:
    """The descriptions of the dialog's own keys that a key bar would show."""
    return [b.description for b in screen.BINDINGS if getattr(b, "show", True)]  # type: ignore[union-attr]


# the keys that open each dialog from the brief screen (None: pushed directly)
OPENERS = {"focus": ("f",), "export": ("e",), "help": ("question_mark",), "variants": ("w", "v"),
           "confirm": None}  # fmt: skip


@pytest.mark.parametrize("which", list(OPENERS))
async def test_a_dialog_s_key_bar_shows_its_own_keys(tmp_path: Path, which: str) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        keys = OPENERS[which]
        if keys is not None and len(keys) > 1:
            await pilot.press(*keys[:-1])  # to the panel the dialog's key acts on
        behind = footer_line(pilot)
        assert "Export" in behind  # the brief screen's keys, before the dialog
        if keys is None:
            app.push_screen(ConfirmScreen(Content("/tmp/brief.md exists. Replace it?")))
        else:
            await pilot.press(keys[-1])
        await pilot.pause()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ModalScreen) and not isinstance(dialog, MainScreen)
        line = footer_line(pilot)
        assert "Export" not in line and "Help" not in line, line
        own = shown_keys(dialog)
        assert own and all(description in line for description in own), (own, line)
        dialog.dismiss(None)  # type: ignore[arg-type]
        await pilot.pause()
        assert footer_line(pilot) == behind  # the brief screen's keys are back


async def test_the_move_picker_s_key_bar_shows_its_own_keys(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        await pick_move(app, pilot)
        await pilot.pause()
        assert isinstance(app.screen, MoveScreen)
        line = footer_line(pilot)
        assert "Move here" in line and "Cancel" in line, line
        assert "Export" not in line, line
