"""In a story of a mixed set, the way back to the list is in the key bar, not cut off."""

from __future__ import annotations

from pathlib import Path

from test_tui_support import fixed_brief, settle

from brief.tui.app import make_app
from brief.tui.screens.main import MainScreen
from brief.tui.widgets.footer import BriefFooter
from tests.stories_pile import write_pile


def _drawn(footer: BriefFooter) -> str:
    return footer.render().plain


async def test_a_story_s_key_bar_shows_esc_stories_and_m_move(tmp_path: Path) -> None:
    folder = tmp_path / "pile"
    write_pile(folder)
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        footer = app.screen.query_one(BriefFooter)
        for focus in ("s", "w", "1", "l"):  # each panel's own keys come first
            await pilot.press(focus)
            await pilot.pause()
            line = _drawn(footer)
            assert "esc Stories" in line, (focus, line)
            assert "m Move" in line, (focus, line)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, MainScreen)


async def test_a_one_story_set_shows_no_story_keys(tmp_path: Path) -> None:
    from test_tui_support import write_story

    app = make_app([str(write_story(tmp_path / "one"))], builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        line = _drawn(app.screen.query_one(BriefFooter))
        assert "Stories" not in line and "Move" not in line
        assert "? Help" in line
