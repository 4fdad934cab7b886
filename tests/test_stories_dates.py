"""A story's own brief shows the dates the stories index shows, datelines included."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.cli import main

BODY = (
    "The town council voted to close the old ferry pier for repairs after engineers found "
    "cracks in three of its supporting piles during a routine survey of the harbour.\n\n"
    '"We cannot take the risk of another winter on those piles," said council leader Marta '
    "Oskarsen, adding that the work on the ferry pier would begin in March.\n\n"
    "The ferry pier carries about four hundred passengers a day to the islands of the outer "
    "bay, and the ferry company said a temporary landing stage would be set up.\n\n"
    "Local shop owners said they feared losing trade during the closure of the ferry pier."
)


def _write(folder: Path) -> None:
    folder.mkdir()
    for name, day in (("first", "3 May 2026"), ("second", "5 May 2026")):
        (folder / f"{name}.txt").write_text(f"BRELLIN, {day} — {BODY}\n", encoding="utf-8")


def test_a_story_brief_shows_the_index_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "in")
    out = tmp_path / "out"
    code = main(["export", str(tmp_path / "in"), "--stories", "-o", str(out), "--no-timestamp"])
    assert code == 0, capsys.readouterr().err
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "2026-05-03 to 2026-05-05" in index
    [brief] = [p for p in out.iterdir() if p.name != "index.md"]
    overview = brief.read_text(encoding="utf-8").splitlines()[2]
    assert overview == "*3–5 May 2026 · 2 sources*"


def test_the_brief_of_the_whole_set_dates_it_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "in")
    (tmp_path / "in" / "third.txt").write_text(BODY + "\n", encoding="utf-8")
    assert main(["export", str(tmp_path / "in"), "--no-timestamp"]) == 0
    assert capsys.readouterr().out.splitlines()[2] == "*3–5 May 2026 · 3 sources (1 undated)*"


def test_front_matter_dates_the_brief_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "in")
    assert main(["export", str(tmp_path / "in"), "--no-timestamp", "--front-matter"]) == 0
    assert "\ndate: '2026-05-05'\n" in capsys.readouterr().out
