"""Units that share text in their article never go together (``overlaps.overlapping_pairs``)."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np

from brief.ingest import load_paths
from brief.summary import concepts as C
from brief.summary.overlaps import overlapping_pairs

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
