"""The exact solver's constraint matrix built directly is the row blocks' matrix, array for
array, so HiGHS is handed the same model."""

from __future__ import annotations

import random

import numpy as np
from scipy.sparse import csr_matrix

from brief.summary.highs_model import constraint_matrix
from brief.summary.solvers import _row_blocks
from tests.test_summary_subsets import _random_problem


def _same(problem) -> None:  # type: ignore[no-untyped-def]
    n = len(problem.candidates)
    conflicts = problem.conflicts()
    expected = _row_blocks(problem, conflicts).tocsc()
    built = constraint_matrix(problem.occurs, problem.lengths, problem.units < n, conflicts)
    assert built is not None
    assert built.shape == expected.shape
    for mine, theirs in [
        (built.indptr, expected.indptr),
        (built.indices, expected.indices),
        (built.data, expected.data),
    ]:
        assert mine.dtype == theirs.dtype
        assert mine.tobytes() == theirs.tobytes()


def test_the_matrix_is_the_row_blocks_matrix() -> None:
    rng = random.Random(8)
    for _ in range(80):
        n = rng.randint(1, 40)
        problem = _random_problem(rng, n, units=rng.choice([1, 3, 7, 10**9]), words=150.0)
        if rng.random() < 0.3:  # a unit of no words: the budget row leaves it out
            lengths = problem.lengths.copy()
            lengths[rng.randrange(n)] = 0.0
            problem = _replace(problem, lengths=lengths)
        _same(problem)


def test_a_program_without_concepts_or_conflicts() -> None:
    rng = random.Random(1)
    problem = _random_problem(rng, 3, units=7, words=150.0)
    empty = csr_matrix((3, 0))
    _same(_replace(problem, occurs=empty, weights=np.zeros(0), overlaps=[], redundancy=None))


def test_what_it_does_not_model_is_left_to_the_row_blocks() -> None:
    occurs = csr_matrix((np.array([1.0, 0.0]), np.array([0, 1]), np.array([0, 1, 2])), (2, 2))
    assert constraint_matrix(occurs, np.ones(2), False, []) is None  # an explicit zero
    plain = csr_matrix(np.eye(2))
    assert constraint_matrix(plain, np.ones(2), False, [(1, 1)]) is None
    assert constraint_matrix(plain.tocsc(), np.ones(2), False, []) is None
    assert constraint_matrix(plain, np.ones(2), False, [(0, 1)]) is not None


def _replace(problem, **changes):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(problem, **changes)
