"""Moving a source out of a story keeps the review made on the rest of it."""

from __future__ import annotations

from pathlib import Path

from move_pilot import SIZE, open_first_story, open_list, pick_move
from test_tui_support import fixed_brief, settle

from brief.model import Review
from brief.review import without_source
from brief.tui.app import make_app
from brief.tui.screens.main import MainScreen
from brief.tui.screens.stories import StoriesScreen


async def test_the_story_a_source_left_keeps_its_review(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        story = app.session.articles
        assert len(story) == 3
        app.main.query_one("#summary").focus()
        await pilot.press("home", "d")  # drop the first summary sentence
        await settle(pilot)
        dropped = app.session.review.dropped
        assert dropped
        app.main.query_one("#sources").focus()
        await pilot.press("home", "down", "x")  # exclude the second source
        await settle(pilot)
        await pilot.press("f", *"harbour", "enter")  # and rank toward a focus
        await settle(pilot)
        excluded = story[1].id
        assert app.session.review.excluded_sources == {excluded}
        assert app.session.review.focus == "harbour"
        moved = await pick_move(app, pilot)  # the last source, to a new story of its own
        assert moved == story[2].id
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        rest = [a.id for a in app.session.articles]
        assert rest == [story[0].id, story[1].id]
        review = app.session.review
        assert review.dropped == {k for k in dropped if not k.startswith(f"{moved}:")}
        assert review.dropped  # the dropped sentence was not the moved source's
        assert review.excluded_sources == {excluded}
        assert review.focus == "harbour"
        said = [str(n.message) for n in app._notifications]
        assert not any("Restored your earlier review" in m for m in said), said
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:  # kept on disk under the new set
        await settle(pilot)
        assert isinstance(again.screen, StoriesScreen)
        story = next(s for s in again.stories if list(s.sources) == rest)
        again.open_story(story)
        await settle(pilot)
        assert again.session.review.excluded_sources == {excluded}
        assert again.session.review.focus == "harbour"


def test_a_review_without_a_source_forgets_only_that_source() -> None:
    review = Review(
        dropped=frozenset({"a1:0", "a2:10"}),
        pinned=("a2:40", "a1:5"),
        order=("a1:5", "a2:0"),
        rejected_quotes=frozenset({"q1"}),
        excluded_sources=frozenset({"a2", "a3"}),
        focus="port",
    )
    left = without_source(review, "a2")
    assert left.dropped == {"a1:0"}
    assert left.pinned == ("a1:5",)
    assert left.order == ("a1:5",)
    assert left.excluded_sources == {"a3"}
    assert (left.rejected_quotes, left.focus) == (review.rejected_quotes, "port")
    # an id that is the prefix of another is not that other
    assert without_source(Review(dropped=frozenset({"a22:0"})), "a2").dropped == {"a22:0"}
