"""``u`` in a story that a move between two other stories did not change: it names the move
first (what it will undo, and that it opens another story), and a second ``u`` makes it."""

from __future__ import annotations

from move_pilot import SIZE, move_to_new_story, open_first_story, open_list
from test_tui_support import settle

from brief.tui.screens.main import MainScreen
from brief.tui.screens.stories import StoriesScreen, StoryList


async def _go_to(app, pilot, index: int) -> None:  # type: ignore[no-untyped-def]
    """Open the story at ``index`` of the list shown (it opens on the last one opened)."""
    delta = index - (app.screen.query_one(StoryList).highlighted or 0)
    await pilot.press(*["down" if delta > 0 else "up"] * abs(delta), "enter")
    await settle(pilot)


async def _open_other(app, pilot, moved: str) -> None:  # type: ignore[no-untyped-def]
    """Back to the list, then open a story the move did not change."""
    touched = {s.id for s in app.stories if moved in s.sources} | {app.story.id}
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, StoriesScreen)
    await _go_to(app, pilot, next(i for i, s in enumerate(app.screen.shown) if s.id not in touched))
    assert isinstance(app.screen, MainScreen)
    assert app.story.id not in touched


def _last_notice(app) -> str:  # type: ignore[no-untyped-def]
    return str(list(app._notifications)[-1].message)


async def test_u_in_a_story_the_move_did_not_change_names_it_before_making_it(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from brief.stories.overrides import load_moves

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        # to a new story; the rest of the first one opens
        moved = await move_to_new_story(app, pilot)
        await _open_other(app, pilot, moved)
        other = app.story
        assert not app.session.can_undo and app.check_action("undo", ()) is True
        await pilot.press("u")
        await settle(pilot)
        # nothing undone, no other story opened: the move is named, and how to make it
        assert load_moves(app.pile) == {moved: None}
        assert app.story.id == other.id
        notice = _last_notice(app)
        assert notice.startswith("Nothing to undo in this story. ")
        assert "u again undoes the pile's last move: moved “" in notice
        # a review change in between: the next u is that change's, and then the move is
        # named again rather than made
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert not app.session.can_undo
        await pilot.press("u")
        await settle(pilot)
        assert load_moves(app.pile) == {moved: None}
        assert app.story.id == other.id
        await pilot.press("u")  # the second press in a row makes it
        await settle(pilot)
        assert load_moves(app.pile) == {}
        assert moved in app.story.sources and len(app.story.sources) > 1
        assert "Undone: moved" in _last_notice(app)
        # U mirrors it: named in a story the move does not change, made on the second press
        await _open_other(app, pilot, moved)
        assert app.check_action("redo", ()) is True
        await pilot.press("U")
        await settle(pilot)
        assert load_moves(app.pile) == {}
        assert "U again makes the pile's move undone last" in _last_notice(app)
        await pilot.press("U")
        await settle(pilot)
        assert load_moves(app.pile) == {moved: None}


async def test_u_in_the_story_a_move_changed_undoes_it_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brief.stories.overrides import load_moves

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        moved = await move_to_new_story(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        # the story the source went to (a story of its own): it shows the move
        await _go_to(
            app, pilot, next(i for i, s in enumerate(app.screen.shown) if s.sources == (moved,))
        )
        assert app.story.sources == (moved,)
        await pilot.press("u")
        await settle(pilot)
        assert load_moves(app.pile) == {}
        assert "Undone: moved" in _last_notice(app)
