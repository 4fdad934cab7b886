"""Sparse weighted vectors of a pile and the candidate pairs worth scoring.

Candidate pairs come from an inverted index on each article's rarest strong terms, as one
sparse product over those terms only: 10,000 articles never build an n x n matrix.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.stories.features import ArticleFeatures

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix

MAX_DF = 100
"""Terms in more articles than this are not indexed for candidate pairs (still scored)."""
NEIGHBOURS = 30
"""Candidate partners kept per article (its strongest by shared indexed terms)."""
MIN_PILE = 50
"""IDF is computed as if the pile held at least this many articles (the rest sharing no
word), so a small pile weighs words as a large one would instead of calling every shared
word common."""


@dataclass(frozen=True, slots=True)
class PileVectors:
    """Row-normalised TF-IDF matrices, one row per article, one matrix per signal."""

    terms: csr_matrix
    entities: csr_matrix
    term_df: np.ndarray
    """Document frequency of each term column (for the candidate index)."""


class _Sublinear(dict):
    """Count -> ``1.0 + math.log(count)``, worked out once per distinct count."""

    def __missing__(self, count: int) -> float:
        value = self[count] = 1.0 + math.log(count)  # sublinear: the tenth mention adds little
        return value


def _matrix(rows: Sequence[Mapping[str, int]]):  # type: ignore[no-untyped-def]
    import numpy as np
    from scipy.sparse import csr_matrix

    # a new key's column is the vocabulary's size before it (``setdefault(key, len(...))``),
    # looked up and weighed by ``map`` over each row's keys and counts, without a loop
    vocabulary: defaultdict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__
    column, weight = vocabulary.__getitem__, _Sublinear().__getitem__
    indptr, indices, values = [0], [], []
    for row in rows:
        indices.extend(map(column, row.keys()))
        values.extend(map(weight, row.values()))
        indptr.append(len(indices))
    matrix = csr_matrix(
        (np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(rows), max(len(vocabulary), 1)),
    )
    matrix.sum_duplicates()
    df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.float64)
    pile = max(len(rows), MIN_PILE)
    idf = np.log((pile + 1.0) / (df + 1.0)) + 1.0
    matrix = matrix.multiply(idf[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = csr_matrix(matrix.multiply(1.0 / norms[:, np.newaxis]))
    return matrix, df


def build_vectors(features: Sequence[ArticleFeatures]) -> PileVectors:
    terms, df = _matrix([f.terms for f in features])
    entities, _ = _matrix([f.entities for f in features])
    return PileVectors(terms, entities, df)


def candidate_pairs(
    vectors: PileVectors, per_article: int = 12, neighbours: int = NEIGHBOURS
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, sharing some of each other's strongest rare terms.

    Each article indexes its ``per_article`` heaviest terms among those in at least two
    and at most ``MAX_DF`` articles: a story's articles share such words, while words
    common enough to join everything are left out. Each article then keeps its
    ``neighbours`` best partners by the weight of the indexed terms they share, so the
    pairs grow linearly with the pile even where many articles share a topic.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    matrix = vectors.terms
    n = matrix.shape[0]
    usable = (vectors.term_df >= 2) & (vectors.term_df <= MAX_DF)
    rows, cols, values = [], [], []
    for i in range(n):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        idx = matrix.indices[start:end]
        weights = matrix.data[start:end]
        keep = usable[idx]
        idx, weights = idx[keep], weights[keep]
        if len(idx) > per_article:
            top = np.argpartition(-weights, per_article)[:per_article]
            idx, weights = idx[top], weights[top]
        rows.extend([i] * len(idx))
        cols.extend(idx.tolist())
        values.extend(weights.tolist())
    index = csr_matrix((np.asarray(values), (rows, cols)), shape=matrix.shape)
    shared = (index @ index.T).tocoo()
    other = shared.row != shared.col
    row, col, weight = shared.row[other], shared.col[other], shared.data[other]
    order = _partners_order(row, col, weight, n)  # each row's partners, strongest first
    row, col = row[order], col[order]
    rank = np.arange(len(row)) - np.searchsorted(row, row, side="left")
    row, col = row[rank < neighbours], col[rank < neighbours]
    pairs = np.unique(np.minimum(row, col).astype(np.int64) * n + np.maximum(row, col))
    return pairs // n, pairs % n


def _partners_order(row: np.ndarray, col: np.ndarray, weight: np.ndarray, n: int) -> np.ndarray:
    """The order of ``np.lexsort((col, -weight, row))``: by row, weight descending, column.

    At 10,000 articles the rows share 1.25 million (row, column) entries (34 times as many
    as at 1,000: the index keeps terms of up to ``MAX_DF`` articles, which are rarer and so
    more numerous in a larger pile), and a three-key lexsort of them took 0.36 s of CPU. The
    same order as one integer key, the weight replaced by its rank among the distinct
    weights, sorts in 0.1 s; the keys are distinct (a row names each column once), so any
    sort gives the same order.
    """
    import numpy as np

    if len(row) == 0:
        return np.zeros(0, dtype=np.intp)
    distinct, rank = np.unique(-weight, return_inverse=True)
    if float(n) * n * len(distinct) >= 2.0**62:  # the key would overflow int64
        return np.lexsort((col, -weight, row))
    key = (row.astype(np.int64) * len(distinct) + rank.reshape(-1)) * n + col.astype(np.int64)
    return np.argsort(key)


def row_cosines(matrix: csr_matrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Cosine of each pair of rows (rows are already unit length)."""
    import numpy as np

    out = np.zeros(len(first))
    for start in range(0, len(first), _CHUNK):  # bounded memory for millions of pairs
        a, b = first[start : start + _CHUNK], second[start : start + _CHUNK]
        out[start : start + len(a)] = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
    return out


_CHUNK = 20_000
"""Pairs per step of ``row_cosines``. Each step gathers both rows of every pair (about 120
stored entries a pair at 10,000 leads); at 200,000 pairs a step's arrays were hundreds of MB,
fresh pages from the system on every call, and the page faults took 1.7 s of the 2.0 s the
cosines cost at 10,000 leads. At 20,000 the arrays are reused from the allocator: 0.19 s,
the same bits (each pair's sum is the same operations in the same order)."""
