"""The pilot's steps of moving a source between stories in the app, for the tests of moves.

The invented pile of ``stories_pile.py`` opens on the story list; these open a story and
move its last source, as a user does: Enter on the list, ``m`` on the source list's last
entry, Enter in the move picker (its first entry: a new story).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_tui_support import fixed_brief, settle

from brief.tui.app import make_app
from tests.stories_pile import write_pile

SIZE = (120, 40)


async def open_list(tmp_path: Path) -> tuple[Any, Any]:
    """The app on the invented pile written under ``tmp_path`` (not yet run), and its labels."""
    folder = tmp_path / "pile"
    labels = write_pile(folder)
    return make_app([str(folder)], builder=fixed_brief), labels


async def open_first_story(pilot: Any) -> None:
    """From the story list as it opens: Enter on its first story, and wait for the brief."""
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def pick_move(app: Any, pilot: Any) -> str | None:
    """Open the move picker on the last source of the open story; that source's id."""
    app.main.query_one("#sources").focus()
    await pilot.press("end")
    moved = app.main.selected_source()
    await pilot.press("m")
    await pilot.pause()
    return moved


async def move_to_new_story(app: Any, pilot: Any) -> str | None:
    """Move the open story's last source to a new story of its own (the picker's first
    entry); the moved source's id, once the rest of the story is open again."""
    moved = await pick_move(app, pilot)
    await pilot.press("enter")
    await settle(pilot)
    return moved
