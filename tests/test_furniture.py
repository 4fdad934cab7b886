"""Page furniture of an article page's top (reading time, audio, the tool row), by rule.

All lines are invented; the rules are general vocabulary, and prose that opens with the
same words stays body."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.ingest.boilerplate import furniture_reason

TOOLS = [
    "Reading time: 4 minutes",
    "Read time: 3 min",
    "3-minute read",
    "Estimated reading time: 6 minutes",
    "Listen to this article",
    "Listen to this article · 5 min",
    "Save article",
    "Gift this article",
    "Copy link",
    "Print this page",
    "Comments (14)",
    "14 Comments",
    "Text size",
    "Open in app",
    "Play audio",
    "Story continues below advertisement",
    "Facebook Twitter Email",
    "Share · X · LinkedIn",
]
PROSE = [
    "Save the Children said it would send two more teams.",
    "Audio recordings of the hearing were released on Friday.",
    "Play resumed after a rain delay of two hours.",
    "X and Facebook were fined by the regulator.",
    "Print sales fell for a fifth year, the publisher said.",
    "14 comments were removed by the moderators overnight.",
    "Listen to the people of the valley, the mayor told the council.",
]


@pytest.mark.parametrize("line", TOOLS)
def test_tool_lines_are_furniture(line: str) -> None:
    assert furniture_reason(line, in_tail=False), line


@pytest.mark.parametrize("line", PROSE)
def test_prose_with_the_same_words_is_not(line: str) -> None:
    assert furniture_reason(line, in_tail=False) == "", line


def test_a_page_top_of_tools_leaves_the_body_whole(tmp_path: Path) -> None:
    body = (
        "The ferry company cut its winter timetable to four crossings a day on Monday.\n\n"
        "Islanders said the change would make the hospital hard to reach in storms.\n"
    )
    top = "Winter ferry timetable cut\n\n4 min read\n\nListen to this article\n\nCopy link\n\n"
    (tmp_path / "ferry.txt").write_text(top + body, encoding="utf-8")
    [article] = load_paths([str(tmp_path)]).articles
    assert article.title == "Winter ferry timetable cut"
    assert article.boilerplate == ("4 min read", "Listen to this article", "Copy link")
    assert [s.text for s in article.body_sentences] == body.strip().split("\n\n")
