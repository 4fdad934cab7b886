"""The same figure phrase ("at least six weeks") said by the same named person in two
outlets: one statement in the quote panel, one fact in the summary."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from brief.ingest import load_paths
from brief.model import AnalysisOptions, QuoteCluster
from brief.quotes import extract_quotes
from brief.summary import overlaps, summarize
from brief.summary.overlaps import FigureReader
from brief.summary.units import Unit
from brief.text.figures import figure_phrases, names

LOCK_A = (
    "Canal lock stays shut\n\n"
    "The lower canal lock was drained on Monday after divers found a split gate hinge. "
    "Inspector Ida Marsh said the lock would stay closed for at least nine days "
    "while a new hinge was cast. Boats are moored along the towpath in the meantime.\n"
)
LOCK_B = (
    "Boaters stranded on the canal\n\n"
    "Holiday boaters face a long wait after the lower lock on the canal was shut. "
    "The trust's chief inspector, Ida Marsh, said the stoppage would last at least nine "
    "days. A shuttle bus will run between the two marinas.\n"
)


def write(tmp_path: Path, bodies: dict[str, str]) -> Path:
    folder = tmp_path / "set"
    folder.mkdir(parents=True)
    for name, body in bodies.items():
        (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    return folder


def inspector(clusters: tuple[QuoteCluster, ...]) -> list[tuple[str, ...]]:
    return sorted(c.sources for c in clusters if c.speaker == "Ida Marsh")


def test_a_figure_phrase_is_a_number_with_its_unit() -> None:
    assert figure_phrases("shut for at least nine days") == {("9", "day")}
    assert figure_phrases("closed for 9 days") == figure_phrases("nine days")
    assert figure_phrases("a 12-mile detour cost $4 million") == {("12", "mile"), ("4", "million")}
    assert figure_phrases("3,500 boats") == {("3500", "boat")}
    assert figure_phrases("one of them in 2031 and the two") == frozenset()  # no unit, a year
    assert figure_phrases("the Seven Arches bridge and Six weeks later") == {("6", "week")}
    assert names("The chief inspector, Ida Marsh, said. Boats wait") == {"ida", "marsh"}


def test_one_figure_phrase_reworded_in_two_outlets_is_one_statement(tmp_path: Path) -> None:
    """The report shares only "nine days" and the sentence's frame with the other outlet's:
    too few stems for the other tiers, one statement by its figure and its speaker."""
    articles = load_paths([str(write(tmp_path, {"a": LOCK_A, "b": LOCK_B}))]).articles
    assert inspector(extract_quotes(articles)) == [("a", "b")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("at least nine days.", "at least nine weeks."),  # another unit: another figure
        ("at least nine days.", "at least nine days, however long repairs took."),  # no frame
        ("said the stoppage would last", "denied the stoppage would last"),  # a denial
    ],
)
def test_another_figure_frame_or_a_denial_stays_apart(tmp_path: Path, old: str, new: str) -> None:
    other = LOCK_B.replace(old, new)
    assert other != LOCK_B
    articles = load_paths([str(write(tmp_path, {"a": LOCK_A, "b": other}))]).articles
    assert inspector(extract_quotes(articles)) == [("a",), ("b",)]


def test_the_summary_holds_one_of_the_two_wordings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = load_paths([str(write(tmp_path, {"a": LOCK_A, "b": LOCK_B}))]).articles

    def wordings() -> int:
        summary = summarize(articles, AnalysisOptions(sentences=4))
        return sum("nine" in item.text for item in summary)

    assert wordings() == 1
    monkeypatch.setattr(overlaps, "SAME_PHRASE", False)
    assert wordings() == 2  # the control: without the rule both are chosen


def test_a_figure_phrase_needs_a_name_words_in_common_and_two_articles() -> None:
    units = [
        Unit("a", 0, 0, 0, 1, "Inspector Ida Marsh said the lock shuts for nine days."),
        Unit("b", 0, 0, 0, 1, "The lock stays shut nine days, Ida Marsh said."),
        Unit("b", 1, 1, 2, 3, "The lock stays shut nine days, Tom Reed said."),  # no name shared
        Unit("a", 1, 1, 2, 3, "Ida Marsh said the lock shuts nine days."),  # the same article
    ]
    article = np.array([0, 1, 1, 0])
    reader = FigureReader(units, article)
    assert reader.pairs(np.arange(4)) == [(0, 1), (1, 3)]
    assert reader.repeat(0, 1) and not reader.repeat(0, 2) and not reader.repeat(0, 3)
    # the same phrase and name, little else in common: another fact about the same person
    other = [
        Unit("a", 0, 0, 0, 1, "Inspector Ida Marsh said the lower lock shuts for nine days."),
        Unit("b", 0, 0, 0, 1, "Ida Marsh has run ferry boats on the northern canal for nine days."),
    ]
    assert not FigureReader(other, np.array([0, 1])).repeat(0, 1)
