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

``Shared`` splits one stage's per-item work between the two processes instead: the child
maps from the front of the list while the parent does its other stages, then the parent maps
from the back until the two meet, so both cores stay busy whatever the stages cost; the
child finishes the stage (the part that needs every item) while the parent does another.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
U = TypeVar("U")


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


class Shared(Generic[T, R, U]):
    """``then([fn(item) for item in items])``, the mapping shared with a forked child.

    The child claims items from the front, a few at a time, as soon as it starts; the
    parent claims from the back once it calls ``share()`` (after its own work), until the
    claims meet, and sends its part to the child, which runs ``then`` over the whole while
    the parent goes on with other work; ``result()`` waits for it. The claims are two
    integers in a shared page guarded by a POSIX record lock, which the kernel drops if its
    holder dies, so a killed child never blocks the parent. If the child fails or dies,
    the parent maps the child's part and runs ``then`` itself: the result is the same.
    """

    CHUNK = 4
    """Items per claim: small enough that the two finish within a few items of each other."""

    def __init__(
        self, fn: Callable[[T], R], items: Sequence[T], then: Callable[[list[R]], U]
    ) -> None:
        self._fn, self._items, self._then = fn, items, then
        self._pid: int | None = None
        self._up = self._down = self._fd = -1
        self._shared: Any = None
        self._back: list[R] | None = None
        if not hasattr(os, "fork") or not items:
            return
        try:
            import mmap

            shared_fd = _scratch_file()
            os.ftruncate(shared_fd, _CLAIMS.size)
            shared = mmap.mmap(shared_fd, _CLAIMS.size)
        except (OSError, ValueError):
            return
        _CLAIMS.pack_into(shared, 0, 0, len(items))
        up_read, up_write = os.pipe()
        down_read, down_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (up_read, up_write, down_read, down_write, shared_fd):
                os.close(fd)
            shared.close()
            return
        if pid == 0:  # the child: map from the front, finish, send, and leave
            try:
                os.close(up_read)
                os.close(down_write)
                _serve(fn, items, then, shared, shared_fd, down_read, up_write)
            finally:
                os._exit(0)
        os.close(up_write)
        os.close(down_read)
        self._pid, self._shared, self._fd = pid, shared, shared_fd
        self._up, self._down = up_read, down_write

    def share(self) -> None:
        """Map items from the back until the claims meet; hand this part to the child."""
        if self._back is not None:
            return
        if self._pid is None:
            self._back = []
            return
        fn, items = self._fn, self._items
        chunks: list[list[R]] = []  # from the back: last chunk first
        try:
            while (claim := _claim(self._shared, self._fd, front=False)) is not None:
                start, end = claim
                chunks.append([fn(item) for item in items[start:end]])
        except BaseException:
            self.cancel()
            raise
        self._back = [result for chunk in reversed(chunks) for result in chunk]
        self._shared.close()
        os.close(self._fd)
        self._shared = None
        try:
            with os.fdopen(self._down, "wb") as down:
                down.write(pickle.dumps(self._back, protocol=5))
        except OSError:  # the child is gone: result() maps its part here
            pass

    def result(self) -> U:
        """``then`` of every ``fn(item)``: from the child, or worked out here if it failed."""
        self.share()
        back = self._back
        assert back is not None
        if self._pid is not None:
            try:
                with os.fdopen(self._up, "rb") as up:
                    data = up.read()
            except BaseException:
                self.cancel()
                raise
            self._reap()
            try:
                ok, value = pickle.loads(data)
            except Exception:  # a child killed half-way: nothing or a torn payload
                ok, value = False, None
            if ok:
                return value
        front = [self._fn(item) for item in self._items[: len(self._items) - len(back)]]
        return self._then(front + back)

    def cancel(self) -> None:
        """Stop the child (the caller gave up on the result)."""
        if self._pid is None:
            return
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGKILL)
        for fd in (self._up, self._down):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._reap()

    def _reap(self) -> None:
        pid, self._pid = self._pid, None
        if pid is not None:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        if self._shared is not None:
            self._shared.close()
            os.close(self._fd)
            self._shared = None


_CLAIMS = struct.Struct("qq")
"""The shared page: the first item nobody has claimed, and one past the last."""


def _scratch_file() -> int:
    """A file descriptor of an unnamed file in memory (or in the temp folder)."""
    if hasattr(os, "memfd_create"):
        with contextlib.suppress(OSError):
            return os.memfd_create("brief-shared", getattr(os, "MFD_CLOEXEC", 0))
    import tempfile

    return os.dup(tempfile.TemporaryFile().fileno())


def _claim(shared: Any, fd: int, *, front: bool) -> tuple[int, int] | None:
    """Claim up to ``Shared.CHUNK`` items from the front or the back; None when none is left."""
    import fcntl  # Unix only, as fork

    fcntl.lockf(fd, fcntl.LOCK_EX)
    try:
        low, high = _CLAIMS.unpack_from(shared, 0)
        if low >= high:
            return None
        take = min(Shared.CHUNK, high - low)
        if front:
            _CLAIMS.pack_into(shared, 0, low + take, high)
            return low, low + take
        _CLAIMS.pack_into(shared, 0, low, high - take)
        return high - take, high
    finally:
        fcntl.lockf(fd, fcntl.LOCK_UN)


def _serve(
    fn: Callable[[Any], Any],
    items: Sequence[Any],
    then: Callable[[list[Any]], Any],
    shared: Any,
    fd: int,
    down: int,
    up: int,
) -> None:
    """The child's part of ``Shared``: claim from the front until the claims meet, then
    ``then`` over its part and the parent's."""
    out: list[Any] = []
    try:
        while (claim := _claim(shared, fd, front=True)) is not None:
            start, end = claim
            out.extend(fn(item) for item in items[start:end])
        with os.fdopen(down, "rb") as pipe:
            back = pickle.loads(pipe.read())
        payload = pickle.dumps((True, then(out + back)), protocol=5)
    except BaseException:  # the parent works it out again: it reports the error itself
        payload = pickle.dumps((False, None))
    with os.fdopen(up, "wb") as pipe:
        pipe.write(payload)
