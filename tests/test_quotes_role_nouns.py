"""Common nouns for people and bodies that speak without a name: "a security guard told
X", "the cuts the panel says are needed", "a protester said" (singular of a listed
plural). Invented sentences only."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def speakers(tmp_path: Path, body: str) -> dict[str, str]:
    return {v.text: v.speaker for v in statements(tmp_path, body)}


def test_a_guard_or_a_professional_at_the_scene_speaks(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "The crowd ran toward the pier, a security guard told the Keelby Herald. The boats "
        "left at dawn, a private safety professional present during the storm said.",
    )
    assert found["The crowd ran toward the pier"] == "security guard"
    assert found["The boats left at dawn"].startswith("private safety professional")


def test_a_panel_speaks_as_a_committee_does(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "The town is far from the cuts that the harbour panel says are needed to save the pier.",
    )
    assert found == {"are needed to save the pier": "harbour panel"}


def test_the_singular_of_a_listed_group_of_people_speaks_too(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "The fares are too high, a protester told reporters. The ferry is never on "
        "time, one regular user told the Keelby Herald.",
    )
    assert found["The fares are too high"].startswith("protester")
    assert found["The ferry is never on time"].endswith("user")


def test_a_persons_noun_owned_by_a_pronoun_is_never_the_owner(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "In Keelby, Ann Keel has promised new ferries and jobs that her opponent estimates "
        "would cost some two billion. Tom Brand met the board on Monday. The fares will "
        "rise, his lawyer said.",
    )
    assert found["would cost some two billion"] != "Ann Keel"
    assert found["The fares will rise"] != "Tom Brand"
