"""The quote panel as an editor reads it: a speaker is a person, a body or a group, not a
place, an opening adverb or a word cut from a longer phrase (QA twenty-third round).

Every article here is invented.
"""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body, encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def speakers(tmp_path: Path, body: str) -> list[str]:
    return [v.speaker for v in statements(tmp_path, body)]


def test_an_opening_adverb_before_a_comma_is_no_speaker(tmp_path: Path) -> None:
    body = (
        "Elsewhere, fishermen won the vote in Kelby, partly by stressing the board's "
        "opposition to the new pier."
    )
    assert "Elsewhere" not in speakers(tmp_path, body)


def test_the_place_a_titled_name_comes_from_is_not_the_next_he(tmp_path: Path) -> None:
    body = (
        "Governor Tom Reed of Kent Valley spoke at the harbour on Monday.\n\n"
        '"The ferry will run all winter," he said.'
    )
    assert speakers(tmp_path, body) == ["Tom Reed"]
