"""Analysis work in a forked child process beside the parent, on a second core.

A forked child starts at once and reads the parent's articles where they are (no copy, no
pickling of the input); only its results come back, pickled. Two shapes:

* ``Beside``: one whole job in the child (the app's analysis ahead, ``brief.tui.ahead``).
* ``Shared``: a list of items mapped by both processes, in order. ``brief export
  --stories`` shares its per-story briefs this way (``brief.stories.briefs``); ``brief
  export`` on large sets its quote stage's per-article statements: the child from the
  first article on while the parent does the title and the summary, then the parent from
  the last article back until the two meet; the child then compares figures while the
  parent clusters the quotes. Both cores stay busy whatever each stage costs
  (docs/decisions.md, issue 11, fourth round).

Used on large sets only, when a core is idle or with ``BRIEF_PARALLEL=1``
(``brief.analysis._may_fork``): the fork adds little CPU time, so it pays exactly when the
child gets a core of its own (docs/decisions.md, issue 11, third round). Forking a process
that runs threads (the app) is unsafe, so the app's analysis never asks for it. Wherever
fork is missing or fails, or the child dies or sends garbage, the work simply runs in the
parent: the result is the same either way, only the time differs.
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
    """``[fn(item) for item in items]`` shared with a forked child, which then runs ``beside()``.

    The child claims items from the front, a few at a time, as soon as it starts; the
    parent claims from the back once it calls ``results()`` (after its own work), until the
    claims meet, and receives the child's part; the child then runs ``beside()`` while the
    parent goes on with the results, and ``beside_result()`` waits for it. The claims are
    two integers in a shared page guarded by a POSIX record lock, which the kernel drops if
    its holder dies, so a killed child never blocks the parent. If the child fails or dies,
    the parent maps the child's part or runs ``beside`` itself: the result is the same.
    """

    CHUNK = 4
    """Items per claim: small enough that the two finish within a few items of each other."""

    def __init__(
        self,
        fn: Callable[[T], R],
        items: Sequence[T],
        beside: Callable[[], U],
        *,
        chunk: int | None = None,
    ) -> None:
        """``chunk``: items per claim (``CHUNK``; 1 when each item is a batch of work)."""
        self._fn, self._items, self._beside = fn, items, beside
        self._chunk = chunk or Shared.CHUNK
        self._pid: int | None = None
        self._pipe = self._fd = -1
        self._shared: Any = None
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
        read, write = os.pipe()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            for fd in (read, write, shared_fd):
                os.close(fd)
            shared.close()
            return
        if pid == 0:  # the child: map from the front, send, run beside, send, and leave
            try:
                os.close(read)
                _serve(fn, items, beside, shared, shared_fd, write, parent, self._chunk)
            finally:
                os._exit(0)
        os.close(write)
        self._pid, self._pipe, self._shared, self._fd = pid, read, shared, shared_fd

    def results(self) -> list[R]:
        """Every ``fn(item)`` in order: the back part mapped here, the front by the child."""
        fn, items = self._fn, self._items
        if self._pid is None:
            return [fn(item) for item in items]
        chunks: list[list[R]] = []  # from the back: last chunk first
        try:
            while (claim := _claim(self._shared, self._fd, self._chunk, front=False)) is not None:
                start, end = claim
                chunks.append([fn(item) for item in items[start:end]])
            ok, front = self._receive()
        except BaseException:
            self.cancel()
            raise
        back = [result for chunk in reversed(chunks) for result in chunk]
        boundary = len(items) - len(back)
        if not ok or not isinstance(front, list) or len(front) != boundary:
            front = [fn(item) for item in items[:boundary]]
        return front + back

    def beside_result(self) -> U:
        """``beside()`` as the child ran it, or run here (no child, or it failed)."""
        if self._pid is None:
            return self._beside()
        try:
            ok, value = self._receive()
        except BaseException:
            self.cancel()
            raise
        self.cancel()  # it has sent all it had to send: reap it
        return value if ok else self._beside()

    def _receive(self) -> tuple[bool, Any]:
        """The child's next message, or (False, None) when it died or sent garbage."""
        try:
            offset, size = _FRAME.unpack(_read_exactly(self._pipe, _FRAME.size))
            data = os.pread(self._fd, size, offset)
            if len(data) != size:
                raise EOFError("a short message")
            return pickle.loads(data)
        except Exception:  # a child killed half-way: nothing or a torn payload
            return False, None

    def cancel(self) -> None:
        """Stop the child (the caller gave up on the result, or has it all)."""
        pid, self._pid = self._pid, None
        if pid is None:
            return
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(self._pipe)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        if self._shared is not None:
            self._shared.close()
            os.close(self._fd)
            self._shared = None


