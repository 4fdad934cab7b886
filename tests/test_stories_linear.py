"""The grouping's speed-minded steps give the same answer as the plain ones."""

from __future__ import annotations

import gc

import numpy as np
import pytest

from brief.stories import group_ids
from brief.stories import vectors as vectors_module
from brief.stories.vectors import _partners_order
from tests.stories_pile import write_pile


def _entries(seed: int, n: int, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (row, col) entries, rows ascending as a product's COO gives them, with many
    tied weights (shared terms often weigh the same)."""
    rng = np.random.default_rng(seed)
    keys = np.unique(rng.integers(0, n * n, size=count))
    row, col = keys // n, keys % n
    weight = rng.choice(np.array([0.25, 0.5, 1.0 / 3.0, 0.125, 0.7]), size=len(keys))
    weight = weight * rng.integers(1, 4, size=len(keys))
    return row.astype(np.int32), col.astype(np.int32), weight


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_partners_order_is_the_lexsort_order(seed: int) -> None:
    row, col, weight = _entries(seed, 300, 20_000)
    expected = np.lexsort((col, -weight, row))
    got = _partners_order(row, col, weight, 300)
    assert np.array_equal(got, expected)
    # the order it gives is by row, then weight descending, then column
    r, c, w = row[got], col[got], weight[got]
    same_row = r[1:] == r[:-1]
    assert np.all(r[1:] >= r[:-1])
    assert np.all(~same_row | (w[1:] < w[:-1]) | ((w[1:] == w[:-1]) & (c[1:] > c[:-1])))


def test_partners_order_of_nothing_is_empty() -> None:
    empty = np.zeros(0, dtype=np.int32)
    assert len(_partners_order(empty, empty, np.zeros(0), 10)) == 0


def test_partners_order_falls_back_when_the_key_would_overflow() -> None:
    row, col, weight = _entries(4, 50, 500)
    # a pile so large that row * weights * n passes 2**62: the lexsort itself
    got = _partners_order(row, col, weight, 3_000_000_000)
    assert np.array_equal(got, np.lexsort((col, -weight, row)))


def test_candidate_pairs_match_the_lexsort_ones(tmp_path, monkeypatch) -> None:
    from brief.ingest import load_paths
    from brief.stories.features import features_of
    from brief.stories.vectors import build_vectors, candidate_pairs

    write_pile(tmp_path)
    articles = load_paths([tmp_path]).articles
    vectors = build_vectors([features_of(a) for a in articles])
    first, second = candidate_pairs(vectors, neighbours=2)
    monkeypatch.setattr(
        vectors_module,
        "_partners_order",
        lambda row, col, weight, n: np.lexsort((col, -weight, row)),
    )
    plain_first, plain_second = candidate_pairs(vectors, neighbours=2)
    assert len(first) > 0
    assert np.array_equal(first, plain_first) and np.array_equal(second, plain_second)


@pytest.mark.parametrize("enabled", [True, False])
def test_grouping_pauses_the_collector_and_restores_it(tmp_path, monkeypatch, enabled) -> None:
    from brief.ingest import load_paths
    from brief.stories import features

    write_pile(tmp_path)
    articles = load_paths([tmp_path]).articles
    during: list[bool] = []
    real = features.features_of

    def watched(article):  # type: ignore[no-untyped-def]
        during.append(gc.isenabled())
        return real(article)

    monkeypatch.setattr(features, "features_of", watched)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        groups = group_ids(articles)
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert during and not any(during)  # off while the articles are read and grouped
    assert after is enabled  # and as it was afterwards
    assert sorted(i for group in groups for i in group) == list(range(len(articles)))


def test_row_cosines_are_the_same_bits_whatever_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pairs are scored in steps (bounded memory); the step size changes no bit."""
    from scipy.sparse import random as sparse_random

    matrix = sparse_random(200, 500, density=0.05, format="csr", random_state=7)
    rng = np.random.default_rng(3)
    first = rng.integers(0, 200, size=5_000)
    second = rng.integers(0, 200, size=5_000)
    expected = np.array(
        [
            float(matrix[int(a)].multiply(matrix[int(b)]).sum())
            for a, b in zip(first, second, strict=True)
        ]
    )
    monkeypatch.setattr(vectors_module, "_CHUNK", len(first))
    whole = vectors_module.row_cosines(matrix, first, second)  # one step
    assert np.allclose(whole, expected) and np.count_nonzero(whole) > 100
    for step in (777, 1):
        monkeypatch.setattr(vectors_module, "_CHUNK", step)
        got = vectors_module.row_cosines(matrix, first, second)
        assert np.array_equal(got, whole)
