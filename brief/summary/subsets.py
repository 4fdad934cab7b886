"""The exact solver's answer to a concept program, by bounded enumeration instead of HiGHS.

Most stories of a mixed pile hold one to three articles, whose programs have ten to forty
candidate units; HiGHS spends 5 to 20 ms on each (presolve, relaxation, branching) where
valuing the subsets that can still matter takes a fraction of that. ``solve`` must answer
as it did with HiGHS, so enumeration answers only when that answer is certain:

* no feasible subset is worth more than the greedy choice plus ``solve``'s 1e-9: ``solve``
  keeps the greedy choice whatever HiGHS returns (HiGHS returns a feasible subset);
* one subset beats every other by more than HiGHS's optimality gap could hide
  (``RELATIVE_MARGIN``, twice ``MIP_GAP``): HiGHS stops only within ``MIP_GAP`` of the
  optimum, so it returns that subset, and ``solve`` takes it when it beats greedy by 1e-9.

Otherwise (two choices within the margin of each other, more than ``MAX_UNITS``
candidates or ``MAX_SUBSETS`` subsets kept at once, a required unit) it returns None and
the caller runs HiGHS as before. Feasible means what HiGHS is given: the word budget, the
unit count and ``Problem.conflicts``.

Only the subsets that could come within the margin of the best are needed. Candidates are
added one at a time, most valuable alone first; a subset built so far is dropped when its
value plus the largest values alone of as many later candidates as it has room for (no
unit adds more beside others than alone: a concept counts once) stays below the best
subset found so far less the margin. What is dropped can neither be the best nor come
within the margin of it, so the two answers above are the same as over every subset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brief.summary.solvers import MIP_GAP, Problem, objective

MAX_UNITS = 62
"""Programs with more candidates go to HiGHS (a subset is an int64 bit mask)."""
MAX_SUBSETS = 50_000
"""Past this many subsets kept at once (a long budget over many near-equal candidates)
HiGHS is faster."""
RELATIVE_MARGIN = 2 * MIP_GAP
"""A best subset counts as HiGHS's answer only when every other is worth less by this
share of its value (plus ``ABSOLUTE_MARGIN``)."""
ABSOLUTE_MARGIN = 1e-6
TOLERANCE = 2e-6
"""HiGHS's feasibility tolerance (1e-6) lets each variable stray a little, so its view of a
subset's value may be off by up to this share of all weights and bonuses."""
ROUNDING = 1e-12
"""Room for the different order of additions here and in ``objective``."""
PRUNING_ROOM = 1e-9
"""Subsets are dropped only this far below the margin (values summed in another order)."""


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
    tolerance = TOLERANCE * (float(weights.sum()) + float(bonus.sum()))

    def margin(value: float) -> float:
        return RELATIVE_MARGIN * abs(value) + ABSOLUTE_MARGIN + tolerance

    conflicts = problem.conflicts()
    floor = objective(problem, greedy)
    known = floor if _feasible(problem, greedy, conflicts) else 0.0
    table = _near_best(problem, weights, bonus, conflicts, known, margin)
    if table is None:
        return None
    order, masks, values = table
    top = int(np.argmax(values))
    best = float(values[top])
    if best <= floor + 1e-9 - ROUNDING:
        return list(greedy)  # nothing beats greedy by solve's tolerance
    if int(np.count_nonzero(values >= best - margin(best))) != 1:
        return None  # HiGHS may return any of these
    mask = int(masks[top])
    chosen = sorted(int(order[k]) for k in range(n) if mask >> k & 1)
    if objective(problem, chosen) <= floor + 1e-9:
        return None  # too close to call without HiGHS's own rounding
    return chosen


def _feasible(problem: Problem, chosen: Sequence[int], conflicts: list[tuple[int, int]]) -> bool:
    """Whether HiGHS would accept ``chosen`` (greedy checks similarity its own way)."""
    taken = set(chosen)
    words = float(sum(float(problem.lengths[k]) for k in taken))
    if len(taken) > problem.units or words > problem.words:
        return False
    return not any(a in taken and b in taken for a, b in conflicts)


