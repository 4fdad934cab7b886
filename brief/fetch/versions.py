"""One source per page: fetched pages of one site that name one canonical address.

An AMP, print or mobile version names the article's own address as its canonical one
(``<link rel="canonical">``); given beside that address (a link list holding both, a feed
linking to the AMP page and a newsletter to the article), it is the same page reached by a
second address, not a second source. So are two addresses of one site that both name a
third as canonical (``?ref=home`` and ``?output=amp``). The page the canonical address
names is kept, else the first given. Only pages ingest found to hold one text (a copy,
``duplicate_of``) are joined: a site that names its home page canonical on every article
does not make its articles one. A page of another site naming it (a syndication partner's
copy) stays a source of its own, marked a syndicated copy as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from brief.fetch.urls import same_page
from brief.model import Article

_PREFIXES = ("www.", "amp.", "m.", "mobile.")


def one_version(articles: Sequence[Article]) -> tuple[list[Article], list[str]]:
    """The articles with each such version left out, and one line for each left out
    ("URL: the same page as OTHER (...); read once"), in the order given."""
    at: dict[str, Article] = {}
    for article in articles:
        for address in (article.url, article.final_url):
            if address:
                at.setdefault(same_page(address), article)
    named: dict[tuple[str, str], Article] = {}
    left: set[str] = set()
    lines = []
    for article in articles:
        if not article.url or not article.canonical_url:
            continue
        canonical = same_page(article.canonical_url)
        own = {same_page(a) for a in (article.url, article.final_url) if a}
        if canonical in own:
            continue
        site = _site(article.url)
        other = at.get(canonical)
        if other is not None and other is not article and other.id not in left:
            if _site(other.url) == site and _one_text(article, other):
                left.add(article.id)
                why = "its canonical address"
                lines.append(f"{article.url}: the same page as {other.url} ({why}); read once")
            continue
        first = named.setdefault((site, canonical), article)
        if first is not article and first.id not in left and _one_text(article, first):
            left.add(article.id)
            why = f"both name {article.canonical_url} as their address"
            lines.append(f"{article.url}: the same page as {first.url} ({why}); read once")
    if not left:
        return list(articles), []
    from brief.ingest.dedupe import find_copies

    kept = [replace(a, duplicate_of=None) for a in articles if a.id not in left]
    copies = find_copies(kept)
    return [replace(a, duplicate_of=copies.get(a.id)) for a in kept], lines


def _one_text(one: Article, other: Article) -> bool:
    """Whether ingest found the two to be copies of one text."""
    return (one.duplicate_of or one.id) == (other.duplicate_of or other.id)


def _site(url: str) -> str:
    """The host without the prefixes a site's versions differ by (``www.``, ``amp.``, ``m.``)
    and its port."""
    host = (urlsplit(url).hostname or "").lower()
    while host.startswith(_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    return host
