"""A weekday that begins a paper's name ("the Sunday Gazette") is part of the speaker, and a
weekday that dates the statement is not (invented sentences only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.quotes import statements_of


def _speakers(tmp_path: Path, sentence: str) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text(f"Ferry news\n\nThe harbour trust met this week. {sentence}\n", "utf-8")
    (article,) = load_paths([str(path)]).articles
    return [v.speaker for v in statements_of(article)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The ferry owner has seen his profits fall to five million pounds after selling "
            "his boats, according to the Sunday Gazette.",
            "Sunday Gazette",
        ),
        ("The ferry owner saw his profits fall, the Monday Courier reported.", "Monday Courier"),
        (
            "The Sunday Gazette reported that the ferry would stop running in March.",
            "Sunday Gazette",
        ),
    ],
)
def test_a_paper_named_after_a_weekday_keeps_its_name(
    tmp_path: Path, sentence: str, speaker: str
) -> None:
    """The weekday was read as a date and left out: "according to the Sunday X" was
    given to "X", another paper's name."""
    assert _speakers(tmp_path, sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "On Sunday Tova Brannock said the ferry would keep running through the winter.",
            "Tova Brannock",
        ),
        ("The vote was held on the Sunday Brannock said the ferry would be sold.", "Brannock"),
    ],
)
def test_a_weekday_that_dates_the_statement_stays_out_of_the_name(
    tmp_path: Path, sentence: str, speaker: str
) -> None:
    assert _speakers(tmp_path, sentence) == [speaker]
