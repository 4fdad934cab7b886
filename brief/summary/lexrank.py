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
