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

from collections.abc import Sequence
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


def lexrank_many(
    matrices: Sequence[Any], *, damping: float = DAMPING, tol: float = 1e-9, max_iter: int = 200
) -> list[Any]:
    """``lexrank`` of each matrix, the same bits: the matrices of as many sentences are run
    together (``_power_together``), so a step costs a dozen numpy calls for all of them
    instead of for each; a story of a mixed pile is a few to a few dozen sentences, and
    those calls were the cost of its LexRank (decisions.md, issue 13, fifteenth round)."""
    from brief.summary.sparse_ops import kernel_of

    out: list[Any] = [None] * len(matrices)
    by_size: dict[int, list[int]] = {}
    for k, tfidf in enumerate(matrices):
        if tfidf.shape[0] and kernel_of(tfidf) is not None:
            by_size.setdefault(tfidf.shape[0], []).append(k)
        else:
            out[k] = lexrank(tfidf, damping=damping, tol=tol, max_iter=max_iter)
    for n, group in by_size.items():
        found = None
        if len(group) > 1:
            found = _power_together(n, [matrices[k] for k in group], damping, tol, max_iter)
        for i, k in enumerate(group):
            scores = None if found is None else found[i]
            if scores is None:  # alone, an isolated sentence, or a kernel that refused
                scores = lexrank(matrices[k], damping=damping, tol=tol, max_iter=max_iter)
            out[k] = scores
    return out


def _power_together(
    n: int, matrices: Sequence[Any], damping: float, tol: float, max_iter: int
) -> list[Any] | None:
    """``lexrank`` of matrices of ``n`` rows each, run as one block-diagonal matrix (None
    for a matrix with an isolated row: ``lexrank`` spreads its mass its own way). Every row's
    sums are the same additions in the same order (``csr_matvec`` adds a row's entries in
    stored order, and the transpose of the block matrix holds each block's transpose), the
    sums over a story are numpy's row sums of a (stories x n) array, which add as the sum of
    one row does (tested), and each story keeps the vector of the step it converged at."""
    import numpy as np

    from brief.summary.sparse_ops import kernel_of

    x = _block_diagonal(matrices)
    xt = x.T.tocsr()
    kernel = kernel_of(x)
    if kernel is None or kernel_of(xt) is None:
        return None
    k, width = len(matrices), xt.shape[0]
    x_parts = (k * n, width, x.indptr, x.indices, x.data)
    xt_parts = (width, k * n, xt.indptr, xt.indices, xt.data)
    middle = np.zeros(width)
    degrees = np.zeros(k * n)
    try:  # as ``lexrank`` finds them: X (X^T 1)
        kernel(*xt_parts, np.ones(k * n), middle)
        kernel(*x_parts, middle, degrees)
    except (TypeError, ValueError):  # a scipy whose private kernel takes other arguments
        return None
    isolated = (degrees <= 0).reshape(k, n).any(axis=1)
    if isolated.any():
        kept = np.flatnonzero(~isolated).tolist()
        inner = [matrices[i] for i in kept]
        found = _power_together(n, inner, damping, tol, max_iter) if len(kept) > 1 else None
        out: list[Any] = [None] * k
        for i, scores in zip(kept, found or [None] * len(kept), strict=True):
            out[i] = scores
        return out
    p = np.full(k * n, 1.0 / n)
    nxt = np.empty(k * n)
    scaled = np.empty(k * n)
    diff = np.empty(k * n)
    jump, keep = damping / n, 1.0 - damping
    found: list[Any] = [None] * k
    waiting = np.ones(k, dtype=bool)
    for _ in range(max_iter):
        np.divide(p, degrees, out=scaled)
        middle.fill(0.0)
        kernel(*xt_parts, scaled, middle)
        nxt.fill(0.0)
        kernel(*x_parts, middle, nxt)
        np.multiply(nxt, keep, out=nxt)
        np.add(nxt, jump, out=nxt)
        rows = nxt.reshape(k, n)
        rows /= rows.sum(axis=1)[:, None]
        np.subtract(nxt, p, out=diff)
        np.absolute(diff, out=diff)
        p, nxt = nxt, p
        done = waiting & (diff.reshape(k, n).sum(axis=1) < tol)
        if done.any():
            settled = p.reshape(k, n)
            for story in np.flatnonzero(done).tolist():
                found[story] = settled[story].copy()
            waiting &= ~done
            if not waiting.any():
                break
    last = p.reshape(k, n)
    return [scores if scores is not None else last[i].copy() for i, scores in enumerate(found)]


def _block_diagonal(matrices: Sequence[Any]) -> Any:
    """The CSR matrices side by side on the diagonal, each row's entries in stored order."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows = sum(m.shape[0] for m in matrices)
    columns = np.cumsum([0, *(m.shape[1] for m in matrices)])
    starts = np.cumsum([0, *(m.indptr[-1] for m in matrices)])
    pairs = zip(matrices, starts, columns, strict=False)
    indptr = np.concatenate([[0], *(m.indptr[1:] + s for m, s, _ in pairs)])
    indices = np.concatenate([m.indices + c for m, c in zip(matrices, columns, strict=False)])
    data = np.concatenate([m.data for m in matrices])
    dtype = matrices[0].indices.dtype
    return csr_matrix(
        (data, indices.astype(dtype), indptr.astype(dtype)), shape=(rows, int(columns[-1]))
    )
