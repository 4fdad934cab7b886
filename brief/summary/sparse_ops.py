"""Sparse matrix-vector products without scipy's per-call Python overhead.

A story export builds hundreds of tiny briefs; on a 10 x 10 matrix, ``A @ x`` spends nearly
all its time in scipy's checks and dispatch, not in arithmetic. ``matvec(A)`` returns a
function that calls the same compiled kernel (``csr_matvec``) on the same arrays that
``A @ x`` would, so every result is bit-identical to ``A @ x``; it falls back to ``A @ x``
when the private kernel is missing or the types are not the plain float64 case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


def matvec(matrix: Any) -> Callable[[Any], Any]:
    """``x -> matrix @ x`` for a float64 CSR matrix and a float64 vector, minus the overhead."""
    import numpy as np

    try:
        from scipy.sparse import _sparsetools
    except ImportError:  # pragma: no cover - a scipy without the private module
        return matrix.__matmul__
    kernel = getattr(_sparsetools, "csr_matvec", None)
    if kernel is None or matrix.format != "csr" or matrix.dtype != np.float64:
        return matrix.__matmul__
    rows, cols = matrix.shape
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data

    def product(vector: Any) -> Any:
        if vector.dtype != np.float64 or vector.shape != (cols,):
            return matrix @ vector
        result = np.zeros(rows, dtype=np.float64)
        try:
            kernel(rows, cols, indptr, indices, data, vector, result)
        except (TypeError, ValueError):  # a scipy whose private kernel takes other arguments
            return matrix @ vector
        return result

    return product


def kernel_of(matrix: Any) -> Any | None:
    """scipy's compiled ``csr_matvec(rows, cols, indptr, indices, data, x, y)`` (it adds
    ``matrix @ x`` to ``y``, each row in stored order, as ``matrix @ x`` does) when
    ``matrix`` is float64 CSR with 32-bit indices; else None."""
    import numpy as np

    try:
        from scipy.sparse import _sparsetools
    except ImportError:  # pragma: no cover - a scipy without the private module
        return None
    kernel = getattr(_sparsetools, "csr_matvec", None)
    if (
        kernel is None
        or getattr(matrix, "format", None) != "csr"
        or matrix.dtype != np.float64
        or matrix.indices.dtype != matrix.indptr.dtype
    ):
        return None
    return kernel


def row_of(matrix: Any, row: int) -> Any:
    """Row ``row`` of a CSR matrix as a dense float64 vector (``matrix[row].toarray()``).

    ``matvec(A)(row_of(B, j))`` equals ``(A @ B[j].T).toarray().ravel()`` bit for bit: both
    add the products along each row of ``A`` in stored order, and a missing entry of
    ``B[j]`` adds an exact zero.
    """
    import numpy as np

    out = np.zeros(matrix.shape[1], dtype=np.float64)
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    out[matrix.indices[start:end]] = matrix.data[start:end]
    return out


def binary(matrix: Any) -> Any:
    """A CSR copy of ``matrix`` with every stored value 1."""
    out = matrix.tocsr(copy=True)
    out.data[:] = 1.0
    return out


def head(matrix: Any, n: int) -> Any:
    """The first ``n`` rows (the matrix itself when that is all: no copy to check)."""
    return matrix if matrix.shape[0] == n else matrix[:n]


def kept_columns(matrices: Sequence[Any], keep: Any) -> Any:
    """The columns of ``hstack(matrices)`` where ``keep`` holds, as CSR: ``hstack([m[:, k]
    for m, k in ...]).tocsr()`` with ``keep`` cut at the matrices' widths, its arrays built
    in one step for canonical CSR input (the same arrays: entries of a row in column order,
    32-bit indices) instead of through scipy's column indexing and stacking (a story's
    concept program paid their checks and constructors)."""
    from itertools import pairwise

    import numpy as np
    from scipy.sparse import hstack

    cuts = np.cumsum([0, *(m.shape[1] for m in matrices)])
    keeps = [keep[a:b] for a, b in pairwise(cuts)]
    fast = _kept_columns(matrices, keeps)
    if fast is not None:
        return fast
    kept = [m[:, k] for m, k in zip(matrices, keeps, strict=True)]
    return hstack(kept).tocsr() if len(kept) > 1 else kept[0].tocsr()


MAX_KEPT_ENTRIES = 20_000
"""Past this many stored entries (a story of a few hundred sentences) scipy's indexing and
stacking are as fast as ``_kept_columns``' sort (600 rows of 45 entries: 0.48 against 0.26
ms); a pile's small stories are far below it."""


