"""The pile's matrices are built by ``map`` over each row's keys and counts, and the
grouping reads its pair arrays as Python numbers in one call: the same bits as the loops
they replace. Words and piles here are invented."""

from __future__ import annotations

import math
import random
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix

from brief.stories import vectors
from brief.stories.cluster import _listed, average_link


def _matrix_old(rows):  # type: ignore[no-untyped-def]
    vocabulary: dict[str, int] = {}
    indptr, indices, values = [0], [], []
    for row in rows:
        for key, count in row.items():
            indices.append(vocabulary.setdefault(key, len(vocabulary)))
            values.append(1.0 + math.log(count))
        indptr.append(len(indices))
    matrix = csr_matrix(
        (np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(rows), max(len(vocabulary), 1)),
    )
    matrix.sum_duplicates()
    df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.float64)
    pile = max(len(rows), vectors.MIN_PILE)
    idf = np.log((pile + 1.0) / (df + 1.0)) + 1.0
    matrix = matrix.multiply(idf[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = csr_matrix(matrix.multiply(1.0 / norms[:, np.newaxis]))
    return matrix, df


def _rows(rng: random.Random, n: int) -> list[Counter[str]]:
    words = [f"w{k}" for k in range(300)] + ["harbour", "ferry", "Ann Keel", "état"]
    rows = []
    for _ in range(n):
        row: Counter[str] = Counter()
        for _ in range(rng.randrange(0, 40)):
            row[rng.choice(words)] += rng.choice([1, 1, 1, 2, 3, 7, 40])
        rows.append(row)
    return rows


def test_the_matrix_is_the_same_bits_as_the_loop_built() -> None:
    rng = random.Random(5)
    for n in (0, 1, 3, 60, 400):
        rows = _rows(rng, n)
        new, new_df = vectors._matrix(rows)
        old, old_df = _matrix_old(rows)
        assert new.shape == old.shape
        for part in ("data", "indices", "indptr"):
            assert getattr(new, part).tobytes() == getattr(old, part).tobytes(), (n, part)
        assert new_df.tobytes() == old_df.tobytes()


def test_arrays_are_read_as_the_same_python_numbers() -> None:
    ints = np.array([0, 3, 2**40], dtype=np.int64)
    floats = np.array([0.1, 1e-300, 2.5], dtype=np.float64)
    assert _listed(ints) == [int(x) for x in ints]
    assert _listed(floats) == [float(x) for x in floats]
    assert all(type(x) is float for x in _listed(floats))
    plain = [1, 2]
    assert _listed(plain) is plain


def test_grouping_from_arrays_equals_grouping_from_lists() -> None:
    rng = random.Random(9)
    n = 80
    pairs = sorted({tuple(sorted(rng.sample(range(n), 2))) for _ in range(400)})
    first = [a for a, _ in pairs]
    second = [b for _, b in pairs]
    scores = [rng.choice([0.4, 0.9, 1.3, 2.0, 3.7]) for _ in pairs]
    from_lists = average_link(n, first, second, scores)
    from_arrays = average_link(
        n, np.array(first, dtype=np.int64), np.array(second, dtype=np.int64), np.array(scores)
    )
    assert from_arrays == from_lists
    assert any(len(group) > 1 for group in from_lists)
