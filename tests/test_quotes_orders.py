"""Orders and sources as a reader sees them (invented sentences only).

* "X told the board to cut fares": the one told is part of what was ordered, and the panel
  reads "Told the board to cut fares" (it read "Told to cut fares", as if X were told);
* "according to two officials at the port": the source keeps its phrase, as "two officials
  at the port said" does, so one speaker is not shown twice in the panel.
"""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of
from brief.quotes.reading import as_read, ordered, read_variant
from brief.quotes.rules import switched_off


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def test_an_order_reads_with_the_one_told(tmp_path: Path) -> None:
    cases = {
        "Mayor Ann Keel told the harbour board to cut the fares by half.": (
            "Told the harbour board to cut the fares by half"
        ),
        "Mayor Ann Keel urged riders to buy their tickets early.": (
            "Urged riders to buy their tickets early"
        ),
        "Mayor Ann Keel asked the crews to wait until May.": "Asked the crews to wait until May",
        "Mayor Ann Keel warned riders not to expect lower fares.": (
            "Warned riders not to expect lower fares"
        ),
    }
    for body, reading in cases.items():
        (found,) = statements(tmp_path, body)
        assert found.speaker == "Ann Keel"
        assert read_variant(found) == reading


def test_never_to_is_an_order_too(tmp_path: Path) -> None:
    body = "Mayor Ann Keel told her aides never to speak of the old ferry again."
    (found,) = statements(tmp_path, body)
    assert read_variant(found) == "Told her aides never to speak of the old ferry again"
    with switched_off("order addressee"):
        (alone,) = statements(tmp_path, body)
    assert alone.text == "never to speak of the old ferry again"


def test_what_was_told_is_still_said(tmp_path: Path) -> None:
    """A clause told to somebody is a statement, not an order: "Said that ..."."""
    for body in (
        "Mayor Ann Keel told reporters the plan to build the pier is dead.",
        "Mayor Ann Keel told reporters that the board wants to cut the fares.",
    ):
        (found,) = statements(tmp_path, body)
        assert read_variant(found).startswith("Said that "), body


def test_the_shape_of_an_order() -> None:
    assert ordered("the board to cut the fares by half")
    assert ordered("the crews to be careful because it was icy")
    assert ordered("riders not to expect lower fares")
    assert not ordered("the plan to build the pier is dead")
    assert not ordered("to cut the fares")  # nobody told: "Vowed to ..."
    assert not ordered("the ferry will go to the island")
    assert not ordered("riders to the island")  # no act after "to"
    assert not ordered("Harbour Ferry Line plans to sell two boats")  # a verb of its own
    assert not ordered("it expected its costs to fall")
    assert not ordered("the mayor's decision to sell the boats was right")
    assert ordered('them to "stay at home"')
    assert as_read("to keep fighting", "indirect", "urged") == "Urged to keep fighting"
    assert as_read("the fares to fall", "indirect", "said") == "Said that the fares to fall"


def test_a_source_keeps_its_phrase_like_a_subject(tmp_path: Path) -> None:
    """One speaker, however the outlet attributes it."""
    for phrase in ("two officials at the port", "people familiar with the talks"):
        subject = statements(tmp_path, f"{phrase.capitalize()} said the fares will rise.")
        source = statements(tmp_path, f"The fares will rise, according to {phrase}.")
        assert [v.speaker for v in source] == [v.speaker for v in subject] != []
        assert phrase.endswith(source[0].speaker)


def test_a_phrase_after_the_source_is_no_statement(tmp_path: Path) -> None:
    body = "According to officials at the harbour board, the fares will rise in May."
    (found,) = statements(tmp_path, body)
    assert found.text == "the fares will rise in May"
    assert found.speaker == "officials at the harbour board"


def test_a_relative_clause_on_the_source_is_no_statement(tmp_path: Path) -> None:
    body = "The fares will rise in May, according to two officials, who asked not to be named."
    found = statements(tmp_path, body)
    assert [(v.speaker, v.text) for v in found] == [("officials", "The fares will rise in May")]
    with switched_off("source phrase"):
        assert len(statements(tmp_path, body)) == 2


def test_a_source_phrase_stops_before_a_clause(tmp_path: Path) -> None:
    """A phrase that does not run to the attribution's end is not the source's."""
    body = "The fares will rise, according to officials at the port who want more boats."
    found = statements(tmp_path, body)
    assert [v.speaker for v in found] == ["officials"]


def test_speaking_on_condition_of_anonymity_is_no_topic(tmp_path: Path) -> None:
    """ "spoke on condition of anonymity" says how somebody spoke, not what about (it read
    "Spoke on condition of anonymity said the fares would rise")."""
    for body in (
        "Ann Keel spoke on condition of anonymity because she was not allowed to comment.",
        "Two officials who spoke on condition of anonymity said the fares would rise.",
    ):
        assert all("condition" not in v.text for v in statements(tmp_path, body)), body
    (found,) = statements(tmp_path, "Ann Keel spoke on the need for a winter ferry.")
    assert found.text == "the need for a winter ferry"


def test_an_effect_foreseen_is_no_appeal(tmp_path: Path) -> None:
    """ "the new fares would lead more of them to take the boat": no one urges."""
    body = (
        "The harbour board said the new system of fares in Harbourtown, due to start in May, "
        "with discounts for poorer riders, would lead more of them to take the early boat."
    )
    found = statements(tmp_path, body)
    assert [v.speaker for v in found] == ["harbour board"]
    assert found[0].text.endswith("take the early boat")
