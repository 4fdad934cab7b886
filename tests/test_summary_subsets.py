"""Small concept programs settled by enumeration: the best subset (brute force agrees), never
worse than HiGHS's answer, and the earliest of subsets worth the same."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from brief.ingest import load_paths
from brief.model import AnalysisOptions
from brief.summary import subsets, summarize
from brief.summary.solvers import Problem, objective, solve_exact, solve_greedy


def _random_problem(rng: random.Random, n: int, *, units: int, words: float) -> Problem:
    """Units holding random concepts from a small pool, so that they share some."""
    concepts = rng.randint(n, 4 * n)
    rows, cols = [], []
    for j in range(n):
        for c in rng.sample(range(concepts), rng.randint(1, min(8, concepts))):
            rows.append(j)
            cols.append(c)
    occurs = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, concepts))
    similar = csr_matrix(np.array([[rng.random() for _ in range(6)] for _ in range(n)]))
    norms = np.sqrt(np.asarray(similar.multiply(similar).sum(axis=1)).ravel())
    similar = csr_matrix(similar.multiply(1 / norms[:, None]))
    overlaps = [(j, j + 1) for j in range(n - 1) if rng.random() < 0.15]
    return Problem(
        occurs=occurs,
        weights=np.array([rng.choice([0.25, 0.5, 1.0]) * rng.random() for _ in range(concepts)]),
        bonus=np.array([rng.random() * 0.8 for _ in range(n)]),
        lengths=np.array([float(rng.randint(8, 40)) for _ in range(n)]),
        candidates=np.arange(n),
        overlaps=overlaps,
        similar=similar,
        redundancy=0.97,
        words=words,
        units=units,
    )


def _with_highs(problem: Problem) -> list[int]:
    """``solve``'s choice before ``end_nearer``, the way it was made with HiGHS only."""
    greedy = solve_greedy(problem)
    exact = solve_exact(problem, 3.0)
    if exact is not None and objective(problem, exact) > objective(problem, greedy) + 1e-9:
        return sorted(exact)
    return sorted(greedy)


def test_enumeration_gives_the_best_subset() -> None:
    """Against every feasible subset: the best, or greedy when nothing beats it by 1e-9."""
    rng = random.Random(5)
    answered = 0
    for trial in range(160):
        n = rng.randint(1, 10)
        problem = _random_problem(
            rng, n, units=rng.choice([2, 3, 7, 10**9]), words=float(rng.choice([40, 80, 200]))
        )
        greedy = solve_greedy(problem)
        settled = subsets.settle(problem, greedy)
        if settled is None:
            continue
        answered += 1
        every = _every_subset(problem)
        best = max(every.values())
        if best <= objective(problem, greedy) + 1e-9:
            assert sorted(settled) == sorted(greedy), trial
        else:
            assert abs(objective(problem, settled) - best) < 1e-9, trial
            assert frozenset(settled) in every, trial
    assert answered >= 150  # every small program, past the rare negative weight


def test_a_near_tie_goes_to_the_better_subset() -> None:
    """Two single units worth nearly the same (within HiGHS's gap): the better one."""
    occurs = csr_matrix(np.eye(2))
    similar = csr_matrix(np.eye(2))
    problem = Problem(
        occurs=occurs,
        weights=np.array([1.0, 1.0005]),
        bonus=np.zeros(2),
        lengths=np.array([10.0, 10.0]),
        candidates=np.arange(2),
        overlaps=[],
        similar=similar,
        redundancy=0.5,
        words=15.0,  # room for one
        units=10**9,
    )
    greedy = solve_greedy(problem)
    assert greedy == [1]
    assert subsets.settle(problem, greedy) == [1]
    assert subsets.settle(problem, [0]) == [1]  # from a worse start too


def test_subsets_worth_the_same_give_the_earliest() -> None:
    """Two word-for-word equal units (one sentence in two articles): the first, from any start."""
    problem = Problem(
        occurs=csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]])),
        weights=np.array([0.2, 1.0]),
        bonus=np.zeros(3),
        lengths=np.array([10.0, 10.0, 10.0]),
        candidates=np.arange(3),
        overlaps=[],
        similar=csr_matrix(np.eye(3)),
        redundancy=0.5,
        words=15.0,  # room for one
        units=10**9,
    )
    assert subsets.settle(problem, [0]) == [1]
    assert subsets.settle(problem, [2]) == [2]  # greedy already holds a best: kept