def _near_best(
    problem: Problem,
    weights: Any,
    bonus: Any,
    conflicts: list[tuple[int, int]],
    known: float,
    margin: Any,
) -> tuple[Any, Any, Any] | None:
    """The candidates' order, and the bit mask (over that order) and value of every
    feasible subset that may come within ``margin`` of the best (None past
    ``MAX_SUBSETS``); ``known`` is the value of some feasible subset.

    Built candidate by candidate: each subset kept so far, and each of them that still has
    room for the candidate and no conflict with it, with it added. Concepts only one
    candidate holds count in its own value; the shared ones are bits of uint64 masks, and a
    candidate adds the weights of the bits it sets, valued byte by byte.
    """
    import numpy as np

    occurs = problem.occurs.tocsr()
    n, m = occurs.shape
    holders = np.bincount(occurs.indices, minlength=m)
    own = bonus + np.asarray(occurs @ np.where(holders == 1, weights, 0.0)).ravel()
    alone = own + np.asarray(occurs @ np.where(holders > 1, weights, 0.0)).ravel()
    shared = np.flatnonzero(holders > 1)
    blocks = (len(shared) + 63) // 64
    order = np.argsort(-alone, kind="stable")  # most valuable alone first: bounds fall fast
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    unit_bits = _unit_bits(occurs, shared, blocks)[order]
    tables = _byte_tables(weights[shared], blocks)
    # the bytes of each candidate's mask that hold a bit: only those can add value
    shifts = (8 * np.arange(8)).astype(np.uint64)
    held_bytes = (unit_bits[:, :, None] >> shifts) & np.uint64(255)
    where = [
        [(int(b), int(k)) for b, k in zip(*np.nonzero(held_bytes[j]), strict=True)]
        for j in range(n)
    ]
    against = [0] * n  # each candidate's conflicts with earlier ones, as a mask
    for a, b in conflicts:
        ra, rb = int(rank[a]), int(rank[b])
        against[max(ra, rb)] |= 1 << min(ra, rb)
    lengths = np.asarray(problem.lengths, dtype=np.float64)[order]
    room = int(min(problem.units, n))
    rest = _rest_bounds(alone[order], room)
    threshold = known - margin(known) - PRUNING_ROOM
    masks = np.zeros(1, dtype=np.int64)
    words = np.zeros(1)
    count = np.zeros(1, dtype=np.int64)
    values = np.zeros(1)
    covers = np.zeros((blocks, 1), dtype=np.uint64)
    for j in range(n):
        fits = (count < room) & (words + lengths[j] <= problem.words)
        if against[j]:
            fits &= (masks & against[j]) == 0
        if fits.any():
            added = unit_bits[j][:, None] & ~covers[:, fits]
            masks = np.concatenate([masks, masks[fits] | (1 << j)])
            words = np.concatenate([words, words[fits] + lengths[j]])
            count = np.concatenate([count, count[fits] + 1])
            values = np.concatenate(
                [values, values[fits] + own[order[j]] + _value(added, tables, where[j])]
            )
            covers = np.concatenate([covers, covers[:, fits] | added], axis=1)
        best = float(values.max())
        threshold = max(threshold, best - margin(best) - PRUNING_ROOM)
        keep = values + rest[j + 1][room - count] >= threshold
        if not keep.all():
            masks, words, count = masks[keep], words[keep], count[keep]
            values, covers = values[keep], covers[:, keep]
        if len(masks) > MAX_SUBSETS:
            return None
    return order, masks, values


def _unit_bits(occurs: Any, shared: Any, blocks: int) -> Any:
    """Each unit's shared concepts as bits (unit x block, uint64)."""
    import numpy as np

    n, m = occurs.shape
    position = np.full(m, -1, dtype=np.int64)
    position[shared] = np.arange(len(shared))
    held = position[occurs.indices]
    unit = np.repeat(np.arange(n), np.diff(occurs.indptr))[held >= 0]
    held = held[held >= 0]
    bits = np.zeros((n, blocks), dtype=np.uint64)
    one_bit = np.left_shift(np.uint64(1), (held % 64).astype(np.uint64))
    np.bitwise_or.at(bits, (unit, held // 64), one_bit)
    return bits


def _byte_tables(weights: Any, blocks: int) -> Any:
    """For each byte of the masks, the summed weight of its bits for all 256 values."""
    import numpy as np

    padded = np.zeros(blocks * 64)
    padded[: len(weights)] = weights
    bits = ((np.arange(256)[:, None] >> np.arange(8)) & 1).astype(np.float64)
    return [bits @ padded[start : start + 8] for start in range(0, blocks * 64, 8)]


def _value(masks: Any, tables: Any, where: list[tuple[int, int]]) -> Any:
    """Summed weight of the set bits of each mask (``masks``: blocks x subsets), whose bits
    all stand in the bytes ``where`` lists ((block, byte) pairs)."""
    import numpy as np

    total = np.zeros(masks.shape[1])
    for block, byte in where:
        index = (masks[block] >> np.uint64(8 * byte)) & np.uint64(255)
        total += tables[block * 8 + byte][index.astype(np.intp)]
    return total


def _rest_bounds(alone: Any, room: int) -> Any:
    """``[j][r]``: the most ``r`` of the candidates from ``j`` on can add (their ``r``
    largest values alone), for ``r`` up to ``room``; ``alone`` is in descending order."""
    import numpy as np

    n = len(alone)
    rest = np.zeros((n + 1, room + 1))
    for j in range(n - 1, -1, -1):
        top = alone[j : j + room]
        rest[j, 1 : len(top) + 1] = np.cumsum(top)
        rest[j, len(top) + 1 :] = rest[j, len(top)]
    return rest
