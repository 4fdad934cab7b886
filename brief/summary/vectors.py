"""Sparse sentence representations: stemmed unigrams and bigrams, built once per set.

Everything downstream (LexRank, coverage, redundancy, attribution) works on these CSR
matrices with sparse products, so time and memory grow with the number of words, never
with the square of the number of sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from brief.text.tokens import WORD


@dataclass(frozen=True, slots=True)
class Features:
    """Term counts per unit (rows) as ``scipy.sparse.csr_matrix``, plus unit lengths."""

    unigrams: Any
    """Counts of non-stop-word stems (n x V1)."""
    bigrams: Any
    """Counts of adjacent stem pairs, stop words kept in place but not both stop (n x V2)."""
    lengths: Any
    """Words per unit (numpy int array, whitespace-separated as a reader counts them)."""


def featurize(texts: Sequence[str]) -> Features:
    """Count stems and stem bigrams of every text (one row per text).

    Python touches each token once (tokenise, look up its number in the process's
    ``vocabulary``, where each distinct word was tested and stemmed once); the columns are
    the keys (stems, stop words as written) in the order the texts first use them, and the
    pairs and counts are built with numpy.
    """
    import numpy as np

    from brief.summary.vocabulary import numbered

    n = len(texts)
    rows_tokens: list[list[str]] = []
    tokens_per_row = np.zeros(n, dtype=np.int64)
    lengths = np.zeros(n, dtype=np.int64)
    find = WORD.findall
    for row, text in enumerate(texts):
        # ``brief.text.tokens.words``, lower-cased before matching: twice as fast, same tokens
        # (but for letters whose lower case adds a combining mark, such as dotted capital I)
        tokens = find(text.lower().replace("\u2019", "'"))
        rows_tokens.append(tokens)
        tokens_per_row[row] = len(tokens)
        lengths[row] = len(text.split())
    _, stop, key_numbers = numbered(rows_tokens)
    stems, width = _first_use_order(key_numbers)
    rows = np.repeat(np.arange(n, dtype=np.int64), tokens_per_row)
    content = ~stop
    unigrams = _count_matrix(rows[content], stems[content], (n, width))
    pair = (rows[1:] == rows[:-1]) & ~(stop[1:] & stop[:-1])
    keys = stems[:-1][pair] * width + stems[1:][pair]
    columns, pair_ids = np.unique(keys, return_inverse=True)
    bigrams = _count_matrix(rows[:-1][pair], pair_ids.ravel(), (n, max(len(columns), 1)))
    return Features(unigrams=unigrams, bigrams=bigrams, lengths=lengths)


def _first_use_order(keys: Any) -> tuple[Any, int]:
    """Each token's column (its key numbered by the order the texts first use it, as one
    dict filled token by token would number it) and the number of columns (at least 1)."""
    import numpy as np

    if not len(keys):
        return keys, 1
    distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    column = np.empty(len(distinct), dtype=np.int64)
    column[np.argsort(first)] = np.arange(len(distinct))
    return column[inverse.ravel()], len(distinct)


def _count_matrix(rows: Any, columns: Any, shape: tuple[int, int]) -> Any:
    """How often each (row, column) occurs, as canonical CSR: the matrix that
    ``csr_matrix((ones, (rows, columns)))`` gives after ``sum_duplicates``, built in one step
    (counts are whole numbers, so no order of additions can change them)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    if max(shape[1], len(rows)) >= 2**31 - 1:  # scipy would pick 64-bit indices
        matrix = csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)
        matrix.sum_duplicates()
        return matrix
    keys, counts = np.unique(rows * shape[1] + columns, return_counts=True)
    indptr = np.zeros(shape[0] + 1, dtype=np.int32)
    np.cumsum(np.bincount(keys // shape[1], minlength=shape[0]), out=indptr[1:])
    indices = (keys % shape[1]).astype(np.int32)
    return csr_matrix((counts.astype(np.float64), indices, indptr), shape=shape)


def tfidf(counts: Any, *, sublinear: bool = False) -> Any:
    """Row-normalised tf-idf (L2), idf over rows: ``log(N / (1 + df))`` floored at a small value.

    ``tf`` is count / max count in the row (sumy's LexRank weighting), or ``1 + log(count)``
    with ``sublinear``.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    from brief.summary import rowwise

    fast = None if sublinear else rowwise.tfidf(counts)  # the same matrix, less overhead
    if fast is not None:
        return fast
    n = counts.shape[0]
    binary = counts.copy()
    binary.data[:] = 1.0
    df = np.asarray(binary.sum(axis=0)).ravel()
    idf = np.log(max(n, 1) / (1.0 + df))
    idf = np.maximum(idf, 0.01)
    tf = counts.astype(np.float64, copy=True)
    if sublinear:
        tf.data = 1.0 + np.log(tf.data)
    else:
        row_max = tf.max(axis=1).toarray().ravel()
        row_max[row_max == 0] = 1.0
        tf = csr_matrix(diags(1.0 / row_max) @ tf)
    weighted = csr_matrix(tf @ diags(idf))
    return l2_normalise(weighted)


def similarity_vectors(counts: Any) -> Any:
    """Row-normalised binary tf x smoothed idf ``1 + log((1 + N) / (1 + df))``.

    Used to compare units for redundancy and attribution: unlike LexRank's idf, the smoothed
    idf keeps the story's own frequent words (its names, its main verb) in the comparison,
    and behaves the same on a set of five articles and of five hundred.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    from brief.summary import rowwise

    fast = rowwise.similarity_vectors(counts)  # the same matrix, less overhead
    if fast is not None:
        return fast
    n = counts.shape[0]
    binary = counts.tocsr(copy=True)
    binary.data[:] = 1.0
    df = np.asarray(binary.sum(axis=0)).ravel()
    idf = 1.0 + np.log((1.0 + n) / (1.0 + df))
    return l2_normalise(csr_matrix(binary @ diags(idf)))


def l2_normalise(matrix: Any) -> Any:
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(diags(1.0 / norms) @ matrix)
