"""A feed item's own text read as its article, when the item's page cannot be fetched.

Many feeds carry each article whole (RSS ``content:encoded``, Atom ``content``, JSON Feed
``content_html``/``content_text``); others carry a one- or two-sentence summary. The text
becomes an HTML page read by the same reader as any fetched page (markup, scripts and
control characters gone), but only when it holds at least ``MIN_WORDS`` words: a summary
stays a source that could not be read, and says why. A page that is fetched but holds no
readable text (a script-built page, a paywall's teaser) falls back to the same text.
"""

from __future__ import annotations

import html
import re

from brief.fetch.feeds import FeedItem
from brief.ingest.remote import FEED_TEXT_MIN_WORDS as MIN_WORDS


def item_page(item: FeedItem) -> bytes:
    """The item's text as an HTML document (empty when the item carries no text)."""
    if not item.text.strip():
        return b""
    if item.text_html:
        inner = item.text
    else:
        paragraphs = re.split(r"\n\s*\n", item.text)
        inner = "".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs if p.strip())
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
        f"<body><article>{inner}</article></body></html>"
    )
    return page.encode("utf-8", "replace")


def may_be_whole(item: FeedItem) -> bool:
    """Whether the item's text could hold the article (a cheap count, markup included):
    only then is its page kept beside a fetched page, as the fallback if that page has no
    readable text."""
    return len(item.text.split()) >= MIN_WORDS


def feed_page(item: FeedItem) -> tuple[bytes, int]:
    """The item's text as an HTML document, and how many words the page reader finds in it."""
    from brief.ingest.readers import read_html
    from brief.text.clean import blank_controls

    page = item_page(item)
    words = len(read_html(blank_controls(page.decode("utf-8"))).text.split()) if page else 0
    return page, words
