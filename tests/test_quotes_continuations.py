"""A statement that goes on after its attribution with a predicate sharing its subject
("A, she said, and are mostly used ..."): a second statement of the same speaker (rule
"coordinated predicate"; invented sentences only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of
from brief.quotes.rules import switched_off


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def texts(found: list[QuoteVariant]) -> list[tuple[str, str]]:
    return [(v.text, v.speaker) for v in found]


def test_a_predicate_after_the_attribution_is_the_speakers_too(tmp_path: Path) -> None:
    body = (
        "Ann Keel runs the harbour office in Keelby. The old ferries have few uses, she "
        "says, and are mostly kept for short trips."
    )
    found = texts(statements(tmp_path, body))
    assert ("The old ferries have few uses", "Ann Keel") in found
    assert ("and are mostly kept for short trips", "Ann Keel") in found
    with switched_off("coordinated predicate"):
        assert texts(statements(tmp_path, body)) == [("The old ferries have few uses", "Ann Keel")]


def test_an_irregular_past_or_an_inverted_attribution_goes_on_too(tmp_path: Path) -> None:
    body = (
        "The skipper stayed on deck all night, said Tom Brand, a fisherman, and lost his "
        "nets in the storm. The pier was built in 1920, Ann Keel said, but flooded twice."
    )
    found = texts(statements(tmp_path, body))
    assert ("and lost his nets in the storm", "Tom Brand") in found
    assert ("but flooded twice", "Ann Keel") in found


def test_a_new_subject_or_a_verb_of_saying_after_and_is_not_read_on(tmp_path: Path) -> None:
    body = (
        "The fares will rise, the harbour board said, and riders are angry. The pier is "
        "old, Ann Keel said, but one rider climbed onto the roof. The ferry is late, Tom "
        "Brand said, and added that the crew was tired. The board is broke, Ann Keel said, "
        "and planned repairs will wait."
    )
    found = texts(statements(tmp_path, body))
    assert not any(
        "riders are angry" in text or "climbed" in text or "repairs" in text for text, _ in found
    )
    assert ("that the crew was tired", "Tom Brand") in found
    assert not any(text.startswith("and added") for text, _ in found)


def test_a_reported_clause_may_open_with_as(tmp_path: Path) -> None:
    body = (
        "Ann Keel said as the police came onto the pier, one rider chained himself to the "
        "rail. Tom Brand said if the board raised the fares, he would urge riders to stay home."
    )
    found = texts(statements(tmp_path, body))
    assert any(t.startswith("as the police came") and s == "Ann Keel" for t, s in found)
    assert any(t.startswith("if the board raised") and s == "Tom Brand" for t, s in found)
    with switched_off("subordinate opening"):
        assert not any(t.startswith("as ") for t, _ in texts(statements(tmp_path, body)))


def test_as_much_a_time_clause_or_a_participle_is_no_reported_clause(tmp_path: Path) -> None:
    body = (
        "Ann Keel said as much. Tom Brand said as he left the pier. A storm could stop the "
        "skipper from continuing as a pilot, it would leave the ferry without a crew. Riders "
        "said as a joke to the crew, that was the end of the song."
    )
    assert statements(tmp_path, body) == []
