"""A page's own structured metadata (schema.org JSON-LD): headline, date, byline, publisher.

trafilatura reads JSON-LD too, but lets the ``og:title`` and ``<title>`` tags win over the
``headline``, and those usually carry the site's name or a shortened social title ("Tram
approved | Harbor Times" for "Harbor City council approves new tram line"). What the page
states about its article in JSON-LD is the most precise metadata it has, so brief prefers it
field by field, and keeps trafilatura's value where the page states none.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
#: schema.org types of a news or blog article (``NewsArticle``, ``ReportageNewsArticle``,
#: ``AnalysisNewsArticle``, ``BlogPosting``...): any type ending in one of these.
_ARTICLE_TYPES = ("article", "blogposting", "liveblogposting")
#: schema.org types whose ``name`` is a site's or an outlet's.
_SITE_TYPES = ("website", "organization")
#: A page holds a few small blocks; a huge one is not worth parsing for four fields.
MAX_BLOCK = 1_000_000
#: How deep into nested objects an article is looked for (``@graph``, ``mainEntity``).
MAX_DEPTH = 6


def structured_meta(page: str) -> dict[str, str]:
    """``title``, ``date`` (``YYYY-MM-DD`` or as written), ``author`` and ``outlet`` from the
    page's first JSON-LD article that states them; an empty dict when it has none."""
    for data in _parsed_blocks(page):
        for item in _objects(data, 0):
            if _is_article(item):
                found = _fields(item)
                if found:
                    return found
    return {}


def _parsed_blocks(page: str) -> Iterator[Any]:
    """Each JSON-LD block of the page that parses, in page order (a huge one or a broken one
    is skipped)."""
    for block in _SCRIPT.findall(page):
        if len(block) > MAX_BLOCK:
            continue
        try:
            yield json.loads(block.strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):
            continue


def site_names(page: str) -> list[str]:
    """Names the page's JSON-LD gives an outlet, as written: every ``publisher``'s, and the
    ``name`` of a ``WebSite`` or an organisation (``Organization``, ``NewsMediaOrganization``)."""
    names: list[str] = []
    for data in _parsed_blocks(page):
        for item in _objects(data, 0):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower().endswith(_SITE_TYPES) for k in kinds):
                names.append(_name(item))
            names.append(_name(item.get("publisher")))
    return [name for name in names if name]


def _objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _objects(entry, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                yield from _objects(data[key], depth + 1)


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(n, str) and n.lower().endswith(_ARTICLE_TYPES) for n in names)


def _fields(item: dict[str, Any]) -> dict[str, str]:
    found = {
        "title": _text(item.get("headline")) or _text(item.get("name")),
        "date": _text(item.get("datePublished")) or _text(item.get("dateCreated")),
        "author": "; ".join(_people(item.get("author"))),
        "outlet": _name(item.get("publisher")),
    }
    return {key: value for key, value in found.items() if value}


def _text(value: Any) -> str:
    """A plain string value, entities decoded and spaces folded (lists: the first)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(value).split())


def _name(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _people(value: Any) -> list[str]:
    """Bylines: people and plain names; an organisation as author is no byline."""
    names: list[str] = []
    for entry in value if isinstance(value, list) else [value]:
        if isinstance(entry, dict):
            kinds = entry.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower() == "organization" for k in kinds):
                continue
            name = _name(entry)
        else:
            name = _text(entry)
        if name and not name.lower().startswith("http") and name not in names:
            names.append(name)
    return names
