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


INVISIBLE = OVERRIDES + "\u200b\u2060\ufeff"


def test_lists_and_the_pane_drop_the_same_invisible_characters(tmp_path: Path) -> None:
    """QA (twenty-first round): the summary list showed a bidi override as ``\\u202e`` while
    the article pane dropped it. One rule now: dropped in both, other controls escaped."""
    from brief.tui.text import literal

    body = "The \u202ecod.exe\u202c file and exam\u200bple\u2060 mail \u2067Ann\u2069 sent"
    body += " arrived.\n"
    (tmp_path / "a.txt").write_text("Bridge opens\n\n" + body, encoding="utf-8")
    article = load_paths([str(tmp_path)]).articles[0]
    sentence = next(s for s in article.sentences if "arrived" in article.text[s.start : s.end])
    pane = sentence_content(article, sentence).plain
    listed = literal(article.text[sentence.start : sentence.end]).plain
    assert listed == pane == "The cod.exe file and example mail Ann sent arrived."
    assert literal("a\x1bb\u202ec").plain == "a\\x1bbc"  # a control still shows as an escape
    assert literal("Tehran\u200cs \U0001f468\u200d\U0001f469").plain.count("\u200c") == 1


async def test_the_summary_pane_shows_no_escape_of_a_bidi_override(tmp_path: Path) -> None:
    from test_tui_support import STORY, fixed_brief, screen_text, settle, write_story

    from brief.tui.app import make_app
    from brief.tui.widgets.summary_panel import SummaryPanel

    gazette = STORY["gazette.md"].replace("pedestrian", "\u202epedestrian\u202c", 1)
    app = make_app([str(write_story(tmp_path / "s", {"gazette.md": gazette}))], builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(SummaryPanel)
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("build a pedestrian footbridge" in p for p in prompts), prompts
        text = screen_text(pilot)
        assert "\\u202e" not in text and "\u202e" not in text
