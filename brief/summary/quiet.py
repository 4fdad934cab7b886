"""Keep the solver's own console chatter out of brief's output.

HiGHS (under ``scipy.optimize.milp``) occasionally prints a debug line from C++ straight to
file descriptor 1 ("HighsMipSolverData::transformNewIntegerFeasibleSolution ..."), whatever
its ``disp`` option says: on 10,000 Multi-News leads it did four times, and ``brief export
--format json`` to stdout was no longer JSON. While the solver runs, fd 1 points at the null
device, and C's buffers are flushed before it is put back.

Only when stdout is not a terminal (an export to a pipe or a file): in the app, another
thread draws on the terminal through fd 1, and silencing it there would drop screen updates.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator


def _flush_c_stdio() -> None:
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None).fflush(None)


@contextlib.contextmanager
def c_stdout_silenced() -> Iterator[None]:
    """Nothing written to fd 1 inside the block reaches it (when fd 1 is not a terminal)."""
    try:
        silence = not os.isatty(1)
    except OSError:
        silence = False
    if not silence:
        yield
        return
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    try:
        saved = os.dup(1)
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        yield
        return
    try:
        os.dup2(null, 1)
        os.close(null)
        yield
    finally:
        _flush_c_stdio()
        os.dup2(saved, 1)
        os.close(saved)
