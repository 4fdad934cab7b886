"""Summaries made in phases over many sets (``summarize_many``, LexRank of many matrices at
once) are the summaries made one set at a time, to the bit."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from brief.analysis import build_brief
from brief.ingest import load_paths
from brief.model import AnalysisOptions
from brief.stories import briefs as B
from brief.stories import group_stories
from brief.summary import summarize
from brief.summary.lexrank import lexrank, lexrank_many
from brief.summary.phases import summarize_many
from brief.summary.vectors import featurize, tfidf
from tests.stories_pile import write_pile

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _sets(tmp_path: Path) -> list[list]:  # type: ignore[type-arg]
    write_pile(tmp_path / "pile")
    articles = load_paths([str(tmp_path / "pile")]).articles
    sets = [[a for a in s.articles if a.duplicate_of is None] for s in group_stories(articles)]
    seeds = [a for a in load_paths([str(SEEDS)]).articles if a.duplicate_of is None]
    # the sample, its halves and single articles: sets of equal and unequal sizes
    return [*sets, seeds, seeds[:2], seeds[2:4], seeds[:1], seeds[1:2], [], *sets]


@pytest.mark.parametrize(
    "options",
    [
        AnalysisOptions(),
        AnalysisOptions(sentences=3),
        AnalysisOptions(words=60),
        AnalysisOptions(focus="the council budget"),
        AnalysisOptions(algorithm="lexrank"),
        AnalysisOptions(sentences=0),
    ],
)
def test_summaries_in_phases_are_the_summaries_one_by_one(
    tmp_path: Path, options: AnalysisOptions
) -> None:
    sets = _sets(tmp_path)
    one_by_one = [summarize(articles, options) for articles in sets]
    assert summarize_many(sets, options) == one_by_one
    if options.sentences:
        assert sum(bool(s) for s in one_by_one) >= 5  # not a comparison of empty summaries


def _random_tfidf(rng: random.Random, rows: int) -> csr_matrix:
    words = [f"w{k}" for k in range(rng.randint(3, 25))]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(rows)]
    if rows > 2 and rng.random() < 0.2:
        texts[rng.randrange(rows)] = "the of and"  # no content word: an isolated sentence
    return tfidf(featurize(texts).unigrams)


def test_lexrank_of_many_matrices_is_each_lexrank_bit_for_bit() -> None:
    rng = random.Random(11)
    sizes = [rng.choice([1, 2, 3, 5, 8, 9, 13, 17, 40, 130]) for _ in range(120)]
    matrices = [_random_tfidf(rng, n) for n in sizes]
    matrices.append(csr_matrix((0, 4)))
    expected = [lexrank(m) for m in matrices]
    found = lexrank_many(matrices)
    assert len(found) == len(expected)
    for k, (a, b) in enumerate(zip(found, expected, strict=True)):
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), (k, sizes[k : k + 1])
    assert lexrank_many([]) == []


def test_row_sums_add_as_the_sum_of_one_row() -> None:
    """What the stories' sums in ``lexrank_many`` rely on (numpy's pairwise sum per row)."""
    rng = np.random.default_rng(12)
    for n in (1, 7, 8, 9, 16, 100, 129, 300):
        rows = rng.random((33, n)) * rng.choice([1e-6, 1.0, 1e6], size=(33, n))
        assert rows.sum(axis=1).tobytes() == np.array([r.sum() for r in rows]).tobytes()


def test_batches_keep_the_order_and_their_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(B, "BATCH_STORIES", 4)
    monkeypatch.setattr(B, "BATCH_ARTICLES", 10)
    rng = random.Random(3)
    jobs = [([object()] * rng.choice([1, 1, 2, 3, 12]), str(k)) for k in range(60)]
    batches = B._batches(jobs)
    assert [job for batch in batches for job in batch] == jobs
    for batch in batches:
        assert 1 <= len(batch) <= 4
        assert len(batch) == 1 or sum(len(m) for m, _ in batch) <= 10
    assert B._batches([]) == []


def test_briefs_built_in_batches_are_each_story_s_brief(tmp_path: Path) -> None:
    write_pile(tmp_path / "pile")
    articles = load_paths([str(tmp_path / "pile")]).articles
    jobs = [(story.articles, story.title) for story in group_stories(articles)]
    options = AnalysisOptions()
    expected = [build_brief(m, options, title=t, timestamp=False) for m, t in jobs]
    assert B.build_briefs(jobs, options, timestamp=False, parallel=False) == expected


def test_centralities_together_are_what_each_set_finds_on_first_use(tmp_path: Path) -> None:
    from brief.summary.concepts import _centrality, prepare
    from brief.summary.phases import centralities

    sets = [s for s in _sets(tmp_path) if s]
    together = [prepare(articles) for articles in sets]
    alone = [prepare(articles) for articles in sets]
    centralities(p for p in together if p is not None)
    for a, b in zip(together, alone, strict=True):
        if a is None:
            continue
        assert a.centrality.tobytes() == _centrality(b).tobytes()
