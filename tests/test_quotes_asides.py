"""Frames with an aside between a subject and its verb (invented sentences only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of
from brief.quotes.reading import read_variant
from brief.quotes.rules import switched_off


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def test_a_source_inside_its_subject_reports_what_the_subject_did(tmp_path: Path) -> None:
    """ "X, according to Y, rejected Z": Y's account; the predicate is the statement and
    the subject is shown in brackets when read, the span staying on the words."""
    body = "The mayor, according to two harbour officials, rejected the offer on Monday."
    (found,) = statements(tmp_path, body)
    assert found.speaker == "harbour officials"
    assert found.text == "rejected the offer on Monday"
    assert read_variant(found) == "Said that [the mayor] rejected the offer on Monday"
    # ("predicate after source" reads "rejected the" as no apposition too)
    with switched_off("according aside", "predicate after source"):
        assert all("rejected the offer" not in v.text for v in statements(tmp_path, body))


def test_a_named_subject_and_an_auxiliary_read_the_same_way(tmp_path: Path) -> None:
    body = "But Ann Keel, according to the Island Gazette, will resign from the board in May."
    (found,) = statements(tmp_path, body)
    assert found.speaker == "Island Gazette"
    assert read_variant(found) == "Said that [Ann Keel] will resign from the board in May"


def test_a_finding_about_a_thing_or_a_state_is_no_aside(tmp_path: Path) -> None:
    """What a subject is ("are fearful") or a figure ("The result ... is 40") is a finding,
    not somebody's account of what the subject did."""
    for body in (
        "The total, according to a poll by the Island Gazette, is a loss of forty boats.",
        "The harbour board, according to two officials, is worried about the fares.",
        "So far, according to the officials, nothing has changed on the island.",
    ):
        assert all("[" not in read_variant(v) for v in statements(tmp_path, body)), body


def test_a_relative_clause_of_saying_on_a_body_speaks_for_its_antecedent(tmp_path: Path) -> None:
    """ "The X, which says that ...": the antecedent speaks, resolved as the main clause's
    subject would be; the statement ends before the main clause's verb."""
    body = "The harbour union, which says that wages are too low, will strike on Monday."
    (found,) = statements(tmp_path, body)
    assert found.text == "that wages are too low"
    assert (
        found.speaker
        == (statements(tmp_path, "The harbour union says that wages fell.")[0]).speaker
    )


def test_a_document_in_a_relative_clause_speaks_for_its_named_author(tmp_path: Path) -> None:
    body = (
        "The Harbour Institute's study, which notes that ferry fares rose by a third, calls "
        "for two new boats."
    )
    (found,) = statements(tmp_path, body)
    assert found.speaker == "Harbour Institute"
    assert found.text == "that ferry fares rose by a third"
    unnamed = "The study, which notes that ferry fares rose by a third, calls for new boats."
    assert [v.speaker for v in statements(tmp_path, unnamed)] == ["unattributed"]


def test_which_after_a_clause_or_a_thing_names_no_speaker(tmp_path: Path) -> None:
    for body in (
        "The board raised the fares, which says a lot about its money.",
        "The ferry, which runs to the island twice a day, says nothing about delays.",
    ):
        assert statements(tmp_path, body) == [], body


def test_a_relative_clause_after_the_main_verb_keeps_its_content_whole(tmp_path: Path) -> None:
    """Only an antecedent opening the sentence has a main verb after its relative clause."""
    body = (
        "The board hired Ann Keel, who says that the ferry lost money, fares rose and boats aged."
    )
    found = [v for v in statements(tmp_path, body) if "ferry lost money" in v.text]
    assert len(found) == 1 and found[0].text.endswith("boats aged")


def test_a_source_inside_what_a_subject_is_gives_both_parts(tmp_path: Path) -> None:
    """ "X, according to Y, is Z": Y says what X is; subject and predicate are both Y's
    words, one statement in two parts (it read "Said that is worried about ...")."""
    body = "The new ferry, according to Mayor Ann Keel, is too slow for the winter crossings."
    (found,) = statements(tmp_path, body)
    assert found.speaker == "Ann Keel"
    assert found.part_texts == ("The new ferry", "is too slow for the winter crossings")
    (a, b), (c, d) = found.parts  # each part its own words, the source between them
    assert (b - a, d - c) == tuple(len(t) for t in found.part_texts) and b < c
    assert found.span == (a, d)
    assert read_variant(found) == (
        "Said that the new ferry \u2026 is too slow for the winter crossings"
    )
    with switched_off("according copula"):
        assert all(not v.parts for v in statements(tmp_path, body))


def test_a_finding_of_a_document_or_a_passive_of_saying_is_no_two_part_statement(
    tmp_path: Path,
) -> None:
    for body in (
        "The total, according to a poll by the Island Gazette, is a loss of forty boats.",
        "The ferry, according to Ann Keel, is said to be too slow for the crossing.",
    ):
        assert all(not v.parts for v in statements(tmp_path, body)), body
