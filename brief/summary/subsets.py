"""The exact solver's answer to a small concept program, by enumeration instead of HiGHS.

Most stories of a mixed pile hold one to three articles, whose programs have about ten
candidate units; HiGHS spends about 8 ms on each (presolve, relaxation, branching) where
valuing every subset of ten units takes a fraction of that. ``solve`` must answer as it did
with HiGHS, so enumeration answers only when that answer is certain:

* no feasible subset is worth more than the greedy choice plus ``solve``'s 1e-9: ``solve``
  keeps the greedy choice whatever HiGHS returns (HiGHS returns a feasible subset);
* one subset beats every other by more than HiGHS's optimality gap could hide
  (``RELATIVE_MARGIN``, twice ``MIP_GAP``): HiGHS stops only within ``MIP_GAP`` of the
  optimum, so it returns that subset, and ``solve`` takes it when it beats greedy by 1e-9.

Otherwise (two choices within the margin of each other, more than ``MAX_UNITS``
candidates or ``MAX_SUBSETS`` feasible subsets, a required unit) it returns None and the
caller runs HiGHS as before. Feasible means what HiGHS is given: the word budget, the unit
count and ``Problem.conflicts``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brief.summary.solvers import MIP_GAP, Problem, objective

MAX_UNITS = 18
"""Programs with more candidates go to HiGHS: past 18, two near-equal answers are common and
enumerating before HiGHS costs more than it saves (solve time of the 10,000 Multi-News
leads' programs of 16-31 candidates: 6.5 s with 18, 7.4 s with 24, 7.0 s with 15)."""
MAX_SUBSETS = 50_000
"""Past this many feasible subsets (a long budget over many candidates) HiGHS is faster."""
RELATIVE_MARGIN = 2 * MIP_GAP
"""A best subset counts as HiGHS's answer only when every other is worth less by this
share of its value (plus ``ABSOLUTE_MARGIN``)."""
ABSOLUTE_MARGIN = 1e-6
TOLERANCE = 2e-6
"""HiGHS's feasibility tolerance (1e-6) lets each variable stray a little, so its view of a
subset's value may be off by up to this share of all weights and bonuses."""
ROUNDING = 1e-12
"""Room for the different order of additions here and in ``objective``."""


def settle(problem: Problem, greedy: Sequence[int]) -> list[int] | None:
    """What ``solve`` chooses before ``end_nearer`` (greedy or the exact answer), or None
    when only HiGHS can tell."""
    import numpy as np

    n = len(problem.candidates)
    if n == 0 or n > MAX_UNITS or problem.required is not None:
        return None
    weights = np.asarray(problem.weights, dtype=np.float64)
    bonus = np.asarray(problem.bonus, dtype=np.float64)
    if (weights < 0).any() or (bonus < 0).any():
        return None
    table = _feasible(problem, weights, bonus)
    if table is None:
        return None
    masks, values = table
    top = int(np.argmax(values))
    best = float(values[top])
    floor = objective(problem, greedy)
    if best <= floor + 1e-9 - ROUNDING:
        return list(greedy)  # nothing beats greedy by solve's tolerance
    slack = RELATIVE_MARGIN * abs(best) + ABSOLUTE_MARGIN
    slack += TOLERANCE * (float(weights.sum()) + float(bonus.sum()))
    if int(np.count_nonzero(values >= best - slack)) != 1:
        return None  # HiGHS may return any of these
    mask = int(masks[top])
    chosen = [k for k in range(n) if mask >> k & 1]
    if objective(problem, chosen) <= floor + 1e-9:
        return None  # too close to call without HiGHS's own rounding
    return chosen


def _feasible(problem: Problem, weights: Any, bonus: Any) -> tuple[Any, Any] | None:
    """Bit mask and value of every feasible subset (None past ``MAX_SUBSETS``).

    Built candidate by candidate: the feasible subsets of the first ``j + 1`` candidates are
    those of the first ``j``, plus each of them that still has room for candidate ``j`` and
    no conflict with it, with ``j`` added. Concepts only one candidate holds count in that
    candidate's own value; the shared ones are bits of uint64 masks, valued byte by byte.
    """
    import numpy as np

    occurs = problem.occurs.tocsr()
    n, m = occurs.shape
    holders = np.bincount(occurs.indices, minlength=m)
    single = np.where(holders == 1, weights, 0.0)
    own = bonus + np.asarray(occurs @ single, dtype=np.float64).ravel()
    shared = np.flatnonzero(holders > 1)
    blocks = (len(shared) + 63) // 64
    column = {int(c): k for k, c in enumerate(shared)}
    unit_bits = np.zeros((n, blocks), dtype=np.uint64)
    for j in range(n):
        for c in occurs.indices[occurs.indptr[j] : occurs.indptr[j + 1]]:
            k = column.get(int(c))
            if k is not None:
                unit_bits[j, k // 64] |= np.uint64(1) << np.uint64(k % 64)
    against = [0] * n  # each candidate's conflicts with earlier ones, as a mask
    for a, b in problem.conflicts():
        against[max(a, b)] |= 1 << min(a, b)
    lengths = np.asarray(problem.lengths, dtype=np.float64)
    room = float(min(problem.units, n))
    masks = np.zeros(1, dtype=np.int64)
    sums = np.zeros((3, 1))  # words, count, value of each subset
    covers = np.zeros((blocks, 1), dtype=np.uint64)
    for j in range(n):
        fits = (sums[1] < room) & (sums[0] + lengths[j] <= problem.words)
        if against[j]:
            fits &= (masks & against[j]) == 0
        if not fits.any():
            continue
        step = np.array([[lengths[j]], [1.0], [own[j]]])
        masks = np.concatenate([masks, masks[fits] | (1 << j)])
        sums = np.concatenate([sums, sums[:, fits] + step], axis=1)
        covers = np.concatenate([covers, covers[:, fits] | unit_bits[j][:, None]], axis=1)
        if len(masks) > MAX_SUBSETS:
            return None
    values = sums[2]
    if blocks:
        values = values + _mask_values(covers, weights[shared])
    return masks, values


def _mask_values(covers: Any, weights: Any) -> Any:
    """Sum of ``weights`` over the set bits of each mask (``covers``: blocks x subsets)."""
    import numpy as np

    total = np.zeros(covers.shape[1])
    padded = np.zeros(covers.shape[0] * 64)
    padded[: len(weights)] = weights
    bits = ((np.arange(256)[:, None] >> np.arange(8)) & 1).astype(np.float64)
    for block in range(covers.shape[0]):
        for byte in range(8):
            start = block * 64 + byte * 8
            table = bits @ padded[start : start + 8]
            index = (covers[block] >> np.uint64(8 * byte)) & np.uint64(255)
            total += table[index.astype(np.intp)]
    return total
