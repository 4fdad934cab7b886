"""Run one analysis stage in a forked child process while the parent runs the others.

The stages of a brief (summary, quotes, figures) are independent given the articles, so on a
large set the quote stage can run beside the other two on a second core. A forked child
starts at once and reads the parent's articles where they are (no copy, no pickling of the
input); only its result comes back, pickled through a pipe.

Used by ``brief export`` on large sets only, when a core is idle or with
``BRIEF_PARALLEL=1`` (``brief.analysis._may_fork``): the fork adds no CPU time, so it pays
exactly when the child gets a core of its own (docs/decisions.md, issue 11, third round).
A fork costs a few milliseconds, and forking a process that runs threads (the app) is
unsafe, so the app never asks for it. Wherever fork is
missing or fails, or the child dies or sends garbage, the stage simply runs in the parent:
the result is the same either way, only the time differs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Beside(Generic[T]):
    """``fn(*args)`` started in a forked child; ``result()`` waits for it."""

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._fn, self._args = fn, args
        self._pid: int | None = None
        self._pipe = -1
        if not hasattr(os, "fork"):
            return
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: compute, send, and leave without running the parent's code
            try:
                os.close(read)
                try:
                    payload = pickle.dumps((True, fn(*args)), protocol=5)
                except BaseException:  # the parent recomputes: it reports the error itself
                    payload = pickle.dumps((False, None))
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(payload)
            finally:
                os._exit(0)
        os.close(write)
        self._pid, self._pipe = pid, read

    def result(self) -> T:
        """The child's result, or ``fn(*args)`` computed here when the child failed."""
        if self._pid is None:
            return self._fn(*self._args)
        try:
            with os.fdopen(self._pipe, "rb") as pipe:
                data = pipe.read()
        finally:
            self._reap()
        try:
            ok, value = pickle.loads(data)
        except Exception:  # a child killed half-way: nothing or a torn payload
            ok, value = False, None
        return value if ok else self._fn(*self._args)

    def wait(self, timeout: float) -> bool:
        """Whether the child has sent its result (or died) within ``timeout`` seconds."""
        if self._pid is None:
            return True
        import select

        ready, _, _ = select.select([self._pipe], [], [], timeout)
        return bool(ready)

    def cancel(self) -> None:
        """Stop the child (the caller gave up on the result)."""
        if self._pid is None:
            return
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(self._pipe)
        self._reap()

    def _reap(self) -> None:
        pid, self._pid = self._pid, None
        if pid is not None:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
