"""Solvers of the concept-coverage program: exact (HiGHS as ``scipy.optimize.milp`` runs it,
bounded in time) and greedy (linear per pick, for large sets and as the fallback).

The program (Gillick & Favre 2009): choose units ``s_j`` in {0, 1} and concepts
``c_i`` in [0, 1] to maximise ``sum w_i c_i + sum b_j s_j`` subject to the word budget
``sum l_j s_j <= L`` (and a unit count with ``--sentences``), ``c_i <= sum_{j holds i} s_j``
(a concept counts once, only when a chosen unit holds it), and ``s_a + s_b <= 1`` for every
pair that overlaps in its article or repeats each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

MIP_GAP = 1e-3
"""Relative optimality gap at which the solver stops (0.1 %: far below any ROUGE difference)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """The objective and constraints, solver-independent."""

    occurs: Any
    """Binary unit x concept matrix, concepts of zero weight removed (CSR)."""
    weights: Any
    bonus: Any
    """Per-unit value added to the concepts it covers (position, focus)."""
    lengths: Any
    candidates: Any
    """Indices of units that may be chosen at all."""
    overlaps: list[tuple[int, int]]
    """Pairs of candidate positions (into ``candidates``) that overlap in their article."""
    similar: Any
    """Smoothed-idf stem vectors of the candidates (rows), for the redundancy rule."""
    redundancy: float | None
    words: float
    units: int
    required: int | None = None
    """A candidate position that must be in the answer (the unit closest to a focus)."""
    figures: Any = None
    """``overlaps.FigureReader`` of the units, or None: two candidates of different articles
    stating the same figures never go together (checked only where two units can meet)."""
    about: bool = False
    """The budget is "about ``words``": ``end_nearer`` may add a last unit that passes it."""

    def conflicts(self) -> list[tuple[int, int]]:
        """Every pair that never goes together: overlapping, or repeating each other.

        All pairs at once cost a sparse product of the candidates with themselves, which the
        exact solver needs (and only runs on a ``shortlist``); the greedy checks the
        unit it has just taken against the rest instead, linear per pick.
        """
        from scipy.sparse import triu

        from brief.summary.sparse_ops import pairs_at_least

        pairs = set(self.overlaps)
        if self.redundancy is not None and len(self.candidates):
            found = pairs_at_least(self.similar, self.redundancy - 1e-9)  # the same pairs
            if found is None:
                similarity = triu(self.similar @ self.similar.T, k=1).tocoo()
                mask = similarity.data >= self.redundancy - 1e-9
                found = similarity.row[mask], similarity.col[mask]
            pairs.update(zip(found[0].tolist(), found[1].tolist(), strict=True))
        if self.figures is not None:
            pairs.update(self.figures.pairs(self.candidates))
        return sorted(pairs)

    def repeats_chosen(self, position: int, chosen: Sequence[int]) -> bool:
        """The candidate at ``position`` states the figures of one already chosen."""
        if self.figures is None:
            return False
        unit = int(self.candidates[position])
        return any(self.figures.repeat(unit, int(self.candidates[c])) for c in chosen)


def objective(problem: Problem, chosen: Sequence[int]) -> float:
    """Value of a choice (positions into ``problem.candidates``)."""
    import numpy as np

    if not len(chosen):
        return 0.0
    occurs = problem.occurs
    if getattr(occurs, "format", None) == "csr":  # the rows' columns, without scipy's slicing
        covered = np.zeros(occurs.shape[1], dtype=bool)
        for row in chosen:
            start, end = occurs.indptr[row], occurs.indptr[row + 1]
            covered[occurs.indices[start:end][occurs.data[start:end] > 0]] = True
    else:
        covered = np.asarray(occurs[list(chosen)].sum(axis=0)).ravel() > 0
    return float(problem.weights[covered].sum() + problem.bonus[list(chosen)].sum())


def upper_bound(problem: Problem) -> float:
    """A value no feasible choice exceeds: every concept some candidate holds, plus the
    largest bonuses that the unit count allows (weights and bonuses are never negative)."""
    import numpy as np

    if not len(problem.candidates):
        return 0.0
    occurs = problem.occurs
    if getattr(occurs, "format", None) == "csr" and bool((occurs.data > 0).all()):
        # positive entries: a column sums above 0 exactly when it holds one (no scipy sum)
        held = np.bincount(occurs.indices[: occurs.nnz], minlength=occurs.shape[1]) > 0
    else:
        held = np.asarray(occurs.sum(axis=0)).ravel() > 0
    top = np.sort(problem.bonus)[::-1][: max(problem.units, 0)]
    return float(problem.weights[held].sum() + top.sum())


