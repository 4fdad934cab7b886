"""The app as a user meets it: start-up, linking, keys, bad input, resizing, hostile text."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_tui_support import STORY, RecordingBuilder, fixed_brief, screen_text, settle, write_story
from textual.binding import Binding
from textual.worker import WorkerFailed

from brief.tui.app import make_app
from brief.tui.screens.help import HelpScreen
from brief.tui.screens.main import MainScreen
from brief.tui.screens.variants import VariantsScreen
from brief.tui.widgets.quote_panel import QuotePanel
from brief.tui.widgets.source_list import WEB_ONLY, SourceList
from brief.tui.widgets.source_pane import SourcePane
from brief.tui.widgets.status_bar import StatusBar
from brief.tui.widgets.summary_panel import SummaryPanel

SIZE = (120, 40)


def story_app(tmp_path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    kwargs.setdefault("builder", fixed_brief)
    return make_app([str(write_story(tmp_path / "story"))], **kwargs)  # type: ignore[arg-type]


def test_app_module_defers_heavy_imports() -> None:
    code = (
        "import sys, brief.tui.app\n"
        "heavy = ('nltk', 'sumy', 'numpy', 'scipy', 'rapidfuzz', 'trafilatura')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


async def test_sources_show_before_the_analysis_finishes(tmp_path: Path) -> None:
    """The first frames show the sources; keys work while the summary is computed."""
    release = threading.Event()

    def slow(articles, options, **kw):  # type: ignore[no-untyped-def]
        assert release.wait(20)
        return fixed_brief(articles, options, **kw)

    app = story_app(tmp_path, builder=slow)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(20):
            await pilot.pause(0.05)
            if app.session is not None:
                break
        screen = app.screen
        assert isinstance(screen, MainScreen)
        shown = [p.article.id for p in screen.panes if p.display and p.article]
        assert len(shown) == 3
        assert app.brief is None
        assert screen.query_one(StatusBar).has_class("-busy")  # progress indicator
        assert "Summarising" in screen_text(pilot)
        await pilot.press("b")  # answered at once while the worker runs
        assert screen.furniture is False
        await pilot.press("2")
        assert app.focused is screen.panes[1]
        release.set()
        await settle(pilot)
        assert app.brief is not None
        assert not screen.query_one(StatusBar).has_class("-busy")
        assert len(screen.query_one(SummaryPanel).rows) == len(app.brief.summary)


async def test_pane_titles_show_headline_outlet_and_date(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        assert "Council approves harbor footbridge" in text
        assert "Harbor Gazette · 2024-03-05" in text
        assert "Coastal Wire · 2024-03-05" in text


async def test_pane_count_follows_width(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        for width, height, panes in ((120, 40, 3), (80, 24, 2), (60, 20, 1), (150, 40, 3)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert sum(1 for p in screen.panes if p.display) == panes, (width, height)
        assert screen.has_class("-narrow") is False  # 150 wide
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert screen.has_class("-narrow")
        assert not screen.query_one(SourceList).display
        await pilot.press("l")
        assert screen.query_one(SourceList).display


async def test_resize_to_tiny_never_crashes(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for width, height in ((40, 12), (20, 6), (40, 12), (120, 40), (40, 12)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            screen_text(pilot)
        for key in ("s", "d", "w", "r", "tab", "z", "z", "l", "b"):
            await pilot.press(key)
        await pilot.pause()
        assert app.is_running
        assert app.session is not None and app.session.review.dropped


async def test_all_files_failing_opens_with_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.md").write_text("   \n\n", encoding="utf-8")
    (bad / "[b]odd[@click=app.quit]x.json").write_text("{not json", encoding="utf-8")
    (bad / "esc\x1b]0;PWNED\x07.txt").write_bytes(b"")
    app = make_app([str(bad)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.has_class("-failed")
        assert not screen.query_one("#panes").display
        assert screen.focused is screen.query_one("#message")  # keys scroll the message
        text = screen_text(pilot)
        assert "No article could be read" in text
        assert "[b]odd[@click=app.quit]x.json" in text  # the file name, literally
        assert "esc\\x1b]0;PWNED\\x07.txt" in text  # controls shown as escapes
        assert "\x1b" not in text and "\x07" not in text
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        await pilot.press("q")
    assert app.return_code == 0


async def test_a_second_failure_replaces_the_message(tmp_path: Path) -> None:
    app = make_app([str(tmp_path / "nowhere")], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.main.show_failure(["elsewhere"], [])  # e.g. read again, failing again
        await pilot.pause()
        assert len(app.screen.query("#message")) == 1
        text = screen_text(pilot)
        assert "elsewhere" in text and "nowhere" not in text


async def test_missing_path_opens_with_a_clear_message(tmp_path: Path) -> None:
    app = make_app([str(tmp_path / "nowhere")], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        assert "No article could be read" in text
        assert "nowhere" in text
        # the key bar offers only what still does something: no export, panels or panes
        footer = text.splitlines()[-1]
        assert "Quit" in footer and "Help" in footer
        assert not any(key in footer for key in ("Export", "Summary", "Pane 1", "Undo"))
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)  # no export dialog over nothing


async def test_standard_input_is_refused_with_a_reason(tmp_path: Path) -> None:
    app = make_app(["-"], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        assert "No article could be read" in text
        assert "cannot read standard input" in text
        assert "standard input: the app cannot" in text.replace("\n", " ")


async def test_summary_selection_highlights_and_scrolls_sources(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("s")
        first = screen.query_one(SummaryPanel).current_row
        assert first is not None
        assert len(first.item.supporting_sources) == 3
        # every supporting source is shown; where a sentence carries the same words, it
        # is marked and scrolled to (metro only shares the word "footbridge")
        assert set(first.item.supporting_sources) <= set(screen.shown)
        for source in ("gazette", "wire"):
            pane = screen.panes[screen.shown.index(source)]
            assert pane._marks, source
            assert pane.current_sentence is not None
            assert pane.current_sentence.index in pane._marks
        await pilot.press("down")
        second = screen.query_one(SummaryPanel).current_row
        assert second is not None
        pane = screen.panes[screen.shown.index(second.item.source)]
        assert pane.current_sentence is not None
        assert pane.current_sentence.span == second.item.span


async def test_quote_selection_highlights_each_outlet(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("w")
        quote = screen.query_one(QuotePanel).current_quote
        assert quote is not None
        assert set(quote.sources) == {"gazette", "wire"}  # the mayor, quoted twice
        for variant in quote.variants:
            pane = screen.panes[screen.shown.index(variant.source)]
            marked = [span for spans in pane._marks.values() for span in spans]
            assert variant.span in marked


async def test_jump_from_source_sentence_to_summary_and_quote(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("1")
        pane = screen.panes[0]
        assert pane.article is not None
        gazette = pane.article
        # the second body sentence of the first source feeds a summary sentence and a quote
        second = gazette.body_sentences[1]
        pane.go_to(f"s{second.index}", center=False)
        await pilot.press("g")
        summary = screen.query_one(SummaryPanel)
        assert app.focused is summary
        assert summary.current_id == second.key
        await pilot.press("1")
        pane.go_to(f"s{second.index}", center=False)
        await pilot.press("g", "g")  # pressing again moves on to the quote
        quotes = screen.query_one(QuotePanel)
        assert app.focused is quotes
        assert quotes.current_quote is not None and "Ortiz" in quotes.current_quote.speaker


async def test_source_list_chooses_what_the_panes_show(tmp_path: Path) -> None:
    extra = {
        f"more{i}.md": f"---\ntitle: Extra report {i}\noutlet: Paper {i}\n---\nA later "
        f"report number {i} on the footbridge vote was published.\n"
        for i in range(3)
    }
    app = make_app([str(write_story(tmp_path / "s", extra))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert len(screen.articles) == 6
        source_list = screen.query_one(SourceList)
        source_list.focus()
        target = screen.articles[-1].id
        assert target not in screen.shown
        source_list.go_to(target)
        await pilot.press("enter")
        assert target in screen.shown
        assert app.focused is screen.panes[screen.shown.index(target)]
        # clicking works too
        other = next(a.id for a in screen.articles if a.id not in screen.shown)
        index = source_list.get_option_index(other)
        source_list.focus()
        source_list.highlighted = index
        await pilot.pause()
        await pilot.click(SourceList, offset=(6, 1 + 2 * index))
        await pilot.pause()
        assert other in screen.shown or source_list.highlighted == index


async def test_boilerplate_is_dimmed_or_hidden(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        pane = screen.panes[screen.shown.index("gazette")]
        ids = [o.id for o in pane.options]
        assert any(i and i.startswith("p") for i in ids)  # "Share this article", dimmed
        assert "Share this article" in screen_text(pilot)
        await pilot.press("b")
        ids = [o.id for o in pane.options]
        assert not any(i and i.startswith("p") for i in ids)
        await pilot.press("b")
        assert any(o.id and o.id.startswith("p") for o in pane.options)


async def test_a_run_of_furniture_is_one_dimmed_line(tmp_path: Path) -> None:
    """The pane opened on "3 Min Read", a rule, "3 Min Read" again and another rule."""
    top = "---\n\n4 Min Read\n\n4 Min Read\n\nListen to this article\n\n"
    gazette = STORY["gazette.md"].replace("---\n", top, 2).replace(top, "---\n", 1)
    folder = write_story(tmp_path / "story", {"gazette.md": gazette})
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.main.panes[app.main.shown.index("gazette")]
        first = [str(pane.get_option_at_index(i).prompt.body) for i in range(2)]
        assert first[0] == "4 Min Read · Listen to this article"
        assert first[1].startswith("The city council voted")
        assert screen_text(pilot).count("4 Min Read") == 1


async def test_variants_show_wording_differences(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", "v")
        assert isinstance(app.screen, VariantsScreen)
        text = screen_text(pilot)
        assert "Coastal Wire" in text and "Harbor Gazette" in text
        assert "separated" in text and "apart" in text
        assert "2 sources · 2 wordings" in text
        assert "Underlined: words this outlet adds" in text and "Merged wording" in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_variants_name_a_source_without_a_headline_by_its_opening_words(
    tmp_path: Path,
) -> None:
    """QA (seventeenth round): a file without a headline was "wire · wire" in the variants
    (its id, then its title, which is its file stem), where every other place names it by
    its opening words."""
    wire = STORY["wire.md"].split("---\n")[2]  # no front matter: no outlet, no headline
    folder = write_story(tmp_path / "story", {"wire.md": wire})
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", "v")
        assert isinstance(app.screen, VariantsScreen)
        text = screen_text(pilot)
        assert "wire · wire" not in text
        assert "wire · “The council approved a pedestrian footbridge" in text


async def test_the_variants_of_one_wording_show_no_legend_of_differences(tmp_path: Path) -> None:
    """Lead (twentieth round): a statement with one wording showed the legend of underlined
    and struck words and a "Merged wording" block repeating the only wording."""
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", "down", "v")  # the second speaker: one outlet, one wording
        assert isinstance(app.screen, VariantsScreen)
        text = screen_text(pilot)
        assert "1 source · 1 wording" in text
        assert "Underlined" not in text and "Merged wording" not in text


async def test_help_lists_every_binding(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        listed = " ".join(str(widget.render()) for widget in app.screen.query("#help-list Static"))
        for cls in (MainScreen, SummaryPanel, QuotePanel, SourcePane, SourceList):
            for binding in cls.BINDINGS:
                assert isinstance(binding, Binding)
                if binding.id and binding.id not in WEB_ONLY:  # files only: no address
                    assert (binding.tooltip or binding.description) in listed, binding.id
        # the lists' and panes' own movement keys, which no brief binding names
        for words in ("A line up or down", "A page up or down", "the first or the last"):
            assert words in listed
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_help_names_only_the_panes_on_screen(tmp_path: Path) -> None:
    """At 80 columns two source panes show: the help listed "Focus source pane 3" anyway."""
    for size, panes in (((80, 24), 2), (SIZE, 3)):
        app = story_app(tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            shown = len(app.main.shown)
            assert shown == min(panes, len(app.main.articles))
            await pilot.press("question_mark")
            listed = " ".join(str(w.render()) for w in app.screen.query("#help-list Static"))
            for number in (1, 2, 3):
                assert (f"Focus source pane {number}" in listed) == (number <= shown), size


async def test_help_offers_web_keys_only_when_a_source_has_an_address(tmp_path: Path) -> None:
    """A folder of files listed "r  Fetch the source again (web sources)" in the help (the
    key bar already left the web keys out there); one source with a `url` brings them back."""
    web_keys = ("Fetch the source again", "Open the source's web address", "Copy the source's")
    linked = STORY["wire.md"].replace("---\n", "---\nurl: https://news.example/bridge\n", 1)
    for extra, expected in (({}, False), ({"wire.md": linked}, True)):
        folder = write_story(tmp_path / f"set{expected}", extra)
        app = make_app([str(folder)], builder=fixed_brief)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            listed = " ".join(str(w.render()) for w in app.screen.query("#help-list Static"))
            for words in web_keys:
                assert (words in listed) == expected, (words, expected)
            assert "Copy a markdown citation" in listed  # a file can be cited too


async def test_the_palette_has_one_command_to_zoom(tmp_path: Path) -> None:
    """Textual's "Maximize"/"Minimize" sat beside brief's "Zoom panel", which does both."""
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Zoom panel (maximize)" in titles and "Maximize" not in titles  # found by both
        zoom = next(c for c in app.get_system_commands(app.screen) if c.title.startswith("Zoom"))
        zoom.callback()
        await pilot.pause()
        assert app.screen.maximized is not None
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Minimize" not in titles and "Zoom panel (maximize)" in titles
        zoom.callback()
        await pilot.pause()
        assert app.screen.maximized is None


def test_every_binding_has_an_id_and_a_description() -> None:
    for cls in (MainScreen, SummaryPanel, QuotePanel, SourcePane, SourceList):
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action in ("select",) and cls is not SourceList:
                continue
            assert binding.id and binding.id.startswith("brief."), (cls, binding.key)
            assert binding.description


async def test_every_action_is_in_the_command_palette(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for wanted in (
            "Export brief", "Undo", "Redo", "Drop or keep summary sentence",
            "Move summary sentence up", "Move summary sentence down",
            "Pin sentence into summary", "Go to brief from sentence", "Reject or restore quote",
            "Quote wordings", "Exclude or include source", "Toggle boilerplate",
            "Toggle source list", "Zoom panel (maximize)", "Longer summary", "Shorter summary",
            "Algorithm: lexrank", "Theme", "Help: keys", "Quit",
        ):  # fmt: skip
            assert wanted in titles, wanted
        # and a palette command really runs: drop the highlighted summary sentence
        command = next(c for c in app.get_system_commands(app.screen) if c.title.startswith("Drop"))
        command.callback()
        await pilot.pause()
        assert app.session is not None and len(app.session.review.dropped) == 1


async def test_palette_finds_a_source_by_headline(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert "wire" not in screen.shown  # only two panes at 80 columns
        await pilot.press("ctrl+p")
        await pilot.press(*"footbridge wins")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert "wire" in screen.shown


async def test_mouse_click_on_a_summary_sentence_links_it(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        summary = screen.query_one(SummaryPanel)
        await pilot.click(SummaryPanel, offset=(5, 1))
        await pilot.pause()
        assert app.focused is summary
        row = summary.current_row
        assert row is not None
        assert row.item.source in screen.shown


async def test_analysis_failure_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    def broken(articles, options, **kw):  # type: ignore[no-untyped-def]
        raise RuntimeError("engine exploded [b]loudly[/b]")

    app = story_app(tmp_path, builder=broken)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(6):  # waiting on the failed worker re-raises its (expected) error
            with contextlib.suppress(WorkerFailed):
                await settle(pilot, rounds=1)
            await pilot.pause()
        assert app.is_running
        assert any("engine exploded [b]loudly[/b]" in str(n.message) for n in app._notifications)
        assert "The analysis failed" in screen_text(pilot)


@pytest.mark.parametrize(
    "hostile",
    [
        "[b]bold[/b] and [@click=app.quit]click me[/] and [link=https://example.com]x[/link]",
        "Reuters said [/b] nothing [red]at all",
        "Press [@click=app.quit]here to quit the app[/] if you dare.",
    ],
)
async def test_markup_in_articles_is_shown_literally_and_does_nothing(
    tmp_path: Path, hostile: str
) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.md").write_text(
        f'---\ntitle: "Head [b]line[/b] [@click=app.quit]Q[/]"\noutlet: "[i]Out[/i]let"\n'
        f"---\nFirst sentence is plain. {hostile} Then \x1b]0;PWNED\x07 and \x1b[2J end.\n\n"
        f'"Quoted words [@click=app.quit]here[/] are hostile," said Jane Roe.\n',
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(  # the same story, so the set opens on its brief
        "First sentence is plain. Jane Roe said the quoted words are hostile.\n", "utf-8"
    )
    app = make_app([str(folder)], builder=RecordingBuilder())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        pane = screen.panes[screen.shown.index("a")]
        assert any(hostile in option.prompt.plain for option in pane.options)
        text = screen_text(pilot)
        assert "Head [b]line[/b]" in text
        assert "[i]Out[/i]let" in text
        # control characters never reach it; an escape sequence is blanked whole (its
        # "]0;PWNED" was shown as words)
        assert "\x1b" not in text and "PWNED" not in text and "Then" in text
        await pilot.press("w", "v")  # speaker and quote in the variants dialog
        assert "[@click=app.quit]" in screen_text(pilot)
        await pilot.press("escape")
        # click every cell of the pane lines showing a click tag: nothing may fire
        region = pane.content_region
        lines = screen_text(pilot).splitlines()
        labels = ("@click", "click me", "quit the app")
        for y in range(region.y, region.bottom) if "@click" in hostile else ():
            if not any(label in lines[y][region.x : region.right] for label in labels):
                continue
            for x in range(region.x, region.right, 2):
                await pilot.click(offset=(x, y))
        await pilot.press("s", "e")  # the export preview renders the text too
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None


async def test_footer_ends_with_the_palette_key_and_nothing_behind_it(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = screen_text(pilot).splitlines()[-1]
        assert footer.rstrip().endswith("^p palette"), footer


async def test_app_limits_come_from_the_config_file_unless_flags_say_otherwise(
    tmp_path: Path,
) -> None:
    from brief.config import Config, save_config

    save_config(Config(max_articles=2))
    folder = write_story(tmp_path / "s")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.session is not None and len(app.session.articles) == 2
    flagged = make_app([str(folder)], builder=fixed_brief, max_articles=50)
    async with flagged.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert flagged.session is not None and len(flagged.session.articles) > 2


async def test_header_drops_a_bidi_override_in_a_title(tmp_path: Path) -> None:
    """The header must not hand U+202E raw to the terminal, where it would reverse what
    follows ("\u202egnp.exe" read as "exe.png"); it drops it, as the panes and lists do."""
    extra = {
        "aaa.md": '---\ntitle: "Invoice \u202egnp.exe footbridge"\n---\n'
        "The harbor footbridge vote drew a crowd of residents to the council chamber.\n"
    }
    folder = write_story(tmp_path / "story", extra)
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.sub_title == "Invoice gnp.exe footbridge"
        assert "\u202e" not in screen_text(pilot).splitlines()[0]


def test_palette_label_drops_a_bidi_override_as_the_source_list_does() -> None:
    from brief.model import Article
    from brief.tui.commands import source_label

    article = Article("a", "/tmp/a.txt", "text", title="Invoice \u202egnp.exe", outlet="Out")
    assert source_label(2, article) == "Show source 2: Out · Invoice gnp.exe"


async def test_the_variants_of_a_rejected_quote_say_it_is_rejected(tmp_path: Path) -> None:
    """QA (twentieth round): `v` on a quote rejected in review opened its wordings with no
    word of the rejection, as if the statement were in the brief."""
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", "v")
        assert "Rejected in your review" not in screen_text(pilot)
        await pilot.press("escape", "r")
        await settle(pilot)
        assert app.session is not None and app.session.review.rejected_quotes
        await pilot.press("v")
        assert isinstance(app.screen, VariantsScreen)
        assert "Rejected in your review: left out of the brief" in screen_text(pilot)
        await pilot.press("escape", "r", "v")  # restored: no longer said
        await settle(pilot)
        assert isinstance(app.screen, VariantsScreen)
        assert "Rejected in your review" not in screen_text(pilot)
