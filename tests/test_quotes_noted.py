"""A verb of saying with a noun phrase and no clause after it ("X noted the rising cost",
"X acknowledged the risk"): the phrase is what X said (rule
"noted object"), and the panel reads it without a "that" (invented sentences only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of
from brief.quotes.reading import as_read, read_variant
from brief.quotes.rules import switched_off


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def test_an_acknowledged_risk_is_a_statement_and_reads_without_that(tmp_path: Path) -> None:
    body = "Harbour chief Tom Reid acknowledged the risk of a winter storm."
    found = statements(tmp_path, body)
    assert [(v.speaker, v.text) for v in found] == [("Tom Reid", "the risk of a winter storm")]
    assert read_variant(found[0]) == "Acknowledged the risk of a winter storm"


def test_the_object_ends_before_a_relative_clause_of_the_writer(tmp_path: Path) -> None:
    body = "Ann Keel has acknowledged the cost of the new pier, which makes her rare on the board."
    found = statements(tmp_path, body)
    assert [v.text for v in found] == ["the cost of the new pier"]


def test_a_short_object_is_an_act_not_words(tmp_path: Path) -> None:
    assert statements(tmp_path, "Ann Keel acknowledged the crowd.") == []
    assert statements(tmp_path, "Ann Keel described the scene at the harbour on Monday.") == []


def test_a_clause_after_noted_still_reads_with_that(tmp_path: Path) -> None:
    found = statements(tmp_path, "Ann Keel noted the ferry had been late twice this week.")
    assert [v.text for v in found] == ["the ferry had been late twice this week"]
    assert read_variant(found[0]).startswith("Noted that the ferry")


def test_a_clause_with_a_past_verb_is_taken_whole_or_not_at_all(tmp_path: Path) -> None:
    # "the cost of the pier doubled": a clause whose verb no auxiliary announces; read as
    # an object it would be cut to "the cost of the pier" at the first comma or relative
    body = "Ann Keel noted the cost of the pier doubled, which surprised the board."
    assert all(v.text != "the cost of the pier" for v in statements(tmp_path, body))
    with switched_off("noted object"):
        before = [(v.span, v.text) for v in statements(tmp_path, body)]
    assert [(v.span, v.text) for v in statements(tmp_path, body)] == before


def test_reading_an_object_and_a_clause() -> None:
    assert as_read("the rising cost", "indirect", "noted") == "Noted the rising cost"
    assert as_read("the cost had risen", "indirect", "noted") == "Noted that the cost had risen"
    assert as_read("the cost doubled", "indirect", "noted") == "Noted that the cost doubled"
    assert as_read("that the cost rose", "indirect", "noted") == "Noted that the cost rose"
