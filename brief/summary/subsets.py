"""The exact solver's answer to a small concept program, by bounded enumeration, not HiGHS.

Most stories of a mixed pile hold one to five articles, whose programs have ten to sixty
candidate units; HiGHS spends 5 to 30 ms on each (presolve, relaxation, branching) where
valuing the subsets that can still matter takes a fraction of that. ``settle`` answers as
``solve`` answers with an exact solver: the best feasible subset when it beats the greedy
choice by ``solve``'s 1e-9, else the greedy choice. Subsets worth the same (within ``TIE``:
a sentence two articles share word for word) give the one with the earliest candidates.

HiGHS stops within its 0.1 % gap (``MIP_GAP``), so where two subsets come that close it may
return either (the eighth round's ``settle`` left those to it, to answer as it did): the
enumeration returns the true optimum instead, which HiGHS's answer never beats (decisions.md,
Issue 13 tenth round: 609 more programs of the 10,000 leads settled, 8 answers differ, 7 of
them ties). More than ``MAX_UNITS`` candidates, more than ``MAX_SUBSETS`` subsets kept at
once, or a required unit: None, and the caller runs HiGHS. Feasible means what HiGHS is
given: the word budget, the unit count and ``Problem.conflicts``.

Only the subsets that could come within the margin of the best are needed. Candidates are
added one at a time, most valuable alone first; a subset built so far is dropped when its
value plus the largest values alone of as many later candidates as it has room for (no
unit adds more beside others than alone: a concept counts once) stays below the best
subset found so far less a margin (``_near_best`` takes it; ``settle`` needs none but the
room for rounding). What is dropped can neither be the best nor tie with it, so the answer
is the same as over every subset.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from brief.summary.solvers import Problem, objective

MAX_UNITS = 160
"""Programs with more candidates go to HiGHS (the 10,000 leads' programs have up to 159;
a set of DUC's ten articles has about 300, where the subsets kept pass ``MAX_SUBSETS``)."""
INT64_UNITS = 62
"""Up to this many candidates a subset is an int64 bit mask; past it, a Python int."""
MAX_SUBSETS = 50_000
"""Past this many subsets kept at once (a long budget over many near-equal candidates)
HiGHS is faster."""
ROUNDING = 1e-12
"""Room for the different order of additions here and in ``objective``."""
TIE = 1e-9
"""Subsets within this of the best are worth the same (``solve``'s own tolerance)."""
PRUNING_ROOM = 1e-9
"""Subsets are dropped only this far below the best less the margin (values summed in
another order): every subset within ``TIE`` of the best is kept."""


def settle(problem: Problem, greedy: Sequence[int], value: float | None = None) -> list[int] | None:
    """What ``solve`` chooses before ``end_nearer``: the best feasible subset when it beats
    greedy by ``solve``'s 1e-9, else greedy; None when the program is left to HiGHS.
    ``value``: ``objective(problem, greedy)`` when already found."""
    import numpy as np

    n = len(problem.candidates)
    if n == 0 or n > MAX_UNITS or problem.required is not None:
        return None
    weights = np.asarray(problem.weights, dtype=np.float64)
    bonus = np.asarray(problem.bonus, dtype=np.float64)
    if (weights < 0).any() or (bonus < 0).any():
        return None
    conflicts = problem.conflicts()
    floor = objective(problem, greedy) if value is None else value
    known = floor if _feasible(problem, greedy, conflicts) else 0.0
    table = _near_best(problem, weights, bonus, conflicts, known, _no_margin)
    if table is None:
        return None
    order, masks, values = table
    best = float(values.max())
    if best <= floor + 1e-9 - ROUNDING:
        return list(greedy)  # nothing beats greedy by solve's tolerance
    # subsets worth the same (a sentence two articles share word for word): the one with
    # the earliest candidates, whatever order the enumeration met them in
    tied = np.flatnonzero(values >= best - TIE)
    chosen = min(sorted(int(order[k]) for k in range(n) if int(masks[t]) >> k & 1) for t in tied)
    if objective(problem, chosen) <= floor + 1e-9:
        return list(greedy)  # the best, valued as solve values it, does not beat greedy
    return chosen


def _no_margin(value: float) -> float:
    return 0.0


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
    where = _held_bytes(unit_bits)
    against = [0] * n  # each candidate's conflicts with earlier ones, as a mask
    for a, b in conflicts:
        ra, rb = int(rank[a]), int(rank[b])
        against[max(ra, rb)] |= 1 << min(ra, rb)
    lengths = np.asarray(problem.lengths, dtype=np.float64)[order]
    room = int(min(problem.units, n))
    rest = _rest_bounds(alone[order], room)
    threshold = known - margin(known) - PRUNING_ROOM
    if n <= INT64_UNITS:
        steps = (unit_bits, tables, where, against, lengths, own[order], rest, room)
        masks, values = _packed(steps, problem.words, threshold, margin)
        return None if masks is None else (order, masks, values)
    masks = np.zeros(1, dtype=object)
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


def _packed(steps: tuple, budget: float, threshold: float, margin: Any) -> tuple[Any, Any]:
    """``_near_best``'s loop for int64 masks, every subset a column of one uint64 array
    (mask, words, count, value, then the blocks of its shared concepts; the floats stored
    as their bits), so a step selects, joins and prunes once instead of once per field.
    The same operations on the same numbers in the same order: the same subsets and values.
    (None, None) past ``MAX_SUBSETS``."""
    import numpy as np

    unit_bits, tables, where, against, lengths, own, rest, _ = steps
    n = len(lengths)
    start, kept = _few(steps, budget, threshold, margin)
    if kept is None:
        return None, None
    threshold, subsets = kept
    if start == n:
        masks = np.array([s[0] for s in subsets], dtype=np.int64)
        return masks, np.array([s[3] for s in subsets], dtype=np.float64)
    # row 2 holds the room left (room - count: the index of the tail bounds), and the
    # per-step constants are made once: fewer numpy calls a step, the same numbers
    state = np.empty((4 + unit_bits.shape[1], len(subsets)), dtype=np.uint64)
    state[0] = [s[0] for s in subsets]
    state.view(np.float64)[1] = [s[1] for s in subsets]
    state[2] = [s[2] for s in subsets]
    state.view(np.float64)[3] = [s[3] for s in subsets]
    state[4:] = np.array([s[4] for s in subsets], dtype=np.uint64).T.reshape(-1, len(subsets))
    columns = unit_bits[:, :, None]
    bit = np.left_shift(np.uint64(1), np.arange(n, dtype=np.uint64))
    conflicts = np.array(against, dtype=np.uint64)
    one = np.uint64(1)
    for j in range(start, n):
        floats = state.view(np.float64)
        fits = (state[2] > 0) & (floats[1] + lengths[j] <= budget)
        if against[j]:
            fits &= (state[0] & conflicts[j]) == 0
        if fits.any():
            new = state[:, fits]
            added = columns[j] & ~new[4:]
            new_floats = new.view(np.float64)
            new[0] |= bit[j]
            new_floats[1] += lengths[j]
            new[2] -= one
            new_floats[3] = new_floats[3] + own[j] + _value(added, tables, where[j])
            new[4:] |= added
            state = np.concatenate([state, new], axis=1)
            floats = state.view(np.float64)
        best = float(floats[3].max())
        threshold = max(threshold, best - margin(best) - PRUNING_ROOM)
        keep = floats[3] + rest[j + 1][state[2]] >= threshold
        if not keep.all():
            state = state[:, keep]
        if state.shape[1] > MAX_SUBSETS:
            return None, None
    return state[0].view(np.int64).copy(), state.view(np.float64)[3].copy()


FEW = 16
"""While no more subsets are kept than this, a step is done in Python: a numpy call costs
more than a Python step over so few."""


def _few(steps: tuple, budget: float, threshold: float, margin: Any) -> tuple[int, Any]:
    """``_packed``'s first steps while few subsets are kept, each subset a tuple (mask,
    words, room left, value, the blocks of its shared concepts): the same additions in the
    same order as the numpy steps, so the same subsets in the same order and the same
    values. The next step and (the threshold, the subsets) then; (j, None) past
    ``MAX_SUBSETS``."""
    unit_bits, tables, where, against, lengths, own, rest, room = steps
    n = len(lengths)
    blocks = unit_bits.shape[1]
    subsets: list[tuple] = [(0, 0.0, room, 0.0, (0,) * blocks)]
    j = 0
    while j < n and len(subsets) <= FEW:
        length, value_alone, conflict = float(lengths[j]), float(own[j]), against[j]
        held = [int(b) for b in unit_bits[j]]
        bytes_of = [(block, 8 * byte, tables[block * 8 + byte]) for block, byte in where[j]]
        bit = 1 << j
        added_now = []
        for mask, words, left, value, covers in subsets:
            if left > 0 and words + length <= budget and not mask & conflict:
                added = tuple(h & ~c for h, c in zip(held, covers, strict=True))
                total = 0.0  # ``_value``: 0.0 plus each byte's weight, in ``where`` order
                for block, shift, table in bytes_of:
                    total += float(table[added[block] >> shift & 255])
                added_now.append(
                    (
                        mask | bit,
                        words + length,
                        left - 1,
                        value + value_alone + total,
                        tuple(a | c for a, c in zip(added, covers, strict=True)),
                    )
                )
        subsets += added_now
        best = max(s[3] for s in subsets)
        threshold = max(threshold, best - margin(best) - PRUNING_ROOM)
        bounds = rest[j + 1].tolist()
        subsets = [s for s in subsets if s[3] + bounds[s[2]] >= threshold]
        j += 1
        if len(subsets) > MAX_SUBSETS:
            return j, None
    return j, (threshold, subsets)


def _held_bytes(unit_bits: Any) -> list[list[tuple[int, int]]]:
    """For each candidate, the (block, byte) pairs of its mask that hold a bit, in order."""
    import numpy as np

    n = unit_bits.shape[0]
    shifts = (8 * np.arange(8)).astype(np.uint64)
    held = (unit_bits[:, :, None] >> shifts) & np.uint64(255)
    units, blocks, octets = np.nonzero(held)  # in C order: by unit, then block, then byte
    pairs = list(zip(blocks.tolist(), octets.tolist(), strict=True))
    ends = np.cumsum(np.bincount(units, minlength=n)).tolist()
    starts = [0, *ends[:-1]] if n else []
    return [pairs[start:end] for start, end in zip(starts, ends, strict=True)]


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
    if _LITTLE_ENDIAN and masks.flags.c_contiguous:
        # byte ``byte`` of every mask of a block, read in place: the same indices as the
        # shift and mask below, without three passes over the masks per byte
        octets = masks.view(np.uint8)
        for block, byte in where:
            total += tables[block * 8 + byte].take(octets[block, byte::8])
        return total
    for block, byte in where:
        index = (masks[block] >> np.uint64(8 * byte)) & np.uint64(255)
        total += tables[block * 8 + byte][index.astype(np.intp)]
    return total


_LITTLE_ENDIAN = sys.byteorder == "little"


def _rest_bounds(alone: Any, room: int) -> Any:
    """``[j][r]``: the most ``r`` of the candidates from ``j`` on can add (their ``r``
    largest values alone), for ``r`` up to ``room``; ``alone`` is in descending order."""
    import numpy as np

    n = len(alone)
    rest = np.zeros((n + 1, room + 1))
    # row j: the running sums of alone[j], alone[j + 1], ... (cumsum adds in order), then
    # flat where the candidates run out: adding the padding's 0.0 changes no bit
    padded = np.zeros(n + room)
    padded[:n] = alone
    windows = np.lib.stride_tricks.sliding_window_view(padded, room)[:n]
    np.cumsum(windows, axis=1, out=rest[:n, 1:])
    return rest
