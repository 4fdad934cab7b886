"""``vectors.tfidf`` and ``vectors.similarity_vectors`` computed on the CSR arrays directly.

A story export builds hundreds of summaries of about ten sentences each; there the scipy
expressions of ``vectors`` (``diags(...) @ m``, ``m.multiply(m).sum(axis=1)``) spend their
time in constructors and checks, not arithmetic. These functions give the same matrices bit
for bit: every entry is the same product of the same two numbers, and each row is stored in
the order scipy leaves it in, which later sums follow. scipy's kernels fix that order: a
product with a diagonal matrix (``csr_matmat``) stores each row's entries in reverse; an
element-wise product stores a sorted row as it is and a reversed one sorted again; row sums
are ``np.add.reduceat`` over the stored order. Only for canonical input (sorted, no
duplicate, no stored zero, float64), which is what ``featurize`` makes; otherwise they
return None and ``vectors`` runs the scipy expressions. ``tests/test_summary_rowwise.py``
compares both on random and real matrices.
"""

from __future__ import annotations

from typing import Any


def tfidf(counts: Any) -> Any | None:
    """``vectors.tfidf(counts)`` (not sublinear), or None for input off the fast path."""
    import numpy as np

    if not _canonical(counts):
        return None
    n, width = counts.shape
    indptr, indices, data = counts.indptr, counts.indices, counts.data
    df = np.bincount(indices, minlength=width).astype(np.float64)
    idf = np.maximum(np.log(max(n, 1) / (1.0 + df)), 0.01)
    sizes = np.diff(indptr)
    rows = np.flatnonzero(sizes)
    row_max = np.zeros(n)
    if len(rows):
        row_max[rows] = np.maximum.reduceat(data, indptr[rows])
    row_max[sizes < width] = np.maximum(row_max[sizes < width], 0.0)  # implicit zeros
    row_max[row_max == 0] = 1.0
    # diags(1 / max) @ tf, then @ diags(idf): two reversals, so the rows are sorted again
    weighted = (np.repeat(1.0 / row_max, sizes) * data) * idf[indices]
    if not weighted.all():
        return None
    # l2_normalise: the squares of a sorted row in order, then diags(1 / norm) @ reverses
    scaled = np.repeat(1.0 / _norms(weighted, indptr, rows, n), sizes) * weighted
    order = _reversed_rows(indptr, sizes)
    return _csr(scaled[order], indices[order], indptr, counts.shape)


def similarity_vectors(counts: Any) -> Any | None:
    """``vectors.similarity_vectors(counts)``, or None for input off the fast path."""
    import numpy as np

    if not _canonical(counts):
        return None
    n, width = counts.shape
    indptr, indices = counts.indptr, counts.indices
    df = np.bincount(indices, minlength=width).astype(np.float64)
    idf = 1.0 + np.log((1.0 + n) / (1.0 + df))
    # binary @ diags(idf) stores each row reversed; the element-wise square sorts it again,
    # and diags(1 / norm) @ reverses the reversed rows: sorted
    values = idf[indices]
    if not values.all():
        return None
    sizes = np.diff(indptr)
    rows = np.flatnonzero(sizes)
    scaled = np.repeat(1.0 / _norms(values, indptr, rows, n), sizes) * values
    return _csr(scaled, indices.copy(), indptr, counts.shape)


def _canonical(matrix: Any) -> bool:
    import numpy as np

    return (
        getattr(matrix, "format", None) == "csr"
        and matrix.dtype == np.float64
        and matrix.ndim == 2
        and bool(matrix.has_canonical_format)
        and bool(matrix.data.all())
        and matrix.nnz == len(matrix.indices)
    )


def _norms(values: Any, indptr: Any, rows: Any, n: int) -> Any:
    """L2 norm of each row (1 for an empty row), summed as ``sum(axis=1)`` sums."""
    import numpy as np

    sums = np.zeros(n)
    if len(rows):
        sums[rows] = np.add.reduceat(values * values, indptr[rows])
    norms = np.sqrt(sums)
    norms[norms == 0] = 1.0
    return norms


def _reversed_rows(indptr: Any, sizes: Any) -> Any:
    """Positions that put each row's entries in reverse order."""
    import numpy as np

    total = int(indptr[-1])
    row = np.repeat(np.arange(len(sizes)), sizes)
    return indptr[row] + indptr[row + 1] - 1 - np.arange(total)


def _csr(data: Any, indices: Any, indptr: Any, shape: tuple[int, int]) -> Any:
    from scipy.sparse import csr_matrix

    return csr_matrix((data, indices, indptr.copy()), shape=shape)
