"""A stage run in a forked child gives what it gives in the parent, whatever happens."""

from __future__ import annotations

import os
import signal
import time

import pytest

import brief.analysis
from brief.analysis import build_brief
from brief.export import render
from brief.forked import Beside
from brief.model import LoadResult

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
    original = Beside.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        forks.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Beside, "__init__", counting)
    alone = build_brief(sample.articles, timestamp=False)
    together = build_brief(sample.articles, timestamp=False, parallel=True)
    assert forks == [1]
    assert render(together, "json") == render(alone, "json")


def test_a_small_set_never_forks(sample: LoadResult, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("forked on the sample")

    monkeypatch.setattr(Beside, "__init__", refuse)
    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    build_brief(sample.articles, timestamp=False, parallel=True)


def test_no_fork_when_refused_or_busy(sample: LoadResult, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("forked while refused or without an idle core")

    monkeypatch.setattr(brief.analysis, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(Beside, "__init__", refuse)
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
    original = Beside.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        forks.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(brief.analysis, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(Beside, "__init__", counting)
    monkeypatch.delenv("BRIEF_PARALLEL", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.7, 0.5, 0.5))
    together = build_brief(sample.articles, timestamp=False, parallel=True)
    assert forks == [1]
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    assert render(together, "json") == render(build_brief(sample.articles, timestamp=False), "json")
