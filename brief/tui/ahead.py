"""Analysis ahead: a forked child fills the analysis cache while the app starts.

Launching the app costs Textual's import, the CSS, a first layout and render (about 0.3 s
on the sample), and only after that first frame did the analysis start: grouping (numpy,
scipy.sparse), the summary and the quotes, another 0.3 s on the same core. The two do not
depend on each other, so on a small local set (``small_local_set``) the CLI forks a child
before importing Textual: it reads the files as the app will (and stores that reading under
the key the app's own reading asks for first, so the app's first frame usually reads no
file), groups them and, when the pile is one story, builds its brief under the options of
the saved review, all through ``brief.analysis_cache``. It runs numpy on one thread
(``single_threaded_blas``). The app's grouping and analysis workers ``wait`` for the child
first, then find their results in the cache (a miss simply computes as before), so with a
second core free the panels are complete about when the first frame is painted.

The child is disposable: it never writes to the terminal (its stdout and stderr go to
``/dev/null``), never moves a file aside (it stops instead at the first unreadable review,
config or moves file, and leaves it to the app, which tells the user) and never runs the
parent's code after its job (``os._exit``). It is started only from a single-threaded
process (forking a process with threads is unsafe), only when the cache is on, and it is
killed when the app exits first. ``BRIEF_AHEAD=0`` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
from argparse import Namespace
from collections.abc import Callable, Sequence
from typing import Any

from brief.model import AnalysisOptions

WAIT_SECONDS = 30.0
"""How long a worker waits for the child before computing itself (a small set takes ~0.5 s)."""


NICE = 5
"""The child's niceness once it has stored its reading: with a core free it runs at full
speed anyway; when the cores are busy, the parent (the first frame, the keys) gets about
three times its share. The reading itself (about 40 ms) runs at the parent's priority: the
app's first frame reads the files itself (about 35 ms of its own CPU, ingest and punkt
imports included) unless the child has stored them by then."""


class _Unreadable(Exception):
    """A user file the app must report (and move aside): the child leaves it alone."""


class Ahead:
    """The running child; ``wait`` returns once it has finished (or given up)."""

    def __init__(self, beside: Any) -> None:
        self._beside = beside
        self._lock = threading.Lock()
        self._done = False
        atexit.register(self.cancel)

    def wait(self, timeout: float = WAIT_SECONDS) -> None:
        """Block until the child is done (called from the app's worker threads)."""
        with self._lock:
            if self._done:
                return
            self._done = True
            if self._beside.wait(timeout):
                self._beside.result()  # reaps the child; its result is the cache it filled
            else:
                self._beside.cancel()

    def release(self) -> bool:
        """Reap the child if it has finished, never blocking (a brief shown from the cache
        asked no worker to wait, and a finished child must not linger as a zombie); False
        while it is still running, so the caller asks again later."""
        with self._lock:
            if not self._done and self._beside.wait(0):
                self._done = True
                self._beside.result()
            return self._done

    def cancel(self) -> None:
        with self._lock:
            if not self._done:
                self._done = True
                self._beside.cancel()


class NoChild:
    """No child was started: nothing to wait for (what the app holds then)."""

    def wait(self, timeout: float = WAIT_SECONDS) -> None:
        return None

    def release(self) -> bool:
        return True


NO_CHILD = NoChild()


def start(args: Namespace, paths: Sequence[str], options: AnalysisOptions) -> Ahead | None:
    """Fork the child for the app about to open ``paths``, or None when it would not pay
    (or is not safe): a large or remote set, the cache off, threads running, no fork."""
    if os.environ.get("BRIEF_AHEAD") == "0" or getattr(args, "no_cache", False):
        return None
    if not hasattr(os, "fork") or threading.active_count() != 1:
        return None
    from brief import analysis_cache
    from brief.cli_fetch import nothing_to_fetch
    from brief.tui.warm_start import small_local_set

    if analysis_cache.cache_dir() is None or not nothing_to_fetch(args):
        return None
    if not small_local_set(paths):
        return None
    from brief import collector
    from brief.forked import Beside

    collector.before_fork()
    beside: Beside[None] = Beside(_warm, args, list(paths), options)
    if getattr(beside, "_pid", None) is None:  # no fork: Beside would compute in the parent
        return None
    return Ahead(beside)


def _warm(args: Namespace, paths: list[str], options: AnalysisOptions) -> None:
    """In the child: what the app's reading, first grouping and analysis will ask the cache
    for."""
    from brief import collector

    collector.in_child()  # paused for the parent's first frame, which this is not
    single_threaded_blas()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from brief import store

    def unreadable(*_: object) -> None:
        raise _Unreadable

    store.move_aside = unreadable  # type: ignore[assignment] # this process only
    try:
        _fill_cache(args, paths, options, unreadable, read=_lower_priority)
    except _Unreadable:
        return


def _lower_priority() -> None:
    """Once the reading is stored, the rest waits: on a busy machine the app goes first."""
    with contextlib.suppress(OSError):
        os.nice(NICE)


def single_threaded_blas() -> None:
    """Keep the child to one thread: OpenBLAS (loaded with numpy) otherwise starts a thread
    per core, which spin at load and on every small product, about 0.1 s of CPU on the
    sample taken from the app's own first frame on a 2-core machine. Set before numpy is
    imported; the child's matrices are small, so one thread is no slower."""
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _fill_cache(
    args: Namespace,
    paths: list[str],
    options: AnalysisOptions,
    notice: Any,
    read: Callable[[], None] = lambda: None,
) -> None:
    """The child's job; ``read`` is called once the reading is stored."""
    from brief import analysis_cache
    from brief.analysis import build_brief
    from brief.cli_fetch import read_for_app
    from brief.config import limits_from, load_config
    from brief.model import Review
    from brief.store import load_review
    from brief.tui.session import Session
    from brief.tui.warm_start import input_fingerprint, reading_settings

    config = load_config(notice)
    flags = getattr(args, "max_size", None), getattr(args, "max_articles", None)
    files = [p for p in paths if p != "-"]
    seen = None  # the key the app's reading asks for (``BriefApp._seen_input``)
    if files and len(files) == len(paths):
        seen = input_fingerprint(files, reading_settings(args, flags, config))
    result = analysis_cache.known_reading(seen) if seen is not None else None
    if result is None:  # (a seen set: the reading the app will take from the cache too)
        result = read_for_app(args, limits_from(config, *flags), notice=notice)
        if seen is not None:
            analysis_cache.store_reading(seen, result)  # the app's first frame reads no file
    read()
    articles = result.articles
    if not articles:
        return
    if len(articles) >= 2:
        from brief.stories import group_ids
        from brief.stories.overrides import load_moves

        groups = analysis_cache.cached_groups(articles, group_ids)
        if len(groups) != 1 or load_moves(articles, notice):
            return  # the story list comes first; its briefs are opened later, by hand
    review = load_review(articles, notice)
    session = Session(tuple(articles), options, review or Review())
    analysis_cache.cached_build(build_brief, session.included, session.options)
