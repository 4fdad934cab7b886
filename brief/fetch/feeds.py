"""Feeds: recognised by content (RSS 2.0/1.0, Atom, JSON Feed, OPML), read into item links.

feedparser parses RSS and Atom from bytes handed to it; it is never given a URL or a path,
so it never fetches. JSON Feed (which feedparser does not read) is a small JSON format read
here. Items come back newest first, filtered by ``since`` and cut to ``max_items``.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from html import unescape
from typing import Any, Literal
from urllib.parse import urljoin

from brief.fetch.urls import same_page

Kind = Literal["rss", "atom", "jsonfeed", "opml"]

_XML_ROOT = re.compile(
    rb"<(?:[A-Za-z_][\w.\-]*:)?(rss|RDF|feed|opml|html|HTML)[\s>/]", re.IGNORECASE
)


class FeedError(ValueError):
    """A feed that cannot be read; the message says why."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    title: str
    published: datetime | None
    text: str = ""
    """The item's own text in the feed (full content, else its summary), raw and untrusted:
    HTML, or plain text when ``text_html`` is false; the page is read when it can be."""
    text_html: bool = True
    author: str = ""


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    kind: Kind
    items: tuple[FeedItem, ...]
    skipped: int = 0
    """Items left out by ``since`` or ``max_items``."""
    cut: int = 0
    """Of those, the items in range of ``since`` left out by ``max_items`` alone."""


