"""Submodular coverage plus diversity (Lin & Bilmes, ACL 2011), greedy under a word budget.

    F(S) = sum_i min(C_i(S), ALPHA * C_i(V)) + DIVERSITY * sum_k sqrt(sum_{j in S and P_k} r_j)

with ``C_i(S)`` the summed cosine of unit ``i`` with the chosen units (how well ``S`` covers
``i``), ``P_k`` a partition of the units into clusters of similar sentences (k-means on their
tf-idf vectors, ``len / 5`` clusters, seeded) and ``r_j`` the mean similarity of ``j`` to the
set. The square root rewards taking from clusters not yet used. Greedy by gain per
``words ** SCALING``, then compared with the best single unit (the guarantee of the paper).

Kept as an alternative to ``concepts`` for the ablation in ``benchmarks/rouge.py``: it needs
the dense unit x unit similarity, so it runs on at most ``MAX_UNITS`` leading units.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brief.model import Article

ALPHA = 5.0
"""Coverage saturates at ``ALPHA / n`` of a unit's total similarity (the paper's ``a = 5``)."""
DIVERSITY = 6.0
"""Weight of the diversity reward (the paper's lambda = 6)."""
SCALING = 0.3
"""Gains are divided by ``words ** SCALING`` (the paper's r = 0.3)."""
MAX_UNITS = 1500
"""Leading units (round-robin by position) kept on larger sets: the similarity is dense."""


def choose_submodular(units: Sequence[Any], tfidf: Any, words: float) -> list[int]:
    """Indices of the chosen units (set order), about ``words`` whitespace words
    (``select.ends_nearer``)."""
    import numpy as np

    n = len(units)
    if n == 0:
        return []
    keep = sorted(range(n), key=lambda i: (units[i].position, i))[:MAX_UNITS]
    keep.sort()
    x = tfidf[keep]
    similarity = np.asarray((x @ x.T).todense())
    np.fill_diagonal(similarity, 1.0)
    m = len(keep)
    lengths = np.array([max(len(units[i].text.split()), 1) for i in keep], dtype=np.float64)
    totals = similarity.sum(axis=1)
    cap = ALPHA / m * totals
    reward = totals / m
    parts = _partition(x, max(1, m // 5))
    covered = np.zeros(m)
    part_mass = np.zeros(int(parts.max()) + 1)
    chosen: list[int] = []
    used = 0.0
    alive = np.ones(m, dtype=bool)

    def value(cov: Any, mass: Any) -> float:
        return float(np.minimum(cov, cap).sum() + DIVERSITY * np.sqrt(mass).sum())

    current = value(covered, part_mass)
    from brief.summary.select import ends_nearer

    last = False
    while not last:
        fits = alive & (lengths <= words - used)
        if not fits.any():  # about N words: a last unit may end past N, nearer to it
            last = True
            fits = alive & ends_nearer(lengths, words - used)
            if not fits.any():
                break
        # coverage gain of every candidate at once: columns of the similarity matrix
        new_cov = np.minimum(covered[:, None] + similarity, cap[:, None]).sum(axis=0)
        cov_gain = new_cov - np.minimum(covered, cap).sum()
        mass_now = part_mass[parts]
        div_gain = DIVERSITY * (np.sqrt(mass_now + reward) - np.sqrt(mass_now))
        gain = (cov_gain + div_gain) / lengths**SCALING
        gain[~fits] = -np.inf
        best = int(np.argmax(gain))
        if not np.isfinite(gain[best]):
            break
        chosen.append(best)
        used += lengths[best]
        alive[best] = False
        covered += similarity[:, best]
        part_mass[parts[best]] += reward[best]
        current = value(covered, part_mass)
    singles = [
        (value(similarity[:, j], _mass_of(parts, reward, j, len(part_mass))), j)
        for j in range(m)
        if lengths[j] <= words
    ]
    if singles:
        best_value, best_single = max(singles)
        if best_value > current:
            chosen = [best_single]
    return sorted(keep[j] for j in chosen)


def _mass_of(parts: Any, reward: Any, j: int, count: int) -> Any:
    import numpy as np

    mass = np.zeros(count)
    mass[parts[j]] = reward[j]
    return mass


def _partition(x: Any, k: int) -> Any:
    """k-means labels of the rows of ``x``, on a 50-dimension SVD projection, seeded."""
    import numpy as np
    from scipy.cluster.vq import kmeans2
    from scipy.sparse.linalg import svds

    n = x.shape[0]
    if k <= 1 or n <= k:
        return np.arange(n) if n <= k else np.zeros(n, dtype=int)
    rank = min(50, min(x.shape) - 1)
    if rank >= 1:
        u, sigma, _ = svds(x.astype(np.float64), k=rank, random_state=0)
        points = u * sigma
    else:
        points = np.asarray(x.todense())
    _, labels = kmeans2(points, k, minit="++", seed=0)
    return labels


def summarize_submodular(articles: Sequence[Article], *, words: int) -> list[str]:
    """Texts of the chosen units in set order (the benchmark's entry point)."""
    from brief.summary.units import collect_units
    from brief.summary.vectors import featurize, tfidf

    units = collect_units(articles, words=words)
    if not units:
        return []
    features = featurize([u.text for u in units])
    chosen = choose_submodular(units, tfidf(features.unigrams), float(words))
    return [units[i].text for i in chosen]
