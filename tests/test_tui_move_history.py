"""The undo history of moves between stories outlives the app: u undoes the last move after
the app is closed and opened again, and a broken history file costs nothing but itself."""

from __future__ import annotations

from pathlib import Path

from move_pilot import SIZE, move_to_new_story, open_first_story, open_list, pick_move
from test_tui_support import fixed_brief, settle

from brief.tui.app import make_app
from brief.tui.screens.stories import StoriesScreen


def _history_files() -> list[Path]:
    from brief.store import reviews_dir

    return sorted(reviews_dir().glob("*.stories.history.json"))


async def _move_one(tmp_path: Path) -> str:
    """Open the pile, move the last source of the first story to a new story, quit."""
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        moved = await move_to_new_story(app, pilot)  # to a new story
    assert moved is not None
    return moved


async def test_u_undoes_the_last_move_after_the_app_is_reopened(tmp_path: Path) -> None:
    from brief.stories.overrides import load_moves

    moved = await _move_one(tmp_path)
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert load_moves(again.pile) == {moved: None}
        await pilot.press("enter")
        await settle(pilot)
        assert again.check_action("undo", ()) is True
        await pilot.press("u")
        await settle(pilot)
        assert load_moves(again.pile) == {}
        assert not any(s.sources == (moved,) for s in again.stories)
        assert "Undone: moved" in str(list(again._notifications)[-1].message)
    third = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with third.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        assert third.check_action("undo", ()) is None  # the one move is undone already
        assert third.check_action("redo", ()) is True  # ... and U makes it again
        await pilot.press("U")
        await settle(pilot)
        assert load_moves(third.pile) == {moved: None}


async def test_a_corrupt_history_is_one_line_and_the_moves_stay(tmp_path: Path) -> None:
    from brief.stories.overrides import load_moves

    moved = await _move_one(tmp_path)
    [history] = _history_files()
    history.write_text('{"version": 1, "moves": {', encoding="utf-8")
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, StoriesScreen)
        assert any(s.sources == (moved,) for s in again.stories)  # the move still holds
        assert load_moves(again.pile) == {moved: None}
        said = [str(n.message) for n in again._notifications]
        assert len([m for m in said if history.name in m]) == 1, said
        assert "was unreadable" in said[-1]
        await pilot.press("enter")
        await settle(pilot)
        assert again.check_action("undo", ()) is None  # no history: nothing to undo
    assert not history.exists()  # kept aside, not read again on every start
    assert len(list(history.parent.glob(history.name + ".corrupt-*"))) == 1


async def test_the_history_follows_the_moves_when_a_file_of_the_pile_changes(
    tmp_path: Path,
) -> None:
    from brief.stories.overrides import load_moves

    moved = await _move_one(tmp_path)
    edited = sorted((tmp_path / "pile").glob("court-*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + " The ministry will appeal.")
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert load_moves(again.pile) == {moved: None}
        await pilot.press("enter")
        await settle(pilot)
        assert again.check_action("undo", ()) is True
        await pilot.press("u")
        await settle(pilot)
        assert load_moves(again.pile) == {}


async def test_a_story_s_change_after_an_undo_drops_the_saved_redo(tmp_path: Path) -> None:
    from brief.stories.move_history import load_history
    from brief.stories.overrides import load_moves

    await _move_one(tmp_path)
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        await pilot.press("u")  # the move undone
        await settle(pilot)
        assert load_history(again.pile, load_moves(again.pile))[1]  # U could make it again
        await pilot.press("a")  # a change of the story: what was undone stays undone
        await settle(pilot)
        assert load_history(again.pile, load_moves(again.pile)) == ((), ())


def test_the_saved_history_is_bounded_and_a_stale_one_is_ignored(tmp_path: Path) -> None:
    from brief.ingest import load_paths
    from brief.stories.move_history import (
        HISTORY_BYTES,
        HISTORY_STEPS,
        MoveStep,
        history_path,
        load_history,
        save_history,
    )
    from tests.stories_pile import write_pile

    write_pile(tmp_path / "pile")
    pile = load_paths([str(tmp_path / "pile")]).articles
    ids = [a.id for a in pile]
    moves = {ids[0]: None}
    steps = [MoveStep({ids[1]: ids[2]}, ids[1], f"moved {n}") for n in range(3 * HISTORY_STEPS)]
    save_history(pile, moves, steps, steps[:3])
    undo, redo = load_history(pile, moves)
    assert [s.label for s in undo] == [s.label for s in steps[-HISTORY_STEPS:]]
    assert len(redo) == 3
    assert load_history(pile, {ids[1]: None}) == ((), ())  # ends elsewhere: stale
    many = {f"{'x' * 60}{n}": ids[0] for n in range(3000)}  # ~200 kB a step
    save_history(pile, moves, [MoveStep(many, ids[1], "big")] * HISTORY_STEPS, [])
    assert 0 < history_path(pile).stat().st_size <= HISTORY_BYTES
    assert 0 < len(load_history(pile, moves)[0]) < HISTORY_STEPS
    save_history(pile, moves, [], [])  # nothing to undo or redo: no file
    assert not history_path(pile).exists()


def test_a_planted_label_cannot_reach_the_terminal(tmp_path: Path) -> None:
    import json

    from brief.ingest import load_paths
    from brief.stories.move_history import history_path, load_history
    from tests.stories_pile import write_pile

    write_pile(tmp_path / "pile")
    pile = load_paths([str(tmp_path / "pile")]).articles
    a, b = pile[0].id, pile[1].id
    step = {"moves": {}, "article": a, "label": "moved \x1b]0;owned\x07 out\nof"}
    path = history_path(pile)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "moves": {a: b}, "undo": [step], "redo": []}))
    [loaded], _ = load_history(pile, {a: b})
    assert loaded.label.isprintable()
    assert "\x1b" not in loaded.label


async def test_a_pile_moved_into_one_story_can_still_be_taken_apart(tmp_path: Path) -> None:
    from brief.stories.overrides import load_moves
    from brief.tui.screens.main import MainScreen
    from tests.stories_pile import STORIES

    folder = tmp_path / "pile"
    folder.mkdir()
    for name in ("quake-a", "court"):
        for n, text in enumerate(STORIES[name], 1):
            (folder / f"{name}-{n}.txt").write_text(text, encoding="utf-8")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.stories) == 2
        lone = next(s for s in app.stories if len(s.sources) == 1)
        await pilot.press(*"tarvelle", "enter")  # the court ruling, a story of one source
        await settle(pilot)
        assert app.story.id == lone.id
        await pick_move(app, pilot)
        await pilot.press("enter")  # into the other story: one story left
        await settle(pilot)
        assert len(app.stories) == 1
    again = make_app([str(folder)], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, MainScreen)  # its brief first, as for one story
        assert len(again.session.articles) == 4
        assert again.check_action("undo", ()) is True
        assert again.check_action("move_article", ()) is True
        await pilot.press("u")
        await settle(pilot)
        assert load_moves(again.pile) == {}
        assert len(again.stories) == 2
        await pilot.press("escape")  # the story list is there
        await pilot.pause()
        assert isinstance(again.screen, StoriesScreen)


async def test_a_history_that_cannot_be_written_costs_only_itself(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from brief.stories import move_history
    from brief.stories.overrides import load_moves

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(move_history, "save_history", fail)
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        moved = await move_to_new_story(app, pilot)
        assert load_moves(app.pile) == {moved: None}  # the move itself is saved
        said = [str(n.message) for n in app._notifications]
        assert not any("Could not save" in m for m in said), said
        assert app.check_action("undo", ()) is True  # and undoable while the app runs
