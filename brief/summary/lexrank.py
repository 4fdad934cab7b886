"""Continuous LexRank (Erkan & Radev 2004) with sparse matrix-vector products only.

With ``X`` the L2-normalised tf-idf matrix (one row per sentence), the idf-modified cosine
matrix is ``S = X X^T`` and LexRank's transition matrix is ``M = D^-1 S`` with ``D`` the row
sums (degrees) of ``S``. The power method needs only ``M^T p = X (X^T (p / deg))`` and
``deg = X (X^T 1)``: two sparse products per step, so the n x n matrix is never built and
time and memory grow with the number of words. sumy's ``LexRankSummarizer`` computes the
same centrality on a thresholded n x n matrix in pure Python (quadratic); it stays available
as ``lexrank-sumy`` and ``tests/test_summary_lexrank.py`` compares the two rankings.
"""

from __future__ import annotations

from typing import Any

DAMPING = 0.1
"""Share of random jumps (Erkan & Radev use 0.1-0.2); keeps the chain ergodic when the
similarity graph falls into disconnected parts, e.g. unrelated articles in one set."""


def lexrank(tfidf: Any, *, damping: float = DAMPING, tol: float = 1e-9, max_iter: int = 200) -> Any:
    """Stationary distribution of continuous LexRank over the rows of ``tfidf`` (sums to 1)."""
    import numpy as np

    from brief.summary.sparse_ops import matvec

    n = tfidf.shape[0]
    if n == 0:
        return np.zeros(0)
    xt = tfidf.T.tocsr()
    forward, backward = matvec(tfidf.tocsr()), matvec(xt)
    degrees = forward(backward(np.ones(n)))
    empty = degrees <= 0
    degrees[empty] = 1.0
    fast = _power_fast(tfidf.tocsr(), xt, degrees, empty, damping, tol, max_iter)
    if fast is not None:
        return fast
    p = np.full(n, 1.0 / n)
    isolated = bool(empty.any())
    for _ in range(max_iter):
        spread = forward(backward(p / degrees))
        # a sentence with no terms links to nobody: its mass is spread evenly instead
        if isolated:  # (adding 0.0 to the non-negative spread would change no bit)
            spread += p[empty].sum() / n
        nxt = damping / n + (1.0 - damping) * spread
        nxt /= nxt.sum()
        if np.abs(nxt - p).sum() < tol:
            p = nxt
            break
        p = nxt
    return p


def _power_fast(
    x: Any, xt: Any, degrees: Any, empty: Any, damping: float, tol: float, max_iter: int
) -> Any | None:
    """The power method of ``lexrank`` with the same operations on the same numbers in the
    same order (so the same bits), in preallocated arrays and with scipy's compiled
    ``csr_matvec`` called directly: a story of ten sentences takes about a hundred steps,
    whose cost was the Python and allocation overhead of a dozen tiny operations each.
    None when the kernel is missing or the matrices are not plain float64 CSR."""
    import numpy as np

    from brief.summary.sparse_ops import kernel_of

    kernel = kernel_of(x)
    if kernel is None or kernel_of(xt) is None or degrees.dtype != np.float64:
        return None
    n, width = x.shape
    x_parts = (n, width, x.indptr, x.indices, x.data)
    xt_parts = (width, n, xt.indptr, xt.indices, xt.data)
    p = np.full(n, 1.0 / n)
    nxt = np.empty(n)
    scaled = np.empty(n)
    middle = np.empty(width)
    diff = np.empty(n)
    isolated = bool(empty.any())
    jump, keep = damping / n, 1.0 - damping
    divide, multiply, add, subtract, absolute = (
        np.divide,
        np.multiply,
        np.add,
        np.subtract,
        np.absolute,
    )
    try:
        for _ in range(max_iter):
            divide(p, degrees, out=scaled)
            middle.fill(0.0)
            kernel(*xt_parts, scaled, middle)
            nxt.fill(0.0)
            kernel(*x_parts, middle, nxt)
            if isolated:
                nxt += p[empty].sum() / n
            multiply(nxt, keep, out=nxt)
            add(nxt, jump, out=nxt)
            nxt /= nxt.sum()
            subtract(nxt, p, out=diff)
            absolute(diff, out=diff)
            p, nxt = nxt, p
            if diff.sum() < tol:
                break
    except (TypeError, ValueError):  # a scipy whose private kernel takes other arguments
        return None
    return p
