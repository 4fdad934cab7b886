"""A smaller terminal keeps the highlighted entry of every list in view."""

from __future__ import annotations

from pathlib import Path

from move_pilot import open_list
from test_tui_support import fixed_brief, settle, write_story

from brief.tui.app import make_app
from brief.tui.screens.stories import StoriesScreen, StoryList
from brief.tui.widgets.base import BriefList


def _in_view(listing: BriefList) -> bool:
    index = listing.highlighted
    assert index is not None
    top = listing._index_to_line[index]
    bottom = top + listing._heights[index]
    first = listing.scroll_offset.y
    return first <= top and bottom <= first + listing.scrollable_content_region.height


async def test_the_highlighted_story_stays_in_view_when_the_terminal_shrinks(
    tmp_path: Path,
) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.query_one(StoryList)
        await pilot.press("pagedown")  # the last story: all of them fit in 40 rows
        await pilot.pause()
        assert listing.highlighted == listing.option_count - 1
        assert listing.scroll_offset.y == 0 and _in_view(listing)
        await pilot.resize_terminal(80, 16)
        await pilot.pause()
        await pilot.pause()
        # Enter opens the highlighted story: it must be the one on the screen
        assert _in_view(listing), (listing.scroll_offset.y, listing.highlighted)


async def test_the_highlighted_summary_sentence_stays_in_view_when_the_terminal_shrinks(
    tmp_path: Path,
) -> None:
    app = make_app([str(write_story(tmp_path))], builder=fixed_brief, sentences=9)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        summary = app.main.query_one("#summary", BriefList)
        summary.focus()
        await pilot.press("end")  # d would drop this one
        await pilot.pause()
        assert _in_view(summary)
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        await pilot.pause()
        assert _in_view(summary), (summary.scroll_offset.y, summary.highlighted)
