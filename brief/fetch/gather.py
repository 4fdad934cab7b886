"""From what the user named (URLs, feeds, OPML, URL lists) to fetched pages and failures.

Feeds expand to their items, each fetched in full; everything that cannot be read becomes
a ``Failure`` with a one-line reason, never an exception and never silently dropped.
Pages are fetched on a few threads; ``on_event`` hears about each source as it goes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from brief.fetch.feeds import FeedError, parse_feed, parse_opml, sniff
from brief.fetch.fetcher import Fetcher, FetchError, Page
from brief.fetch.urls import RefusedURL, check_url

State = str
"""``queued``, ``fetching``, ``done``, ``cached``, ``revalidated``, ``failed``, or ``feed``."""


@dataclass(frozen=True, slots=True)
class SourceEvent:
    url: str
    state: State
    detail: str = ""
    via_feed: str = ""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page, ready for ingest."""

    url: str
    final_url: str
    body: bytes
    content_type: str
    fetched_at: str
    """ISO-8601 UTC time of the fetch (or of the cached copy's fetch)."""
    via_feed: str = ""
    state: State = "done"


@dataclass(frozen=True, slots=True)
class Failure:
    url: str
    reason: str
    via_feed: str = ""


@dataclass(frozen=True, slots=True)
class Request:
    """What to fetch: URLs as typed, feed files read locally, and the limits of feeds."""

    urls: Sequence[str] = ()
    feed_files: Sequence[tuple[str, bytes]] = ()
    """(path, bytes) of local files that are feeds or OPML."""
    max_items: int = 20
    since: date | None = None


@dataclass(slots=True)
class Gathered:
    pages: list[Fetched] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


Listener = Callable[[SourceEvent], None]


def gather(
    request: Request,
    fetcher: Fetcher,
    on_event: Listener | None = None,
    *,
    revalidate: Iterable[str] = (),
) -> Gathered:
    """Fetch every source of ``request``; feeds first, then all pages at once."""
    tell = on_event or (lambda _event: None)
    again = frozenset(revalidate)
    result = Gathered()
    lock = threading.Lock()
    pages: list[tuple[str, str]] = []  # (url, via_feed)

    def fail(url: str, reason: str, via: str = "") -> None:
        with lock:
            result.failures.append(Failure(url, reason, via))
        tell(SourceEvent(url, "failed", reason, via))

    def expand(origin: str, body: bytes, base_url: str) -> None:
        kind = sniff(body)
        if kind == "opml":
            try:
                feeds = parse_opml(body)
            except FeedError as error:
                fail(origin, str(error))
                return
            if not feeds:
                fail(origin, "the OPML file lists no feed (no xmlUrl)")
            for url in feeds:
                feed_url(url, origin)
            return
        try:
            feed = parse_feed(body, base_url, max_items=request.max_items, since=request.since)
        except FeedError as error:
            fail(origin, str(error))
            return
        shown = feed.title or origin
        tell(SourceEvent(origin, "feed", f"{len(feed.items)} item(s) from {shown}"))
        for item in feed.items:
            pages.append((item.url, origin))
            tell(SourceEvent(item.url, "queued", via_feed=origin))

    def feed_url(url: str, via: str = "") -> None:
        try:
            page = fetcher.fetch(url, revalidate=True)
        except FetchError as error:
            fail(url, str(error), via)
            return
        if sniff(page.body) is None:
            fail(url, "not a feed (RSS, Atom or JSON Feed)", via)
            return
        expand(url, page.body, page.final_url)

    for path, body in request.feed_files:
        expand(path, body, "")
    for url in request.urls:
        tell(SourceEvent(url, "fetching"))
        try:
            page = fetcher.fetch(url, revalidate=url in again)
        except FetchError as error:
            fail(url, str(error))
            continue
        if sniff(page.body) is not None:
            expand(url, page.body, page.final_url)
        else:
            _keep(result, lock, page, "", tell, given=url)

    def one(item: tuple[str, str]) -> None:
        url, via = item
        try:
            check_url(url)
        except RefusedURL as error:
            fail(url, str(error), via)
            return
        tell(SourceEvent(url, "fetching", via_feed=via))
        try:
            page = fetcher.fetch(url, revalidate=url in again)
        except FetchError as error:
            fail(url, str(error), via)
            return
        if sniff(page.body) is not None:
            fail(url, "a feed inside a feed is not followed", via)
            return
        _keep(result, lock, page, via, tell, given=url)

    unique = list(dict.fromkeys(pages))
    with ThreadPoolExecutor(max_workers=max(1, fetcher.settings.total)) as pool:
        list(pool.map(one, unique))
    order = {url: i for i, (url, _via) in enumerate(unique)}
    result.pages.sort(key=lambda p: (p.via_feed != "", order.get(p.url, -1)))
    return result


def _keep(
    result: Gathered, lock: threading.Lock, page: Page, via: str, tell: Listener, *, given: str
) -> None:
    stamp = datetime.fromtimestamp(page.fetched_at, timezone.utc).replace(microsecond=0)
    fetched = Fetched(
        given,
        page.final_url,
        page.body,
        page.content_type,
        stamp.isoformat().replace("+00:00", "Z"),
        via,
        page.state,
    )
    with lock:
        result.pages.append(fetched)
    tell(SourceEvent(given, page.state, via_feed=via))