def test_larger_programs_are_never_worse_than_highs() -> None:
    """19 to 40 candidates, past the reach of a full enumeration: the pruned one answers
    most, never below HiGHS's answer (which stops within its 0.1 % gap)."""
    rng = random.Random(11)
    answered = 0
    for trial in range(40):
        n = rng.randint(19, 40)
        problem = _random_problem(
            rng, n, units=rng.choice([3, 7]), words=float(rng.choice([80, 200]))
        )
        settled = subsets.settle(problem, solve_greedy(problem))
        if settled is None:
            continue
        answered += 1
        highs = _with_highs(problem)
        assert objective(problem, settled) >= objective(problem, highs) - 1e-9, trial
    assert answered >= 30


def test_programs_past_int64_masks_are_settled_too() -> None:
    """63 to 90 candidates: a subset is a Python int mask; still never below HiGHS."""
    rng = random.Random(13)
    answered = 0
    for trial in range(12):
        n = rng.randint(subsets.INT64_UNITS + 1, 90)
        problem = _random_problem(rng, n, units=3, words=80.0)
        settled = subsets.settle(problem, solve_greedy(problem))
        if settled is None:
            continue
        answered += 1
        assert max(settled) < n and len(set(settled)) == len(settled), trial
        highs = _with_highs(problem)
        assert objective(problem, settled) >= objective(problem, highs) - 1e-9, trial
    assert answered >= 8


def _every_subset(problem: Problem) -> dict[frozenset[int], float]:
    """Every feasible subset and its value, by brute force (tiny programs only)."""
    from itertools import combinations

    n = len(problem.candidates)
    conflicts = set(problem.conflicts())
    found = {}
    for size in range(min(problem.units, n) + 1):
        for chosen in combinations(range(n), size):
            if sum(problem.lengths[list(chosen)]) > problem.words:
                continue
            if any((a, b) in conflicts for a in chosen for b in chosen if a < b):
                continue
            found[frozenset(chosen)] = objective(problem, list(chosen))
    return found


def test_pruning_keeps_every_subset_near_the_best() -> None:
    """The subsets kept are feasible, hold the best, and hold every subset within the margin
    of it: ``settle``'s answer (and its ties) are those of the full enumeration."""
    rng = random.Random(4)
    for trial in range(60):
        problem = _random_problem(
            rng, rng.randint(1, 10), units=rng.choice([2, 3, 10**9]), words=80.0
        )
        every = _every_subset(problem)
        weights, bonus = problem.weights, problem.bonus

        def margin(value: float) -> float:  # any margin: here a HiGHS-like gap
            return 0.002 * abs(value) + 1e-6

        table = subsets._near_best(problem, weights, bonus, problem.conflicts(), 0.0, margin)
        assert table is not None
        order, masks, values = table
        kept = {
            frozenset(int(order[k]) for k in range(len(order)) if int(mask) >> k & 1): float(v)
            for mask, v in zip(masks, values, strict=True)
        }
        assert set(kept) <= set(every), trial
        best = max(every.values())
        assert abs(max(kept.values()) - best) < 1e-9, trial
        near = {s for s, v in every.items() if v >= best - margin(best) + 1e-9}
        assert near <= set(kept), trial
        for chosen, value in kept.items():
            assert abs(value - every[chosen]) < 1e-9, trial


def test_too_many_candidates_or_a_required_unit_are_left_to_highs() -> None:
    rng = random.Random(2)
    large = _random_problem(rng, subsets.MAX_UNITS + 1, units=7, words=200.0)
    assert subsets.settle(large, solve_greedy(large)) is None
    small = _random_problem(rng, 5, units=7, words=200.0)
    required = Problem(**{**{f: getattr(small, f) for f in small.__slots__}, "required": 0})
    assert subsets.settle(required, solve_greedy(required)) is None


