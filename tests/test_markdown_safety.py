"""Article text cannot add markdown structure, links, images or raw HTML to the brief."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from brief.analysis import build_brief
from brief.export.markdown import escape, to_markdown
from brief.ingest import load_paths
from brief.model import (
    Article,
    Brief,
    Discrepancy,
    DiscrepancyValue,
    QuoteCluster,
    QuoteVariant,
    SummarySentence,
)

HOSTILE = [
    "# heading",
    "[x](javascript:alert(1))",
    "![img](http://evil.example/pixel.png)",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "`code` and ```fence``` and ~~~tilde~~~",
    "<http://evil.example/auto>",
    "[ref][1] and [1]: http://evil.example/ref",
    "visit http://evil.example/bare or www.evil.example or evil@example.com",
    "&lt;b&gt;entity&lt;/b&gt; &#x3C;i&#x3E;",
    "**bold** _em_ $x^2$ | table | cell |",
    "1. ordered",
    "- dash item",
    "+ plus item",
    "> quoted",
    "=== setext",
    "---",
    "    four spaces of code",
    "text\n===\nmore\n---\n\n# second heading",
]
ALLOWED_URL = "https://news.example/story?id=1&x=2"
ELEMENTS = {"paragraph", "heading", "bullet_list", "list_item", "inline", "text", "softbreak"}


def parsers() -> list[MarkdownIt]:
    """CommonMark, and the GFM-like parser Textual's Markdown widget uses (linkify, html)."""
    found = [MarkdownIt("commonmark")]
    try:
        import linkify_it  # noqa: F401

        found.append(MarkdownIt("gfm-like"))
    except ImportError:
        pass
    return found


def check(markdown: str, allowed_urls: set[str], our_headings: set[str]) -> None:
    for md in parsers():
        tokens = md.parse(markdown)
        flat = [c for t in tokens for c in [t, *(t.children or ())]]
        kinds = {t.type for t in flat}
        assert not kinds & {"html_block", "html_inline", "image"}, kinds
        assert not kinds & {"code_inline", "code_block", "fence", "blockquote", "hr"}, kinds
        assert not kinds & {"ordered_list_open", "table_open", "s_open"}, kinds
        for token in flat:
            if token.type == "link_open":
                href = token.attrs["href"]
                assert href.startswith("#source-") or href in allowed_urls, href
        for i, token in enumerate(tokens):
            if token.type == "heading_open":
                shown = "".join(c.content for c in tokens[i + 1].children or ())
                assert shown in our_headings, shown
        # emphasis is ours only: bold subjects/headlines and the italic overview line
        for token in flat:
            if token.type in ("strong_open", "em_open"):
                assert token.markup in ("**", "*"), token.markup


def shown(speaker: str) -> str:
    """A speaker as its heading shows it: folded, first letter capitalised."""
    name = " ".join(speaker.split()) or "Unattributed"
    return name[0].upper() + name[1:]


def write_hostile_articles(folder: Path) -> None:
    records = []
    for i, text in enumerate(HOSTILE):
        records.append(
            {
                "title": f"{text} headline {i}",
                "outlet": f"{text} outlet",
                "date": "2025-01-0" + str(1 + i % 9),
                "url": ALLOWED_URL if i == 0 else ("javascript:alert(1)" if i == 1 else ""),
                "text": (
                    f"{text} opens this report about the harbour closure in Westport. "
                    f'The mayor said "{text} is what we heard" on Monday. '
                    f"Westport's 12,000 residents depend on the harbour, {text} reported. "
                    "Officials said the harbour would reopen within weeks."
                ),
            }
        )
    (folder / "hostile.json").write_text(json.dumps(records), encoding="utf-8")
    (folder / "more.json").write_text(
        json.dumps(
            {
                "title": "Harbour closure",
                "outlet": "Plain News",
                "url": "http://plain.example/a>b",
                "text": "Westport's 15,000 residents depend on the harbour. " + " ".join(HOSTILE),
            }
        ),
        encoding="utf-8",
    )


def test_hostile_articles_cannot_inject_markup(tmp_path: Path) -> None:
    write_hostile_articles(tmp_path)
    result = load_paths([str(tmp_path)])
    assert len(result.articles) == len(HOSTILE) + 1
    brief = build_brief(result.articles, timestamp=False)
    assert brief.summary
    markdown = to_markdown(brief)
    ours = {brief.title, "Summary", "Key statements", "Where sources differ", "Sources"}
    ours |= {f"Source {i}" for i in range(1, len(brief.sources) + 1)}
    ours |= {shown(q.speaker) for q in brief.quotes}
    check(markdown, {ALLOWED_URL}, ours)
    # the one http(s) url is an autolink; "javascript:" and "a>b" urls are plain text
    assert f"<{ALLOWED_URL}>" in markdown
    entries = markdown.split("\n## Sources\n", 1)[1]
    javascript = entries.split("### Source 2\n\n", 1)[1].split("\n", 1)[0]
    assert javascript.endswith(" · javascript:alert(1)")  # shown, never linked
    assert "a\\>b" in entries
    assert markdown.count("\n# ") == 0 and markdown.startswith("# ")


