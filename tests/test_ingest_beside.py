"""Files read by this process and a forked child together (``brief.ingest.beside``): the same
articles and the same warnings, in the same order, as one process reading them; one bad file
among many is still one clear line, whichever process read it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import brief.ingest as ingest
from brief.cli import main
from brief.ingest import load_paths
from brief.model import LoadResult
from brief.stories import ahead as A

BAD = {
    "a003-binary.txt": bytes(range(256)) * 20,
    "a011-empty.txt": b"",
    "a017-blank.md": b"   \n\n  \n",
    "a029-cut.jsonl": b'{"title": "Bridge vote", "text": "The council approved the footbridge '
    b'plan on Monday after a long debate."}\n{"title": "Cut off", "te',
}


def _pile(folder: Path, count: int = 60) -> Path:
    """``count`` invented reports, the bad files above among them."""
    folder.mkdir()
    for number in range(count):
        town = f"Town{number:03d}"
        (folder / f"a{number:03d}-report.txt").write_text(
            f"{town} opens a new library\n\nThe library in {town} opened on Saturday with "
            f"{number + 3} thousand books, the mayor of {town} said. Volunteers in {town} "
            "carried the last shelves in by hand.\n",
            encoding="utf-8",
        )
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    return folder


def _logged_reads(monkeypatch: pytest.MonkeyPatch, log: Path, slow_parent: float = 0.0) -> None:
    """Log each file read with the reading process's id; the parent reads slowly, so the
    child takes most of the files (the bad ones near the front among them)."""
    parent = os.getpid()
    real = ingest._read_file

    def read_file(path, limits, stdin):  # type: ignore[no-untyped-def]
        if slow_parent and os.getpid() == parent:
            import time

            time.sleep(slow_parent)
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        os.write(fd, f"{os.getpid()}\t{Path(path).name}\n".encode())
        os.close(fd)
        return real(path, limits, stdin)

    monkeypatch.setattr(ingest, "_read_file", read_file)


def _reads(log: Path) -> list[tuple[int, str]]:
    rows = [line.split("\t") for line in log.read_text().splitlines()]
    return [(int(pid), name) for pid, name in rows]


def _same(shared: LoadResult, serial: LoadResult) -> None:
    assert shared.articles == serial.articles
    assert shared.warnings == serial.warnings
    assert shared.unread == serial.unread


def test_a_child_reads_files_and_the_result_is_the_serial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _pile(tmp_path / "pile")
    serial = load_paths([str(folder)])
    log = tmp_path / "reads.log"
    _logged_reads(monkeypatch, log, slow_parent=0.01)
    asked: list[int] = []
    shared = load_paths([str(folder)], share_reading=lambda files: asked.append(files) or True)
    assert asked == [60 + len(BAD)]
    _same(shared, serial)
    reads = _reads(log)
    pids = {pid for pid, _ in reads}
    assert os.getpid() in pids and len(pids) == 2  # this process and one child read
    names = sorted(name for _, name in reads)
    assert names == sorted(p.name for p in folder.iterdir())  # every file read once
    child = {name for pid, name in reads if pid != os.getpid()}
    assert set(BAD) <= child  # the bad files were read by the child
    reasons = {Path(w.path).name: w.reason for w in shared.warnings}
    assert set(reasons) == set(BAD) and len(shared.warnings) == len(BAD)
    assert "binary" in reasons["a003-binary.txt"]
    assert "empty" in reasons["a011-empty.txt"] and "empty" in reasons["a017-blank.md"]
    assert "a029" in [Path(a.path).stem[:4] for a in shared.articles]  # its whole record kept


def test_a_child_that_dies_leaves_its_files_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _pile(tmp_path / "pile")
    serial = load_paths([str(folder)])
    parent = os.getpid()
    real = ingest._read_file

    def read_file(path, limits, stdin):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os._exit(3)  # killed half-way: nothing sent
        return real(path, limits, stdin)

    monkeypatch.setattr(ingest, "_read_file", read_file)
    _same(load_paths([str(folder)], share_reading=lambda files: True), serial)


def test_a_child_that_fails_leaves_its_files_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _pile(tmp_path / "pile")
    serial = load_paths([str(folder)])
    parent = os.getpid()
    real = ingest._read_found

    def read_found(path, limits, stdin=None):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("a fault of the child's only")
        return real(path, limits, stdin)

    monkeypatch.setattr(ingest, "_read_found", read_found)
    _same(load_paths([str(folder)], share_reading=lambda files: True), serial)


def test_the_article_limit_is_counted_as_when_read_in_one_process(tmp_path: Path) -> None:
    folder = _pile(tmp_path / "pile")
    limits = ingest.Limits(max_articles=25)
    serial = load_paths([str(folder)], limits)
    shared = load_paths([str(folder)], limits, share_reading=lambda files: True)
    assert len(shared.articles) == 25
    assert "more were not read" in shared.warnings[-1].reason
    _same(shared, serial)


def test_no_child_reads_for_standard_input_or_when_not_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _pile(tmp_path / "pile", count=5)
    log = tmp_path / "reads.log"
    _logged_reads(monkeypatch, log)
    stdin = b"Harbour reopens\n\nThe harbour reopened on Tuesday, the port authority said.\n"
    asked: list[int] = []
    result = load_paths(
        [str(folder), "-"], stdin=lambda: stdin, share_reading=lambda n: asked.append(n) or True
    )
    assert not asked and "stdin" in [a.id for a in result.articles]
    load_paths([str(folder)], share_reading=lambda files: False)
    assert {pid for pid, _ in _reads(log)} == {os.getpid()}


def test_stories_read_with_a_child_warn_once_per_bad_file_and_give_the_serial_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _pile(tmp_path / "pile")
    command = ["export", str(folder), "--stories", "--format", "json", "--no-timestamp"]
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    assert main(command) == 0
    serial = capsys.readouterr()
    log = tmp_path / "reads.log"
    _logged_reads(monkeypatch, log, slow_parent=0.01)
    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    monkeypatch.setattr(A, "PARALLEL_MIN_ARTICLES", 1)
    assert main(command) == 0
    shared = capsys.readouterr()
    assert len({pid for pid, _ in _reads(log)}) == 2  # a child read some of the files
    assert shared.out == serial.out and json.loads(shared.out)["stories"]
    assert shared.err == serial.err
    lines = [line for line in shared.err.splitlines() if line.strip()]
    for name in BAD:
        if name != "a029-cut.jsonl":
            assert sum(name in line for line in lines) == 1, name
    assert "Traceback" not in shared.err
