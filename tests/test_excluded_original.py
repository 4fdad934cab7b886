"""Excluding the original of a syndicated copy: the copy stands in for it.

QA found that excluding a source whose text another source copies (`x` in the app,
`--review` in an export) left a brief with no summary and no quotes: the copy was still
marked as a copy of a source no longer in the set, and copies are not analysed.
"""

from __future__ import annotations

from pathlib import Path

from brief.analysis import build_brief
from brief.ingest import load_paths
from brief.model import AnalysisOptions

STORY = (
    "Ferry fares to rise\n\n"
    "The Wexmouth harbour board voted on Tuesday to raise ferry fares by a tenth from March.\n\n"
    '"We cannot keep the boats running on goodwill alone," the board\'s chair Ann Keel said.\n\n'
    "Commuters said the increase would cost them about two hundred pounds a year.\n\n"
    "The ferry workers' union said it would study the plan before deciding what to do.\n"
)


def _set(tmp_path: Path, copies: int):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    for n in range(copies):
        retitled = STORY.replace("Ferry fares to rise", f"Fares go up ({n})")
        (tmp_path / f"copy{n}.txt").write_text(retitled, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert [a.duplicate_of for a in articles] == [None] + ["a"] * copies
    return articles


def test_a_copy_whose_original_is_excluded_is_analysed(tmp_path: Path) -> None:
    articles = _set(tmp_path, 1)
    brief = build_brief(articles[1:], AnalysisOptions(), timestamp=False)
    assert brief.summary and brief.quotes
    assert [a.duplicate_of for a in brief.sources] == [None]
    assert all(s.source == "copy0" for s in brief.summary)


def test_two_copies_of_an_excluded_original_are_one_source_and_its_copy(tmp_path: Path) -> None:
    articles = _set(tmp_path, 2)
    brief = build_brief(articles[1:], AnalysisOptions(), timestamp=False)
    assert [(a.id, a.duplicate_of) for a in brief.sources] == [
        ("copy0", None),
        ("copy1", "copy0"),
    ]
    assert brief.summary
    assert all(s.supporting_sources == ("copy0", "copy1") for s in brief.summary)


async def test_the_app_summarises_the_copy_and_stops_calling_it_one(tmp_path: Path) -> None:
    from test_tui_support import settle

    from brief.tui.app import make_app
    from brief.tui.screens.main import MainScreen
    from brief.tui.widgets.source_list import SourceList
    from brief.tui.widgets.summary_panel import SummaryPanel

    _set(tmp_path, 1)
    app = make_app([str(tmp_path)], cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        source_list = screen.query_one(SourceList)
        assert "(copy)" in source_list.get_option("copy0").prompt.plain
        source_list.focus()
        source_list.go_to("a")
        await pilot.press("x")
        await settle(pilot)
        assert app.session is not None and app.session.review.excluded_sources == {"a"}
        rows = screen.query_one(SummaryPanel).rows
        assert rows and all(row.item.source == "copy0" for row in rows)
        assert "(copy)" not in source_list.get_option("copy0").prompt.plain
