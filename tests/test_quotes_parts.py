"""A quotation broken by its attribution is one statement whose ``parts`` are its segments
(invented sentences only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import Article, QuoteVariant
from brief.quotes import statements_of
from brief.quotes.parts import ELLIPSIS


def read(tmp_path: Path, body: str) -> tuple[Article, list[QuoteVariant]]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour news\n\n" + body + "\n", encoding="utf-8")
    article = load_paths([str(path)]).articles[0]
    return article, statements_of(article)


def parts(tmp_path: Path, body: str) -> list[list[str]]:
    """Each statement's segments, as the article writes them at ``parts``."""
    article, variants = read(tmp_path, body)
    return [
        [" ".join(article.text[s:e].split()) for s, e in v.parts or (v.span,)] for v in variants
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


def test_a_broken_quotation_is_one_variant_reading_a_then_b(tmp_path: Path) -> None:
    body = '"The ferry stays," Mayor Ann Keel said. "We found the money for the winter."'
    article, variants = read(tmp_path, body)
    (variant,) = variants
    first, second = variant.parts
    assert variant.span == (first[0], second[1])
    assert "Keel said" in article.text[first[1] : second[0]]
    assert variant.text == f"The ferry stays{ELLIPSIS}We found the money for the winter."
    assert variant.kind == "direct" and variant.speaker == "Ann Keel"


def test_an_unbroken_quotation_has_no_parts(tmp_path: Path) -> None:
    _, variants = read(tmp_path, '"The ferry stays for the winter," Mayor Ann Keel said.')
    assert [v.parts for v in variants] == [()]


def test_json_and_markdown_show_the_parts_of_one_statement(tmp_path: Path) -> None:
    from brief.analysis import build_brief
    from brief.export.json_export import to_dict
    from brief.export.markdown import to_markdown

    body = (
        '"The ferry stays," Mayor Ann Keel said. "We found the money for the winter."\n\n'
        '"The bridge waits for spring," Tom Reid said.'
    )
    path = tmp_path / "story.txt"
    path.write_text("Harbour news\n\n" + body + "\n", encoding="utf-8")
    article = load_paths([str(path)]).articles[0]
    brief = build_brief([article], timestamp=False)
    entries = [v for q in to_dict(brief)["quotes"] for v in q["variants"]]
    keel = [v for v in entries if v["speaker"] == "Ann Keel"]
    (reid,) = [v for v in entries if v["speaker"] == "Tom Reid"]
    # one entry per passage, numbered, each span one passage of the article, as before parts
    assert [v["part"] for v in keel] == [1, 2]
    assert [article.text[slice(*v["span"])] for v in keel] == [
        "The ferry stays",
        "We found the money for the winter.",
    ]
    assert [v["text"] for v in keel] == ["The ferry stays", "We found the money for the winter."]
    assert keel[0]["parts"] == keel[1]["parts"] == [v["span"] for v in keel]
    assert reid["parts"] == [reid["span"]] and reid["part"] == 1
    assert "“The ferry stays … We found the money for the winter.”" in to_markdown(brief)