def _kept_columns(matrices: Sequence[Any], keeps: Sequence[Any]) -> Any | None:
    """``kept_columns`` from the arrays; None unless every matrix is canonical CSR of the
    same height with 32-bit indices."""
    import numpy as np
    from scipy.sparse import csr_matrix

    height = matrices[0].shape[0]
    if sum(m.nnz for m in matrices) > MAX_KEPT_ENTRIES:
        return None
    row_parts, column_parts, data_parts = [], [], []
    offset = 0
    for matrix, keep in zip(matrices, keeps, strict=True):
        if (
            getattr(matrix, "format", None) != "csr"
            or matrix.shape[0] != height
            or matrix.indices.dtype != np.int32
            or not matrix.has_canonical_format
        ):
            return None
        keep = np.asarray(keep, dtype=bool)
        renumbered = np.cumsum(keep) - 1 + offset
        entry_kept = keep[matrix.indices]
        entry_rows = np.repeat(np.arange(height, dtype=np.int64), np.diff(matrix.indptr))
        row_parts.append(entry_rows[entry_kept])
        column_parts.append(renumbered[matrix.indices[entry_kept]])
        data_parts.append(matrix.data[entry_kept])
        offset += int(keep.sum())
    entry_rows = np.concatenate(row_parts)
    columns = np.concatenate(column_parts)
    data = np.concatenate(data_parts)
    if max(offset, len(columns)) >= 2**31 - 1:
        return None
    order = np.argsort(entry_rows * max(offset, 1) + columns, kind="stable")
    indptr = np.zeros(height + 1, dtype=np.int32)
    np.cumsum(np.bincount(entry_rows, minlength=height), out=indptr[1:])
    return csr_matrix(
        (data[order], columns[order].astype(np.int32), indptr), shape=(height, offset)
    )


def rows_of(matrix: Any, rows: Any) -> Any:
    """``matrix[rows]`` for a CSR matrix with 32-bit indices and rows in range: the same
    arrays, without scipy's index validation (``matrix[rows]`` itself otherwise)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows = np.asarray(rows)
    if (
        getattr(matrix, "format", None) != "csr"
        or matrix.indices.dtype != np.int32
        or matrix.indptr.dtype != np.int32
        or rows.ndim != 1
        or rows.dtype.kind not in "iu"
        or (len(rows) and (rows.min() < 0 or rows.max() >= matrix.shape[0]))
    ):
        return matrix[rows]
    starts = matrix.indptr[rows].astype(np.int64)
    sizes = matrix.indptr[rows + 1].astype(np.int64) - starts
    indptr = np.zeros(len(rows) + 1, dtype=np.int32)
    np.cumsum(sizes, out=indptr[1:])
    positions = np.repeat(starts - indptr[:-1], sizes) + np.arange(int(indptr[-1]))
    return csr_matrix(
        (matrix.data[positions], matrix.indices[positions], indptr),
        shape=(len(rows), matrix.shape[1]),
    )


MAX_PRODUCTS = 30_000
"""``row_products`` builds rows x chosen rows x (longest row) products; past this, scipy's
sparse product is faster (measured: even at about 35,000, 0.18 against 0.17 ms; a story of
80 sentences with rows of 38 terms, 243,000 products, 2.2 against 0.33 ms)."""


def row_products(matrix: Any, chosen: Any) -> Any | None:
    """``(matrix @ matrix[chosen].T).toarray()`` summed as scipy's kernel sums it, without its
    sparse product and constructors; None (use scipy) unless the matrix is canonical float64
    CSR (no duplicate entry: scipy would add its products one by one) with non-negative
    values, and small enough.

    scipy's ``csr_matmat`` sums entry (i, c) as ``0 + m[i, j1] * m[c, j1] + m[i, j2] *
    m[c, j2] + ...`` over row i's stored entries in order; so does this, with an exact zero
    where row c lacks the column (adding 0.0 to a sum of non-negative products changes no
    bit). An entry scipy leaves out (a sum of 0) is 0 here."""
    import numpy as np

    if (
        getattr(matrix, "format", None) != "csr"
        or matrix.dtype != np.float64
        or (matrix.nnz and matrix.data.min() < 0)
        or not matrix.has_canonical_format
    ):
        return None
    chosen = np.asarray(chosen, dtype=np.int64)
    n = matrix.shape[0]
    sizes = np.diff(matrix.indptr)
    longest = int(sizes.max()) if n else 0
    if n * len(chosen) * max(longest, 1) > MAX_PRODUCTS:
        return None
    if longest == 0 or not len(chosen):
        return np.zeros((n, len(chosen)))
    dense = matrix.toarray()[chosen]
    # each row's columns and values in stored order, padded with (column 0, value 0.0)
    slot = np.arange(int(matrix.indptr[-1])) - np.repeat(matrix.indptr[:-1], sizes)
    row = np.repeat(np.arange(n), sizes)
    columns = np.zeros((n, longest), dtype=np.int64)
    values = np.zeros((n, longest))
    columns[row, slot] = matrix.indices[: matrix.nnz]
    values[row, slot] = matrix.data[: matrix.nnz]
    # products[i, c, t] = m[i, column t of row i] * m[chosen c, that column], summed in t's order
    products = values[:, None, :] * dense[:, columns].transpose(1, 0, 2)
    return np.cumsum(products, axis=2)[:, :, -1]


def pairs_at_least(matrix: Any, threshold: float) -> tuple[Any, Any] | None:
    """Rows ``i < k`` whose dot product reaches ``threshold`` (> 0), as two arrays: the pairs
    of ``triu(matrix @ matrix.T, k=1)`` whose value does (``row_products``), or None."""
    import numpy as np

    if not threshold > 0:
        return None
    n = matrix.shape[0]
    sums = row_products(matrix, np.arange(n))
    if sums is None:
        return None
    first, second = np.nonzero(np.triu(sums >= threshold, k=1))
    return first, second
