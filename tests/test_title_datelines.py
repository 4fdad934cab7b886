"""A dateline whose place is in title case and carries no date ("Valdora \u2014 ", "Port Senna
(AP) - ") is left out of its sentence's unit, as one in capitals is (``openings.dateline_end``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.summary.units import article_units, dateline_end


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Valdora \u2014 Workers raised a new bell in the town hall tower on a cold morning.",
            "Workers raised a new bell in the town hall tower on a cold morning.",
        ),
        (  # a plain-text copy that lower-cased the sentence after it
            "Senna ( ap ) \u2014 the harbour reopened to ships on Monday after a week of storms.",
            "the harbour reopened to ships on Monday after a week of storms.",
        ),
        (
            "Port Senna, Eastland (Wire) - The council voted to close the old ferry pier at night.",
            "The council voted to close the old ferry pier at night.",
        ),
        (  # a story's slug before the dateline
            "QUAKE-VALDORA _ VALDORA _ Rescue teams searched the old town all night.",
            "Rescue teams searched the old town all night.",
        ),
        (
            "Valdora \u2013 Rescue teams searched the collapsed houses of the old town all night.",
            "Rescue teams searched the collapsed houses of the old town all night.",
        ),
    ],
)
def test_a_title_case_dateline_is_cut(text: str, rest: str) -> None:
    assert text[dateline_end(text) :] == rest


@pytest.mark.parametrize(
    "text",
    [
        # a name and its apposition, closed by a second dash
        "Jane Doe \u2014 the mayor of the town \u2014 said the bridge would reopen next week.",
        "The president \u2014 who had been ill for weeks \u2014 spoke to the nation on Monday.",
        "Acme \u2014 and its two partners \u2014 agreed on the new rules after a long night.",
        # a prepositional opening before a name
        "On Tuesday, Acme Airways -- the last airline still flying the old jets at the time "
        "of the crash, said it would retire them.",
        # a party tag is no agency
        "Sen. Jane Doe (D-Ore.) -- Taxes rose sharply across the state in the year after the law.",
        # a heading: a place and a dash before a short line
        "Valdora \u2014 The bell rings again.",
        # a plain hyphen needs an agency
        "Paris - The talks ended without a deal after three days of meetings in the city.",
    ],
)
def test_not_a_title_case_dateline(text: str) -> None:
    assert dateline_end(text) == 0


def test_a_title_case_place_and_a_dash_later_in_the_story_stay(tmp_path: Path) -> None:
    """Past the story's first paragraph a title-case name and a dash are more often a name
    and its apposition than a dateline: the sentence stays whole."""
    (tmp_path / "a.txt").write_text(
        "Water company raises prices\n\n"
        "Valdora \u2014 The regional water company will raise its prices by a tenth from May, "
        "its board said on Monday.\n\n"
        "Acme \u2013 the owner of the old dam since the war and of two pumping stations on the "
        "river, said the rise would pay for new pipes.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    texts = [unit.text for unit in article_units(article)]
    assert texts[0].startswith("The regional water company")
    assert texts[1].startswith("Acme \u2013 the owner")


def test_a_dateline_after_a_caption_run_into_its_paragraph(tmp_path: Path) -> None:
    """A plain-text copy ran a photo's caption into the first paragraph: the place with its
    agency opens the second sentence, and is left out of its unit, verbatim at its span."""
    (tmp_path / "a.txt").write_text(
        "Ferry pier closed\n\n"
        "A still image taken from a harbour camera shows the old ferry pier at dusk. "
        "Port Senna ( ap ) - the harbour authority closed the old ferry pier to the public on "
        "Monday after inspectors found cracks in two of its supports.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    units = article_units(article)
    assert units[-1].text.startswith("the harbour authority closed")
    assert " ".join(article.text[units[-1].start : units[-1].end].split()) == units[-1].text
