"""The story list in the app: a mixed set opens on it; stories open, return, and move."""

from __future__ import annotations

from pathlib import Path

from move_pilot import SIZE, move_to_new_story, open_first_story, open_list, pick_move
from test_tui_support import fixed_brief, screen_text, settle

from brief.tui.app import make_app
from brief.tui.screens.main import MainScreen
from brief.tui.screens.move_story import NEW_STORY, MoveScreen
from brief.tui.screens.stories import StoriesScreen, StoryList
from tests.stories_pile import write_pile


async def test_mixed_set_opens_on_the_story_list_and_filters(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        assert len(screen.shown) == 5
        text = screen_text(pilot)
        assert "3 sources" in text and "2023-10-19 to 2023-10-20" in text
        await pilot.press(*"senna")
        assert [s.title for s in screen.shown] == ["Earthquake hits Port Senna"] or all(
            "Senna" in s.title for s in screen.shown
        )
        assert len(screen.shown) == 1
        await pilot.press("escape")  # clears the filter
        assert len(screen.shown) == 5


async def test_enter_opens_a_story_and_escape_keeps_the_position(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = app.screen.query_one(StoryList)
        await pilot.press("down", "down")
        assert listing.highlighted == 2
        chosen = app.screen.shown[2]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.session is not None
        assert [a.id for a in app.session.articles] == list(chosen.sources)
        assert app.brief is not None
        assert [a.id for a in app.brief.sources] == list(chosen.sources)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StoriesScreen)
        assert app.screen.query_one(StoryList).highlighted == 2


async def test_reviews_are_kept_per_story(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        first = app.session
        assert first is not None
        excluded = first.articles[-1].id
        app.main.query_one("#sources").focus()
        await pilot.press("end", "x")
        await settle(pilot)
        assert app.session.review.excluded_sources == {excluded}
        await pilot.press("escape", "down", "enter")
        await settle(pilot)
        assert app.session.articles != first.articles
        assert not app.session.review.excluded_sources
        await pilot.press("escape", "up", "enter")
        await settle(pilot)
        assert app.session.review.excluded_sources == {excluded}
        # the review made a moment ago in this run is not announced as a restored one
        said = [str(n.message) for n in app._notifications]
        assert not any("Restored your earlier review" in m for m in said), said
        assert "earlier review was restored" not in screen_text(pilot)


async def test_m_moves_a_source_to_a_new_story_and_it_persists(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        assert isinstance(app.screen, MainScreen)
        moved = await pick_move(app, pilot)
        assert isinstance(app.screen, MoveScreen)
        assert app.screen.query_one("#move-list").current_id == NEW_STORY
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert moved not in [a.id for a in app.session.articles]
        assert len(app.stories) == 6
        assert any(s.sources == (moved,) for s in app.stories)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.sub_title.startswith("6 stories")
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, StoriesScreen)
        assert len(again.screen.shown) == 6
        assert any(s.sources == (moved,) for s in again.stories)


async def test_one_story_goes_straight_to_the_brief(seeds_dir: Path) -> None:
    app = make_app([str(seeds_dir)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert not app.stories
        assert app.session is not None and len(app.session.articles) == 5
        await pilot.press("escape", "m")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_a_story_without_headlines_keeps_the_lists_title(tmp_path: Path) -> None:
    """Articles with no headline: the brief of a story is titled as the list titles it (its
    opening words, as `brief export --stories` titles it), not the generic "Brief"."""
    folder = tmp_path / "untitled"
    folder.mkdir()
    ferry = (
        "The harbour board of Port Senna voted on Monday to keep the winter ferry running "
        "between the island and the mainland, after a long campaign by the island's fishermen."
    )
    budget = (
        "Lake Orma's city council approved a larger budget for its schools on Tuesday, adding "
        "money for teachers and new science rooms after a year of crowded classrooms."
    )
    for n, text in enumerate([ferry, ferry.replace("Monday", "Monday evening"), budget]):
        (folder / f"note{n}.txt").write_text(text + "\n", encoding="utf-8")
    app = make_app([str(folder)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        story = screen.shown[0]
        assert story.title.startswith("The harbour board of Port Senna")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.brief is not None and app.brief.title == story.title
        assert app.sub_title == story.title


async def test_a_grouping_that_ends_after_quit_is_dropped(seeds_dir: Path) -> None:
    """The grouping worker hands its result over with ``call_from_thread``: when the user
    quit meanwhile, there is no screen to fill (it raised ``NoMatches`` for the status bar
    when the screen's widgets were already gone)."""
    app = make_app([str(seeds_dir)], builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        session = app.session
        articles = app.main.articles
        app.exit()
        app._grouped(articles, [list(range(len(articles)))], {}, [])
        assert app.session is session  # nothing reopened


async def test_the_story_list_footer_shows_how_to_quit(tmp_path: Path) -> None:
    """ "q" types into the filter here, so ctrl+q must be in the footer, and it quits."""
    from brief.tui.widgets.footer import BriefFooter

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        entries, _ = app.screen.query_one(BriefFooter)._entries()
        assert ("ctrl+q", "Quit") in [(key, description) for key, _, description, *_ in entries]
        await pilot.press("q")
        assert app.screen.query_one("#story-filter").value == "q"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code is not None or not app.is_running


async def test_the_story_list_key_bar_names_enter_while_the_filter_has_the_focus(
    tmp_path: Path,
) -> None:
    """The filter has the focus from the start, and its own Enter hid the list's: the key
    bar named Esc, ctrl+q and F1 but no way into a story. Enter still opens the match."""
    from brief.tui.screens.main import MainScreen
    from brief.tui.widgets.footer import BriefFooter

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        assert screen.focused is screen.query_one("#story-filter")
        assert "⏎ Open" in screen.query_one(BriefFooter).render().plain
        await pilot.press(*"senna", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert any("Senna" in a.text for a in app.session.articles)


def test_an_untitled_story_does_not_repeat_its_title_as_its_lead(tmp_path: Path) -> None:
    """Articles without headlines are titled by their first words; the lead line under the
    title repeated those words (half of the list at 80x24). It now goes on where the title
    stops, or, when the title is the whole first sentence, shows the next one."""
    from brief.ingest import load_paths
    from brief.stories import stories_of
    from brief.tui.screens.stories import story_prompt

    long_first = (
        "The harbour board of Wexmouth voted on Tuesday to raise ferry fares by twelve "
        "percent from March, its chair said after a long and heated public meeting."
    )
    short_first = "Wexmouth ferry fares will rise in March."
    second = "The board said the money would pay for two new electric boats and a pier."
    for name, first in (("long", long_first), ("short", short_first)):
        (tmp_path / f"{name}.txt").write_text(f"{first} {second}\n", encoding="utf-8")
    for name, first in (("long", long_first), ("short", short_first)):
        [article] = load_paths([str(tmp_path / f"{name}.txt")]).articles
        [story] = stories_of([article], [[0]])
        title, _, lead_line = story_prompt(story).plain.split("\n")
        assert title.rstrip("…") in first
        shown = lead_line.strip("…").strip()
        assert shown and shown not in title and title.rstrip("…") not in lead_line
        assert shown in first + " " + second


def test_a_titled_story_keeps_its_opening_as_its_lead(tmp_path: Path) -> None:
    from brief.ingest import load_paths
    from brief.stories import stories_of
    from brief.tui.screens.stories import story_prompt

    body = "The harbour board of Wexmouth voted on Tuesday to raise ferry fares by a tenth."
    (tmp_path / "a.md").write_text(f"---\ntitle: Fares to rise\n---\n\n{body}\n", "utf-8")
    [article] = load_paths([str(tmp_path / "a.md")]).articles
    [story] = stories_of([article], [[0]])
    assert story_prompt(story).plain.split("\n")[2] == body


async def test_a_skipped_file_in_a_pile_is_listed_with_the_story_opened(tmp_path: Path) -> None:
    """The notice says where skipped files are listed; on a pile of stories that is the end of
    every story's source list, not a source list behind the story list."""
    from brief.tui.widgets.source_list import SourceList

    app, _ = await open_list(tmp_path)
    (tmp_path / "pile" / "zz-empty.txt").write_bytes(b"")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        notes = [str(n.message) for n in app._notifications]
        assert any("zz-empty.txt" in n and "end of every source list" in n for n in notes), notes
        await pilot.press("enter")
        await settle(pilot)
        listed = [Path(u.url).name for u in app.main.query_one(SourceList).unread]
        assert listed == ["zz-empty.txt"]


async def test_the_palette_s_help_is_brief_s_on_the_story_list_too(tmp_path: Path) -> None:
    from brief.tui.screens.help import HelpScreen

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert "Keys" not in commands  # Textual's panel, which Escape did not close
        commands["Help: keys"].callback()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, StoriesScreen)
        await pilot.press("enter")
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert isinstance(app.screen, MainScreen) and titles.count("Help: keys") == 1
        assert "Keys" not in titles


async def test_the_story_list_has_the_brief_screens_title_bar(tmp_path: Path) -> None:
    """Both screens draw the same bar: no palette icon on one and not the other."""
    from brief.tui.widgets.header import BriefHeader

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing_icon = app.screen.query_one(BriefHeader).icon
        first_row = screen_text(pilot).splitlines()[0]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert listing_icon == app.screen.query_one(BriefHeader).icon
        assert "⭘" not in first_row


async def test_the_move_picker_filters_by_typing_and_esc_clears_first(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        moved = await pick_move(app, pilot)
        picker = app.screen
        assert isinstance(picker, MoveScreen)
        listing = picker.query_one("#move-list")
        everything = listing.option_count
        wanted = picker.targets[-1]  # another story; its headline's longest word picks it
        word = max(wanted.title.split(), key=len).casefold()
        assert sum(word in s.title.casefold() for s in picker.targets) == 1
        await pilot.press(*word)
        await pilot.pause()
        # "a new story" steps aside while filtering
        assert listing.option_count == 1
        target = listing.current_id
        assert target == wanted.id
        await pilot.press(*"zzz")
        await pilot.pause()
        assert listing.option_count == 0
        await pilot.press("enter")  # nothing to pick: the picker stays
        assert app.screen is picker
        await pilot.press("escape")  # clears the filter, keeps the picker
        await pilot.pause()
        assert app.screen is picker and listing.option_count == everything
        await pilot.press(*word, "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        # the story that held the wanted story's sources now holds the moved one too
        destination = next(s for s in app.stories if wanted.sources[0] in s.sources)
        assert moved in destination.sources
        assert set(destination.sources) == {*wanted.sources, moved}
        # the notice names the story picked, even when joining it changed its headline
        notice = str(list(app._notifications)[-1].message)
        assert f"“{wanted.title}”" in notice
        if destination.title != wanted.title:
            assert f"now listed as “{destination.title}”" in notice
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")  # empty filter: cancels
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


def test_the_move_notice_names_the_story_picked_and_its_new_headline() -> None:
    from brief.stories import Story
    from brief.tui.story_flow import _moved_notice

    picked = Story(id="s-1", title="Bakery wins bread prize", articles=(), first="", last="")
    joined = Story(id="s-2", title="Council approves tram line", articles=(), first="", last="")
    same = Story(id="s-2", title="Bakery wins bread prize", articles=(), first="", last="")
    assert _moved_notice(picked, joined) == (
        "Moved to “Bakery wins bread prize”, now listed as “Council approves tram line”"
    )
    assert _moved_notice(picked, same) == "Moved to “Bakery wins bread prize”"
    assert _moved_notice(None, joined) == "Moved to a new story: Council approves tram line"


async def test_the_story_list_s_hint_wraps_in_a_narrow_terminal(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        text = " ".join(screen_text(pilot).split())
        assert "Esc in a brief comes back here" in text


async def test_reopening_a_pile_highlights_the_story_last_opened(tmp_path: Path) -> None:
    """A reader who opened the fourth story and quit finds the list on it the next time,
    even after a file of the pile changed (a new article in the folder)."""
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        opened = app.story
        assert opened is not None and opened.id != app.stories[0].id
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, StoriesScreen)
        assert again.screen.current is not None
        assert again.screen.current.id == opened.id
    (tmp_path / "pile" / "zz-new.txt").write_text(
        "Ferry timetable changes\n\nA new ferry timetable for the islands starts next month, "
        "with two more crossings on Saturdays and one fewer on Sundays.",
        encoding="utf-8",
    )
    third = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with third.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(third.screen, StoriesScreen)
        assert third.screen.current is not None
        assert set(third.screen.current.sources) == set(opened.sources)


def test_the_story_last_opened_is_found_by_its_articles(tmp_path: Path) -> None:
    """The most shared articles win; a story sharing none, a corrupt file or standard input
    give no position (the list opens at its top)."""
    from brief.model import Article
    from brief.stories.overrides import _last_path, last_opened, save_last_opened

    pile = [Article(id=f"a{i}", path=str(tmp_path / f"a{i}.txt"), text="x") for i in range(5)]
    assert last_opened(pile, [("a0",), ("a1",)]) is None
    save_last_opened(pile, ("a1", "a2", "a3"))
    assert last_opened(pile, [("a0", "a1"), ("a2", "a3", "a4")]) == 1
    assert last_opened(pile, [("a0",), ("a4",)]) is None
    path = _last_path(pile)
    assert path is not None
    path.write_text("{not json", encoding="utf-8")
    assert last_opened(pile, [("a0", "a1")]) is None
    piped = [Article(id="-", path="-", text="x"), *pile]
    save_last_opened(piped, ("a0",))
    assert last_opened(piped, [("a0",)]) is None


async def test_the_story_list_reopens_on_a_whole_story_in_a_small_terminal(
    tmp_path: Path,
) -> None:
    """In a short terminal the story last opened is scrolled into view, and the view starts at a
    story's title (not on the lead of the story above, cut from its title)."""
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=(80, 16)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        opened = app.story
        assert opened is not None and opened.id == app.stories[2].id
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=(80, 16)) as pilot:
        await settle(pilot)
        await pilot.pause()
        listing = again.screen.query_one(StoryList)
        assert again.screen.current is not None and again.screen.current.id == opened.id
        starts = set(listing._index_to_line.values())
        assert listing.scroll_y > 0 and listing.scroll_y in starts
        top = listing._index_to_line[listing.highlighted]
        view = listing.scrollable_content_region.height
        assert listing.scroll_y <= top
        assert top + listing._heights[listing.highlighted] <= listing.scroll_y + view


async def test_typing_a_filter_highlights_its_first_match(tmp_path: Path) -> None:
    """Typing narrows the list to what the reader looks for, and Enter opens its first
    match, not a story highlighted further down before typing; clearing keeps the story
    highlighted."""
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        listing = screen.query_one(StoryList)
        await pilot.press("down", "down")
        assert listing.highlighted == 2
        await pilot.press("e")  # a letter every story holds: nothing filtered out
        assert len(screen.shown) == len(app.stories)
        assert listing.highlighted == 0
        await pilot.press("down")
        chosen = screen.current
        await pilot.press("escape")  # clears the filter
        assert screen.current == chosen
        await pilot.press("e", "enter")
        await settle(pilot)
        assert app.story is not None and app.story.id == app.stories[0].id


async def test_u_undoes_a_move_between_stories_and_U_makes_it_again(tmp_path: Path) -> None:
    from brief.stories.overrides import load_moves

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        story = app.story
        before = [s.sources for s in app.stories]
        moved = await move_to_new_story(app, pilot)  # to a new story
        assert moved not in [a.id for a in app.session.articles]
        assert load_moves(app.pile) == {moved: None}
        assert "u undoes" in str(list(app._notifications)[-1].message)
        # the new story's brief has no changes of its own: u is live, and undoes the move
        assert app.check_action("undo", ()) is True
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert [s.sources for s in app.stories] == before
        assert [a.id for a in app.session.articles] == list(story.sources)
        assert load_moves(app.pile) == {}
        assert "Undone: moved" in str(list(app._notifications)[-1].message)
        assert app.check_action("undo", ()) is None  # nothing older to undo
        await pilot.press("U")
        await settle(pilot)
        assert load_moves(app.pile) == {moved: None}
        assert any(s.sources == (moved,) for s in app.stories)
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any(s.sources == (moved,) for s in again.stories)


async def test_u_undoes_the_story_s_own_changes_before_the_move(tmp_path: Path) -> None:
    from brief.stories.overrides import load_moves

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_story(pilot)
        moved = await move_to_new_story(app, pilot)
        await pilot.press("a")  # a change of the story now open: undone first
        await settle(pilot)
        assert app.session.can_undo
        await pilot.press("u")
        await settle(pilot)
        assert not app.session.can_undo
        assert load_moves(app.pile) == {moved: None}
        await pilot.press("u")
        await settle(pilot)
        assert load_moves(app.pile) == {}
        await pilot.press("a")  # a new change after the undo: the move stays undone
        await settle(pilot)
        await pilot.press("u", "U")  # undo and redo the algorithm change
        await settle(pilot)
        assert app.check_action("redo", ()) is None  # the move is not redone after it
        await pilot.press("U")
        await settle(pilot)
        assert load_moves(app.pile) == {}


async def test_a_filter_shows_the_article_it_found_inside_a_story(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        await pilot.press(*"aftershocks")
        await pilot.pause()
        [story] = screen.shown
        assert "aftershocks" not in story.title.casefold()  # found through another headline
        text = screen_text(pilot)
        assert "matches Aftershocks rattle Valdora" in text
        await pilot.press("escape")  # no filter: the lead again
        await pilot.pause()
        assert "matches" not in screen_text(pilot)


async def test_the_move_picker_shows_the_article_its_filter_found(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"senna", "enter")
        await settle(pilot)
        await pick_move(app, pilot)
        assert isinstance(app.screen, MoveScreen)
        await pilot.press(*"aftershocks")
        await pilot.pause()
        assert "matches Aftershocks rattle" in screen_text(pilot)  # (may wrap after)


async def test_ctrl_s_on_the_story_list_says_how_to_export(tmp_path: Path) -> None:
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert any("e exports its brief" in m and "--stories" in m for m in said), said


async def test_help_is_one_key_away_on_the_story_list_and_no_match_says_so(
    tmp_path: Path,
) -> None:
    """ "?" (the brief screen's help) types into the filter here: it matched no story and the
    list went empty without a word. F1 opens the help from the footer; a filter that matches
    nothing says so and how to clear it."""
    from brief.tui.screens.help import HelpScreen, key_sections
    from brief.tui.widgets.footer import BriefFooter

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        entries, _ = screen.query_one(BriefFooter)._entries()
        assert ("f1", "Help") in [(key, description) for key, _, description, *_ in entries]
        await pilot.press("question_mark")
        assert screen.query_one("#story-filter").value == "?"
        assert not screen.shown
        assert "No story matches “?”; Esc clears the filter, F1 lists the keys" in screen_text(
            pilot
        )
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = [b.id for _, bindings in key_sections() for b in bindings]
        assert "brief.stories-help" in listed  # the help names the key too
        # the story list's own keys come first, not below every panel of a brief
        assert app.screen.sections[0][0] == "Mixed sets: stories"
        assert "Story list: type to filter" in screen_text(pilot)
        await pilot.press("f1")  # closes it again
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")  # clears the filter: every story again
        assert len(screen.shown) == 5
        assert "No story matches" not in screen_text(pilot)


async def test_back_on_the_list_the_next_search_replaces_the_filter(tmp_path: Path) -> None:
    """The filter is kept on the way back from a brief, but typing added to it: "senna",
    Enter, Escape, then "valdora" searched "sennavaldora" and the list went empty."""
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        await pilot.press(*"senna", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        field = screen.query_one("#story-filter")
        assert field.value == "senna"  # kept, and its list with it
        assert len(screen.shown) == 1 and "Senna" in screen.shown[0].title
        await pilot.press(*"valdora")
        assert field.value == "valdora"
        assert screen.shown and all("Valdora" in s.title for s in screen.shown)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("end", "x")  # moving the cursor keeps the filter to add to it
        assert field.value == "valdorax"


async def test_the_story_list_counts_what_the_review_leaves_and_says_what_it_excluded(
    tmp_path: Path,
) -> None:
    """QA (twentieth round): a story whose review excludes a source was still listed with
    its three sources and the excluded one's day; now with the brief's, also once reopened."""
    app, _ = await open_list(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        story = next(s for s in screen.stories if s.first == "2023-10-19")
        screen.query_one(StoryList).go_to(story.id)
        await pilot.press("enter")
        await settle(pilot)
        early = next(a.id for a in story.articles if "October 19" in a.text)
        app.main.query_one("#sources").focus()
        while app.main.selected_source() != early:
            await pilot.press("down")
        await pilot.press("x")
        await settle(pilot)
        assert app.session.review.excluded_sources == {early}
        await pilot.press("escape")
        await settle(pilot)
        text = screen_text(pilot)
        assert "2 sources (1 excluded) · 2023-10-20 " in text and "2023-10-19" not in text
        other = next(s for s in screen.stories if s.id != story.id and len(s.articles) > 1)
        screen.query_one(StoryList).go_to(other.id)
        await pilot.press("enter")
        await settle(pilot)
        await pick_move(app, pilot)  # the move picker counts it as the list does
        assert isinstance(app.screen, MoveScreen)
        assert f"{story.title}  (2 sources, 1 excluded)" in screen_text(pilot)
        await pilot.press("escape")
    again = make_app([str(tmp_path / "pile")], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, StoriesScreen)
        assert "2 sources (1 excluded) · 2023-10-20" in screen_text(pilot)


async def test_excluding_a_source_keeps_the_story_s_title_unless_it_was_that_source_s(
    tmp_path: Path,
) -> None:
    """QA (twentieth round): excluding one source renamed the brief in the app (the most
    central headline of the rest), where the story list and `--stories --review` kept the
    story's title; the title of an excluded source's headline is chosen again in both."""
    folder = tmp_path / "pile"
    write_pile(folder)
    app = make_app([str(folder)])  # the real engine: it chooses the brief's title
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        story = next(s for s in app.screen.stories if "Harlow Ridge" in s.title)
        assert story.title == "Brenner begins rehab at Harlow Ridge"
        app.screen.query_one(StoryList).go_to(story.id)
        await pilot.press("enter")
        await settle(pilot)
        app.main.query_one("#sources").focus()
        for headline in ("Actor Cal Brenner heads to rehab", story.title):
            target = next(a.id for a in story.articles if a.title == headline)
            await pilot.press("home")
            while app.main.selected_source() != target:
                await pilot.press("down")
            await pilot.press("x")
            await settle(pilot)
            if headline != story.title:
                assert app.brief.title == app.sub_title == story.title
        # the title's own source excluded too: the remaining headline, here and in the list
        assert app.brief.title == "Judge delays Brenner hearing during rehab stay"
        await pilot.press("escape")
        await settle(pilot)
        assert "Judge delays Brenner hearing during rehab stay" in screen_text(pilot)


def test_an_over_merged_story_s_lead_is_its_title_s_article_not_the_first(
    tmp_path: Path,
) -> None:
    """QA (twenty-first round): a story grouped from reports on different subjects showed a
    lead that read as another subject's. The lead is the opening of the article the title
    comes from, whichever article the story lists first (a guard: this held already)."""
    from brief.ingest import load_paths
    from brief.stories import stories_of
    from brief.tui.screens.stories import story_prompt

    texts = {
        "a.md": ("Bakery opens on Mill Lane", "A new bakery opened on Mill Lane on Monday."),
        "b.md": ("Wexmouth ferry fares rise", "Ferry fares in Wexmouth rise by a tenth in May."),
        "c.md": ("Ferry fares rise again", "Wexmouth ferry fares rose again, the board said."),
    }
    for name, (title, body) in texts.items():
        (tmp_path / name).write_text(f"---\ntitle: {title}\n---\n\n{body}\n", "utf-8")
    articles = load_paths([str(tmp_path)]).articles
    [story] = stories_of(articles, [[0, 1, 2]])
    assert story.articles[0].title == "Bakery opens on Mill Lane" != story.title
    titled = next(a for a in articles if a.title == story.title)
    assert story_prompt(story).plain.split("\n")[2] == titled.body_sentences[0].text


async def test_esc_is_named_only_when_the_filter_holds_something_to_clear(
    tmp_path: Path,
) -> None:
    """The key bar said "esc Clear filter" over an empty filter, where Esc cleared nothing."""
    from textual.widgets import Input

    from brief.tui.widgets.footer import BriefFooter

    app, _ = await open_list(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        footer = screen.query_one(BriefFooter)
        assert "Clear filter" not in footer.render().plain
        await pilot.press(*"senna")
        await settle(pilot)
        assert "Clear filter" in footer.render().plain
        await pilot.press("escape")
        await settle(pilot)
        assert screen.query_one(Input).value == ""
        assert "Clear filter" not in footer.render().plain
        assert len(screen.shown) == len(screen.stories)
