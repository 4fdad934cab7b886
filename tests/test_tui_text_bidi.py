"""The source pane never sends a bidi override raw to the terminal, and its highlights
still fall on the right words."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.tui.text import sentence_content

OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_bidi_overrides_are_dropped_and_highlights_keep_their_words(tmp_path: Path) -> None:
    body = "Mayor \u2067Ann Keel\u2069 opened the \u202ecod.exe\u202c bridge on Friday morning.\n"
    (tmp_path / "a.txt").write_text("Bridge opens\n\n" + body, encoding="utf-8")
    article = load_paths([str(tmp_path)]).articles[0]
    sentence = next(s for s in article.sentences if "Friday" in article.text[s.start : s.end])
    start = article.text.index("Friday")
    content = sentence_content(article, sentence, [(start, start + len("Friday morning"))])
    assert not set(content.plain) & set(OVERRIDES)
    assert content.plain == "Mayor Ann Keel opened the cod.exe bridge on Friday morning."
    marked = [content.plain[s.start : s.end] for s in content.spans if s.style]
    assert "Friday morning" in marked


def test_a_sentence_without_overrides_is_unchanged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Bridge opens\n\nThe bridge opened on Friday.\n")
    article = load_paths([str(tmp_path)]).articles[0]
    sentence = article.sentences[-1]
    assert sentence_content(article, sentence).plain == "The bridge opened on Friday."
