"""Which source sentences a summary sentence or a quote comes from. Plain Python, no UI.

A summary sentence names its own span, but only the ids of the other sources that carry
the same fact; in those, the sentence sharing the most content words stands for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from brief.model import Article, Brief, QuoteCluster, Sentence, SummarySentence

Span = tuple[int, int]
_WORD = re.compile(r"[^\W\d_]{3,}|\d+(?:[.,]\d+)?")
MIN_SHARE = 0.35
"""A sentence stands for a summary sentence when it carries this share of its words."""


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def best_match(
    article: Article, text: str, seen: dict[str, set[str]] | None = None
) -> Sentence | None:
    """The sentence of ``article`` that shares the largest share of ``text``'s words.

    ``seen`` keeps each sentence's words across calls (a brief asks about the same
    articles for each of its summary sentences)."""
    wanted = words(text)
    if not wanted:
        return None
    seen = {} if seen is None else seen
    best, best_share = None, MIN_SHARE
    for sentence in article.sentences:
        found = seen.get(sentence.text)
        if found is None:
            found = seen[sentence.text] = words(sentence.text)
        share = len(wanted & found) / len(wanted)
        if share > best_share:
            best, best_share = sentence, share
    return best


@dataclass(slots=True)
class Links:
    """Spans to highlight for each summary sentence, found once per analysed brief."""

    articles: dict[str, Article]
    summary: dict[str, dict[str, tuple[Span, ...]]] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=dict)
    """The words of each source sentence compared so far, by its text."""

    def summary_targets(self, item: SummarySentence) -> dict[str, tuple[Span, ...]]:
        """Article id to spans, the sentence's own source first."""
        found = self.summary.get(item.key)
        if found is not None:
            return found
        found = _summary_targets(item, self.articles, self.words)
        self.summary[item.key] = found
        return found

    def quote_targets(self, cluster: QuoteCluster) -> dict[str, tuple[Span, ...]]:
        targets: dict[str, list[Span]] = {}
        for variant in cluster.variants:
            targets.setdefault(variant.source, []).append(variant.span)
        return {source: tuple(spans) for source, spans in targets.items()}

    def feeds(
        self,
        article_id: str,
        span: Span,
        summary: Iterable[SummarySentence],
        quotes: Iterable[QuoteCluster],
    ) -> tuple[list[str], list[str]]:
        """Keys of the summary sentences and ids of the quotes a source span feeds."""
        keys = [
            item.key
            for item in summary
            if any(overlaps(span, s) for s in self.summary_targets(item).get(article_id, ()))
        ]
        quote_ids = [
            cluster.id
            for cluster in quotes
            if any(v.source == article_id and overlaps(span, v.span) for v in cluster.variants)
        ]
        return keys, quote_ids


def _summary_targets(
    item: SummarySentence, articles: dict[str, Article], seen: dict[str, set[str]]
) -> dict[str, tuple[Span, ...]]:
    targets: dict[str, tuple[Span, ...]] = {item.source: (item.span,)}
    for source in item.supporting_sources:
        if source in targets or source not in articles:
            continue
        match = best_match(articles[source], item.text, seen)
        if match is not None:
            targets[source] = (match.span,)
    return targets


def build_links(brief: Brief) -> Links:
    """Links for every summary sentence of ``brief`` (run in the analysis worker)."""
    links = Links({a.id: a for a in brief.sources})
    for item in brief.summary:
        links.summary_targets(item)
    return links
