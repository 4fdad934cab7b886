"""A stage run in (or shared with) a forked child gives what it gives in the parent, whatever
happens to the child."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

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


@pytest.mark.parametrize(
    "start",
    [lambda: Beside(time.sleep, 30), lambda: Shared(time.sleep, [30] * 4, _beside)],
    ids=["beside", "shared"],
)
def test_cancel_stops_the_child(start) -> None:  # type: ignore[no-untyped-def]
    child = start()
    pid = child._pid
    assert pid is not None
    started = time.perf_counter()
    child.cancel()
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


def test_shared_work_is_split_and_in_order() -> None:
    shared = Shared(_slow_square, range(60), os.getpid)
    time.sleep(0.1)  # the parent's own work: the child starts on the front meanwhile
    results = shared.results()
    assert [square for square, _ in results] == [n * n for n in range(60)]
    workers = [pid for _, pid in results]
    assert workers[0] != os.getpid()  # the child took the front
    assert workers[-1] == os.getpid()  # this process the back
    assert workers == sorted(workers, key=lambda pid: pid == os.getpid())  # one boundary
    assert shared.beside_result() == workers[0]  # then ran ``beside``


def _square(n: int) -> int:
    return n * n


def _square_not_in_child(n: int) -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("only in the parent")
    return n * n


def _square_or_die(n: int) -> int:
    if os.getpid() != PARENT and n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.002)
    return n * n


def _beside() -> str:
    return "beside"


def _beside_not_in_child() -> str:
    if os.getpid() != PARENT:
        raise RuntimeError("only in the parent")
    return "beside"


def _beside_or_die() -> str:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return "beside"


@pytest.mark.parametrize(
    ("fn", "beside"),
    [
        (_square_not_in_child, _beside),
        (_square_or_die, _beside),
        (_square, _beside_not_in_child),
        (_square, _beside_or_die),
    ],
    ids=["map-fails", "killed-mapping", "beside-fails", "killed-beside"],
)
def test_a_failing_or_killed_child_is_replaced_by_the_parent(fn, beside) -> None:  # type: ignore[no-untyped-def]
    shared = Shared(fn, range(30), beside)
    assert shared._pid is not None
    time.sleep(0.05)
    assert shared.results() == [n * n for n in range(30)]
    assert shared.beside_result() == "beside"
    assert shared._pid is None  # reaped


def test_shared_statements_give_the_serial_quotes(sample: LoadResult) -> None:
    articles = [a for a in sample.articles if a.duplicate_of is None]
    assert len(articles) > Shared.CHUNK  # both processes take a part
    shared = Shared(statements_of, articles, _beside)
    assert quotes_from(shared.results()) == extract_quotes(articles)
    assert shared.beside_result() == "beside"


def test_the_cycle_collector_is_paused_in_the_stages_and_back_after(
    sample: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from brief.analysis import Cancelled

    seen: list[bool] = []

    def figures(articles: object) -> tuple:
        seen.append(gc.isenabled())
        return ()

    monkeypatch.setattr(brief.analysis, "_discrepancies", figures)
    assert gc.isenabled()
    build_brief(sample.articles, timestamp=False)
    assert seen == [False] and gc.isenabled()
    with pytest.raises(Cancelled):
        build_brief(sample.articles, cancelled=lambda: True)
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself keeps it paused
    try:
        build_brief(sample.articles, timestamp=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_child_stops_when_the_parent_is_killed(tmp_path: Path) -> None:
    """A parent killed mid-way leaves no child mapping the rest for nobody."""
    import subprocess
    import sys

    script = tmp_path / "parent.py"
    script.write_text(
        "import os, sys, time\n"
        "from brief.forked import Shared\n"
        "def slow(n):\n"
        "    time.sleep(0.05)\n"
        "    return n\n"
        "shared = Shared(slow, range(2000), lambda: None)\n"
        "print(shared._pid, flush=True)\n"
        "time.sleep(30)\n"
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    if _alive(child):
        os.kill(child, signal.SIGKILL)
        raise AssertionError("the child went on after its parent was killed")


def _alive(pid: int) -> bool:
    """Running, not gone and not a zombie (an orphan's zombie waits for init to reap it)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_quotes_handed_out_before_the_figures_are_joined(
    sample: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``on_partial`` gets the quotes while the child may still compare figures, so the
    export writes their JSON meanwhile (``json_export.Ahead``); the JSON is the same."""
    from brief.export.json_export import Ahead, to_json

    events: list[str] = []
    original = Shared.beside_result

    def joined(self):  # type: ignore[no-untyped-def]
        events.append("join")
        return original(self)

    ahead = Ahead()

    def partial(brief):  # type: ignore[no-untyped-def]
        events.append("quotes" if brief.quotes else "summary")
        ahead(brief)

    monkeypatch.setattr(brief.analysis, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(Shared, "beside_result", joined)
    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    together = build_brief(sample.articles, timestamp=False, parallel=True, on_partial=partial)
    assert events == ["summary", "quotes", "join"]
    assert ahead.quotes is together.quotes
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    alone = build_brief(sample.articles, timestamp=False)
    assert to_json(together, ahead) == to_json(alone)
