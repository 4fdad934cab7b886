"""The markdown brief: structure on the sample, citations that resolve, determinism, sections."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import pytest
import yaml
from markdown_it import MarkdownIt

from brief.analysis import build_brief
from brief.export.markdown import to_markdown
from brief.model import (
    AnalysisOptions,
    Article,
    Brief,
    LoadResult,
    QuoteCluster,
    QuoteVariant,
    SummarySentence,
)

CITATION = re.compile(r"\[\\\[(\d+)\\\]\]\(#([^)]+)\)")


def headings(markdown: str) -> list[tuple[str, str]]:
    """(tag, plain text) of every heading, in order, as a renderer sees them."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        (tokens[i].tag, tokens[i + 1].content)
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


def anchors(markdown: str) -> list[str]:
    """The anchors Textual's Markdown widget gives the headings (its GitHub-like slugger)."""
    from textual._slug import TrackedSlugs

    slugger = TrackedSlugs()
    return [slugger.slug(text) for _, text in headings(markdown)]


def links(markdown: str) -> list[str]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        child.attrs["href"]
        for t in tokens
        for child in t.children or ()
        if child.type == "link_open"
    ]


@pytest.fixture(scope="module")
def sample_brief(sample: LoadResult) -> Brief:
    return build_brief(sample.articles, AnalysisOptions(), timestamp=False)


@pytest.fixture(scope="module")
def sample_markdown(sample_brief: Brief) -> str:
    return to_markdown(sample_brief)


def test_sample_has_the_sections_in_order(sample_markdown: str, sample_brief: Brief) -> None:
    found = headings(sample_markdown)
    assert found[0] == ("h1", sample_brief.title)
    sections = [text for tag, text in found if tag == "h2"]
    expected = ["Summary", "Key statements", "Where sources differ", "Sources"]
    assert sections == [s for s in expected if s in sections]
    assert {"Summary", "Where sources differ", "Sources"} <= set(sections)
    sources = [text for tag, text in found if tag == "h3" and text.startswith("Source ")]
    assert sources == [f"Source {i}" for i in range(1, len(sample_brief.sources) + 1)]
    # the line under the title: date range and number of sources
    overview = sample_markdown.split("\n\n")[1]
    assert overview.startswith("*") and overview.endswith("*")
    assert f"{len(sample_brief.sources)} sources" in overview
    assert "13–14 August 2025" in overview


def test_every_summary_bullet_ends_with_citations(
    sample_markdown: str, sample_brief: Brief
) -> None:
    section = sample_markdown.split("## Summary\n\n", 1)[1].split("\n\n", 1)[0]
    bullets = section.split("\n")
    assert len(bullets) == len(sample_brief.summary)
    for bullet, item in zip(bullets, sample_brief.summary, strict=True):
        assert bullet.startswith("- ")
        assert re.search(r"(\[\\\[\d+\\\]\]\(#source-\d+\))+$", bullet), bullet
        cited = {int(n) for n, _ in CITATION.findall(bullet)}
        numbers = {a.id: i for i, a in enumerate(sample_brief.sources, 1)}
        assert cited == {numbers[s] for s in item.supporting_sources}


def test_every_citation_resolves_to_its_source(sample_markdown: str) -> None:
    targets = anchors(sample_markdown)
    titles = [text for _, text in headings(sample_markdown)]
    citations = CITATION.findall(sample_markdown)
    assert citations
    for number, anchor in citations:
        assert anchor in targets, anchor
        assert titles[targets.index(anchor)] == f"Source {number}"
    # and the renderer sees exactly those links, plus nothing but http(s) source urls
    for href in links(sample_markdown):
        assert href.startswith("#source-") or href.startswith(("http://", "https://"))


def test_every_source_is_cited_or_marked_uncited(sample_markdown: str) -> None:
    body, sources = sample_markdown.split("\n## Sources\n", 1)
    cited = {int(n) for n, _ in CITATION.findall(body)}
    entries = re.findall(r"### Source (\d+)\n\n(.*)", sources)
    assert entries
    for number, entry in entries:
        assert int(number) in cited or "not cited above" in entry or "copy of" in entry


def test_uncited_source_is_listed_as_such() -> None:
    brief = Brief(
        title="A story",
        generated="",
        sources=(_article("a", title="First"), _article("b", title="Second")),
        summary=(SummarySentence("Something happened.", "a", (0, 19), ("a",), 1.0),),
    )
    markdown = to_markdown(brief)
    first, second = re.findall(r"### Source \d+\n\n(.*)", markdown)
    assert "not cited" not in first
    assert second.endswith("*not cited above*")


