"""The summary focus in the app: `f` opens a field, Enter re-runs the summary, saved."""

from __future__ import annotations

from pathlib import Path

from test_tui_support import RecordingBuilder, settle, write_story
from textual.content import Content

from brief.ingest import load_paths
from brief.store import load_review
from brief.tui.app import make_app
from brief.tui.screens.focus import FocusScreen
from brief.tui.widgets.summary_panel import SummaryPanel

SIZE = (120, 40)


def saved(folder: Path):  # type: ignore[no-untyped-def]
    return load_review(load_paths([str(folder)]).articles)


async def test_focus_typed_reruns_the_summary_and_is_saved(tmp_path: Path) -> None:
    builder = RecordingBuilder()
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=builder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert builder.calls[-1][1].focus == ""
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FocusScreen)
        await pilot.press(*"economic [b]impact")  # markup-looking text stays text
        await pilot.press("enter")
        await settle(pilot)
        assert builder.calls[-1][1].focus == "economic [b]impact"
        assert saved(folder).focus == "economic [b]impact"
        # the title is kept as markup: what it renders is the focus, literally
        title = Content.from_markup(str(app.screen.query_one(SummaryPanel).border_title))
        assert "focus: economic [b]impact" in title.plain
        # Escape keeps the focus; an empty line clears it; u brings it back
        calls = len(builder.calls)
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert len(builder.calls) == calls and saved(folder).focus == "economic [b]impact"
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("end", "ctrl+u", "enter")  # ctrl+u deletes back to the line start
        await settle(pilot)
        # the general brief was built at start: it comes back from the app's cache
        assert app.session is not None and app.session.options.focus == ""
        assert app.brief is not None and app.brief.options.focus == ""
        assert saved(folder).focus == ""
        await pilot.press("u")
        await settle(pilot)
        assert app.brief is not None and app.brief.options.focus == "economic [b]impact"


async def test_focus_from_the_command_line_is_the_starting_value(tmp_path: Path) -> None:
    builder = RecordingBuilder()
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=builder, focus="who was hurt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert builder.calls[-1][1].focus == "who was hurt"
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FocusScreen)
        assert app.screen.query_one("#focus-input").value == "who was hurt"


async def test_sources_shown_again_leave_the_focus_where_the_user_put_it(
    tmp_path: Path,
) -> None:
    """A pile is shown while it is grouped, then again with its restored review: a key
    pressed in between (``s``, the summary) must not be undone by the second showing."""
    from brief.model import Review

    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=RecordingBuilder())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        assert main.focused is main.panes[0]  # the first showing focuses the first pane
        await pilot.press("s")
        summary = main.query_one(SummaryPanel)
        assert main.focused is summary
        main.show_articles(main.articles, Review(dropped=frozenset({"x"})))
        await pilot.pause()
        assert main.focused is summary
