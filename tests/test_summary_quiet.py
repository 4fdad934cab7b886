"""The solver's console chatter never reaches brief's stdout (an export to a pipe)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import ctypes, os, sys
from brief.summary.quiet import c_stdout_silenced
print("before", flush=True)
sys.stdout.write("buffered ")
with c_stdout_silenced():
    os.write(1, b"raw chatter\n")
    ctypes.CDLL(None).printf(b"C chatter\n")
print("after")
"""


def test_writes_to_fd_1_inside_the_block_are_dropped() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    ).stdout
    assert out == "before\nbuffered after\n"


def test_the_exact_solver_still_answers_when_silenced() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _SOLVE], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[0, 2]"


_SOLVE = r"""
import numpy as np
from scipy.sparse import csr_matrix
from brief.summary.solvers import Problem, solve_exact
occurs = csr_matrix(np.array([[1.0, 0, 0], [1.0, 1.0, 0], [0, 0, 1.0]]))
similar = csr_matrix(np.eye(3))
problem = Problem(occurs, np.array([1.0, 0.2, 1.0]), np.zeros(3), np.array([5.0, 9.0, 5.0]),
                  np.arange(3), [], similar, 0.5, 10.0, 3)
print(solve_exact(problem, 5.0))
"""
