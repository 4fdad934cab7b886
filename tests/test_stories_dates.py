"""A story's own brief shows the dates the stories index shows, datelines included."""

from __future__ import annotations

from datetime import date
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


def _one_report(folder: Path) -> Path:
    """One ``.txt`` report dated by its dateline only (no front matter, no metadata)."""
    folder.mkdir()
    (folder / "pier.txt").write_text(f"BRELLIN, 3 May 2026 — {BODY}\n", encoding="utf-8")
    return folder


def test_a_dateline_dates_the_source_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The story list, the overview and the front matter's date read the dateline; the
    source's own line in the markdown, the front matter's sources, the JSON and the citation
    read it too (they showed no date)."""
    import json

    from brief.export.provenance import citation
    from brief.ingest import load_paths
    from brief.naming import shown_date

    folder = _one_report(tmp_path / "in")
    [article] = load_paths([str(folder)]).articles
    assert article.date == "" and shown_date(article) == "2026-05-03"
    assert citation(article).endswith(", 2026-05-03")
    assert main(["export", str(folder), "--no-timestamp", "--front-matter"]) == 0
    markdown = capsys.readouterr().out
    [line] = [s for s in markdown.splitlines() if s.endswith("pier\\.txt")]
    assert " · 3 May 2026 · " in line, line
    assert markdown.count("date: '2026-05-03'") == 2, markdown  # the brief's and the source's
    assert main(["export", str(folder), "--no-timestamp", "--format", "json"]) == 0
    [source] = json.loads(capsys.readouterr().out)["sources"]
    assert source["date"] == "2026-05-03"


def test_the_metadata_date_wins_over_a_dateline(tmp_path: Path) -> None:
    from brief.ingest import load_paths
    from brief.naming import shown_date

    folder = tmp_path / "in"
    folder.mkdir()
    text = f"---\ntitle: Pier to close\ndate: 2026-05-04\n---\nBRELLIN, 3 May 2026 — {BODY}\n"
    (folder / "pier.txt").write_text(text, encoding="utf-8")
    [article] = load_paths([str(folder)]).articles
    assert shown_date(article) == "2026-05-04"


async def test_the_app_source_list_shows_the_dateline_date(tmp_path: Path) -> None:
    from test_tui_support import fixed_brief, screen_text, settle

    from brief.tui.app import make_app

    app = make_app([str(_one_report(tmp_path / "in"))], builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        assert "1. 2026-05-03 · " in text, text


def test_a_file_photos_date_in_a_caption_dates_nothing() -> None:
    """Wire stories often open on a caption, "In this <date> file photo, ...": the photo is
    from the archive, and its date was shown as the article's (the story list, and now every
    source line)."""
    from brief.text.dates import article_day, shown_day

    caption = "FILE - In this June 2, 2019 file photo, the old ferry leaves the pier. " + BODY
    assert shown_day("", caption) is None
    assert shown_day("", caption.replace(" file photo", " photo")) == date(2019, 6, 2)
    assert article_day("", caption) == date(2019, 6, 2)  # comparing articles: as before
    assert shown_day("2026-05-04", caption) == date(2026, 5, 4)