@pytest.mark.parametrize("options", [AnalysisOptions(), AnalysisOptions(words=60)])
def test_summaries_are_the_same_with_and_without_enumeration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: AnalysisOptions
) -> None:
    rng = random.Random(3)
    topics = [
        "The council approved a new budget for the harbour district after a long debate.",
        "Engineers found cracks in the old bridge and closed it to heavy lorries on Friday.",
        "Teachers at the northern schools went on strike over pay and crowded classrooms.",
        "The regional airline added flights to the islands as tourist numbers kept rising.",
        "Farmers said the dry spring had cut the wheat harvest by nearly a quarter this year.",
        "The museum reopened its east wing with a show of maps drawn by early sailors.",
        "Police said the stolen paintings were found in a warehouse near the rail depot.",
        "The mayor promised more buses on the night routes after complaints from workers.",
    ]
    for k in range(6):
        body = rng.sample(topics, rng.randint(4, 8))
        (tmp_path / f"a{k}.txt").write_text("\n\n".join(body), encoding="utf-8")
    articles = [a for a in load_paths([str(tmp_path)]).articles if a.duplicate_of is None]
    piles = [articles[:1], articles[:2], articles[2:5], articles]
    with_enumeration = [summarize(pile, options) for pile in piles]
    monkeypatch.setattr(subsets, "MAX_UNITS", 0)
    assert [summarize(pile, options) for pile in piles] == with_enumeration


def test_objective_is_the_sliced_matrix_formula() -> None:
    """``objective`` reads the rows' columns itself; the value is the scipy slicing's, bit
    for bit."""
    rng = random.Random(9)
    for _ in range(50):
        problem = _random_problem(rng, rng.randint(1, 15), units=7, words=200.0)
        n = len(problem.candidates)
        chosen = rng.sample(range(n), rng.randint(1, n))
        covered = np.asarray(problem.occurs[chosen].sum(axis=0)).ravel() > 0
        expected = float(problem.weights[covered].sum() + problem.bonus[chosen].sum())
        assert objective(problem, chosen) == expected


