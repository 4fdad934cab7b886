"""A statement is not cited to an outlet whose wording of it gives another figure.

QA (eighteenth round): the quote panel merged "We will spend 45 million euros ..." and
the same line with "54 million euros" into one statement cited to every outlet, while the
summary side (``support_figures``) already left such a source uncited.
"""

from __future__ import annotations

from pathlib import Path

from brief.analysis import build_brief
from brief.export.markdown import to_markdown
from brief.ingest import load_paths
from brief.model import AnalysisOptions

STORY = (
    "---\ntitle: {title}\noutlet: {outlet}\n---\n"
    "Councillors in Tarnby voted on Tuesday to build a footbridge over the canal.\n\n"
    '"We will spend {amount} million euros on the new footbridge and it will open in two '
    'years," said Mayor Odile Brankov.\n\n'
    "{extra}\n"
)
EXTRAS = (
    "Residents have asked for a crossing since the old ferry stopped running.",
    "Opponents wanted the money to go to the swimming pool instead.",
    "Traffic on the canal towpath has doubled in a decade, figures show.",
)


def _brief(tmp_path: Path, amounts: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    for i, (name, amount) in enumerate(zip("abc", amounts, strict=True)):
        text = STORY.format(
            title=f"Footbridge report {name}", outlet=f"Outlet {name}", amount=amount,
            extra=EXTRAS[i],
        )  # fmt: skip
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    return build_brief(articles, AnalysisOptions(), timestamp=False)


def _statement(brief):  # type: ignore[no-untyped-def]
    return next(q for q in brief.quotes if "footbridge" in q.text)


def test_an_outlet_giving_another_figure_is_not_a_source_of_the_statement(
    tmp_path: Path,
) -> None:
    brief = _brief(tmp_path, ("45", "54", "45"))
    quote = _statement(brief)
    assert "45 million" in quote.text
    assert quote.sources == ("a", "c")
    assert {v.source for v in quote.variants} == {"a", "b", "c"}  # its wording is kept
    markdown = to_markdown(brief)
    line = next(x for x in markdown.splitlines() if "footbridge" in x and "45" in x)
    assert "(#source-2)" not in line
    assert "Another figure in: [\\[2\\]](#source-2)" in markdown


def test_outlets_agreeing_on_the_figure_are_all_sources(tmp_path: Path) -> None:
    quote = _statement(_brief(tmp_path, ("45", "45", "about 45")))
    assert quote.sources == ("a", "b", "c")


def test_the_statement_shows_the_figure_most_outlets_give(tmp_path: Path) -> None:
    """QA (nineteenth round): the shown wording was the longest, so one outlet's "45
    million" stood for a statement two of three outlets wrote with "54 million"."""
    brief = _brief(tmp_path, ("45", "54", "54"))
    quote = _statement(brief)
    assert "54 million" in quote.text and "45 million" not in quote.text
    assert quote.sources == ("b", "c")
    markdown = to_markdown(brief)
    assert "Another figure in: [\\[1\\]](#source-1)" in markdown


def test_the_quote_panel_flags_outlets_that_differ_on_a_figure(tmp_path: Path) -> None:
    from brief.tui.widgets.quote_panel import quote_prompt

    (tmp_path / "x").mkdir(), (tmp_path / "y").mkdir()
    differ = _statement(_brief(tmp_path / "x", ("45", "54", "45")))
    agree = _statement(_brief(tmp_path / "y", ("45", "45", "45")))
    assert "outlets differ on a figure" in quote_prompt(differ, False).plain
    assert "outlets differ" not in quote_prompt(agree, False).plain
