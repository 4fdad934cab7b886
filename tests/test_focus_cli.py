"""`--focus` on `brief export`: the JSON key, the markdown line, verbatim cited sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.cli import main


def _export(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", "--no-timestamp", *args]) == 0
    return capsys.readouterr().out


def test_json_has_the_focus_key(capsys: pytest.CaptureFixture[str]) -> None:
    general = json.loads(_export(capsys, "--format", "json"))
    assert general["focus"] == ""
    focused = json.loads(_export(capsys, "--format", "json", "--focus", "what users can do"))
    assert focused["focus"] == "what users can do"
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in focused["sources"]}
    assert focused["summary"]
    for item in focused["summary"]:  # still verbatim, still cited
        start, end = item["span"]
        assert " ".join(texts[item["source"]][start:end].split()) == item["text"]
        assert item["supporting_sources"][0] == item["source"]


def test_focus_changes_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    def sentences(*extra: str) -> list[str]:
        data = json.loads(_export(capsys, "--format", "json", *extra))
        return [s["text"] for s in data["summary"]]

    general = sentences()
    assert sentences("--focus", "   ") == general  # a blank focus is no focus
    focus_words = ("text messag", "voice note")
    focused = sentences("--focus", "are text messages and voice notes affected")
    assert focused != general

    def on_focus(texts: list[str]) -> int:
        return sum(any(w in t.lower() for w in focus_words) for t in texts)

    assert on_focus(focused) > on_focus(general)


def test_markdown_states_the_focus_safely(capsys: pytest.CaptureFixture[str]) -> None:
    from brief.export.markdown import escape

    text = _export(capsys, "--focus", "who *said*\t<b>what</b>\x1b[31m")
    line = next(line for line in text.splitlines() if line.startswith("*Focus:"))
    assert "\x1b" not in line and "<b>" not in line
    # control characters become spaces, then the text is escaped as every article line is
    assert line == f"*Focus: {escape('who *said* <b>what</b> [31m')}*"
    assert "*Focus:" not in _export(capsys)


def test_title_reaches_the_exports_as_one_printable_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A pasted --title may hold an escape sequence or a newline: neither reaches a file."""
    hostile = "Calls \x1b]0;PWNED\x07cut\nsecond line"
    text = _export(capsys, "--title", hostile)
    assert text.splitlines()[0] == "# Calls \\]0;PWNED cut second line"
    assert "\x1b" not in text and "\x07" not in text
    data = json.loads(_export(capsys, "--format", "json", "--title", hostile))
    assert data["title"] == "Calls ]0;PWNED cut second line"
    out = tmp_path / "stories"
    assert main(["export", "--stories", "--no-timestamp", "--title", hostile, "-o", str(out)]) == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    assert index.splitlines()[0] == "# Calls \\]0;PWNED cut second line"
