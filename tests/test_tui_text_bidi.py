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


def test_a_run_of_text_with_no_sentence_end_is_shown_cut(tmp_path: Path) -> None:
    """QA (seventeenth round): a 3 MB line of words is one "sentence"; the pane wrapped all
    of it on every repaint and the app took no key for ten seconds."""
    from brief.tui.text import SHOWN_MAX

    words = "word  " * 100_000  # double spaces: the count is of the file's characters
    (tmp_path / "a.txt").write_text("Bridge opens\n\nThe town " + words + "\n", encoding="utf-8")
    article = load_paths([str(tmp_path)]).articles[0]
    sentence = max(article.sentences, key=lambda s: s.end - s.start)
    start = article.text.index("town")
    content = sentence_content(article, sentence, [(start, sentence.end)])  # marked past the cut
    shown, _, note = content.plain.partition(" … ")
    assert shown.startswith("The town word word") and len(shown) == SHOWN_MAX
    left = int(note.split()[0].replace(",", ""))
    assert shown.count("word") + left // len("word  ") in range(99_998, 100_001)
    assert note.endswith("more characters with no sentence end, not shown")
    assert any(s.style for s in content.spans if s.end <= SHOWN_MAX)