def test_syndicated_copies_are_counted_in_plain_english() -> None:
    """'1 a syndicated copy' reads as 'one of them a copy'; two or more have no article."""

    def byline(copies: int) -> str:
        originals = (_article("a", date="2025-08-13"),)
        dupes = tuple(
            replace(_article(f"c{n}", date="2025-08-13"), duplicate_of="a") for n in range(copies)
        )
        markdown = to_markdown(Brief(title="S", generated="", sources=originals + dupes))
        return markdown.splitlines()[2]

    assert byline(1).endswith("2 sources, 1 a syndicated copy*")
    assert byline(3).endswith("4 sources, 3 syndicated copies*")
    assert " a syndicated copies" not in byline(3)


def test_sample_discrepancies_are_listed_with_citations(
    sample_markdown: str, sample_brief: Brief
) -> None:
    section = sample_markdown.split("## Where sources differ\n\n", 1)[1].split("\n\n", 1)[0]
    lines = section.split("\n")
    assert len(lines) == len(sample_brief.discrepancies)
    for line, item in zip(lines, sample_brief.discrepancies, strict=True):
        assert line.startswith(f"- **{item.subject}**: ")
        assert len(CITATION.findall(line)) >= len(item.values)


def test_same_input_gives_byte_identical_output(sample: LoadResult) -> None:
    first = to_markdown(build_brief(sample.articles, timestamp=False))
    second = to_markdown(build_brief(sample.articles, timestamp=False))
    assert first == second
    stamped = to_markdown(build_brief(sample.articles, timestamp=True))
    assert stamped != first
    # the timestamp is the only difference
    assert re.sub(r" · generated [^*]*", "", stamped) == first


def test_no_line_is_wrapped(sample_markdown: str, sample_brief: Brief) -> None:
    lines = sample_markdown.split("\n")
    for item in sample_brief.summary:
        words = item.text.split()
        assert any(line.startswith("- ") and words[-1] in line for line in lines)
    # every line is either blank, a heading, a bullet, or one whole paragraph
    for line in lines:
        assert not line.startswith(" ") or line.startswith("  - Wording differs")


def test_empty_sections_are_left_out() -> None:
    brief = Brief(
        title="Quiet story",
        generated="",
        sources=(_article("a", title="Only one"),),
        summary=(SummarySentence("Nothing much.", "a", (0, 13), ("a",), 1.0),),
    )
    markdown = to_markdown(brief)
    sections = [text for tag, text in headings(markdown) if tag == "h2"]
    assert sections == ["Summary", "Sources"]
    bare = Brief(title="", generated="", sources=(_article("a"),))
    markdown = to_markdown(bare)
    assert [text for tag, text in headings(markdown) if tag == "h2"] == ["Sources"]
    assert headings(markdown)[0] == ("h1", "Brief")
    # no heading is directly followed by another heading of the same or higher level
    found = headings(markdown)
    for (tag, _), (next_tag, _) in itertools.pairwise(found):
        assert not (tag == "h2" and next_tag in ("h1", "h2"))


def test_statements_grouped_by_speaker_direct_and_reported() -> None:
    direct = QuoteCluster(
        "q1",
        "Ada Park",
        "We will not back down,",
        "direct",
        ("a", "b"),
        (
            QuoteVariant("a", "We will not back down,", (0, 10), "Park", "direct"),
            QuoteVariant("b", "We will never back down", (0, 10), "Ada Park", "direct"),
        ),
    )
    reported = QuoteCluster(
        "q2",
        "Ada Park",
        "the plan would cost more than expected",
        "indirect",
        ("b",),
        (QuoteVariant("b", "the plan would cost more than expected", (0, 10), "she", "indirect"),),
    )
    other = QuoteCluster(
        "q3",
        "City council",
        "Talks continue",
        "direct",
        ("a",),
        (QuoteVariant("a", "Talks continue", (0, 10), "council", "direct"),),
    )
    brief = Brief(
        title="Story",
        generated="",
        sources=(_article("a", title="A"), _article("b", title="B")),
        quotes=(direct, other, reported),
    )
    markdown = to_markdown(brief)
    found = headings(markdown)
    assert ("h3", "Ada Park") in found and ("h3", "City council") in found
    park = markdown.split("### Ada Park\n\n", 1)[1].split("\n\n", 1)[0]
    lines = park.split("\n")
    assert lines[0] == ("- “We will not back down” [\\[1\\]](#source-1)[\\[2\\]](#source-2)")
    assert lines[1] == (
        "  - Wording differs across outlets: [\\[2\\]](#source-2) “We will never back down”"
    )
    assert lines[2] == "- Said that the plan would cost more than expected [\\[2\\]](#source-2)"
    # both statements of one speaker sit under one heading
    assert [text for _, text in found].count("Ada Park") == 1


