"""Clutter a plain-text copy of a web page runs into a summary sentence: a date line with no
stop after it, the tail of a bracketed aside the splitter broke open, an aside's broken
start, an embedded post with its signature (``openings``, ``units``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.summary.openings import aside_tail_end, date_run_end
from brief.summary.units import article_units


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "November 21, 2018 the harbour fire has hit close to home for the brewery staff.",
            "the harbour fire has hit close to home for the brewery staff.",
        ),
        (
            "Sept. 4, 2020 The council voted to close the old pier for good after the storm.",
            "The council voted to close the old pier for good after the storm.",
        ),
        # the date is the sentence's subject: its verb follows
        ("March 3, 2021 was the day the council finally voted on the bridge plan.", None),
        # too little after it
        ("March 3, 2021 The pier closes.", None),
        ("Markets rose on March 3, 2021 after the bank cut its rates by half a point.", None),
    ],
)
def test_a_date_line_run_into_a_sentence(text: str, rest: str | None) -> None:
    cut = date_run_end(text)
    assert (text[cut:] if cut else None) == rest


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Available late in May! ) When the fire started in the hills above the town, it "
            "became the worst the county had seen.",
            "When the fire started in the hills above the town, it became the worst the county "
            "had seen.",
        ),
        # a bracket that closes what the sentence opened, or that ends no sentence
        ("The mayor (a former teacher) said the school would reopen after the summer.", None),
        ("We won :) and then we all went home to celebrate with the rest of the team.", None),
    ],
)
def test_the_tail_of_a_broken_aside(text: str, rest: str | None) -> None:
    cut = aside_tail_end(text)
    assert (text[cut:] if cut else None) == rest


def test_clutter_runs_are_left_out_of_the_units(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Brewery to help fire victims\n\n"
        "March 2, 2023 the harbour brewery will give all the proceeds of a new ale to the "
        "families who lost homes in the fire.\n\n"
        "( Packed in cans by the brewery and sold in bars across the country. Available late "
        "in May! ) When the fire started in the hills above the town, it soon became the "
        "worst the county had seen in a century.\n\n"
        "The brewery said its own staff had lost eleven homes to the fire in a single night "
        "pic.example/abc123 \u2014 Jane Doe (@janedoe) March 1, 2023 the brewery also said "
        "it would match every gift made by its customers.\n\n"
        "The owners said the first cans would reach the shops of the county in early June.\n\n"
        "(Jane Doe writes about food and drink for the Harbour Times. The Harbour Times is "
        "part of a group of small newspapers along the northern coast of the county.)\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    texts = [unit.text for unit in article_units(article)]
    assert texts[0].startswith("the harbour brewery will give")
    assert not any(text.startswith("(") for text in texts)
    assert any(text.startswith("When the fire started in the hills") for text in texts)
    assert not any("@janedoe" in text for text in texts)
    assert not any("Harbour Times" in text for text in texts)  # an aside broken in two
    assert texts[-1].startswith("The owners said")
    for unit in article_units(article):
        assert " ".join(article.text[unit.start : unit.end].split()) == unit.text
