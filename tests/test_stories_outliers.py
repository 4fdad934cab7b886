"""Members a story holds only loosely are set aside (``brief.stories.outliers``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from brief.stories import DEFAULT, group_ids
from brief.stories.outliers import _loose
from tests.stories_pile import load_texts

# Invented articles. Five reports of one event, told in different words, as outlets do.
EVENT = [
    "Kestria limits ferry crossings\n\nKestria ordered the Brantwell ferry line to halve its "
    "crossings to Olvey Island from Monday, the transport ministry said. Minister Idris Falk "
    "said the Brantwell ships failed a safety inspection after a hull crack was found.",
    "Brantwell ferries cut by half\n\nThe Brantwell ferry line must halve its crossings to "
    "Olvey Island, Kestria's transport ministry announced. Idris Falk, the minister, cited a "
    "hull crack found during a safety inspection of two Brantwell ships.",
    "Olvey Island braces for fewer ferries\n\nShopkeepers on Olvey Island fear empty shelves "
    "after Kestria told Brantwell to halve its ferry crossings. Minister Idris Falk said the "
    "safety inspection left no choice once the hull crack was confirmed.",
    "Ferry operator Brantwell contests order\n\nBrantwell said it would appeal the order to "
    "halve its Olvey Island crossings, disputing the safety inspection. Idris Falk, Kestria's "
    "transport minister, said the hull crack made the ruling unavoidable.",
    "Brantwell safety row deepens\n\nUnions at Brantwell warned of job losses after Kestria "
    "halved the ferry crossings to Olvey Island. Minister Idris Falk defended the safety "
    "inspection and said the hull crack would be repaired within weeks.",
]
# Another event in the same country, sharing a name and a little vocabulary with the five.
OTHER = (
    "Kestria signs grain deal\n\nKestria agreed to buy wheat and barley from Dorrin at a "
    "higher price, the trade office said, ending a long quarrel over harvest quotas. Idris "
    "Falk welcomed the contract; farmers in the north expect better prices next season."
)


def _articles(tmp_path: Path, texts: list[str]):  # type: ignore[no-untyped-def]
    return load_texts(tmp_path / "pile", texts)


def test_a_loosely_attached_member_is_set_aside(tmp_path: Path) -> None:
    articles = _articles(tmp_path, [*EVENT, OTHER])
    without = group_ids(articles, replace(DEFAULT, loose_share=0.0))
    assert sorted(map(sorted, without)) == [[0, 1, 2, 3, 4, 5]]  # average link joins it
    groups = group_ids(articles)
    assert sorted(map(sorted, groups)) == [[0, 1, 2, 3, 4], [5]]


def test_a_tight_story_is_left_whole(tmp_path: Path) -> None:
    articles = _articles(tmp_path, EVENT)
    assert sorted(map(sorted, group_ids(articles))) == [[0, 1, 2, 3, 4]]


def test_the_weakest_member_goes_first_and_a_pair_is_never_cut() -> None:
    score = np.array(
        [
            [0.0, 6.0, 6.0, 1.0],
            [6.0, 0.0, 6.0, 1.2],
            [6.0, 6.0, 0.0, 0.8],
            [1.0, 1.2, 0.8, 0.0],
        ]
    )
    assert _loose(score, 0.25) == {3}  # mean 1.0 against the others' 6.0
    assert _loose(score, 0.1) == set()
    pair = np.array([[0.0, 1.0], [1.0, 0.0]])
    assert _loose(pair, 0.99) == set()


def test_a_uniformly_loose_story_is_not_emptied() -> None:
    score = np.full((5, 5), 1.1)
    np.fill_diagonal(score, 0.0)
    assert _loose(score, 0.5) == set()  # every member is as attached as the rest
