"""brief's direct HiGHS call gives what ``scipy.optimize.milp`` gives, without importing it."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest


def _random_program(seed: int) -> tuple:
    """A coverage-like program: binary units, continuous concepts, a budget, some conflicts."""
    from scipy.sparse import csr_matrix, hstack, identity, random_array, vstack

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(3, 40)), int(rng.integers(1, 60))
    occurs = csr_matrix((random_array((n, m), density=0.15, rng=rng) > 0).astype(float))
    lengths = rng.integers(5, 40, n).astype(float)
    cost = -np.concatenate([rng.random(n) * 0.3, rng.random(m) * 3])
    rows = [
        csr_matrix(np.concatenate([lengths, np.zeros(m)])[None, :]),
        hstack([-occurs.T.tocsr(), identity(m, format="csr")]).tocsr(),
    ]
    lower = [[-np.inf], np.full(m, -np.inf)]
    upper = [[float(rng.integers(20, 120))], np.zeros(m)]
    pairs = {tuple(sorted(rng.choice(n, 2, replace=False).tolist())) for _ in range(n // 3)}
    if pairs:
        k = len(pairs)
        cols = np.asarray(sorted(pairs), dtype=np.int64).ravel()
        conflict = csr_matrix((np.ones(2 * k), (np.repeat(np.arange(k), 2), cols)), (k, n + m))
        rows.append(conflict)
        lower.append(np.full(k, -np.inf))
        upper.append(np.ones(k))
    at_least = np.zeros(n + m)
    if seed % 3 == 0:
        at_least[int(rng.integers(n))] = 1.0
    integrality = np.concatenate([np.ones(n), np.zeros(m)])
    return (
        cost,
        vstack(rows).tocsr(),
        np.concatenate(lower),
        np.concatenate(upper),
        integrality,
        at_least,
    )


@pytest.mark.parametrize("seed", range(40))
def test_direct_highs_equals_scipy_milp(seed: int) -> None:
    from scipy.optimize import Bounds, LinearConstraint, milp

    from brief.summary.highs import milp as direct

    cost, matrix, lower, upper, integrality, at_least = _random_program(seed)
    options = {"time_limit": 5.0, "mip_rel_gap": 1e-3}
    ours = direct(cost, matrix, lower, upper, integrality, at_least, 1.0, options)
    theirs = milp(
        cost,
        constraints=LinearConstraint(matrix, lower, upper),
        integrality=integrality,
        bounds=Bounds(at_least, 1),
        options={**options, "disp": False},
    )
    if theirs.status != 0:  # infeasible (a required unit over the budget)
        assert ours is None
        return
    assert ours is not None
    assert ours.tobytes() == theirs.x.tobytes()


def test_infeasible_program_gives_none() -> None:
    from scipy.sparse import csr_matrix

    from brief.summary.highs import milp as direct

    # x0 >= 1 is required, but x0 <= 0.5 by the only row
    x = direct(
        np.array([-1.0]),
        csr_matrix(np.array([[1.0]])),
        np.array([-np.inf]),
        np.array([0.5]),
        np.array([1.0]),
        np.array([1.0]),
        1.0,
        {"time_limit": 5.0, "mip_rel_gap": 1e-3},
    )
    assert x is None


def test_exact_solver_runs_without_importing_scipy_optimize() -> None:
    """The sample's export solves its program exactly with HiGHS (the enumeration, which
    would settle it, turned off), and scipy.optimize stays unloaded."""
    code = (
        "import sys\n"
        "import brief.summary.concepts as concepts\n"
        "import brief.summary.subsets as subsets\n"
        "subsets.MAX_UNITS = 0\n"
        "calls = []\n"
        "original = concepts.solve_exact\n"
        "def counted(*args):\n"
        "    answer = original(*args)\n"
        "    calls.append(answer)\n"
        "    return answer\n"
        "concepts.solve_exact = counted\n"
        "from brief.cli import main\n"
        "main(['export', '-o', '/dev/null', '--force'])\n"
        "print(len(calls), all(c is not None for c in calls), 'scipy.optimize' in sys.modules)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "BRIEF_NO_CACHE": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    count, answered, optimize_loaded = proc.stdout.split()[-3:]
    assert int(count) >= 1 and answered == "True"
    assert optimize_loaded == "False"


def test_bindings_load_once_for_threads_at_once() -> None:
    """Two analysis threads asking at once get the same module (a second load would fail)."""
    code = (
        "import threading\n"
        "from brief.summary import highs\n"
        "got = []\n"
        "threads = [threading.Thread(target=lambda: got.append(highs._load_core()))\n"
        "           for _ in range(4)]\n"
        "for t in threads: t.start()\n"
        "for t in threads: t.join()\n"
        "import sys\n"
        "from scipy.optimize import milp  # scipy's own path, after brief's load\n"
        "ok = milp([-1.0, -2.0], integrality=[1, 1], bounds=(0, 1)).status == 0\n"
        "print(len({id(m) for m in got}), got[0] is not None,\n"
        "      sys.modules[highs.CORE] is got[0], ok)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "True", "True", "True"]


def test_bindings_of_another_layout_fall_back_to_scipy_milp(monkeypatch) -> None:
    """Private bindings whose classes differ (another scipy) give scipy.optimize.milp's answer."""
    from types import SimpleNamespace

    from brief.summary import highs

    class Odd:  # a HighsLp without the fields brief sets
        __slots__ = ()

    monkeypatch.setattr(highs, "_load_core", lambda: SimpleNamespace(HighsLp=Odd))
    cost, matrix, lower, upper, integrality, at_least = _random_program(1)
    options = {"time_limit": 5.0, "mip_rel_gap": 1e-3}
    fallback = highs.milp(cost, matrix, lower, upper, integrality, at_least, 1.0, options)
    monkeypatch.undo()
    direct = highs.milp(cost, matrix, lower, upper, integrality, at_least, 1.0, options)
    assert fallback is not None and direct is not None
    assert fallback.tobytes() == direct.tobytes()
