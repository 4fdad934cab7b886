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
            "November 21, 2018 the harbour storm flooded the cellars of the old library overnight.",
            "the harbour storm flooded the cellars of the old library overnight.",
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
            "Open again from May! ) When the storm reached the harbour wall that night, it broke "
            "the old sea gate in two places.",
            "When the storm reached the harbour wall that night, it broke the old sea gate in two "
            "places.",
        ),
        # a bracket that closes what the sentence opened, or that ends no sentence
        ("The mayor (a former teacher) said the school would reopen after the summer.", None),
        ("We won :) and then we all walked home along the river in the rain.", None),
    ],
)
def test_the_tail_of_a_broken_aside(text: str, rest: str | None) -> None:
    cut = aside_tail_end(text)
    assert (text[cut:] if cut else None) == rest


def test_clutter_runs_are_left_out_of_the_units(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Library reopens after the flood\n\n"
        "March 2, 2023 the town library will open its doors again after two months of repairs "
        "to the flooded cellars.\n\n"
        "( Reading room on the first floor only. Open again from May! ) When the storm reached "
        "the harbour wall that night, it broke the old sea gate in two places and filled the "
        "cellars.\n\n"
        "The librarian said the flood had ruined eleven boxes of old maps in a single night "
        "pic.example/abc123 \u2014 Jane Doe (@janedoe) March 1, 2023 the library also said "
        "it would ask readers to lend their own copies.\n\n"
        "The council said the first readers would be let in on the morning of the first of May.\n\n"
        "(Jane Doe writes about the town for the Harbour Times. The Harbour Times is part of a "
        "group of small newspapers along the northern coast of the county.)\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    texts = [unit.text for unit in article_units(article)]
    assert texts[0].startswith("the town library will open")
    assert not any(text.startswith("(") for text in texts)
    assert any(text.startswith("When the storm reached the harbour wall") for text in texts)
    assert not any("@janedoe" in text for text in texts)
    assert not any("Harbour Times" in text for text in texts)  # an aside broken in two
    assert texts[-1].startswith("The council said the first readers")
    for unit in article_units(article):
        assert " ".join(article.text[unit.start : unit.end].split()) == unit.text
