"""Sparse matrix-vector products without scipy's per-call Python overhead.

A story export builds hundreds of tiny briefs; on a 10 x 10 matrix, ``A @ x`` spends nearly
all its time in scipy's checks and dispatch, not in arithmetic. ``matvec(A)`` returns a
function that calls the same compiled kernel (``csr_matvec``) on the same arrays that
``A @ x`` would, so every result is bit-identical to ``A @ x``; it falls back to ``A @ x``
when the private kernel is missing or the types are not the plain float64 case.
"""

from __future__ import annotations

from collections.abc import Callable
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
