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

    def tail(articles, lock):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("the tail fails")
        return real_tail(articles, lock)

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
