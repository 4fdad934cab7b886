"""Where a fetched source came from, and which sources could not be read, as markdown."""

from __future__ import annotations

from brief.model import Article, UnreadSource
from brief.naming import shown_date, source_name


def _link(url: str) -> str:
    from brief.export.markdown import _SAFE_URL, escape

    url = url.strip()
    return f"<{url}>" if _SAFE_URL.fullmatch(url) else escape(url)


def _when(stamp: str) -> str:
    from brief.export.markdown import escape

    text = stamp.replace("T", " ").removesuffix("Z")
    return escape(text[:16] + " UTC" if stamp.endswith("Z") else text)


def provenance(article: Article) -> str:
    """`` · fetched … · redirected to … · canonical … · via feed …`` for a fetched page."""
    if not article.fetched_at:
        return ""
    parts = [f"{'read' if article.feed_text else 'fetched'} {_when(article.fetched_at)}"]
    seen = {article.url}
    if article.final_url and article.final_url not in seen:
        parts.append(f"read at {_link(article.final_url)}")
        seen.add(article.final_url)
    if article.canonical_url and article.canonical_url not in seen:
        parts.append(f"canonical {_link(article.canonical_url)}")
    if article.via_feed:
        parts.append(f"via feed {_feed(article.via_feed)}")
    if article.feed_text:
        from brief.export.markdown import escape

        why = escape(article.feed_text)
        parts.append(f"text from the feed (the page could not be read: {why})")
    return " · " + " · ".join(parts)


def _feed(origin: str) -> str:
    from brief.export.markdown import escape

    return _link(origin) if origin.startswith(("http://", "https://")) else escape(origin)


def unread_line(item: UnreadSource) -> str:
    """One bullet; the address is plain text (it may be anything a feed said, even file:)."""
    from brief.export.markdown import escape

    line = f"- {escape(item.url)} · could not be read: {escape(item.reason)}"
    if item.via_feed:
        line += f" · listed in {_feed(item.via_feed)}"  # a feed's item, or an OPML's feed
    return line


def citation(article: Article) -> str:
    """A one-line markdown citation: ``[Headline — Outlet, date](url)``, or without a link
    when the source has no http(s) address."""
    from brief.export.markdown import _SAFE_URL, escape

    title = " ".join(source_name(article).split())
    label = title + (f" — {article.outlet}" if article.outlet else "")
    dated = shown_date(article)
    label += f", {dated}" if dated else ""
    url = (article.url or article.final_url).strip()
    text = escape(label)
    if url and _SAFE_URL.fullmatch(url):
        return f"[{text}]({url.replace('(', '%28').replace(')', '%29')})"
    return text
