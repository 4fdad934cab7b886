"""A quotation broken by its attribution: ``statement_parts`` groups its segments into one
statement (invented sentences only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.quotes import statements_of
from brief.quotes.parts import statement_parts


def parts(tmp_path: Path, body: str) -> list[list[str]]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour news\n\n" + body + "\n", encoding="utf-8")
    article = load_paths([str(path)]).articles[0]
    return [
        [v.text for v in group] for group in statement_parts(article.text, statements_of(article))
    ]


def test_a_quotation_continued_after_its_attribution_is_one_statement(tmp_path: Path) -> None:
    body = '"The ferry stays," Mayor Ann Keel said. "We found the money for the winter."'
    assert parts(tmp_path, body) == [["The ferry stays", "We found the money for the winter."]]


def test_an_attribution_inside_one_sentence_joins_its_two_segments(tmp_path: Path) -> None:
    body = '"The ferry stays," said Ann Keel, the mayor, "and the bridge will wait."'
    assert parts(tmp_path, body) == [["The ferry stays", "and the bridge will wait."]]


def test_a_new_paragraph_or_another_sentence_between_keeps_them_apart(tmp_path: Path) -> None:
    apart = '"The ferry stays," Ann Keel said.\n\n"We found the money for the winter."'
    assert len(parts(tmp_path, apart)) == 2
    between = (
        '"The ferry stays," Ann Keel said. The council met for four hours on Tuesday. '
        '"We found the money for the winter."'
    )
    assert len(parts(tmp_path, between)) == 2


def test_two_speakers_are_two_statements(tmp_path: Path) -> None:
    body = '"The ferry stays," Ann Keel said. Tom Reid said: "It will sink the budget."'
    assert len(parts(tmp_path, body)) == 2


def test_a_long_attribution_with_titles_and_initials_still_joins(tmp_path: Path) -> None:
    body = (
        '"The ferry stays," said Ann B. Keel, a harbour engineer who worked with Mr. Reid '
        "and the Rev. Tom Hale on the old pier for many years before the council hired her. "
        '"We found the money for the winter."'
    )
    assert parts(tmp_path, body) == [["The ferry stays", "We found the money for the winter."]]
