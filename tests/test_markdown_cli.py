"""`brief export` as a user runs it: title, front matter, reproducible output, write errors."""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import pytest
import yaml

from brief.cli import main


def export(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", *args]) == 0
    return capsys.readouterr().out


def test_no_timestamp_output_is_byte_identical(capsys: pytest.CaptureFixture[str]) -> None:
    first = export(capsys, "--no-timestamp")
    second = export(capsys, "--no-timestamp")
    assert first == second
    assert "generated" not in first.split("\n\n")[1]
    stamped = export(capsys)
    assert "generated" in stamped.split("\n\n")[1]


def test_title_option_sets_the_heading(capsys: pytest.CaptureFixture[str]) -> None:
    out = export(capsys, "--no-timestamp", "--title", "Calls *restricted* [1](x)")
    assert out.startswith("# Calls \\*restricted\\* \\[1\\](x)\n")


def test_front_matter_option(capsys: pytest.CaptureFixture[str]) -> None:
    out = export(capsys, "--no-timestamp", "--front-matter", "--title", "A: b # c")
    block = out[4:].split("\n---\n", 1)[0]
    data = yaml.safe_load(block)
    assert data["title"] == "A: b # c"
    assert len(data["sources"]) == 5
    assert all("title" in s for s in data["sources"])


def test_missing_folder_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "brief.md"
    assert main(["export", "--no-timestamp", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "does not exist" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "missing").exists()
    (tmp_path / "notes").write_text("mine")  # a file where the folder should be
    assert main(["export", "--no-timestamp", "-o", str(tmp_path / "notes" / "brief.md")]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_read_only_folder_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert main(["export", "-o", str(folder / "brief.md")]) == 1
        assert "permission denied" in capsys.readouterr().err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_refused_write_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as a read-only folder, for runs as root: the temp file cannot be created."""

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    assert main(["export", "-o", str(tmp_path / "brief.md")]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "permission denied" in err
    assert list(tmp_path.iterdir()) == []


def test_failed_rename_leaves_nothing_partial(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", fail)
    assert main(["export", "-o", str(tmp_path / "brief.md")]) == 1
    assert "no space left on device" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_written_file_equals_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = export(capsys, "--no-timestamp")
    target = tmp_path / "brief.md"
    assert main(["export", "--no-timestamp", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == out


def test_written_file_gets_the_umask_permissions_and_keeps_a_replaced_files_mode(
    tmp_path: Path,
) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "brief.md"
        assert main(["export", "--no-timestamp", "-o", str(target)]) == 0
        assert target.stat().st_mode & 0o777 == 0o644  # not tempfile's private 0600
        target.chmod(0o640)
        assert main(["export", "--no-timestamp", "--force", "-o", str(target)]) == 0
        assert target.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_a_symbolic_link_is_written_through_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o latest.md` where latest.md links to the user's file updates that file, as `>` does."""
    out = export(capsys, "--no-timestamp")
    mine = tmp_path / "published" / "brief.md"
    mine.parent.mkdir()
    mine.write_text("mine")
    link = tmp_path / "latest.md"
    link.symlink_to(mine)
    assert main(["export", "--no-timestamp", "-o", str(link)]) == 2  # still an existing file
    assert mine.read_text() == "mine"
    capsys.readouterr()
    assert main(["export", "--no-timestamp", "--force", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert mine.read_text(encoding="utf-8") == out
    dangling = tmp_path / "next.md"
    dangling.symlink_to(tmp_path / "published" / "next.md")
    capsys.readouterr()
    assert main(["export", "--no-timestamp", "-o", str(dangling)]) == 0, capsys.readouterr().err
    assert dangling.is_symlink()
    assert (tmp_path / "published" / "next.md").read_text(encoding="utf-8") == out


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--no-timestamp", "-o", "/dev/full"]) == 1
    err = capsys.readouterr().err
    assert err == "brief: cannot write /dev/full: no space left on device\n"


def test_a_pipe_is_written_to_without_force(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(["export", "--no-timestamp", "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert received and received[0].startswith(b"# ")


def test_existing_file_or_folder_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import brief.ingest

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the articles were read before the target was checked")

    monkeypatch.setattr(brief.ingest, "load_paths", never)
    existing = tmp_path / "brief.md"
    existing.write_text("mine")
    assert main(["export", "-o", str(existing)]) == 2
    assert "file exists; use --force" in capsys.readouterr().err
    assert existing.read_text() == "mine"
    assert main(["export", "-o", str(tmp_path)]) == 1
    assert "it is a folder" in capsys.readouterr().err


def test_output_dash_writes_stdout_not_a_file_named_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As "-" reads standard input, "-o -" writes standard output."""
    monkeypatch.chdir(tmp_path)
    out = export(capsys, "--no-timestamp")
    assert main(["export", "--no-timestamp", "-o", "-"]) == 0
    assert capsys.readouterr().out == out
    assert main(["export", "--no-timestamp", "--format", "json", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("{")
    assert not (tmp_path / "-").exists()


def test_standard_input_is_named_so_and_untitled_text_has_no_headline(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cat article.txt | brief export -` gave "# standard input" as the brief's heading and
    "**standard input** · \\-" as its source: the fallback name read as a headline and the
    path "-" as a stray dash. Text without a headline is now untitled, like a file's."""
    import io
    import sys

    text = "The harbour board voted on Tuesday to raise ferry fares, its chair said.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["export", "-", "--no-timestamp"]) == 0
    out = capsys.readouterr().out
    opening = "The harbour board voted on Tuesday to raise ferry fares, its chair…"
    assert out.startswith(f"# {opening}\n")  # named as the story list names it
    source = out.split("### Source 1", 1)[1].strip().splitlines()[0]
    assert source == f"*No headline:* “{opening}” · standard input"


def test_an_untitled_file_is_titled_as_the_story_list_titles_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A `.txt` without a headline was "# Brief" in its export while the story list (and
    `--stories`) named the same story by its opening words: one title for one set now, in
    markdown and JSON alike; `--title` still wins in both."""
    import json

    ferry = (
        "The harbour board of Port Senna voted on Monday to keep the winter ferry running "
        "between the island and the mainland, after a long campaign by its fishermen.\n"
    )
    schools = (
        "Lake Orma's city council approved a larger budget for its schools on Tuesday, adding "
        "money for teachers and new science rooms after a year of crowded classrooms.\n"
    )
    (tmp_path / "ferry.txt").write_text(ferry, encoding="utf-8")
    (tmp_path / "schools.txt").write_text(schools, encoding="utf-8")
    listed = json.loads(export(capsys, str(tmp_path), "--stories", "--format", "json",
                               "--no-timestamp"))["stories"]  # fmt: skip
    assert len(listed) == 2
    for story in listed:
        [source] = story["sources"]  # a source's id is its file's name without ".txt"
        name = f"{source}.txt"
        path = str(tmp_path / name)
        heading = export(capsys, path, "--no-timestamp").splitlines()[0]
        assert heading == f"# {story['title']}"
        assert story["title"].split()[:3] == (ferry if "ferry" in name else schools).split()[:3]
        assert json.loads(export(capsys, path, "--format", "json"))["title"] == story["title"]
        assert export(capsys, path, "--title", "Ferry notes").startswith("# Ferry notes\n")
        chosen = json.loads(export(capsys, path, "--format", "json", "--title", "Ferry notes"))
        assert chosen["title"] == "Ferry notes"
