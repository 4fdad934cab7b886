"""Quote extraction: direct and reported statements, speakers, cross-source clusters.

``extract_quotes(articles)`` is the public entry point; ``statements_of(article)`` gives
one article's statements as ``QuoteVariant`` values (used by the benchmark).
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.model import Article, QuoteCluster, QuoteVariant

__all__ = ["extract_quotes", "statements_of"]


def statements_of(article: Article) -> list[QuoteVariant]:
    """Every statement of one article, in reading order, with its resolved speaker."""
    from brief.quotes.extract import statements_of as _statements

    return _statements(article)


def extract_quotes(articles: Sequence[Article]) -> tuple[QuoteCluster, ...]:
    """Statements of every article, merged across sources into clusters."""
    from brief.quotes.cluster import cluster_variants

    per_article = [statements_of(article) for article in articles]
    return cluster_variants(per_article)
