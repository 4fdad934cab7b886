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


def test_a_name_cut_at_a_title_or_a_joining_word_is_read_whole(tmp_path: Path) -> None:
    body = (
        "Harbourside Health Care confirmed on Sunday that it treated two sailors.\n\n"
        "A Department for Ferries and Piers spokeswoman said that the pier would reopen."
    )
    assert speakers(tmp_path, body) == [
        "Harbourside Health Care",
        "Department for Ferries and Piers",
    ]


def test_a_word_the_article_also_writes_alone_stays_the_speaker(tmp_path: Path) -> None:
    # "Keelco" stands alone in the first sentence: it names the firm by itself, and a
    # title before a surname stays off it
    body = (
        "Keelco runs the night ferry.\n\nOn Monday Keelco said that fares would fall.\n\n"
        "President Reed said that the pier would reopen in May."
    )
    assert speakers(tmp_path, body) == ["Keelco", "Reed"]


def test_people_before_a_list_of_places_speak_but_not_a_fronted_place(
    tmp_path: Path,
) -> None:
    body = (
        "Ferry captains in Wexmouth, Kelby and Porthaven said their fears had proved "
        "groundless.\n\nBack in Kelby, Mr. Reed said, he decided to sell the boat."
    )
    found = statements(tmp_path, body)
    assert [v.speaker for v in found] == [
        "Ferry captains in Wexmouth, Kelby and Porthaven",
        "Reed",
    ]