def test_every_field_is_escaped() -> None:
    """A brief built by hand with hostile text in every field it shows."""
    sources = tuple(
        Article(
            f"s{i}",
            f"/tmp/{text}.txt",
            "body",
            title=text,
            outlet=text,
            date="2025-02-03",
            url=[ALLOWED_URL, "javascript:alert(1)", "http://x.example/<b>", ""][i % 4],
        )
        for i, text in enumerate(HOSTILE)
    )
    ids = [a.id for a in sources]
    brief = Brief(
        title=HOSTILE[0] + " " + HOSTILE[4],
        generated="",
        sources=sources,
        summary=tuple(
            SummarySentence(text, ids[i], (0, 4), (ids[i], ids[-1]), 1.0)
            for i, text in enumerate(HOSTILE)
        ),
        quotes=tuple(
            QuoteCluster(
                f"q{i}",
                text,
                text,
                ["direct", "indirect", "mixed"][i % 3],
                (ids[i], ids[0]),
                (
                    QuoteVariant(ids[i], text, (0, 4), text, "direct"),
                    QuoteVariant(ids[0], text + " [y](http://evil.example)", (0, 4), text),
                ),
            )
            for i, text in enumerate(HOSTILE)
        ),
        discrepancies=tuple(
            Discrepancy(text, (DiscrepancyValue(text, text, (ids[i],)),))
            for i, text in enumerate(HOSTILE)
        ),
    )
    markdown = to_markdown(brief, front_matter=False)
    ours = {" ".join(brief.title.split()), "Summary", "Key statements"}
    ours |= {"Where sources differ", "Sources"}
    ours |= {f"Source {i}" for i in range(1, len(sources) + 1)}
    ours |= {shown(t) for t in HOSTILE}  # speakers, shown literally
    check(markdown, {ALLOWED_URL}, ours)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_the_same_words(text: str) -> None:
    """Escaping hides syntax but keeps every character the reader should see."""
    for md in parsers():
        for line in (f"- {escape(text)}", f"**{escape(text)}**", f"# {escape(text)}"):
            tokens = md.parse(line)
            inline = next(t for t in tokens if t.type == "inline")
            shown = "".join(c.content for c in inline.children or () if c.type == "text")
            assert shown == " ".join(text.split()), (line, shown)


@pytest.mark.parametrize("start", ["1. ", "1) ", "- ", "+ ", "* ", "> ", "=== ", "---", "# "])
def test_line_starts_cannot_change_structure(start: str) -> None:
    line = f"- {escape(start + 'rest of the sentence')}"
    tokens = MarkdownIt("commonmark").parse(line)
    kinds = [t.type for t in tokens]
    assert kinds == [
        "bullet_list_open",
        "list_item_open",
        "paragraph_open",
        "inline",
        "paragraph_close",
        "list_item_close",
        "bullet_list_close",
    ]


def test_bidi_controls_cannot_reorder_what_the_export_shows(tmp_path: Path) -> None:
    """U+202E makes a renderer show "\u202egnp.exe" as "exe.png": no bidi control is written.

    Checked on every field of a file brief, the front matter included; the words stay.
    """
    spoof = "invoice \u202egnp.exe\u202c and \u2066@handle\u2069 \u202atext\u202b"
    record = {
        "title": f"Harbour {spoof} closes",
        "outlet": f"Outlet {spoof}",
        "author": spoof,
        "date": "2025-01-02",
        "text": (
            f"Officials said the harbour in Westport would close, the mayor wrote {spoof}. "
            f'"We have no choice {spoof}," said the mayor of Westport on Monday.'
        ),
    }
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert "\u202e" in articles[0].text  # the model keeps the text as written
    markdown = to_markdown(build_brief(articles, timestamp=False), front_matter=True)
    for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert char not in markdown, hex(ord(char))
    assert "gnp\\.exe" in markdown and "\\@handle" in markdown
    assert escape("a \u202egnp.exe\u202c b") == "a gnp\\.exe b"


def test_invisible_zero_width_characters_are_not_written(tmp_path: Path) -> None:
    """A zero-width space, word joiner or no-break space hides inside a word or an address;
    none reaches the export, and the joiners that scripts and emoji need stay."""
    hidden = "exam\u200bple\u2060.com \ufeffnotice"
    record = {
        "title": f"Harbour {hidden} closes",
        "outlet": f"Outlet{hidden}",
        "date": "2025-01-02",
        "text": (
            f"Officials said the harbour in Westport would close, as {hidden} said. "
            f'"We have no choice {hidden}," said the mayor of Westport on Monday.'
        ),
    }
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    markdown = to_markdown(build_brief(articles, timestamp=False), front_matter=True)
    for char in "\u200b\u2060\ufeff":
        assert char not in markdown, hex(ord(char))
    assert "example\\.com" in markdown
    assert escape("a\u200db \U0001f469\u200d\U0001f52c c\u200cd") == (
        "a\u200db \U0001f469\u200d\U0001f52c c\u200cd"
    )


def test_the_app_s_lists_keep_zero_width_joiners() -> None:
    """QA (eighteenth round): a Persian word's non-joiner and an emoji family's joiner
    showed as "\\u200c" and "\\u200d" in the summary and quote lists; the controls and
    bidi overrides stay escaped."""
    from brief.text.clean import printable

    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert printable(f"{persian} {family}") == f"{persian} {family}"
    assert printable("a\u202eb\x1b[31m") == "a\\u202eb\\x1b[31m"
