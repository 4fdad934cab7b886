"""The exact solver's constraint matrix, built column-wise in one go.

``solvers.solve_exact`` describes the program row block by row block (the word budget, the
unit count, a cover row per concept, a row per conflicting pair) with scipy's ``hstack`` /
``vstack`` / ``identity``, and HiGHS receives ``vstack(...).tocsr().tocsc()``. At 10,000
Multi-News leads that assembly runs 1,300 times and costs about half a second of scipy's
per-call overhead. ``constraint_matrix`` writes the same CSC arrays directly: the same
entries (an explicit zero of the row-block route is kept or dropped as it would be), each
column's rows in ascending order, the same dtypes, so HiGHS is handed an identical model
and returns the identical answer (tested array for array against the row-block route).
Anything outside what it knows (an explicit zero in ``occurs``, a pair naming one unit
twice, a non-CSR ``occurs``) returns None and the caller builds the rows as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def constraint_matrix(
    occurs: Any, lengths: Any, count_row: bool, conflicts: Sequence[tuple[int, int]]
) -> Any | None:
    """The CSC matrix ``vstack([budget, count?, cover, conflicts]).tocsr().tocsc()`` of
    ``solve_exact``, or None when this shortcut does not apply."""
    import numpy as np
    from scipy.sparse import csc_matrix

    if getattr(occurs, "format", None) != "csr" or occurs.data.dtype != np.float64:
        return None
    if not occurs.has_canonical_format:  # duplicates would be summed by the row blocks
        return None
    n, m = occurs.shape
    data = occurs.data
    if (data == 0).any():  # the row-block route keeps them in the cover rows: not modelled
        return None
    lengths = np.asarray(lengths, dtype=np.float64)
    pairs = np.asarray(conflicts, dtype=np.int64).reshape(-1, 2)
    if len(pairs) and (pairs[:, 0] == pairs[:, 1]).any():
        return None
    first_cover = 1 + int(count_row)
    first_pair = first_cover + m
    rows_parts = []
    cols_parts = []
    vals_parts = []
    # the budget row: ``csr_matrix`` of a dense row drops its zeros
    budget = np.flatnonzero(lengths != 0)
    rows_parts.append(np.zeros(len(budget), dtype=np.int64))
    cols_parts.append(budget)
    vals_parts.append(lengths[budget])
    if count_row:
        rows_parts.append(np.ones(n, dtype=np.int64))
        cols_parts.append(np.arange(n, dtype=np.int64))
        vals_parts.append(np.ones(n))
    # cover rows: -occurs.T beside the identity (unit j holds concept c: -occurs[j, c])
    unit_of = np.repeat(np.arange(n, dtype=np.int64), np.diff(occurs.indptr))
    rows_parts.append(first_cover + occurs.indices.astype(np.int64))
    cols_parts.append(unit_of)
    vals_parts.append(-data)
    rows_parts.append(first_cover + np.arange(m, dtype=np.int64))
    cols_parts.append(n + np.arange(m, dtype=np.int64))
    vals_parts.append(np.ones(m))
    # one row per conflicting pair, a 1 under each of its two units
    if len(pairs):
        rows_parts.append(np.repeat(first_pair + np.arange(len(pairs), dtype=np.int64), 2))
        cols_parts.append(pairs.ravel())
        vals_parts.append(np.ones(2 * len(pairs)))
    rows = np.concatenate(rows_parts)
    cols = np.concatenate(cols_parts)
    vals = np.concatenate(vals_parts)
    order = np.lexsort((rows, cols))
    total_rows = first_pair + len(pairs)
    indptr = np.zeros(n + m + 1, dtype=np.int32)
    np.cumsum(np.bincount(cols, minlength=n + m), out=indptr[1:])
    indices = rows[order].astype(np.int32)
    return csc_matrix((vals[order], indices, indptr), shape=(total_rows, n + m))