def test_packed_steps_give_the_general_loop_s_subsets_bit_for_bit(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Up to 62 candidates every subset is a column of one uint64 array (``_packed``); the
    general loop (Python-int masks, one array per field) keeps the same subsets, in the
    same order, with the same value bits."""
    rng = random.Random(21)
    for trial in range(80):
        n = rng.randint(1, 30)
        problem = _random_problem(
            rng, n, units=rng.choice([2, 3, 5, 10**9]), words=float(rng.choice([60, 120, 400]))
        )
        weights, bonus = problem.weights, problem.bonus
        conflicts = problem.conflicts()
        known = objective(problem, solve_greedy(problem)) * rng.choice([0.0, 0.5, 1.0])
        packed = subsets._near_best(problem, weights, bonus, conflicts, known, subsets._no_margin)
        monkeypatch.setattr(subsets, "INT64_UNITS", 0)  # every program takes the general loop
        general = subsets._near_best(problem, weights, bonus, conflicts, known, subsets._no_margin)
        monkeypatch.undo()
        assert (packed is None) == (general is None), trial
        if packed is None:
            continue
        assert packed[1].dtype == np.int64 and general[1].dtype == object
        assert np.array_equal(packed[0], general[0]), trial
        assert [int(m) for m in packed[1]] == [int(m) for m in general[1]], trial
        assert packed[2].tobytes() == general[2].tobytes(), trial


def test_rest_bounds_are_the_running_sums_of_each_tail() -> None:
    rng = np.random.default_rng(3)
    for n in range(0, 25):
        alone = np.sort(rng.random(n) * rng.choice([1e-3, 1.0, 50.0]))[::-1].copy()
        for room in {0, 1, 2, max(n, 1), n + 3} if n else {0, 1}:
            room = min(room, max(n, 0))
            found = subsets._rest_bounds(alone, room)
            expected = np.zeros((n + 1, room + 1))
            for j in range(n):
                for r in range(1, room + 1):
                    total = 0.0
                    for value in alone[j : j + r]:
                        total += value  # in order, as np.cumsum adds
                    expected[j, r] = total
            assert found.tobytes() == expected.tobytes(), (n, room)


def test_bytes_read_in_place_equal_the_shifted_bytes() -> None:
    """``_value`` reads each byte of a C-ordered mask array in place, else by shifts."""
    rng = np.random.default_rng(5)
    blocks = 3
    tables = subsets._byte_tables(rng.random(blocks * 64), blocks)
    masks = rng.integers(0, 2**63, size=(blocks, 40), dtype=np.int64).astype(np.uint64)
    where = [(b, k) for b in range(blocks) for k in range(8) if rng.random() < 0.6]
    in_place = subsets._value(masks, tables, where)
    shifted = subsets._value(np.asfortranarray(masks), tables, where)  # not C-ordered
    expected = np.zeros(40)
    for b, k in where:
        expected += tables[b * 8 + k][[(int(m) >> (8 * k)) & 255 for m in masks[b]]]
    assert in_place.tobytes() == expected.tobytes() == shifted.tobytes()


def test_held_bytes_lists_each_candidate_s_bytes_in_order() -> None:
    rng = np.random.default_rng(6)
    bits = rng.integers(0, 2**63, size=(12, 2), dtype=np.int64).astype(np.uint64)
    bits[3] = 0  # a candidate with no shared concept
    bits[7, 1] = np.uint64(1 << 40)
    expected = [
        [(b, k) for b in range(2) for k in range(8) if (int(bits[j, b]) >> (8 * k)) & 255]
        for j in range(12)
    ]
    assert subsets._held_bytes(bits) == expected
    assert subsets._held_bytes(np.zeros((0, 1), dtype=np.uint64)) == []


def test_python_steps_while_few_subsets_give_the_numpy_steps_bits(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``_packed`` does its first steps in Python while few subsets are kept (``FEW``): the
    same subsets, in the same order, with the same value bits as numpy steps from the
    first candidate (``FEW`` 0) or Python steps to the last (``FEW`` past every count),
    also with shared concepts past one 64-bit block and past ``MAX_SUBSETS``."""
    rng = random.Random(34)
    blocks_seen = set()
    for trial in range(90):
        n = rng.randint(1, 50)
        problem = _random_problem(
            rng, n, units=rng.choice([2, 3, 5, 10**9]), words=float(rng.choice([60, 120, 400]))
        )
        weights, bonus = problem.weights, problem.bonus
        conflicts = problem.conflicts()
        known = objective(problem, solve_greedy(problem)) * rng.choice([0.0, 0.5, 1.0])
        holders = np.bincount(problem.occurs.tocsr().indices, minlength=problem.occurs.shape[1])
        blocks_seen.add((int((holders > 1).sum()) + 63) // 64)
        answers = []
        for few in (0, subsets.FEW, 10**9):
            monkeypatch.setattr(subsets, "FEW", few)
            if trial % 9 == 0:
                monkeypatch.setattr(subsets, "MAX_SUBSETS", 3)
            answers.append(
                subsets._near_best(problem, weights, bonus, conflicts, known, subsets._no_margin)
            )
            monkeypatch.undo()
        numpy_steps = answers[0]
        for answer in answers[1:]:
            assert (answer is None) == (numpy_steps is None), trial
            if answer is None:
                continue
            assert answer[1].dtype == np.int64 == numpy_steps[1].dtype
            assert np.array_equal(answer[0], numpy_steps[0]), trial
            assert answer[1].tobytes() == numpy_steps[1].tobytes(), trial
            assert answer[2].tobytes() == numpy_steps[2].tobytes(), trial
    assert {1, 2} <= blocks_seen


def test_python_steps_with_no_shared_concept(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No concept held by two candidates (no 64-bit block at all): the subsets handed from
    the Python steps to numpy carry no block and are the same bits."""
    rng = random.Random(5)
    problem = _random_problem(rng, 12, units=10**9, words=10_000.0)
    problem = Problem(
        occurs=csr_matrix(np.eye(12)),
        weights=np.array([rng.random() for _ in range(12)]),
        bonus=problem.bonus,
        lengths=problem.lengths,
        candidates=problem.candidates,
        overlaps=[],
        similar=problem.similar,
        redundancy=None,
        words=problem.words,
        units=problem.units,
    )
    answers = []
    for few in (0, subsets.FEW, 10**9):
        monkeypatch.setattr(subsets, "FEW", few)
        found = subsets._near_best(problem, problem.weights, problem.bonus, [], 0.0, lambda v: v)
        monkeypatch.undo()
        assert found is not None and len(found[1]) > subsets.FEW
        answers.append(found)
    for answer in answers[1:]:
        assert np.array_equal(answer[0], answers[0][0])
        assert answer[1].tobytes() == answers[0][1].tobytes()
        assert answer[2].tobytes() == answers[0][2].tobytes()
