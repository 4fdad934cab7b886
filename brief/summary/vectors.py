"""Sparse sentence representations: stemmed unigrams and bigrams, built once per set.

Everything downstream (LexRank, coverage, redundancy, attribution) works on these CSR
matrices with sparse products, so time and memory grow with the number of words, never
with the square of the number of sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from brief.text.tokens import stem, stop_words, words


@dataclass(frozen=True, slots=True)
class Features:
    """Term counts per unit (rows) as ``scipy.sparse.csr_matrix``, plus unit lengths."""

    unigrams: Any
    """Counts of non-stop-word stems (n x V1)."""
    bigrams: Any
    """Counts of adjacent stem pairs, stop words kept in place but not both stop (n x V2)."""
    lengths: Any
    """Words per unit (numpy int array)."""
    unigram_vocabulary: dict[str, int]
    bigram_vocabulary: dict[tuple[str, str], int]


def _csr(rows: list[list[int]], width: int) -> Any:
    import numpy as np
    from scipy.sparse import csr_matrix

    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((i for r in rows for i in r), dtype=np.int32, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float64)
    matrix = csr_matrix((data, indices, indptr), shape=(len(rows), max(width, 1)))
    matrix.sum_duplicates()
    return matrix


def featurize(texts: Sequence[str]) -> Features:
    """Count stems and stem bigrams of every text (one row per text)."""
    import numpy as np

    stops = stop_words()
    uni_vocab: dict[str, int] = {}
    bi_vocab: dict[tuple[str, str], int] = {}
    uni_rows: list[list[int]] = []
    bi_rows: list[list[int]] = []
    lengths = np.zeros(len(texts), dtype=np.int64)
    for row, text in enumerate(texts):
        tokens = words(text)
        lengths[row] = len(text.split())
        uni: list[int] = []
        bi: list[int] = []
        prev_stem, prev_stop = "", True
        for token in tokens:
            is_stop = token in stops or len(token) < 2
            token_stem = token if is_stop else stem(token)
            if not is_stop:
                uni.append(uni_vocab.setdefault(token_stem, len(uni_vocab)))
            if prev_stem and not (is_stop and prev_stop):
                bi.append(bi_vocab.setdefault((prev_stem, token_stem), len(bi_vocab)))
            prev_stem, prev_stop = token_stem, is_stop
        uni_rows.append(uni)
        bi_rows.append(bi)
    return Features(
        unigrams=_csr(uni_rows, len(uni_vocab)),
        bigrams=_csr(bi_rows, len(bi_vocab)),
        lengths=lengths,
        unigram_vocabulary=uni_vocab,
        bigram_vocabulary=bi_vocab,
    )


def tfidf(counts: Any, *, sublinear: bool = False) -> Any:
    """Row-normalised tf-idf (L2), idf over rows: ``log(N / (1 + df))`` floored at a small value.

    ``tf`` is count / max count in the row (sumy's LexRank weighting), or ``1 + log(count)``
    with ``sublinear``.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, diags

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