def test_speakers_merge_across_case_named_before_described_widest_first() -> None:
    def quote(ident: str, speaker: str, sources: tuple[str, ...]) -> QuoteCluster:
        text = f"Statement {ident}"
        variants = tuple(QuoteVariant(s, text, (0, 4), speaker) for s in sources)
        return QuoteCluster(ident, speaker, text, "direct", sources, variants)

    brief = Brief(
        title="Story",
        generated="",
        sources=(_article("a"), _article("b"), _article("c")),
        quotes=(
            quote("1", "officials", ("a",)),
            quote("2", "", ("a", "b", "c")),
            quote("3", "Ada Park", ("b",)),
            quote("4", "Officials", ("b", "c")),
            quote("5", "Port Authority", ("a", "c")),
            quote("6", "Russian authorities", ("a",)),
            quote("7", "Wexmouth harbour board", ("c",)),  # a body named: among the named
        ),
    )
    markdown = to_markdown(brief)
    speakers = [text for tag, text in headings(markdown) if tag == "h3" and "Source" not in text]
    assert speakers == [
        "Port Authority", "Ada Park", "Wexmouth harbour board", "Officials",
        "Russian authorities", "Unattributed",
    ]  # fmt: skip
    officials = markdown.split("### Officials\n\n", 1)[1].split("\n\n", 1)[0].split("\n")
    assert [line.split("”")[0] for line in officials] == ["- “Statement 4", "- “Statement 1"]


def test_heading_that_reads_like_a_source_does_not_steal_its_anchor() -> None:
    brief = Brief(
        title="Source 1",
        generated="",
        sources=(_article("a", title="A"),),
        summary=(SummarySentence("Fact.", "a", (0, 5), ("a",), 1.0),),
    )
    markdown = to_markdown(brief)
    (_number, anchor), *_ = CITATION.findall(markdown)
    targets = anchors(markdown)
    assert anchor in targets
    assert headings(markdown)[targets.index(anchor)][1] == "Source 1"
    assert targets.index(anchor) > 0  # not the title


def test_front_matter_is_safe_yaml_with_title_date_sources(sample_brief: Brief) -> None:
    markdown = to_markdown(sample_brief, front_matter=True)
    assert markdown.startswith("---\n")
    block, body = markdown[4:].split("\n---\n", 1)
    data = yaml.safe_load(block)
    assert data["title"] == sample_brief.title
    assert data["date"] == "2025-08-14"
    assert len(data["sources"]) == len(sample_brief.sources)
    assert body.lstrip("\n") == to_markdown(sample_brief)


def test_front_matter_quotes_hostile_values() -> None:
    title = "---\nkey: value # [x](javascript:alert(1)) 'quote' \"dq\" : {a: b}"
    brief = Brief(
        title=title,
        generated="",
        sources=(_article("a", title="- list: [1]", outlet="&anchor *alias"),),
    )
    markdown = to_markdown(brief, front_matter=True)
    block = markdown[4:].split("\n---\n", 1)[0]
    data = yaml.safe_load(block)
    assert data["title"] == " ".join(title.split())
    assert data["sources"][0]["title"] == "- list: [1]"
    assert data["sources"][0]["outlet"] == "&anchor *alias"
    assert set(data) == {"title", "sources"}


def test_front_matter_lists_only_http_urls() -> None:
    """A static site's template turns ``url`` into a link: a ``javascript:`` or ``data:``
    address from an article's metadata is left out (the path stands in), as in the body."""
    urls = ("javascript:alert(1)", "data:text/html,<script>x</script>", "https://a.example/s")
    sources = tuple(_article(f"s{i}", title=f"T{i}", url=url) for i, url in enumerate(urls))
    markdown = to_markdown(Brief(title="S", generated="", sources=sources), front_matter=True)
    data = yaml.safe_load(markdown[4:].split("\n---\n", 1)[0])
    entries = data["sources"]
    assert [e.get("url") for e in entries] == [None, None, "https://a.example/s"]
    assert [e.get("path") for e in entries] == ["/tmp/s0.txt", "/tmp/s1.txt", None]


def _article(ident: str, **fields: str) -> Article:
    return Article(ident, f"/tmp/{ident}.txt", "text", **fields)


async def test_textual_markdown_widget_finds_every_citation_target(sample_markdown: str) -> None:
    """The app's export preview (Textual's Markdown widget) can follow every citation."""
    from textual.app import App, ComposeResult
    from textual.widgets import Markdown

    class Preview(App[None]):
        def compose(self) -> ComposeResult:
            yield Markdown(sample_markdown, open_links=False)

    app = Preview()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        widget = app.query_one(Markdown)
        targets = {anchor for _, anchor in CITATION.findall(sample_markdown)}
        assert targets
        assert all(widget.goto_anchor(anchor) for anchor in sorted(targets))
        assert not widget.goto_anchor("source-99")
