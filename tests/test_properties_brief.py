"""Property tests over the analysis: spans, determinism, provenance, safe markdown."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from brief.analysis import build_brief
from brief.export import to_markdown
from brief.ingest import load_paths
from brief.model import AnalysisOptions

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAMES = ["Mr. Alder", "the ministry", "Ms. Birch", "a spokesperson", "Cedar Corp", "officials"]
VERBS = ["said", "told reporters", "added", "warned", "claimed"]
WORDS = [
    "council",
    "budget",
    "river",
    "bridge",
    "vote",
    "schools",
    "tax",
    "storm",
    "[b]x[/b]",
    "<script>",
    "`code`",
    "# hash",
    "[l](javascript:x)",
    "\u00ab",
    "\u201e",
    "'",
    "\u2019",
]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    body = " ".join(words)
    form = draw(st.integers(0, 4))
    name, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS))
    if form == 0:
        return f"The {body} changed on Monday."
    if form == 1:
        return f"\u201c{body.capitalize()},\u201d {name} {verb}."
    if form == 2:
        return f"{name.capitalize()} {verb} that the {body} would change."
    if form == 3:
        return f'"{body.capitalize()}'  # unbalanced quotation mark
    return f"According to {name}, the {body} is on hold."


@st.composite
def article(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(sentence(), min_size=1, max_size=4), min_size=1, max_size=5)
    )
    headline = draw(st.sampled_from(["", "Council weighs budget\n\n"]))
    return headline + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def _load(tmp_path: Path, texts: list[str]):  # type: ignore[no-untyped-def]
    folder = tmp_path / "set"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for number, text in enumerate(texts):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    return load_paths([str(folder)]).articles


def _folded(text: str) -> str:
    return " ".join(text.split())


@SETTINGS
@given(texts=st.lists(article(), min_size=1, max_size=4))
def test_every_span_locates_its_text(tmp_path: Path, texts: list[str]) -> None:
    articles = _load(tmp_path, texts)
    brief = build_brief(articles, AnalysisOptions(sentences=4), timestamp=False)
    by_id = {a.id: a for a in articles}
    for item in brief.summary:
        source = by_id[item.source]
        assert _folded(source.text[item.span[0] : item.span[1]]) == _folded(item.text)
        assert item.source in item.supporting_sources
        assert set(item.supporting_sources) <= set(by_id)
    for cluster in brief.quotes:
        own = {v.source for v in cluster.variants}
        assert own <= set(cluster.sources)  # and the copies that keep the words (unanalysed)
        assert all(by_id[s].duplicate_of for s in set(cluster.sources) - own)
        for variant in cluster.variants:
            source = by_id[variant.source]
            # a quotation broken by its attribution reads its parts joined by " … "
            parts = variant.parts or (variant.span,)
            assert variant.span == (parts[0][0], parts[-1][1])
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(parts))
            pieces = [source.text[start:end] for start, end in parts]
            assert " \u2026 ".join(map(_folded, pieces)) == _folded(variant.text)
            for located in pieces:
                # a quote stays inside one paragraph unless the paragraph ends open
                assert "\n\n" not in located or located.count("\u201c") + located.count('"') > 0


@SETTINGS
@given(texts=st.lists(article(), min_size=1, max_size=3))
def test_summary_is_deterministic_and_drawn_from_the_set(tmp_path: Path, texts: list[str]) -> None:
    articles = _load(tmp_path, texts)
    first = build_brief(articles, AnalysisOptions(sentences=3), timestamp=False)
    second = build_brief(articles, AnalysisOptions(sentences=3), timestamp=False)
    assert first == second
    sentences = {_folded(s.text) for a in articles for s in a.sentences}
    for item in first.summary:
        assert any(piece in _folded(item.text) for piece in sentences)
    if any(a.body_sentences for a in articles):
        assert first.summary


@SETTINGS
@given(texts=st.lists(article(), min_size=1, max_size=3))
def test_markdown_of_any_brief_has_no_raw_html_or_foreign_links(
    tmp_path: Path, texts: list[str]
) -> None:
    articles = _load(tmp_path, texts)
    markdown = to_markdown(build_brief(articles, timestamp=False))
    tokens = MarkdownIt("commonmark").parse(markdown)
    flat = [t for tok in tokens for t in [tok, *(tok.children or [])]]
    assert not [t for t in flat if t.type in {"html_block", "html_inline", "image"}]
    for link in (t for t in flat if t.type == "link_open"):
        assert str(link.attrs.get("href", "")).startswith("#source-")
