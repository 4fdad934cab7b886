"""tf-idf and similarity vectors on the CSR arrays equal scipy's expressions bit for bit."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from brief.summary import rowwise, vectors

TEXTS = [
    "The council approved the harbour budget on Monday after a long debate.",
    "Engineers closed the old bridge to heavy lorries after they found cracks.",
    "The budget for the bridge repairs was approved by the council, the mayor said.",
    "Of the and to a in.",
    "Council council council budget budget harbour.",
]


def _scipy(function, counts):  # type: ignore[no-untyped-def]
    """The function with the fast path switched off: scipy's expressions."""
    saved = rowwise.tfidf, rowwise.similarity_vectors
    rowwise.tfidf = rowwise.similarity_vectors = lambda counts: None  # type: ignore[assignment]
    try:
        return function(counts)
    finally:
        rowwise.tfidf, rowwise.similarity_vectors = saved


def _same(a, b) -> bool:  # type: ignore[no-untyped-def]
    return (
        a.shape == b.shape
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and a.data.tobytes() == b.data.tobytes()  # bit for bit, and in the same order
    )


def _random_counts(rng: random.Random) -> csr_matrix:
    rows, width = rng.randint(1, 30), rng.randint(1, 60)
    dense = np.zeros((rows, width))
    for i in range(rows):
        if rng.random() < 0.15:
            continue  # an empty row
        for j in rng.sample(range(width), rng.randint(1, width)):
            dense[i, j] = float(rng.choice([1, 1, 1, 2, 3, 7]))
    return csr_matrix(dense)


@pytest.mark.parametrize("function", [vectors.tfidf, vectors.similarity_vectors])
def test_random_counts_give_scipy_s_matrix(function) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(4)
    for _ in range(200):
        counts = _random_counts(rng)
        assert _same(function(counts), _scipy(function, counts))


@pytest.mark.parametrize("function", [vectors.tfidf, vectors.similarity_vectors])
def test_sentences_give_scipy_s_matrix(function) -> None:  # type: ignore[no-untyped-def]
    counts = vectors.featurize(TEXTS).unigrams
    fast = function(counts)
    assert _same(fast, _scipy(function, counts))
    # the fast path was taken (a stop-word row is empty: covered too)
    fast_path = rowwise.tfidf if function is vectors.tfidf else rowwise.similarity_vectors
    assert fast_path(counts) is not None
    assert fast.getrow(3).nnz == 0


def test_tfidf_rows_are_stored_as_scipy_leaves_them() -> None:
    """The order matters: LexRank's sums follow it. tf-idf rows end up reversed."""
    counts = vectors.featurize(TEXTS[:3]).unigrams
    fast = vectors.tfidf(counts)
    row = fast.indices[fast.indptr[0] : fast.indptr[1]]
    assert list(row) == sorted(row, reverse=True)


def test_input_off_the_fast_path_is_left_to_scipy() -> None:
    unsorted = csr_matrix((np.ones(2), np.array([3, 1]), np.array([0, 2])), shape=(1, 4))
    with_zero = csr_matrix((np.array([1.0, 0.0]), np.array([0, 1]), np.array([0, 2])), (1, 2))
    integers = csr_matrix(np.array([[1, 2]]))
    for counts in (unsorted, with_zero, integers):
        assert rowwise.tfidf(counts) is None
        assert rowwise.similarity_vectors(counts) is None
        assert _same(vectors.tfidf(counts), _scipy(vectors.tfidf, counts))


def test_count_matrices_are_scipy_s_after_sum_duplicates() -> None:
    rng = np.random.default_rng(8)
    for size in (0, 1, 5, 40, 300):
        shape = (int(rng.integers(1, 12)), int(rng.integers(1, 30)))
        rows = rng.integers(0, shape[0], size)
        columns = rng.integers(0, shape[1], size)
        expected = csr_matrix((np.ones(size), (rows, columns)), shape=shape)
        expected.sum_duplicates()
        got = vectors._count_matrix(rows, columns, shape)
        assert _same(got, expected)
        assert got.indices.dtype == expected.indices.dtype
        assert got.has_canonical_format
