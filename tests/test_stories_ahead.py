"""Per-article work done ahead by forked children during the ingest (``brief.stories.ahead``):
the same grouping signals and statements as computed in place, whether the children answer,
fail or die, and the same ``--stories`` output as in one process."""

from __future__ import annotations

import gc
import json
import os
import signal
from pathlib import Path

import pytest

from brief.cli import main
from brief.ingest import load_paths
from brief.quotes import statements_of
from brief.stories import ahead as A
from brief.stories.features import features_of
from tests.stories_pile import write_pile


def _ahead(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[A.Ahead, tuple]:
    """Snapshots of 3 to 5 articles (the pile has a dozen), the tail started."""
    monkeypatch.setattr(A, "MIN_CHUNK", 3)
    monkeypatch.setattr(A, "MAX_CHUNK", 5)
    ahead = A.Ahead(lambda total: True)
    articles = load_paths([str(folder)], on_built=ahead.on_built).articles
    assert ahead.active
    ahead.start_tail(articles)
    return ahead, articles


def _check(ahead: A.Ahead, articles: tuple, answered: int = 0) -> None:
    """Everything the same as in place; ``answered``: how many articles the snapshots did."""
    originals = [a for a in articles if a.duplicate_of is None]
    try:
        assert ahead.features(originals) == [features_of(a) for a in originals]
        assert len(ahead._results) == answered
        statements = ahead.statements()
        assert any(statements_of(a) for a in originals)
        assert all(statements(a) == statements_of(a) for a in originals)
    finally:
        ahead.cancel()


def test_the_children_answer_what_each_article_gives_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pile(tmp_path / "pile")
    ahead, articles = _ahead(tmp_path / "pile", monkeypatch)
    assert len(ahead._children) >= 1  # snapshots were forked while the articles were built
    assert 0 < ahead._sent <= len(articles)
    _check(ahead, articles, answered=ahead._sent)


def test_failing_children_leave_their_articles_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    real_work, real_tail = A._work, A._tail_statements

    def work(articles, lock):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("the snapshot fails")
        return real_work(articles, lock)

    def tail(articles, lock, claims):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("the tail fails")
        return real_tail(articles, lock, claims)

    monkeypatch.setattr(A, "_work", work)
    monkeypatch.setattr(A, "_tail_statements", tail)
    write_pile(tmp_path / "pile")
    ahead, articles = _ahead(tmp_path / "pile", monkeypatch)
    assert ahead._children
    _check(ahead, articles)
    assert gc.isenabled()


def test_a_killed_snapshot_is_worked_out_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child killed before it wrote its answer (or while writing it): the parent computes
    its articles."""
    parent = os.getpid()
    real_work = A._work

    def work(articles, lock):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_work(articles, lock)

    monkeypatch.setattr(A, "_work", work)
    write_pile(tmp_path / "pile")
    ahead, articles = _ahead(tmp_path / "pile", monkeypatch)
    assert ahead._children
    _check(ahead, articles)


def test_an_article_changed_after_its_snapshot_is_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers are used only for the very article a snapshot saw (same id, text and
    sentences): another article under the same id is computed in place."""
    from dataclasses import replace

    write_pile(tmp_path / "pile")
    ahead, articles = _ahead(tmp_path / "pile", monkeypatch)
    first = articles[0]
    other = replace(first, text=first.text + " ", sentences=first.sentences[1:])
    assert ahead._where([other]) == [None]
    assert ahead._where([first]) == [0]
    ahead.cancel()


def test_a_small_pile_forks_nothing(tmp_path: Path) -> None:
    write_pile(tmp_path / "pile")
    ahead = A.Ahead()  # the default rule: fewer than PARALLEL_MIN_ARTICLES stay in one process
    load_paths([str(tmp_path / "pile")], on_built=ahead.on_built)
    assert not ahead.active and not ahead._children


def test_stories_with_the_work_ahead_give_the_serial_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pile(tmp_path / "pile")
    command = ["export", str(tmp_path / "pile"), "--stories", "--format", "json", "--no-timestamp"]
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    assert main(command) == 0
    serial = capsys.readouterr().out
    used: list[int] = []
    real = A.Ahead.statements

    def statements(self):  # type: ignore[no-untyped-def]
        used.append(len(self._children))
        return real(self)

    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    monkeypatch.setattr(A, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(A, "MIN_CHUNK", 2)
    monkeypatch.setattr(A, "MAX_CHUNK", 3)
    monkeypatch.setattr(A.Ahead, "statements", statements)
    assert main(command) == 0
    assert used and used[0] >= 1
    assert capsys.readouterr().out == serial
    assert json.loads(serial)["stories"]


def test_after_the_grouping_the_tail_statements_not_started_are_left_to_the_briefs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This process does not wait for the tail child's every statement: it takes the
    articles the child has not claimed (their statements are then found where the briefs
    are built), and every answer is the same."""
    import time

    import brief.quotes as Q
    from brief.forked import Shared

    monkeypatch.setattr(A, "MIN_CHUNK", 3)
    monkeypatch.setattr(A, "MAX_CHUNK", 3)
    monkeypatch.setattr(A, "TAIL_CHUNK", 1)
    write_pile(tmp_path / "pile")
    ahead = A.Ahead(lambda total: True)
    articles = load_paths([str(tmp_path / "pile")], on_built=ahead.on_built).articles
    parent, real = os.getpid(), Q.statements_of

    def slow(article):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:  # the tail child: 0.3 s an article
            time.sleep(0.3)
        return real(article)

    monkeypatch.setattr(Q, "statements_of", slow)
    answered: list[int] = []
    real_beside = Shared.beside_result

    def beside_result(self):  # type: ignore[no-untyped-def]
        value = real_beside(self)
        answered.append(len(value))
        return value

    monkeypatch.setattr(Shared, "beside_result", beside_result)
    ahead.start_tail(articles)
    originals = [a for a in articles if a.duplicate_of is None]
    tail = len(ahead._tail_articles)
    assert tail >= 4
    try:
        assert ahead.features(originals) == [features_of(a) for a in originals]
        statements = ahead.statements()
        assert answered and answered[0] < tail
        assert all(statements(a) == real(a) for a in originals)
    finally:
        ahead.cancel()


def test_claims_are_taken_from_the_front_until_the_rest_is_taken() -> None:
    from brief.forked import Claims

    claims = Claims.over(10)
    assert claims is not None
    try:
        assert claims.take(4) == (0, 4)
        assert claims.take(4) == (4, 8)
        claims.take_rest()
        assert claims.take(4) is None
    finally:
        claims.close()
