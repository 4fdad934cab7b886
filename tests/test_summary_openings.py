"""Page widgets glued before a sentence: where the widget ends and the sentence begins."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.summary.openings import clutter_end, widget_end
from brief.summary.units import article_units

_SENTENCE = "voters in the harbour city will choose a new mayor tonight after a long race."


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # a caption widget: its credit shown twice, a headline glued before the label
        (
            "Harbour vote looms enlarge this image toggle caption jane doe/ap jane doe/ap "
            + _SENTENCE,
            "voters in",
        ),
        (
            "toggle caption Jane Doe/Harbour Times Photo Desk Jane Doe/Harbour Times Photo "
            "Desk Voters in the harbour city will choose a new mayor tonight.",
            "Voters in",
        ),
        ("enlarge this image toggle caption stockpics stockpics " + _SENTENCE, "voters in"),
        # a share bar: no end a rule can tell (measured, not kept: decisions.md)
        (
            "Hear this story 4: 10 share this story email facebook twitter " + _SENTENCE,
            None,
        ),
        # no repeated credit: the caption's end is unknown, the sentence is left whole
        ("Image copyright AP image caption the harbour at dusk " + _SENTENCE, None),
        # too little after the widget to be a sentence
        ("enlarge this image toggle caption jane doe/ap jane doe/ap updated at 10 p.m.", None),
        # a repeated word in prose after a label's words
        (
            "The photo caption said very very little about the harbour vote held last week.",
            None,
        ),
    ],
)
def test_widget_end(text: str, rest: str | None) -> None:
    cut = widget_end(text)
    assert (text[cut:][: len(rest)] if cut else None) == rest


def test_a_bracketed_credit_alone_is_a_credit() -> None:
    text = "(Credit: Jane Doe) A ferry captain says the harbour lighthouse is older than thought."
    assert text[clutter_end(text) :].startswith("A ferry captain")


def test_a_glued_widget_is_left_out_of_its_unit(tmp_path: Path) -> None:
    """The plain-text copy of a page keeps its headline and a caption widget with the credit
    twice on the sentence's line: the unit starts at the sentence, verbatim at its span, and
    a headline that ended in a question no longer hides its sentence."""
    (tmp_path / "a.txt").write_text(
        "Harbour Vote\n\n"
        "Will the harbour city get a new mayor? enlarge this image toggle caption jane doe/ap "
        "jane doe/ap voters in the harbour city will choose a new mayor tonight after a long "
        "race.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    units = article_units(article)
    assert [u.text[:20] for u in units] == ["voters in the harbou"]
    assert all(article.text[u.start : u.end] == u.text for u in units)
