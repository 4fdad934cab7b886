"""benchmarks/eval_leaks.py: copied runs of words and names found, common phrasing left alone.

Invented texts only: a tiny evaluation folder and a tiny project built in a temporary folder.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import eval_leaks

#: An invented evaluation article, its story and its source.
ARTICLE = (
    "The harbour pilot Orla Quinnane said the tide tables for the northern channel were "
    "printed with the wrong year, and the board will reprint them before the spring."
)
COMMON = "officials said the ferry would run on the usual timetable from monday morning"


def texts() -> list[tuple[str, str, str]]:
    return [
        ("alpha", "story-1", ARTICLE),
        ("alpha", "story-2", COMMON),
        ("beta", "story-9", "Elsewhere, " + COMMON + " as planned."),
    ]


def test_a_copied_run_is_found_across_a_line_break_with_its_file_and_line() -> None:
    doc = "# Notes\n\nSeen: the tide tables for the northern\nchannel were printed late.\n"
    hits = eval_leaks.find([("docs/notes.md", doc)], [], texts())
    assert hits == [
        eval_leaks.Hit(
            "docs/notes.md", 3, "run", "the tide tables for the northern channel were printed"
        )
    ]


def test_a_run_of_the_sample_or_of_two_sources_is_not_a_leak() -> None:
    project = [
        ("tests/a.py", '"""the tide tables for the northern channel were"""\n'),
        ("tests/b.py", "# " + COMMON + "\n"),
    ]
    seeds = ["Our sample: the tide tables for the northern channel were fine."]
    assert eval_leaks.find(project, seeds, texts()) == []
    # Without the sample the first run is a leak; with one source required the second is too.
    assert [h.path for h in eval_leaks.find(project, [], texts())] == ["tests/a.py"]
    found = eval_leaks.find(project, [], texts(), min_sources=3, min_stories=4)
    assert [h.path for h in found] == ["tests/a.py", "tests/b.py"]
    # ... and two stories of the data are enough when asked
    found = eval_leaks.find(project, [], texts(), min_sources=3, min_stories=2)
    assert [h.path for h in found] == ["tests/a.py"]


def test_a_stock_phrase_judged_common_is_not_reported() -> None:
    project = [("docs/a.md", "We saw the tide tables for the northern channel were late.\n")]
    stock = ("the tide tables for the northern channel were",)
    assert eval_leaks.find(project, [], texts(), common=stock) == []
    assert [h.words for h in eval_leaks.find(project, [], texts(), common=())] == [
        "the tide tables for the northern channel were"
    ]


def test_numbers_and_code_are_not_prose() -> None:
    numbers = [("alpha", "s", "0 0 0 0 0 0 0 and for i in range 5 print i")]
    project = [("tests/c.py", "x = [0, 0, 0, 0, 0, 0, 0]\nfor i in range(5): print(i)\n")]
    assert eval_leaks.find(project, [], numbers) == []


def test_a_name_of_the_evaluation_data_is_found_unless_allowed_or_common() -> None:
    project = [
        (
            "docs/d.md",
            "A speaker, Orla Quinnane's office,\nand Pilot Quinnane; Jane Doe; the Northern "
            "Channel; Orla Maeve.\n",
        )
    ]
    data = [*texts(), ("alpha", "s", "Jane Doe wrote. Orla Maeve sang. The Northern Channel.")]
    data.append(("alpha", "t", "The northern channel and the northern hills."))
    hits = eval_leaks.find(project, [], data)
    # Jane Doe is allowed, "Northern" and "Channel" are common words, Pilot Quinnane is not in
    # the data; a surname after a first name is found, a possessive dropped.
    assert [(h.kind, h.words, h.line) for h in hits] == [
        ("name", "Orla Quinnane's", 1),
        ("name", "Orla Maeve", 2),
    ]
    assert (
        eval_leaks.find(
            project, [], data, allowed=eval_leaks.ALLOWED | {"orla quinnane", "orla maeve"}
        )
        == []
    )


def test_every_string_of_a_record_and_the_visible_text_of_a_page_are_read(tmp_path: Path) -> None:
    (tmp_path / "mds").mkdir()
    record = {"id": "c1", "documents": [{"text": "first text"}], "references": ["a summary"]}
    (tmp_path / "mds" / "set.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    (tmp_path / "html" / "pages").mkdir(parents=True)
    page = b"<html><script>var hidden = 1;</script><p>Visible &amp; kept</p></html>"
    (tmp_path / "html" / "pages" / "p1.html.gz").write_bytes(gzip.compress(page))
    found = list(eval_leaks.eval_texts(tmp_path))
    assert found[0][:2] == ("html", "p1.html.gz")
    assert "Visible & kept" in found[0][2] and "hidden" not in found[0][2]
    assert [t for s, g, t in found[1:] if s == "set" and g == "c1"] == [
        "c1",
        "first text",
        "a summary",
    ]


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def _eval_and_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]
) -> Path:
    """An evaluation folder holding ARTICLE (``BRIEF_EVAL`` points at it) and a git project
    with a sample and ``files`` tracked; the project's root."""
    data = tmp_path / "eval" / "quotes"
    data.mkdir(parents=True)
    (data / "set.jsonl").write_text(json.dumps({"id": "a1", "text": ARTICLE}) + "\n", "utf-8")
    root = tmp_path / "project"
    for name, text in {"seeds/s.txt": "Nothing of it.\n", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    _git(root, "init", "-q")
    _git(root, "add", ".")
    monkeypatch.setenv("BRIEF_EVAL", str(tmp_path / "eval"))
    return root


@pytest.mark.parametrize("fail", [False, True])
def test_the_command_prints_places_and_counts_and_fails_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fail: bool
) -> None:
    files = {
        "docs/d.md": "Orla Quinnane said the board will reprint them before the spring.\n",
        "notes.md": "the board will reprint them before the spring\n",  # not a scanned part
    }
    root = _eval_and_project(tmp_path, monkeypatch, files)
    code = eval_leaks.main(["--root", str(root), *(["--fail"] if fail else [])])
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "docs/d.md:1: run: the board will reprint them before the spring",
        "docs/d.md:1: name: Orla Quinnane",
        "1 runs, 1 names, in 1 files",
    ]
    assert code == (1 if fail else 0)


def test_a_file_outside_the_project_is_checked_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _eval_and_project(tmp_path, monkeypatch, {})
    note = tmp_path / "note.md"  # a closing note, not in the project
    note.write_text("Done.\nThe pilot said the board will reprint them before the spring.\n")
    assert eval_leaks.main(["--root", str(root), "--fail", str(note)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{note}:2: run: the board will reprint them before the spring"
    with pytest.raises(SystemExit):  # a missing file: one line from the parser, no traceback
        eval_leaks.main(["--root", str(root), str(tmp_path / "missing.md")])
    assert "missing.md: no such file" in capsys.readouterr().err