def greedy_is_optimal(problem: Problem, chosen: Sequence[int], value: float | None = None) -> bool:
    """True when ``chosen`` reaches ``upper_bound``: then no solver can answer better (by more
    than ``solve``'s 1e-9 tolerance), so running one would change nothing. ``value``:
    ``objective(problem, chosen)`` when already found."""
    import numpy as np

    if (problem.weights < 0).any() or (np.asarray(problem.bonus) < 0).any():
        return False
    if value is None:
        value = objective(problem, chosen)
    return value + 1e-10 >= upper_bound(problem)


def solve_greedy(problem: Problem) -> list[int]:
    """Best gain per word first, then the best single unit if it is worth more (Khuller)."""
    return greedy_valued(problem)[0]


def greedy_valued(problem: Problem) -> tuple[list[int], float]:
    """``solve_greedy``'s choice and its ``objective``: the value the greedy finds anyway (to
    compare with the best single unit) is the one ``solve`` and ``settle`` start from, so
    it is summed once, not three times (the same sum of the same numbers)."""
    import numpy as np

    from brief.summary.sparse_ops import matvec, row_of

    n = len(problem.candidates)
    if n == 0:
        return [], 0.0
    occurs = problem.occurs
    covers, likeness = matvec(occurs), matvec(problem.similar)
    open_weights = problem.weights.copy()
    alive = np.ones(n, dtype=bool)
    partners: dict[int, list[int]] = {}
    for a, b in problem.overlaps:
        partners.setdefault(a, []).append(b)
        partners.setdefault(b, []).append(a)
    lengths = np.maximum(problem.lengths, 1.0)
    used_words = 0.0
    chosen: list[int] = []
    while len(chosen) < problem.units:
        candidates = alive & (lengths <= problem.words - used_words)
        if not candidates.any():
            break
        gain = covers(open_weights) + problem.bonus
        values = np.where(candidates & (gain > 0), gain / lengths, -np.inf)
        best = int(np.argmax(values))
        if not chosen and problem.required is not None:
            best = problem.required
        if not np.isfinite(values[best]):
            break
        if problem.repeats_chosen(best, chosen):
            alive[best] = False  # read here, against the few chosen, not for every unit
            continue
        chosen.append(best)
        used_words += lengths[best]
        alive[best] = False
        alive[partners.get(best, [])] = False
        if problem.redundancy is not None:
            similarity = likeness(row_of(problem.similar, best))
            alive &= similarity < problem.redundancy - 1e-9
        open_weights[occurs.indices[occurs.indptr[best] : occurs.indptr[best + 1]]] = 0.0
    single = np.where(lengths <= problem.words, covers(problem.weights) + problem.bonus, -np.inf)
    best_single = int(np.argmax(single))
    value = objective(problem, chosen)
    if problem.required is None and problem.units >= 1 and single[best_single] > value:
        return [best_single], objective(problem, [best_single])
    return chosen, value


def shortlist(problem: Problem, size: int, keep: Sequence[int] = ()) -> tuple[Problem, Any]:
    """The program restricted to at most ``size`` candidates (plus ``keep`` and the required
    unit), and the positions in ``problem`` of those it kept, in order.

    The kept ones are those worth most per word alone (their concepts plus their bonus),
    which is where an optimum takes its units from: a unit worth little per word alone is
    worth no more beside others (a concept counts once). The solver's time grows with the
    program's size, not with the machine's load, so a bound on the size (decided up front)
    keeps the answer the same on every run, where a clock would not.
    """
    import numpy as np

    n = len(problem.candidates)
    if n <= size:
        return problem, np.arange(n)
    value = (problem.occurs @ problem.weights + problem.bonus) / np.maximum(problem.lengths, 1.0)
    best = np.argsort(-value, kind="stable")[: max(size, 0)]
    extra = [*keep, *([problem.required] if problem.required is not None else [])]
    kept = np.union1d(best, np.asarray(extra, dtype=np.int64))
    where = np.full(n, -1, dtype=np.int64)
    where[kept] = np.arange(len(kept))
    occurs = problem.occurs[kept]
    held = np.asarray(occurs.sum(axis=0)).ravel() > 0
    return (
        replace(
            problem,
            occurs=occurs[:, held].tocsr(),
            weights=problem.weights[held],
            bonus=problem.bonus[kept],
            lengths=problem.lengths[kept],
            candidates=problem.candidates[kept],
            overlaps=[
                (int(where[a]), int(where[b]))
                for a, b in problem.overlaps
                if where[a] >= 0 and where[b] >= 0
            ],
            similar=problem.similar[kept],
            required=None if problem.required is None else int(where[problem.required]),
        ),
        kept,
    )


