"""Snapshots of the main screen at 120x40 and 80x24, in the dark and the light theme.

Deterministic: a fixed analysis over an invented story written into tmp, fixed size and
theme, user folders in tmp (conftest), no clock, no text cursor on the main screen.
Update with ``pytest tests/test_tui_snapshots.py --snapshot-update`` after looking at the
report of the failing run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, settle, write_story

from brief.tui.app import make_app


@pytest.mark.parametrize("theme", ["brief-dark", "brief-light"])
@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_main_screen(snap_compare, tmp_path: Path, theme: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = make_app([str(write_story(tmp_path / "story"))], theme=theme, builder=fixed_brief)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("s")  # the first summary sentence, linked to its sources
        await settle(pilot)

    assert snap_compare(app, run_before=run_before, terminal_size=size)
