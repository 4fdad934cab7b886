"""The exact solver's shortlist: a size bound decided up front instead of a clock."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from brief.summary.solvers import Problem, objective, shortlist, solve_exact, solve_greedy


def _random_problem(seed: int, units: int = 60, concepts: int = 80) -> Problem:
    rng = random.Random(seed)
    rows, cols = [], []
    for u in range(units):
        for c in rng.sample(range(concepts), rng.randint(1, 6)):
            rows.append(u)
            cols.append(c)
    occurs = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(units, concepts))
    similar = csr_matrix(np.eye(units))  # nothing repeats anything
    return Problem(
        occurs=occurs,
        weights=np.array([rng.random() for _ in range(concepts)]),
        bonus=np.array([rng.random() * 0.1 for _ in range(units)]),
        lengths=np.array([float(rng.randint(8, 30)) for _ in range(units)]),
        candidates=np.arange(100, 100 + units),
        overlaps=[(u, u + 1) for u in range(0, units - 1, 7)],
        similar=similar,
        redundancy=0.5,
        words=100.0,
        units=10**9,
    )


def test_a_small_program_is_left_whole() -> None:
    problem = _random_problem(1)
    small, kept = shortlist(problem, 60)
    assert small is problem
    assert kept.tolist() == list(range(60))


@pytest.mark.parametrize("seed", range(5))
def test_the_shortlist_is_a_faithful_subprogram(seed: int) -> None:
    problem = _random_problem(seed)
    greedy = solve_greedy(problem)
    small, kept = shortlist(problem, 20, greedy)
    assert len(kept) <= 20 + len(greedy)
    assert set(greedy) <= set(kept.tolist())
    assert small.candidates.tolist() == problem.candidates[kept].tolist()
    assert small.lengths.tolist() == problem.lengths[kept].tolist()
    # each kept unit has the same concept value and bonus as in the whole program
    for k, unit in enumerate(kept.tolist()):
        assert objective(small, [k]) == pytest.approx(objective(problem, [unit]))
    # a pair overlaps in the shortlist exactly when it overlapped in the whole program
    whole = {(a, b) for a, b in problem.overlaps}
    assert {(int(kept[a]), int(kept[b])) for a, b in small.overlaps} == {
        (a, b) for a, b in whole if a in set(kept.tolist()) and b in set(kept.tolist())
    }
    # its answer is feasible for, and worth the same in, the whole program
    answer = solve_exact(small, 10.0)
    assert answer is not None
    mapped = [int(kept[k]) for k in answer]
    assert sum(problem.lengths[mapped]) <= problem.words
    assert not any(a in mapped and b in mapped for a, b in problem.overlaps)
    assert objective(problem, mapped) == pytest.approx(objective(small, answer))
    assert objective(problem, mapped) >= objective(problem, greedy) - 1e-9


def test_the_units_worth_most_per_word_are_kept() -> None:
    problem = _random_problem(3)
    _small, kept = shortlist(problem, 10)
    value = (problem.occurs @ problem.weights + problem.bonus) / problem.lengths
    assert len(kept) == 10
    assert min(value[kept]) >= max(np.delete(value, kept))


def test_the_required_unit_is_always_kept() -> None:
    problem = _random_problem(4)
    value = (problem.occurs @ problem.weights + problem.bonus) / problem.lengths
    worst = int(np.argmin(value))
    required = Problem(**{**{f: getattr(problem, f) for f in Problem.__slots__}, "required": worst})
    small, kept = shortlist(required, 10)
    assert small.required is not None and int(kept[small.required]) == worst
    answer = solve_exact(small, 10.0)
    assert answer is not None and small.required in answer
