"""Units that share text in their article, or two articles' units stating the same figures,
never go together (``overlaps``)."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np

from brief.ingest import load_paths
from brief.model import AnalysisOptions
from brief.summary import concepts as C
from brief.summary import summarize
from brief.summary.overlaps import FigureReader, overlapping_pairs
from brief.summary.solvers import solve_greedy
from brief.summary.units import Unit

PARAGRAPH = (
    "The city council approved a new budget for the public transport network on Monday. "
    "It raises fares by ten percent and adds night buses on the busiest routes. "
    "The move follows a year of complaints from commuters about crowded trains. "
    "Officials said the money would also repair three stations closed since the spring."
)


def test_overlapping_pairs_are_every_pair_sharing_text(tmp_path: Path) -> None:
    for k in range(3):
        other = f"Residents of district {k} said they would wait and see how the plan works out."
        (tmp_path / f"a{k}.txt").write_text(f"{PARAGRAPH}\n\n{other}", encoding="utf-8")
    articles = [a for a in load_paths([str(tmp_path)]).articles if a.duplicate_of is None]
    prepared = C.prepare(articles)
    assert prepared is not None
    assert any(u.sentences == 2 for u in prepared.units)  # "It raises ..." carries its antecedent
    everything = np.arange(len(prepared.units))
    for candidates in (everything, everything[::2], everything[1:], everything[:1]):
        units = [prepared.units[int(c)] for c in candidates]
        expected = [
            (a, b)
            for a, b in itertools.combinations(range(len(units)), 2)
            if units[a].article == units[b].article
            and units[a].start < units[b].end
            and units[b].start < units[a].end
        ]
        assert overlapping_pairs(prepared.units, prepared.article, candidates) == expected
    assert overlapping_pairs(
        prepared.units, prepared.article, everything
    )  # the two-sentence units overlap their parts


FERRY_A = (
    "Ferry fares rise\n\n"
    "The harbour board voted on Monday to raise ferry fares across the whole network. "
    "The new pier will cost 2,500,000 pounds and open to passengers in 2031, officials said. "
    "Crews welcomed the vote but asked for more staff on the night crossings."
)
FERRY_B = (
    "Board backs dearer ferries\n\n"
    "Ferry fares will rise after the harbour board backed the plan at its Monday meeting. "
    "Building work is expected to cost 2500000 pounds, with the first boats docking in 2031. "
    "Shop owners near the terminal said the timetable matters more than the price."
)


def test_two_outlets_stating_the_same_figures_are_one_fact(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FERRY_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FERRY_B, encoding="utf-8")
    articles = [a for a in load_paths([str(tmp_path)]).articles if a.duplicate_of is None]
    prepared = C.prepare(articles)
    assert prepared is not None
    everything = np.arange(len(prepared.units))
    pairs = FigureReader(prepared.units, prepared.article).pairs(everything)
    texts = [
        (prepared.units[a].text, prepared.units[b].text)
        for a, b in pairs
    ]  # fmt: skip
    # the two wordings of the pier's cost and opening year (commas aside), across articles
    assert texts and all(
        "2031" in x and "2031" in y and prepared.article[a] != prepared.article[b]
        for (x, y), (a, b) in zip(texts, pairs, strict=True)
    )
    # so the summary never holds both, however long it may be: exact, greedy, or "about N
    # words" with its last unit added past N
    for options in (AnalysisOptions(sentences=6), AnalysisOptions(words=80)):
        summary = summarize(articles, options)
        assert sum("2031" in item.text for item in summary) == 1
    problem = C.build_problem(prepared, C.DEFAULT, sentences=6, words=None)
    chosen = [int(problem.candidates[k]) for k in solve_greedy(problem)]
    assert sum("2031" in prepared.units[u].text for u in chosen) == 1


def test_one_shared_figure_or_one_article_is_no_repeat() -> None:
    units = [
        Unit("a", 0, 0, 0, 1, "Fares rise 10 percent from May."),
        Unit("b", 0, 0, 0, 1, "Fares rose 10 percent last year."),  # one figure shared
        Unit("a", 1, 1, 2, 3, "It costs 40 pounds from 2031."),
        Unit("a", 2, 2, 4, 5, "Tickets cost 40 pounds in 2031."),  # two, in one article
    ]
    article = np.array([0, 1, 0, 0])
    reader = FigureReader(units, article)
    assert reader.pairs(np.arange(4)) == []
    assert not reader.repeat(2, 3)
    assert reader(0) == frozenset({"10"}) and reader(2) == frozenset({"40", "2031"})
    # digits inside a word are no figure; commas are dropped
    assert FigureReader([Unit("a", 0, 0, 0, 1, "The A380 cost 2,500 on v1.25.")], article)(
        0
    ) == frozenset({"2500"})
