"""Command-palette provider: jump to any source by outlet or headline.

Titles come from articles, so hits are built from ``Content`` styled at the fuzzy-match
offsets, never with ``Matcher.highlight`` (which parses its argument as markup).
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from brief.model import Article
from brief.text.clean import fold

MAX_DISCOVERY = 30


def source_label(number: int, article: Article) -> str:
    parts = [p for p in (article.outlet, article.date) if p]
    head = " · ".join(parts)
    title = article.title or article.id
    return fold(f"Show source {number}: {head + ' · ' if head else ''}{title}")


class SourceCommands(Provider):
    """``Show source N: outlet · headline`` for every article of the set."""

    def _articles(self) -> list[Article]:
        articles = getattr(self.screen, "articles", ())
        return list(articles)

    async def discover(self) -> Hits:
        for number, article in enumerate(self._articles()[:MAX_DISCOVERY], 1):
            label = source_label(number, article)
            yield DiscoveryHit(Content(label), self._show(article.id), text=label)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        style = matcher.match_style
        for number, article in enumerate(self._articles(), 1):
            label = source_label(number, article)
            score, offsets = matcher.fuzzy_search.match(query, label)
            if score <= 0:
                continue
            display = Content(label)
            for offset in offsets:
                display = display.stylize(style, offset, offset + 1)
            yield Hit(score, display, self._show(article.id), text=label)

    def _show(self, article_id: str):  # type: ignore[no-untyped-def]
        show = getattr(self.screen, "show_source", None)
        return partial(show, article_id) if show is not None else (lambda: None)
