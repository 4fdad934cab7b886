"""Content stems as concepts beside the bigrams (``concepts.UNIGRAM_WEIGHT``)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import hstack

from brief.ingest import load_paths
from brief.model import Article
from brief.summary import concepts as C
from brief.summary.select import concept_weights

SHARED = [
    "Heavy floods swept through the river valley on Monday, forcing thousands from their homes.",
    "Rescue teams used boats to reach villages cut off by the water, officials said on Tuesday.",
]
OWN = [
    "The regional governor asked the army for helicopters and promised new shelters by Friday.",
    "Farmers said the harvest in the lower fields was lost and cattle had drowned overnight.",
    "Schools in three towns stayed closed while engineers checked bridges and damaged roads.",
    "A local charity collected blankets, bottled water and food for families in the shelters.",
    "Forecasters warned that more rain was expected over the mountains later in the week.",
]


def _articles(tmp_path: Path, outlets: int) -> list[Article]:
    rng = random.Random(3)
    for k in range(outlets):
        body = [*SHARED, *rng.sample(OWN, 3)]
        rng.shuffle(body)
        (tmp_path / f"outlet{k}.txt").write_text("\n\n".join(body), encoding="utf-8")
    return [a for a in load_paths([str(tmp_path)]).articles if a.duplicate_of is None]


def test_the_default_counts_content_stems_at_a_fraction_of_a_bigram(tmp_path: Path) -> None:
    prepared = C.prepare(_articles(tmp_path, 6))
    assert prepared is not None
    assert C.DEFAULT.unigram_weight == C.UNIGRAM_WEIGHT
    assert 0 < C.UNIGRAM_WEIGHT < 1
    with_stems = C.build_problem(prepared, C.DEFAULT, sentences=3, words=None)
    bigrams_only = C.build_problem(
        prepared, C.with_settings(unigram_weight=0.0), sentences=3, words=None
    )
    extra = with_stems.weights[bigrams_only.weights.size :]
    assert extra.size > 0  # the stems every outlet shares (floods, valley, rescue ...) count
    floor = C.min_support(prepared.articles)
    shares = concept_weights(prepared.unigrams, prepared.article, prepared.articles, floor)
    assert sorted(extra) == pytest.approx(sorted(shares[shares > 0] * C.UNIGRAM_WEIGHT))
    # a stem one outlet alone uses is below the support floor and weighs nothing
    assert (shares == 0).any()


@pytest.mark.parametrize("unigram_weight", [0.0, 0.1, 0.5])
@pytest.mark.parametrize("focus", ["", "rescue boats for the villages"])
def test_the_program_holds_exactly_the_concepts_that_count(
    tmp_path: Path, unigram_weight: float, focus: str
) -> None:
    """The matrices are cut to the weighted concepts before they are joined: the program is
    the one of the whole matrix with its zero-weight columns dropped, in the same order."""
    prepared = C.prepare(_articles(tmp_path, 5), focus=focus)
    assert prepared is not None
    settings = C.with_settings(unigram_weight=unigram_weight)
    problem = C.build_problem(prepared, settings, sentences=7, words=40)
    floor = C.min_support(prepared.articles)
    weights = concept_weights(prepared.bigrams, prepared.article, prepared.articles, floor)
    matrices = [prepared.bigrams]
    if unigram_weight > 0:
        stems = concept_weights(prepared.unigrams, prepared.article, prepared.articles, floor)
        weights = np.concatenate([weights, stems * unigram_weight])
        matrices.append(prepared.unigrams)
    whole = hstack(matrices).tocsr()
    keep = weights > 0
    expected = whole[problem.candidates][:, keep].toarray()
    assert problem.occurs.toarray().tolist() == expected.tolist()
    if not focus:
        assert problem.weights.tolist() == pytest.approx(weights[keep].tolist())
    else:  # the focus only raises weights; none that was zero enters
        assert (problem.weights >= weights[keep] - 1e-12).all()


def test_support_counted_from_pairs_is_the_sparse_product_s() -> None:
    """``select._support`` (distinct article and column pairs) against the membership
    product it replaces, on counts above 1, repeated articles and empty columns."""
    from scipy.sparse import csr_matrix
    from scipy.sparse import random as sparse_random

    from brief.summary.select import _support

    rng = np.random.default_rng(11)
    for seed, (rows, cols, articles) in enumerate([(1, 4, 1), (9, 30, 3), (40, 120, 12)]):
        counts = csr_matrix(sparse_random(rows, cols, density=0.2, random_state=seed))
        counts.data = np.ceil(counts.data * 3)
        article = np.sort(rng.integers(0, articles, rows))
        article[0] = 0
        membership = csr_matrix((np.ones(rows), (article, np.arange(rows))), shape=(articles, rows))
        carried = membership @ counts
        carried.data[:] = 1.0
        expected = np.asarray(carried.sum(axis=0)).ravel()
        assert _support(counts, article, articles).tobytes() == expected.tobytes()
