"""Every review action from the keyboard, undo/redo, and the review saved and restored."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import RecordingBuilder, fixed_brief, screen_text, settle, write_story

from brief.ingest import load_paths
from brief.model import AnalysisOptions
from brief.review import apply
from brief.store import load_review, review_path
from brief.tui.app import BriefApp, make_app
from brief.tui.screens.main import MainScreen
from brief.tui.widgets.quote_panel import QuotePanel
from brief.tui.widgets.source_list import SourceList
from brief.tui.widgets.summary_panel import SummaryPanel

SIZE = (120, 40)


def parts(app: BriefApp) -> tuple[MainScreen, SummaryPanel, QuotePanel]:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen, screen.query_one(SummaryPanel), screen.query_one(QuotePanel)


def keys_shown(summary: SummaryPanel) -> list[str]:
    return [row.item.key for row in summary.rows]


def saved(folder: Path):  # type: ignore[no-untyped-def]
    return load_review(load_paths([str(folder)]).articles)


async def test_drop_and_keep_a_summary_sentence(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, _ = parts(app)
        await pilot.press("s", "down")
        row = summary.current_row
        assert row is not None and not row.dropped
        await pilot.press("d")
        assert app.session is not None
        assert app.session.review.dropped == {row.item.key}
        dropped_row = summary.current_row
        assert dropped_row is not None and dropped_row.dropped and dropped_row.number is None
        assert "dropped" in dropped_row_text(summary)
        assert summary.current_id == row.item.key  # the cursor stays on it
        assert row.item.key not in {s.key for s in apply(app.brief, app.session.review).summary}
        assert saved(folder).dropped == {row.item.key}  # saved at once
        await pilot.press("d")
        assert app.session.review.dropped == frozenset()
        assert saved(folder).dropped == frozenset()


def dropped_row_text(summary: SummaryPanel) -> str:
    option = summary.highlighted_option
    assert option is not None
    return option.prompt.plain  # type: ignore[union-attr]


async def test_pin_a_source_sentence_into_the_summary(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=fixed_brief, sentences=2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, summary, _ = parts(app)
        assert app.brief is not None and len(app.brief.summary) == 2
        await pilot.press("3")
        pane = screen.panes[2]
        assert pane.article is not None
        sentence = pane.article.body_sentences[-1]
        assert sentence.key not in keys_shown(summary)
        pane.go_to(f"s{sentence.index}", center=False)
        await pilot.press("p")
        assert app.session is not None
        assert app.session.review.pinned == (sentence.key,)
        assert keys_shown(summary)[-1] == sentence.key
        assert summary.rows[-1].item.pinned
        assert "pinned" in summary.get_option(sentence.key).prompt.plain  # type: ignore[union-attr]
        exported = apply(app.brief, app.session.review)
        assert sentence.text in [s.text for s in exported.summary]
        await pilot.press("p")  # unpin
        assert app.session.review.pinned == ()
        assert sentence.key not in keys_shown(summary)


async def test_pin_on_a_summary_sentence_says_so(tmp_path: Path) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, summary, _ = parts(app)
        await pilot.press("1")
        pane = screen.panes[0]
        first = summary.rows[0].item
        pane.go_to(f"s{pane.article.sentences[0].index}", center=False)  # type: ignore[union-attr]
        assert pane.current_sentence is not None
        assert pane.current_sentence.key == first.key
        await pilot.press("p")
        assert app.session is not None and app.session.review.pinned == ()
        assert any("already in the summary" in str(n.message) for n in app._notifications)


async def test_reorder_summary_sentences(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, _ = parts(app)
        before = keys_shown(summary)
        await pilot.press("s", "shift+down")
        after = keys_shown(summary)
        assert after[:2] == [before[1], before[0]] and after[2:] == before[2:]
        assert summary.current_id == before[0]  # the cursor moved with the sentence
        await pilot.press("J")
        assert keys_shown(summary)[2] == before[0]
        await pilot.press("shift+up", "K", "K")  # past the top: stays first
        assert keys_shown(summary) == before
        assert app.session is not None
        exported = apply(app.brief, app.session.review)  # type: ignore[arg-type]
        assert [s.key for s in exported.summary] == before
        await pilot.press("J")
        assert saved(folder).order[:2] == (before[1], before[0])


async def test_reject_and_restore_a_quote(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, _, quotes = parts(app)
        await pilot.press("w")
        quote = quotes.current_quote
        assert quote is not None
        await pilot.press("r")
        assert app.session is not None
        assert app.session.review.rejected_quotes == {quote.id}
        assert "rejected" in quotes.get_option(quote.id).prompt.plain  # type: ignore[union-attr]
        exported = apply(app.brief, app.session.review)  # type: ignore[arg-type]
        assert quote.id not in {q.id for q in exported.quotes}
        assert saved(folder).rejected_quotes == {quote.id}
        await pilot.press("r")
        assert app.session.review.rejected_quotes == frozenset()


async def test_exclude_and_include_a_source_recomputes(tmp_path: Path) -> None:
    builder = RecordingBuilder()
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=builder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, summary, quotes = parts(app)
        assert builder.calls[-1][0] == ("gazette", "metro", "wire")
        await pilot.press("1", "x")  # exclude the source shown in pane 1 (gazette)
        await settle(pilot)
        assert app.session is not None
        assert app.session.review.excluded_sources == {"gazette"}
        assert builder.calls[-1][0] == ("metro", "wire")  # recomputed without it
        assert all(row.item.source != "gazette" for row in summary.rows)
        assert all("gazette" not in q.sources for q in quotes.quotes.values())
        assert screen.panes[0].has_class("-excluded")
        assert saved(folder).excluded_sources == {"gazette"}
        # include it again from the source list: the earlier brief comes from the cache
        source_list = screen.query_one(SourceList)
        source_list.focus()
        source_list.go_to("gazette")
        calls = len(builder.calls)
        await pilot.press("x")
        await settle(pilot)
        assert app.session.review.excluded_sources == frozenset()
        assert len(builder.calls) == calls
        assert any(row.item.source == "gazette" for row in summary.rows)


async def test_the_last_source_cannot_be_excluded(tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "only.txt").write_text("A single report about the harbor vote.\n", "utf-8")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "x")
        await settle(pilot)
        assert app.session is not None and app.session.review.excluded_sources == frozenset()
        assert app.brief is not None


async def test_switch_algorithm_and_length(tmp_path: Path) -> None:
    from brief.summary import ALGORITHMS

    builder = RecordingBuilder()
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=builder, sentences=3)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, _ = parts(app)
        assert builder.calls[-1][1].algorithm == ALGORITHMS[0]  # the default
        await pilot.press("a")
        await settle(pilot)
        assert builder.calls[-1][1].algorithm == ALGORITHMS[1]
        assert app.session is not None and app.session.review.algorithm == ALGORITHMS[1]
        assert ALGORITHMS[1] in str(summary.border_title)
        await pilot.press("plus")
        await settle(pilot)
        assert builder.calls[-1][1].sentences == 4
        assert len(summary.rows) == 4
        await pilot.press("minus", "minus")
        await settle(pilot)
        assert len(summary.rows) == 2
        assert saved(folder).sentences == 2
        assert saved(folder).algorithm == ALGORITHMS[1]


async def test_words_mode_switches_to_sentences_from_the_current_length(tmp_path: Path) -> None:
    builder = RecordingBuilder()
    app = make_app([str(write_story(tmp_path / "s"))], builder=builder, words=40)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert builder.calls[-1][1].words == 40
        await pilot.press("plus")
        await settle(pilot)
        assert builder.calls[-1][1].words is None
        assert builder.calls[-1][1].sentences >= 1


async def test_undo_and_redo_every_kind_of_change(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, _ = parts(app)
        session = app.session
        assert session is not None
        assert app.check_action("undo", ()) is None  # greyed out: nothing to undo yet
        await pilot.press("s", "d", "down", "d", "w", "r", "1", "x")
        await settle(pilot)
        full = session.review
        assert len(full.dropped) == 2 and full.rejected_quotes and full.excluded_sources
        await pilot.press("u")
        await settle(pilot)
        assert session.review.excluded_sources == frozenset()
        await pilot.press("u", "u")
        assert session.review.rejected_quotes == frozenset() and len(session.review.dropped) == 1
        assert len(saved(folder).dropped) == 1  # undo is saved too
        await pilot.press("U", "ctrl+y", "U")
        await settle(pilot)
        assert session.review == full
        await pilot.press("ctrl+z", "u", "u", "u", "u", "u")  # more undos than changes: harmless
        await settle(pilot)
        assert session.review.dropped == frozenset() and not session.can_undo
        assert len(summary.rows) == len(app.brief.summary)  # type: ignore[union-attr]


async def test_review_is_restored_when_the_same_set_is_opened(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, quotes = parts(app)
        await pilot.press("s", "d", "w", "r")
        dropped = summary.rows[0].item.key
        rejected = next(iter(app.session.review.rejected_quotes))  # type: ignore[union-attr]
    assert review_path(load_paths([str(folder)]).articles).exists()

    again = make_app([str(folder)], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, quotes = parts(again)
        assert again.session is not None
        assert again.session.review.dropped == {dropped}
        assert again.session.review.rejected_quotes == {rejected}
        assert summary.rows[0].dropped
        assert "rejected" in quotes.get_option(rejected).prompt.plain  # type: ignore[union-attr]
        assert "restored" in str(again.screen.query_one("#status-text").render())
        await pilot.press("u")  # the restored review is the starting point, not undoable
        assert again.session.review.dropped == {dropped}


async def test_real_engine_review_survives_a_restart(tmp_path: Path, seeds_dir: Path) -> None:
    """End to end on the bundled sample with the real summary and quote engines."""
    app = make_app([str(seeds_dir)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, rounds=10)
        assert app.brief is not None and app.brief.summary
        _, summary, _ = parts(app)
        await pilot.press("s", "d")
        dropped = summary.rows[0].item.key
    again = make_app([str(seeds_dir)])
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot, rounds=10)
        _, summary, _ = parts(again)
        assert again.session is not None and again.session.review.dropped == {dropped}
        assert summary.rows[0].dropped


async def test_a_different_set_gets_its_own_review(tmp_path: Path) -> None:
    first = write_story(tmp_path / "a")
    app = make_app([str(first)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "d")
    second = write_story(tmp_path / "b", {"extra.txt": "One more report on the harbor.\n"})
    other = make_app([str(second)], builder=fixed_brief)
    async with other.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert other.session is not None and other.session.review.dropped == frozenset()


async def test_unsaveable_review_gives_one_notice_and_stays_in_memory(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "d", "down", "d")
        assert app.session is not None and len(app.session.review.dropped) == 2
        notices = [n for n in app._notifications if "Could not save the review" in str(n.message)]
        assert len(notices) == 1
        assert app.is_running


async def test_a_badge_change_rebuilds_only_the_sentences_it_marks(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, _, _ = parts(app)
        pane = screen.panes[0]
        assert pane.article is not None
        marked = [s for s in pane.article.sentences if pane._gutter(s) != ("  ", "")]
        assert len(marked) > 1, "the test needs marked sentences"
        target = marked[0]
        before = {o.id: o.prompt for o in pane.options}
        assert str(before[f"s{target.index}"]).strip()[0] in "\u2022\u201c+"
        pane.set_badges(pane._summary - {target.index}, pane._quotes - {target.index}, pane._pinned)
        after = {o.id: o.prompt for o in pane.options}
        changed = {key for key in before if after[key] is not before[key]}
        assert changed == {f"s{target.index}"}
        assert str(after[f"s{target.index}"]).startswith("  ")
        # the other marks are still shown, the unmarked sentence is plain on screen
        await pilot.pause()
        assert pane._gutter(marked[1]) != ("  ", "")
        assert str(after[f"s{marked[1].index}"]) == str(before[f"s{marked[1].index}"])


def test_links_keep_each_sentence_words_and_find_the_same_matches(seeds_dir: Path) -> None:
    """``build_links`` remembers each source sentence's words; the spans are those found
    without it (a fresh ``best_match`` per summary sentence and source)."""
    from brief.analysis import build_brief
    from brief.tui.links import best_match, build_links

    articles = load_paths([str(seeds_dir)]).articles
    brief = build_brief(articles, AnalysisOptions())
    links = build_links(brief)
    by_id = {a.id: a for a in articles}
    compared = 0
    for item in brief.summary:
        for source in item.supporting_sources:
            if source == item.source:
                continue
            match = best_match(by_id[source], item.text)
            expected = () if match is None else (match.span,)
            assert links.summary_targets(item).get(source, ()) == expected
            compared += 1
    assert compared > 0 and links.words  # supporting sources were compared, words kept


def _short_story(tmp_path: Path) -> Path:
    """One article of three sentences: fewer than the 7 a summary asks for."""
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Ferry strike ends\n\nThe ferry strike ended on Friday after talks. "
        "Crews return to work on Monday. The union said the deal was fair.\n",
        encoding="utf-8",
    )
    return folder


async def test_shorter_acts_at_once_when_the_summary_is_shorter_than_asked(
    tmp_path: Path,
) -> None:
    """A small story gives fewer sentences than the length asked for: "-" shortens what is
    shown at once, instead of lowering an unmet target with nothing changing on screen."""
    folder = _short_story(tmp_path)
    app = make_app([str(folder)], builder=fixed_brief, sentences=7)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, _ = parts(app)
        shown = len(summary.rows)
        assert 1 < shown < 7
        # the header says what is shown and what was asked, in words
        assert f"{shown} sentences (7 asked)" in str(summary.border_title)
        await pilot.press("minus")
        await settle(pilot)
        assert len(summary.rows) == shown - 1
        assert saved(folder).sentences == shown - 1


async def test_longer_says_so_when_the_sources_have_no_more_to_add(tmp_path: Path) -> None:
    """At 7 sentences asked and 3 given, "+" raised the target to 8 and nothing changed."""
    folder = _short_story(tmp_path)
    app = make_app([str(folder)], builder=fixed_brief, sentences=7)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, summary, _ = parts(app)
        shown = len(summary.rows)
        await pilot.press("plus")
        await settle(pilot)
        assert app.session is not None and app.session.options.sentences == 7
        algorithm = app.session.options.algorithm
        assert f"No more to add: {algorithm} picks {shown}" in screen_text(pilot)
        await pilot.press("minus", "plus")  # back to what is shown, then one more is asked
        await settle(pilot)
        assert len(summary.rows) == shown


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_summary_title_says_its_length_in_words(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """ "3 of 7 sent." was cryptic: the title names what the two numbers count, whole on the
    screen at 80 and 120 columns."""
    from brief.tui.screens.main import summary_length

    assert summary_length(0, 7, 7) == "7 sentences"
    assert summary_length(0, 7, 1) == "1 sentence (7 asked)"
    assert summary_length(150, 7, 4) == "150 words"
    app = make_app([str(_short_story(tmp_path))], builder=fixed_brief, sentences=7)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        _, summary, _ = parts(app)
        said = (
            f"Summary · {app.session.options.algorithm} · {len(summary.rows)} sentences (7 asked)"
        )
        assert said in screen_text(pilot)
