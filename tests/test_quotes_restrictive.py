"""A restrictive relative clause between a subject and its verb of saying ("Officials who
spoke on condition of anonymity said ...": rule "restrictive relative",
``brief.quotes.restrictive``), and the shapes it must leave alone. Invented sentences only."""

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


def said(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    return [(v.speaker, v.text) for v in statements(tmp_path, body)]


def test_the_plural_before_a_restrictive_clause_speaks(tmp_path: Path) -> None:
    body = (
        "The board met on Monday.\n\n"
        "Two officials who spoke on condition of anonymity said the fares would rise.\n\n"
        "Fishermen who work the northern banks say the quotas are too low.\n\n"
        "Riders who use the ferry every day told the Keelby Herald that the boats were late."
    )
    found = said(tmp_path, body)
    assert [text for _, text in found] == [
        "the fares would rise",
        "the quotas are too low",
        "that the boats were late",
    ]
    assert [speaker.lower() for speaker, _ in found] == ["officials", "fishermen", "riders"]
    with switched_off("restrictive relative"):
        assert said(tmp_path, body) == []


def test_content_before_a_restrictive_subject_is_its_statement(tmp_path: Path) -> None:
    body = (
        "The board met on Monday.\n\n"
        "The new timetable leaves the island without a boat on Sundays, skippers who "
        "saw the draft told the Keelby Herald."
    )
    assert [v.text for v in statements(tmp_path, body)] == [
        "The new timetable leaves the island without a boat on Sundays"
    ]
    with switched_off("restrictive relative"):
        assert statements(tmp_path, body) == []


def test_an_indefinite_person_before_a_restrictive_clause_speaks(tmp_path: Path) -> None:
    body = (
        "Ann Keel runs the harbour.\n\n"
        "A skipper who has sailed the route for years said the pier was unsafe."
    )
    assert said(tmp_path, body) == [("skipper", "the pier was unsafe")]
    with switched_off("restrictive relative"):
        assert said(tmp_path, body) == []


def test_shapes_that_are_no_restrictive_subject(tmp_path: Path) -> None:
    # a definite singular may be someone else's report; an object or part of another
    # subject; the clause's own verb before a quotation; a verb that agrees with no plural
    for body in (
        "The lawyer who had acted for Mr Keel had said the pier was safe, said Mr Brand.",
        "The harbour reports and a skipper who lost his boat add to the worry of riders.",
        "While any rider can use the ferry, those who want to label their tickets as "
        "''season passes,'' are required to pay more.",
        "The board met on Monday. Managers who sidestep rules that slow the boats are "
        "praised by the riders.",
    ):
        speakers = {v.speaker.lower() for v in statements(tmp_path, body)}
        assert not speakers & {"lawyer", "skipper", "those", "managers"}, body


def test_a_span_of_time_before_the_comma_is_no_statement(tmp_path: Path) -> None:
    assert statements(tmp_path, "Two days later, the minister responded.") == []
    assert statements(tmp_path, "A few weeks ago, a skipper who lost his boat said.") == []
    found = said(tmp_path, "Ferries leave two hours later, the minister said.")
    assert [text for _, text in found] == ["Ferries leave two hours later"]