_FRAME = struct.Struct("qq")
"""Each message from the child: where its pickle is in the shared file, and its length. The
pickle goes into the file, not the pipe, so the child never waits for the parent to read
it (a pipe holds 64 KB) and goes on with ``beside`` at once."""


def _read_exactly(fd: int, size: int) -> bytes:
    parts = []
    while size > 0:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            raise EOFError("the child stopped writing")
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


_CLAIMS = struct.Struct("qq")
"""The shared page: the first item nobody has claimed, and one past the last."""


def _scratch_file() -> int:
    """A file descriptor of an unnamed file in memory (or in the temp folder)."""
    if hasattr(os, "memfd_create"):
        with contextlib.suppress(OSError):
            return os.memfd_create("brief-shared", getattr(os, "MFD_CLOEXEC", 0))
    import tempfile

    return os.dup(tempfile.TemporaryFile().fileno())


def _claim(shared: Any, fd: int, chunk: int, *, front: bool) -> tuple[int, int] | None:
    """Claim up to ``chunk`` items from the front or the back; None when none is left."""
    import fcntl  # Unix only, as fork

    fcntl.lockf(fd, fcntl.LOCK_EX)
    try:
        low, high = _CLAIMS.unpack_from(shared, 0)
        if low >= high:
            return None
        take = min(chunk, high - low)
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
    beside: Callable[[], Any],
    shared: Any,
    fd: int,
    write: int,
    parent: int,
    chunk: int,
) -> None:
    """The child's part of ``Shared``: claim from the front until the claims meet, send
    that part, then ``beside()``."""
    offset = _CLAIMS.size
    for job in (lambda: _front(fn, items, shared, fd, parent, chunk), beside):
        try:
            payload = pickle.dumps((True, job()), protocol=5)
        except BaseException:  # the parent works it out again: it reports the error
            payload = pickle.dumps((False, None))
        written = 0
        while written < len(payload):
            written += os.pwrite(fd, memoryview(payload)[written:], offset + written)
        os.write(write, _FRAME.pack(offset, len(payload)))  # 16 bytes: never waits
        offset += len(payload)


def _front(
    fn: Callable[[Any], Any], items: Sequence[Any], shared: Any, fd: int, parent: int, chunk: int
) -> list[Any]:
    """The child's claims from the front; it stops when the parent is gone (killed), which
    would otherwise leave it mapping everything for nobody."""
    out: list[Any] = []
    while (claim := _claim(shared, fd, chunk, front=True)) is not None:
        if os.getppid() != parent:
            raise ChildProcessError("the parent is gone")
        start, end = claim
        out.extend(fn(item) for item in items[start:end])
    return out


class Claims:
    """A range of items taken a few at a time from the front by one process, until another
    takes the rest from the back (``brief.stories.ahead``: the tail child's statements,
    until the parent has grouped): two integers in a shared page under a record lock, as
    ``Shared``'s claims. Made before the fork; both processes then hold it."""

    def __init__(self, fd: int, page: Any) -> None:
        self._fd, self._page = fd, page

    @classmethod
    def over(cls, count: int) -> Claims | None:
        """A fresh range of ``count`` items (None if no memory file can be made)."""
        import mmap

        try:
            fd = _scratch_file()
        except OSError:
            return None
        try:
            os.ftruncate(fd, _CLAIMS.size)
            page = mmap.mmap(fd, _CLAIMS.size)
        except (OSError, ValueError):
            os.close(fd)
            return None
        _CLAIMS.pack_into(page, 0, 0, count)
        return cls(fd, page)

    def take(self, chunk: int) -> tuple[int, int] | None:
        """The next ``chunk`` items from the front, or None when none is left."""
        return _claim(self._page, self._fd, chunk, front=True)

    def take_rest(self) -> None:
        """Whatever nobody has taken yet is taken: ``take`` answers None from now on."""
        _claim(self._page, self._fd, 1 << 62, front=False)

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._page.close()
        with contextlib.suppress(OSError):
            os.close(self._fd)
