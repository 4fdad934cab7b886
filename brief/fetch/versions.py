"""One source per page: a fetched page whose canonical address is another fetched page.

An AMP or print version names the article's own address as its canonical one
(``<link rel="canonical">``); given beside that address (a link list holding both, a feed
linking to the AMP page and a newsletter to the article), it is the same page reached by
a second address, not a second source. The page the canonical address names is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from brief.fetch.urls import same_page
from brief.model import Article


def one_version(articles: Sequence[Article]) -> tuple[list[Article], list[str]]:
    """The articles with each such version left out, and one line for each left out
    ("URL: a version of OTHER (its canonical address); read once"), in the order given."""
    at: dict[str, Article] = {}
    for article in articles:
        for address in (article.url, article.final_url):
            if address:
                at.setdefault(same_page(address), article)
    left: set[str] = set()
    lines = []
    for article in articles:
        if not article.url or not article.canonical_url:
            continue
        canonical = same_page(article.canonical_url)
        other = at.get(canonical)
        own = {same_page(a) for a in (article.url, article.final_url) if a}
        if other is None or other is article or canonical in own or other.id in left:
            continue
        left.add(article.id)
        lines.append(f"{article.url}: a version of {other.url} (its canonical address); read once")
    if not left:
        return list(articles), []
    from brief.ingest.dedupe import find_copies

    kept = [replace(a, duplicate_of=None) for a in articles if a.id not in left]
    copies = find_copies(kept)
    return [replace(a, duplicate_of=copies.get(a.id)) for a in kept], lines
