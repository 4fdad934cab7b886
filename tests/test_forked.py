"""A stage run in (or shared with) a forked child gives what it gives in the parent, whatever
happens to the child."""

from __future__ import annotations

import os
import signal
import time

import pytest

import brief.analysis
from brief.analysis import build_brief
from brief.export import render
from brief.forked import Beside, Shared
from brief.model import LoadResult
from brief.quotes import extract_quotes, quotes_from, statements_of

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")


def _pid() -> int:
    return os.getpid()


def _fail() -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("only in the child")
    return 7


def _die() -> int:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return 8


PARENT = os.getpid()


def test_the_function_runs_in_another_process() -> None:
    assert Beside(_pid).result() not in (os.getpid(), None)


def test_a_failing_child_is_replaced_by_the_parent() -> None:
    assert Beside(_fail).result() == 7


def test_a_killed_child_is_replaced_by_the_parent() -> None:
    assert Beside(_die).result() == 8


def test_cancel_stops_the_child() -> None:
    beside = Beside(time.sleep, 30)
    pid = beside._pid
    assert pid is not None
    started = time.perf_counter()
    beside.cancel()
    assert time.perf_counter() - started < 5
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # reaped, gone


def test_parallel_brief_is_byte_identical(
    sample: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(brief.analysis, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    forks: list[int] = []
    original = Shared.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        forks.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Shared, "__init__", counting)
    alone = build_brief(sample.articles, timestamp=False)
    together = build_brief(sample.articles, timestamp=False, parallel=True)
    assert forks == [1]
    assert render(together, "json") == render(alone, "json")


def test_a_small_set_never_forks(sample: LoadResult, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("forked on the sample")

    monkeypatch.setattr(Shared, "__init__", refuse)
    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    build_brief(sample.articles, timestamp=False, parallel=True)


def test_no_fork_when_refused_or_busy(sample: LoadResult, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("forked while refused or without an idle core")

    monkeypatch.setattr(brief.analysis, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(Shared, "__init__", refuse)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    build_brief(sample.articles, timestamp=False, parallel=True)  # refused
    monkeypatch.delenv("BRIEF_PARALLEL")
    monkeypatch.setattr(os, "getloadavg", lambda: (1.6, 1.6, 1.6))
    build_brief(sample.articles, timestamp=False, parallel=True)  # both cores busy
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    build_brief(sample.articles, timestamp=False, parallel=True)  # one core only


def test_fork_when_a_core_is_idle(sample: LoadResult, monkeypatch: pytest.MonkeyPatch) -> None:
    forks: list[int] = []
    original = Shared.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        forks.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(brief.analysis, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(Shared, "__init__", counting)
    monkeypatch.delenv("BRIEF_PARALLEL", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.7, 0.5, 0.5))
    together = build_brief(sample.articles, timestamp=False, parallel=True)
    assert forks == [1]
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    assert render(together, "json") == render(build_brief(sample.articles, timestamp=False), "json")


def _slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.005)
    return n * n, os.getpid()


def _squares(results: list[tuple[int, int]]) -> tuple[list[int], int]:
    """The squares in order, and the process that put them together."""
    return [square for square, _pid in results], os.getpid()


def test_shared_work_is_split_and_in_order() -> None:
    seen: list[tuple[int, int]] = []
    shared = Shared(_slow_square, range(60), lambda results: seen.extend(results) or results)
    time.sleep(0.1)  # the parent's own work: the child starts on the front meanwhile
    shared.share()
    results = shared.result()
    assert [square for square, _ in results] == [n * n for n in range(60)]
    workers = [pid for _, pid in results]
    assert workers[0] != os.getpid()  # the child took the front
    assert workers[-1] == os.getpid()  # this process the back
    assert workers == sorted(workers, key=lambda pid: pid == os.getpid())  # one boundary
    assert seen == []  # ``then`` ran in the child


def test_then_runs_in_the_child() -> None:
    squares, finisher = Shared(_slow_square, range(20), _squares).result()
    assert squares == [n * n for n in range(20)]
    assert finisher != os.getpid()


def _square_not_in_child(n: int) -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("only in the parent")
    return n * n


def _square_or_die(n: int) -> int:
    if os.getpid() != PARENT and n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.002)
    return n * n


def _square(n: int) -> int:
    return n * n


def _die_in_child(results: list[int]) -> list[int]:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return results


@pytest.mark.parametrize(
    ("fn", "then"),
    [(_square_not_in_child, list), (_square_or_die, list), (_square, _die_in_child)],
    ids=["fails", "killed-mapping", "killed-finishing"],
)
def test_a_failing_or_killed_child_is_replaced_by_the_parent(fn, then) -> None:  # type: ignore[no-untyped-def]
    shared = Shared(fn, range(30), then)
    time.sleep(0.05)
    assert shared.result() == [n * n for n in range(30)]


def test_shared_cancel_stops_the_child() -> None:
    shared = Shared(time.sleep, [30] * 4, list)
    pid = shared._pid
    assert pid is not None
    started = time.perf_counter()
    shared.cancel()
    assert time.perf_counter() - started < 5
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_shared_statements_give_the_serial_quotes(sample: LoadResult) -> None:
    articles = [a for a in sample.articles if a.duplicate_of is None]
    assert len(articles) > Shared.CHUNK  # both processes take a part
    shared = Shared(statements_of, articles, quotes_from)
    assert shared.result() == extract_quotes(articles)
