"""Per-article work of ``brief export --stories`` done ahead, by forked children, on the core
the ingest leaves idle.

An article's grouping signals (``brief.stories.features.features_of``) and its quote
statements (``brief.quotes.statements_of``) depend on the article alone, not on its story.
``load_paths`` builds the articles one by one after reading every file (a line repeated
across files is boilerplate, so no article is built before all are read); it calls
``Ahead.on_built`` after each. Whenever no child is working and enough new articles are
built, a child is forked for them (a snapshot: it reads the parent's articles where they
are, nothing is copied or read again), computes both for each and leaves its answer in a
file in memory. After the ingest, one more child takes the articles no snapshot took: it
shares their features with this process (the grouping needs them first;
``brief.forked.Shared``), then finds their statements while this process groups
(``StatementsAhead``'s job before).

The ingest itself is the same work either way (the same ``load_paths``; the hook only
forks). Snapshots run one at a time (a lock they take in turn, the tail's statements too),
so they never compete with each other for the one idle core. A child that fails or dies
leaves its articles to this process: ``features`` and ``statements`` compute here whatever
no child answered, with the same functions, so the output is the same; only the time
differs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from brief.model import Article

if TYPE_CHECKING:
    from brief.forked import Claims

MIN_CHUNK = 200
"""New articles before a snapshot is worth a fork (about 0.15 s of a child's work)."""
MAX_CHUNK = 1000
"""At most this many per snapshot (about 0.7 s): the last one then ends soon after the
ingest, when the grouping waits for its features."""
PARALLEL_MIN_ARTICLES = 2000
"""Smaller piles find only their statements ahead, beside the grouping
(``brief.stories.briefs.StatementsAhead``): at 1,000 Multi-News leads the articles are built
in about 0.35 s, too short a window for the forks and the imports this process does first to
pay (estimated wall 3.15-3.23 s with snapshots, 2.97-3.30 s without, on a loaded machine; the
crossover between 1,000 and 10,000 was not measured)."""

Statements = Callable[[Article], list]


def worth_it(total: int) -> bool:
    """Whether to work ahead on a pile of ``total`` articles: the rule of the stories."""
    if not hasattr(os, "fork") or total < PARALLEL_MIN_ARTICLES:
        return False
    from brief.analysis import _may_fork

    return _may_fork()


class Ahead:
    """Snapshot children during the ingest, one more child beside the grouping."""

    def __init__(self, enabled: Callable[[int], bool] = worth_it) -> None:
        self._enabled_for = enabled
        self._enabled: bool | None = None
        self._built: list[Article] = []
        self._sent = 0
        self._children: list[_Snapshot] = []
        self._results: dict[int, tuple[Any, list]] = {}
        self._collected = False
        self._lock = -1
        self._tail: Any = None
        self._tail_articles: list[Article] = []
        self._tail_found: list | None = None
        self._claims: Claims | None = None
        self._final: dict[str, Article] = {}

    # --- during the ingest ---------------------------------------------------------------

    def share_reading(self, files: int) -> bool:
        """``load_paths``' ``share_reading``: a pile this class works ahead on is also read
        with a forked child (``brief.ingest.beside``), by the same rule."""
        return self._enabled_for(files)

    def on_built(self, built: list[Article], total: int) -> None:
        """``load_paths``' hook: fork a snapshot when the last one is done and enough is new."""
        if self._enabled is None:
            self._enabled = self._enabled_for(total) and self._open_lock()
            self._built = built
            if self._enabled:
                _work(built[:1], -1)  # imports and tables loaded once here, not in each child
        if not self._enabled:
            return
        new = len(built) - self._sent
        if new < MIN_CHUNK and not (new and len(built) == total):
            return
        if self._children and not self._children[-1].done():
            return
        end = min(len(built), self._sent + MAX_CHUNK)
        child = _Snapshot(built, self._sent, end, self._lock)
        if child.pid is None:  # no fork: everything is done here, as without this class
            self._enabled = False
            return
        self._children.append(child)
        self._sent = end

    def _open_lock(self) -> bool:
        from brief.forked import _scratch_file

        try:
            self._lock = _scratch_file()
        except OSError:
            return False
        return True

    # --- after the ingest ----------------------------------------------------------------

    @property
    def active(self) -> bool:
        return bool(self._enabled)

    def start_tail(self, articles: Sequence[Article]) -> None:
        """Fork the child for the originals no snapshot took: it shares their grouping
        signals with this process (``brief.forked.Shared``: it from the front, this one from
        the back), then finds their statements while this process groups."""
        from functools import partial

        from brief.forked import Claims, Shared
        from brief.stories.features import features_of

        index = {a.id: i for i, a in enumerate(self._built)}
        for article in articles:
            if article.duplicate_of is not None:
                continue
            self._final[article.id] = article
            i = index.get(article.id)
            if i is None or i >= self._sent or not _same(self._built[i], article):
                self._tail_articles.append(article)
        self._claims = Claims.over(len(self._tail_articles))
        statements = partial(_tail_statements, self._tail_articles, self._lock, self._claims)
        self._tail = Shared(features_of, self._tail_articles, statements)

    def features(self, articles: Sequence[Article]) -> list:
        """``features_of`` of each article: the snapshots' answers, the rest shared with the
        tail's child (first, while the last snapshot may still be working)."""
        from brief.stories.features import features_of

        tail = {
            a.id: (a, f) for a, f in zip(self._tail_articles, self._tail_features(), strict=True)
        }
        where = self._where(articles)
        out: list[Any] = []
        for article, i in zip(articles, where, strict=True):
            entry = tail.get(article.id) if i is None else None
            if entry is not None and entry[0] is article:
                out.append(entry[1])
            else:
                out.append(features_of(article) if i is None else None)
        self._collect()
        for k, i in enumerate(where):
            if out[k] is None:
                found = self._results.get(i) if i is not None else None
                out[k] = found[0] if found is not None else features_of(articles[k])
        return out

    def _tail_features(self) -> list:
        if self._tail is None:
            return []
        if self._tail_found is None:
            self._tail_found = self._tail.results()
        return self._tail_found

    def statements(self) -> Statements:
        """A ``statements_of`` that answers from the children (waits for the last one)."""
        from brief.quotes import statements_of

        self._collect()
        self._tail_features()  # the tail child's first message, before its statements
        if self._claims is not None:  # what the child has not started is left to the briefs
            self._claims.take_rest()
        tail = self._tail.beside_result() if self._tail is not None else []
        if not isinstance(tail, list) or len(tail) > len(self._tail_articles):
            tail = []  # garbage from a dying child: everything is found here
        found: dict[str, tuple[Article, list]] = {}
        prefix = self._tail_articles[: len(tail)]  # the child's part: a prefix
        for article, said in zip(prefix, tail, strict=True):
            found[article.id] = (article, said)
        index = {a.id: i for i, a in enumerate(self._built[: self._sent])}
        for key, article in self._final.items():
            if key in found:
                continue
            i = index.get(key)
            result = self._results.get(i) if i is not None else None
            if result is not None and _same(self._built[i], article):
                found[key] = (article, result[1])

        def statements(article: Article) -> list:
            entry = found.get(article.id)
            return entry[1] if entry is not None and entry[0] is article else statements_of(article)

        return statements

    def cancel(self) -> None:
        """Stop every child (the command failed: nobody will ask)."""
        for child in self._children:
            child.cancel()
        if self._tail is not None:
            self._tail.cancel()
        if self._claims is not None:
            self._claims.close()
            self._claims = None
        if self._lock >= 0:
            with contextlib.suppress(OSError):
                os.close(self._lock)
            self._lock = -1

    def _where(self, articles: Sequence[Article]) -> list[int | None]:
        """Each article's place in the snapshots' list, or None where no snapshot took it."""
        index = {a.id: i for i, a in enumerate(self._built[: self._sent])}
        where: list[int | None] = []
        for article in articles:
            i = index.get(article.id)
            where.append(i if i is not None and _same(self._built[i], article) else None)
        return where

    def _collect(self) -> None:
        if self._collected:
            return
        self._collected = True
        for child in self._children:
            found = child.result()
            if found is not None:
                for offset, value in enumerate(found):
                    self._results[child.start + offset] = value


def _same(built: Article, final: Article) -> bool:
    """The article a snapshot saw is the one grouped (``load_paths`` only marks copies
    after building, which neither answer reads)."""
    return built.id == final.id and built.text is final.text and built.sentences is final.sentences


class _Snapshot:
    """One forked child computing ``_work`` for ``built[start:end]`` into a memory file."""

    def __init__(self, built: list[Article], start: int, end: int, lock: int) -> None:
        from brief.forked import _scratch_file

        self.start, self.end = start, end
        self.pid: int | None = None
        self._exited = False
        try:
            self._file = _scratch_file()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(self._file)
            return
        if pid == 0:
            try:
                _serve(built[start:end], lock, self._file)
            finally:
                os._exit(0)
        self.pid = pid

    def done(self) -> bool:
        """Whether the child has exited (reaped here then)."""
        if self._exited or self.pid is None:
            return True
        try:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            pid = self.pid
        self._exited = pid != 0
        return self._exited

    def result(self) -> list | None:
        """The child's answers, in order, or None (it failed): waits for it."""
        if self.pid is None:
            return None
        if not self._exited:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self._exited = True
        try:
            size = os.fstat(self._file).st_size
            data = os.pread(self._file, size, 0)
            ok, value = pickle.loads(data)
        except Exception:  # nothing written, or torn
            ok, value = False, None
        finally:
            os.close(self._file)
            self.pid = None
        if not ok or not isinstance(value, list) or len(value) != self.end - self.start:
            return None
        return value

    def cancel(self) -> None:
        if self.pid is None:
            return
        import signal

        if not self._exited:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
        with contextlib.suppress(OSError):
            os.close(self._file)
        self.pid = None


def _serve(articles: Sequence[Article], lock: int, file: int) -> None:
    """A snapshot child: wait for its turn, compute, write the answer, leave."""
    try:
        payload = pickle.dumps((True, _work(articles, lock)), protocol=5)
    except BaseException:
        payload = pickle.dumps((False, None))
    written = 0
    while written < len(payload):
        written += os.pwrite(file, memoryview(payload)[written:], written)


def _work(articles: Sequence[Article], lock: int) -> list[tuple[Any, list]]:
    import fcntl
    import gc

    from brief.quotes import statements_of
    from brief.stories.features import features_of

    if lock >= 0:  # a child: wait for its turn (released when it exits)
        gc.disable()  # a short-lived child that makes no cycle
        fcntl.lockf(lock, fcntl.LOCK_EX)
    return [(features_of(a), statements_of(a)) for a in articles]


def _tail_statements(articles: Sequence[Article], lock: int, claims: Claims | None) -> list:
    """The tail child's second job: the statements of the articles from the first on, a few
    at a time, until this process has grouped the stories and takes the rest
    (``Ahead.statements``); the answer is a prefix of ``articles``. The rest is found where
    each story's brief is built, shared by both processes there (``stories.briefs``), so
    neither waits for the other after the grouping. (Run in this process when the child
    failed: every snapshot has exited by then, so the lock is free, and the rest is taken.)"""
    import fcntl

    from brief.stories.briefs import _statements_of_all

    fcntl.lockf(lock, fcntl.LOCK_EX)  # after the last snapshot: one idle core, one child
    return _statements_of_all(articles, claims, TAIL_CHUNK)


TAIL_CHUNK = 8
"""Articles the tail child claims at a time (about 8 ms of statements): what this process
may wait for after the grouping."""
