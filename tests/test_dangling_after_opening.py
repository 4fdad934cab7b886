"""A reference after a short opening adverbial ("On Monday, he ...") points back as one at a
sentence's start does (``summary.references``): it enters a summary only with, or right
after, the sentence it points back at."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.model import AnalysisOptions
from brief.summary import summarize
from brief.summary.units import article_units, dangles


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, he said the talks would go on for another week at least.",
        "In a statement, they said the bakery would shut its doors before the winter.",
        "Under pressure from the council, she defended the library cuts once again.",
        "Within two winters, the plan would pay for every new cycle lane in town.",
        "In a short note to staff, the company said tile output had doubled.",
        "Speaking to reporters, he said the deal was close but not yet signed.",
        "Asked about the delay, the ministry said a new date would be set soon.",
        "Last week, they rejected the offer and walked out of the talks again.",
        "Separately, it announced a cut of two hundred jobs at its main plant.",
        "Or, she could resign before the vote and avoid a public fight.",
        "And worried about the ferry's future, they raised the fares again.",
        "On Tuesday, in a letter to members, he called the vote a mistake.",
        "March 3, 2021, they filed the appeal in the regional court.",
        "On Friday, however, the council voted to keep the library open.",
        "When they arrived, they found the gates locked and the lights off.",
        "After the vote, her lawyer said she would appeal the ruling.",
        "\u201cIn a sense, it is over,\u201d the coach said after the final match.",
    ],
)
def test_a_reference_after_an_opening_dangles(text: str) -> None:
    assert dangles(text)


@pytest.mark.parametrize(
    "text",
    [
        # a subordinate clause with a subject of its own names what the pronoun points at
        "When the inspectors came back, they found the pumps switched off and the tank dry.",
        "After the inspectors returned, they found the gate unlocked and the pumps off.",
        "If the council agrees, she will chair the harbour board from next spring.",
        # an opening that names something: "the company" names it
        "At the Acme works, the company said tile output had doubled.",
        # a speaker's tag at the end, as at the end of any sentence
        "Nearly all of the new homes were sold within a week, he said.",
        # the words before the comma are a subject, a name or a main clause
        "Thousands of people marched through the capital on Saturday, police said.",
        "Mayor Jane Doe, who opened the bridge, said it had cost less than planned.",
        "For years there was no bridge, and it took an hour to reach the town.",
        "In the 1990s, the city built a new stadium beside the river.",
        "Virtually all of the children in the survey had been vaccinated, it said.",
        # the comma joins two clauses: the words before it are a clause, not an opening
        "Over two hundred readers signed up in a week, but the library says it needs more.",
        # "both ... and" names a pair
        "Despite the rain, both the ferry and the bus ran on time all through the week.",
        "Both Acme and Beta reported higher sales of garden tools in the spring.",
        # a compound's first part is no connective
        "Then-mayor Jane Doe opened the new bridge to traffic on a rainy morning.",
    ],
)
def test_no_reference_after_the_opening(text: str) -> None:
    assert not dangles(text)


def _articles(tmp_path: Path, files: dict[str, str]) -> list:  # type: ignore[type-arg]
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return sorted(load_paths([str(tmp_path)]).articles, key=lambda a: a.id)


def test_it_enters_as_a_unit_only_with_the_sentence_before_it(tmp_path: Path) -> None:
    (article,) = _articles(
        tmp_path,
        {
            "a.txt": "The river authority closed the old dam to boats after a crack was found. "
            "On Monday, it said repairs to the wall would take at least two months.\n",
        },
    )
    units = article_units(article)
    assert [u.sentences for u in units] == [1, 2]
    assert units[1].text.startswith("The river authority closed")


PILE = {
    "one.txt": "\n\n".join(
        [
            "The harbour council approved the new ferry timetable late on Tuesday.",
            "Fares on the island routes will rise by a tenth from the first of May.",
        ]
    ),
    "two.txt": "\n\n".join(
        [
            "A spokesman for the ferry operator declined to comment on the timetable.",
            "In a statement on Wednesday, they said the island ferry fares will rise "
            "by a tenth from the first of May under the new timetable.",
        ]
    ),
    "three.txt": "\n\n".join(
        [
            "Island ferry fares will rise by a tenth from May under the new timetable.",
            "Commuters on the island routes said the new timetable left them fewer boats.",
        ]
    ),
}
"""The reference after an opening ("In a statement ..., they said") opens a paragraph: no
sentence before it can carry it, though its words are the pile's most shared."""


def test_a_summary_never_shows_it_without_what_it_points_at(tmp_path: Path) -> None:
    articles = _articles(tmp_path, PILE)
    for options in (AnalysisOptions(sentences=3), AnalysisOptions(words=40)):
        summary = summarize(articles, options)
        assert summary
        assert not any(s.text.startswith("In a statement on Wednesday") for s in summary)
        for previous, item in itertools.pairwise((None, *summary)):
            if dangles(item.text):
                assert previous is not None and previous.source == item.source