def sniff(body: bytes) -> Kind | None:
    """What kind of feed ``body`` is, from its first bytes; None for a page or other text."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        probe = head[:2048].decode("utf-8", "replace")
        return "jsonfeed" if re.search(r'"version"\s*:\s*"https?://jsonfeed\.org/', probe) else None
    for match in _XML_ROOT.finditer(head):
        tag = match.group(1).decode("ascii").lower()
        if tag == "html":
            return None
        if tag == "opml":
            return "opml"
        if tag == "feed":
            return "atom" if b"http://www.w3.org/2005/Atom" in head else None
        return "rss"  # <rss> 2.0 and <rdf:RDF> (RSS 1.0)
    return None


def parse_feed(
    body: bytes,
    base_url: str = "",
    *,
    max_items: int = 20,
    since: date | None = None,
) -> Feed:
    kind = sniff(body)
    if kind == "jsonfeed":
        title, items = _json_feed(body, base_url)
    elif kind in ("rss", "atom"):
        title, items = _xml_feed(body, base_url)
    else:
        raise FeedError("not a feed (RSS, Atom or JSON Feed)")
    total = len(items)
    if since is not None:
        floor = datetime(since.year, since.month, since.day, tzinfo=timezone.utc)
        items = [i for i in items if i.published is None or i.published >= floor]
    items.sort(key=lambda i: i.published or datetime.min.replace(tzinfo=timezone.utc), reverse=True)
    kept = tuple(items[:max_items])
    return Feed(title, kind, kept, skipped=total - len(kept), cut=len(items) - len(kept))


def _xml_feed(body: bytes, base_url: str) -> tuple[str, list[FeedItem]]:
    import feedparser  # lazy: only feeds need it

    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(
        io.BytesIO(body), response_headers=headers, resolve_relative_uris=False, sanitize_html=False
    )
    if parsed.get("bozo") and not parsed.get("entries"):
        error = parsed.get("bozo_exception")
        raise FeedError(f"unreadable feed ({str(error).splitlines()[0] if error else 'bad XML'})")
    items = []
    seen: set[str] = set()
    for entry in parsed.get("entries", []):
        link = _entry_link(entry)
        if not link:
            continue
        link = urljoin(base_url, link) if base_url else link
        if same_page(link) in seen:  # one article tagged per item, or with #comments
            continue
        seen.add(same_page(link))
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime(*stamp[:6], tzinfo=timezone.utc) if stamp else None
        text, is_html = _entry_text(entry)
        items.append(
            FeedItem(
                link,
                _plain_title(entry),
                published,
                text,
                is_html,
                " ".join(str(entry.get("author") or "").split()),
            )
        )
    return _plain_title(parsed.get("feed", {})), items


_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div|li|h[1-6])\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def _plain_title(holder: Any) -> str:
    """A feed's or an item's title as text: an Atom ``type="html"`` title, or one feedparser
    found markup in, is HTML (``Port &amp;amp; ferry`` reads "Port & ferry", tags go)."""
    title = str(holder.get("title") or "")
    kind = str((holder.get("title_detail") or {}).get("type", ""))
    if kind in ("text/html", "application/xhtml+xml"):
        title = unescape(_TAG.sub("", _BREAK.sub(" ", title)))
    return " ".join(title.split())


def _entry_link(entry: Any) -> str:
    for link in entry.get("links", []) or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"]).strip()
    link = entry.get("link") or ""
    if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
        link = entry["id"]
    return str(link).strip()


def _entry_text(entry: Any) -> tuple[str, bool]:
    """The longest of the entry's full contents (``content:encoded``, Atom ``content``),
    else its summary (RSS ``description`` carries whole articles in some feeds)."""
    best, html = "", True
    for part in entry.get("content", []) or []:
        value = part.get("value") if isinstance(part, dict) else None
        if isinstance(value, str) and len(value) > len(best):
            best, html = value, part.get("type", "text/html") != "text/plain"
    if not best and isinstance(entry.get("summary"), str):
        detail = entry.get("summary_detail") or {}
        best, html = entry["summary"], detail.get("type", "text/html") != "text/plain"
    return best, html


def _json_feed(body: bytes, base_url: str) -> tuple[str, list[FeedItem]]:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FeedError(f"invalid JSON Feed ({error})") from None
    except RecursionError:  # thousands of nested arrays: Python's parser gives up
        raise FeedError("invalid JSON Feed (nested too deeply)") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise FeedError("invalid JSON Feed (no items list)")
    items = []
    seen: set[str] = set()
    for entry in data["items"]:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url") or ""
        if not isinstance(link, str) or not link.strip():
            continue
        link = urljoin(base_url, link.strip()) if base_url else link.strip()
        if same_page(link) in seen:  # one article tagged per item, or with #comments
            continue
        seen.add(same_page(link))
        when = entry.get("date_published") or entry.get("date_modified")
        text, is_html = _json_text(entry)
        items.append(
            FeedItem(
                link,
                " ".join(str(entry.get("title") or "").split()),
                _iso_datetime(when),
                text,
                is_html,
                _json_author(entry, data),
            )
        )
    return " ".join(str(data.get("title") or "").split()), items


def _json_text(entry: dict[str, Any]) -> tuple[str, bool]:
    for key, html in (("content_html", True), ("content_text", False), ("summary", False)):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value, html
    return "", True


def _json_author(entry: dict[str, Any], feed: dict[str, Any]) -> str:
    """JSON Feed 1.1 ``authors`` (a list), 1.0 ``author`` (an object), the item's or the feed's."""
    for holder in (entry, feed):
        people = holder.get("authors")
        if not isinstance(people, list):
            people = [holder.get("author")]
        names = [p.get("name") for p in people if isinstance(p, dict)]
        names = [n for n in names if isinstance(n, str) and n.strip()]
        if names:
            return " ".join(", ".join(names).split())
    return ""


def _iso_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def parse_opml(body: bytes) -> list[str]:
    """The feed addresses (``xmlUrl``) of an OPML file, in order, nested outlines included."""
    feeds, problem = opml_feeds(body)
    if problem:
        raise FeedError(problem)
    return feeds


def opml_feeds(body: bytes) -> tuple[list[str], str]:
    """The feed addresses of an OPML file and what is wrong with it ("" when nothing is).

    A file cut short (a download or a copy stopped midway) or broken further on still gives
    the feeds of the outlines written whole before the break; it raises ``FeedError`` only
    when it gives none."""
    import xml.etree.ElementTree as ET

    if b"<!DOCTYPE" in body[:4096].upper() or b"<!ENTITY" in body[:65536].upper():
        raise FeedError("OPML with a DOCTYPE or entities is not read")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        feeds = _whole_outlines(body, error.position)
        if not feeds:
            raise FeedError(f"invalid OPML ({error})") from None
        listed = "the feed" if len(feeds) == 1 else f"the {len(feeds)} feeds"
        return feeds, f"OPML cut short or broken ({error}); reading {listed} listed before it"
    if root.tag.lower() != "opml":
        raise FeedError("not an OPML file")
    urls: list[str] = []
    for outline in root.iter("outline"):
        _add(urls, outline.get("xmlUrl") or outline.get("xmlurl") or "")
    return urls, ""


_OUTLINE = re.compile(rb"<outline\b[^<>]*>", re.IGNORECASE)
_XML_URL = re.compile(rb"""\bxmlUrl\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""", re.IGNORECASE)


def _whole_outlines(body: bytes, position: tuple[int, int]) -> list[str]:
    """The ``xmlUrl`` of each outline tag written whole before the parser's error."""
    from html import unescape

    line, column = position
    lines = body.split(b"\n")
    end = sum(len(s) + 1 for s in lines[: line - 1]) + column
    urls: list[str] = []
    for tag in _OUTLINE.finditer(body[:end]):
        found = _XML_URL.search(tag.group(0))
        if found:
            raw = found.group(1) if found.group(1) is not None else found.group(2)
            _add(urls, unescape(raw.decode("utf-8", "replace")))
    return urls


def _add(urls: list[str], url: str) -> None:
    if url.strip() and url.strip() not in urls:
        urls.append(url.strip())