def solve_exact(problem: Problem, time_limit: float) -> list[int] | None:
    """The integer program by HiGHS; None when it fails or does not finish in time.

    Variables: one binary per candidate unit, one continuous [0, 1] per concept (at an
    optimum a concept's variable is 1 exactly when a chosen unit covers it).
    """
    import numpy as np

    from brief.summary.highs import milp
    from brief.summary.highs_model import constraint_matrix

    n, m = problem.occurs.shape
    if n == 0:
        return []
    conflicts = problem.conflicts()
    # the same CSC arrays as the row blocks below, without scipy's per-block overhead
    matrix = constraint_matrix(problem.occurs, problem.lengths, problem.units < n, conflicts)
    upper = [[problem.words], [float(problem.units)] if problem.units < n else []]
    upper += [np.zeros(m), np.ones(len(conflicts))]
    if matrix is None:
        matrix = _row_blocks(problem, conflicts)
    lower = np.full(matrix.shape[0], -np.inf)
    integrality = np.concatenate([np.ones(n), np.zeros(m)])
    at_least = np.zeros(n + m)
    if problem.required is not None:
        at_least[problem.required] = 1.0
    from brief.summary.quiet import c_stdout_silenced

    try:
        with c_stdout_silenced():
            x = milp(
                -np.concatenate([problem.bonus, problem.weights]),  # maximise
                matrix,
                lower,
                np.concatenate(upper),
                integrality,
                at_least,
                1.0,
                {"time_limit": max(time_limit, 0.01), "mip_rel_gap": MIP_GAP},
            )
    except (ValueError, MemoryError):
        return None
    if x is None:
        # stopped by the time limit: its best answer so far depends on the machine's speed
        # and load, so the caller takes the greedy one, which is the same on every run
        return None
    return [int(i) for i in np.flatnonzero(x[:n] > 0.5)]


def _row_blocks(problem: Problem, conflicts: list[tuple[int, int]]) -> Any:
    """``solve_exact``'s constraint matrix, block by block (``highs_model`` builds the same
    CSC arrays directly where it can): the word budget, the unit count, ``concept_c <= sum
    of chosen units holding it``, and ``s_a + s_b <= 1`` per conflicting pair."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack, identity, vstack

    n, m = problem.occurs.shape
    rows = [csr_matrix(np.concatenate([problem.lengths, np.zeros(m)])[None, :])]
    if problem.units < n:
        rows.append(csr_matrix(np.concatenate([np.ones(n), np.zeros(m)])[None, :]))
    if m:
        rows.append(hstack([-problem.occurs.T.tocsr(), identity(m, format="csr")]).tocsr())
    if conflicts:
        pairs = np.asarray(conflicts, dtype=np.int64)
        k = len(pairs)
        data = np.ones(2 * k)
        r = np.repeat(np.arange(k), 2)
        rows.append(csr_matrix((data, (r, pairs.ravel())), shape=(k, n + m)))
    return vstack(rows).tocsr()


def end_nearer(problem: Problem, chosen: Sequence[int], by: str = "ratio") -> list[int]:
    """``chosen`` plus, when the budget is "about N words" and some words are left that no
    unit fits, the unit that ends the summary past N but nearer to N than stopping short
    (``select.ends_nearer``) with the best gain (per word with ``by="ratio"``, in total with
    ``"total"``) among those that repeat or overlap nothing chosen."""
    import numpy as np

    from brief.summary.select import ends_nearer
    from brief.summary.sparse_ops import matvec

    chosen = list(chosen)
    n = len(problem.candidates)
    if not problem.about or n == 0 or len(chosen) >= problem.units:
        return chosen
    lengths = np.maximum(np.asarray(problem.lengths, dtype=np.float64), 1.0)
    alive = np.ones(n, dtype=bool)
    alive[chosen] = False
    taken = set(chosen)
    for a, b in problem.overlaps:
        if a in taken or b in taken:
            alive[[a, b]] = False
    if problem.redundancy is not None and chosen:
        closest = (problem.similar @ problem.similar[chosen].T).max(axis=1)
        closest = np.asarray(closest.todense()).ravel()
        alive &= closest < problem.redundancy - 1e-9
    gap = problem.words - float(lengths[chosen].sum()) if chosen else problem.words
    # a unit that fits whole was the solver's to take; only the last, passing unit is added
    open_weights = problem.weights.copy()
    if chosen:
        covered = np.asarray(problem.occurs[chosen].sum(axis=0)).ravel() > 0
        open_weights[covered] = 0.0
    gain = matvec(problem.occurs)(open_weights) + problem.bonus
    passing = ends_nearer(lengths, gap) if by != "any" else lengths > gap
    ok = alive & passing & (gain > 0)
    if not ok.any():
        return chosen
    value = np.where(ok, gain / lengths if by == "ratio" else gain, -np.inf)
    while True:
        best = int(np.argmax(value))
        if not np.isfinite(value[best]):
            return chosen
        if not problem.repeats_chosen(best, chosen):
            return [*chosen, best]
        value[best] = -np.inf
