"""An inverted attribution inside one statement: "A, insists X, B" (rule "inverted
parenthetical"; invented sentences only)."""

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


def test_a_statement_goes_on_after_an_inverted_attribution(tmp_path: Path) -> None:
    body = (
        "There is a quiet pride, insists 15-year-old Tom Brand, in seeing your own boat "
        "through to the water, to know you made it. Currently, says Dr Ann Keel, the pier "
        "is too weak for the new ferry."
    )
    found = {v.text: v.speaker for v in statements(tmp_path, body)}
    pride = [text for text in found if text.startswith("There is a quiet pride")]
    assert len(pride) == 1 and pride[0].endswith("to know you made it")
    assert found[pride[0]] == "Tom Brand"
    assert any(text.endswith("too weak for the new ferry") for text in found)
    with switched_off("inverted parenthetical"):
        assert not any("quiet pride" in v.text for v in statements(tmp_path, body))


def test_a_setting_a_subjects_apposition_or_its_own_clause_is_no_statement(
    tmp_path: Path,
) -> None:
    body = (
        "The fares will rise, said Tom Brand, the harbour master, in a statement on Monday. "
        "The harbour chief, Ann Keel, agreed the old Ferry Act, which sets the fares, was "
        "unfair. But Keel, speaking to the Herald, also admits Brand, who runs the pier, "
        "will have the final say."
    )
    found = {v.text: v.speaker for v in statements(tmp_path, body)}
    assert not any("in a statement on Monday" in text for text in found)
    assert "Ferry Act" not in found.values()
    assert "Tom Brand" not in [s for t, s in found.items() if "final say" in t]
