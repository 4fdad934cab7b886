"""From what the user named (URLs, feeds, OPML, URL lists) to fetched pages and failures.

Feeds expand to their items, each fetched in full; everything that cannot be read becomes
a ``Failure`` with a one-line reason, never an exception and never silently dropped.
Pages are fetched on a few threads; ``on_event`` hears about each source as it goes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from urllib.parse import urlsplit

from brief.fetch.cache import copy_age
from brief.fetch.feed_text import MIN_WORDS, feed_page, item_page, may_be_whole
from brief.fetch.feeds import FeedError, FeedItem, opml_feeds, parse_feed, sniff
from brief.fetch.fetcher import Fetcher, FetchError, Page
from brief.fetch.request import Request
from brief.fetch.urls import RefusedURL, check_url, same_page

State = str
"""``queued``, ``fetching``, ``done``, ``cached``, ``revalidated``, ``failed``, ``feed``, or
``feed-text`` (the page could not be fetched; the item's text in its feed is read instead)
or ``stale`` (the server failed; the cached copy is read, with a notice)."""


@dataclass(frozen=True, slots=True)
class SourceEvent:
    url: str
    state: State
    detail: str = ""
    via_feed: str = ""
    place: tuple[int, ...] | None = None
    """The source's place in the order given (``Place``), once known: the app's progress list
    shows a feed's items in the feed's place as they are heard of."""


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
    feed_title: str = ""
    """The item's title in its feed (a fallback when the page names none)."""
    feed_date: str = ""
    """The item's publication date in its feed, ``YYYY-MM-DD`` (a fallback)."""
    feed_author: str = ""
    """The item's author in its feed (a fallback)."""
    feed_text: str = ""
    """Why the page itself was not read, when ``body`` is the item's text from its feed."""
    feed_page: bytes = b""
    """The item's text from its feed as a page, when it may hold the article: ingest reads it
    if ``body`` turns out to hold no readable text."""


@dataclass(frozen=True, slots=True)
class Failure:
    url: str
    reason: str
    via_feed: str = ""


@dataclass(slots=True)
class Gathered:
    pages: list[Fetched] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    """Lines for the command line and the app: an OPML file cut short (its feeds before the
    cut are read), and sources read from a cached copy because their server failed
    (``stale``), one line per host and reason (``stale_lines``), not one per feed item."""
    remarks: list[str] = field(default_factory=list)
    """Lines for the command line: a feed with more items than ``max_items`` (only the newest
    are read; the app says it in the feed's line of the source list), a source that led to
    a page already read (read once)."""
    order: dict[str, int] = field(default_factory=dict)
    """Each source's place in the order given (``same_page`` of its address): as typed, a
    feed's items in the feed's place as the feed lists them (``brief A FEED B``: A, the
    feed's items, B), whatever order the fetches finish in."""

    def rank(self, url: str) -> int:
        """``url``'s place in the order given (after every source given when not one)."""
        return self.order.get(same_page(url), len(self.order))


Listener = Callable[[SourceEvent], None]
Place = tuple[int, ...]
"""Where a source was given: ``(2,)`` the third typed, ``(2, 0)`` the first item of the feed
typed third (``(2, 1, 0)`` through an OPML file); sorted, the order given."""


def gather(
    request: Request,
    fetcher: Fetcher,
    on_event: Listener | None = None,
    *,
    revalidate: Iterable[str] = (),
) -> Gathered:
    """Fetch every source of ``request`` on a few threads; feeds expand as they arrive."""
    return _Run(request, fetcher, on_event, frozenset(revalidate)).run()


class _Run:
    """One gathering: a shared thread pool, where a fetched feed schedules its items."""

    def __init__(self, request: Request, fetcher: Fetcher, on_event: Listener | None,
                 again: frozenset[str]) -> None:  # fmt: skip
        self.request, self.fetcher, self.again = request, fetcher, again
        self.listener = on_event
        self.result = Gathered()
        self.lock = threading.Lock()
        self.place: dict[str, Place] = {}
        """Each source's place: a typed one's index; a feed item's, its feed's and its own."""
        self.files: dict[str, Place] = {}
        """A local feed file's place (after the typed sources): told with its events only."""
        self.items: dict[str, FeedItem] = {}
        self.futures: list[Future[None]] = []
        self.stale: list[Page] = []
        self.pool = ThreadPoolExecutor(max_workers=max(1, fetcher.settings.total))

    def run(self) -> Gathered:
        try:
            typed = self.request.urls
            self.schedule_all(list(typed), "", "typed", ())
            for number, (path, body) in enumerate(self.request.feed_files, len(typed)):
                self.files[path] = (number,)
                self.expand(path, body, "", (number,))
            while True:
                with self.lock:
                    waiting = [f for f in self.futures if not f.done()]
                if not waiting:
                    break
                wait(waiting)
        finally:
            self.pool.shutdown(wait=True)
        places = sorted(self.place, key=self.place.__getitem__)
        self.result.order = {key: number for number, key in enumerate(places)}
        rank = self.result.rank
        self.result.pages.sort(key=lambda p: rank(p.url))
        # the lines and the brief's "Could not be read" in the order given, not as they failed
        self.result.failures.sort(key=lambda f: rank(f.url))
        self.result.pages = self.once(self.result.pages)
        self.stale.sort(key=lambda page: rank(page.url))
        self.result.notices.extend(stale_lines(self.stale))
        return self.result

    def tell(self, event: SourceEvent) -> None:
        """Pass ``event`` on with the source's place (read without the lock, which a caller
        may hold: a dict lookup, and a place only ever moves earlier)."""
        if self.listener is not None:
            place = self.files.get(event.url) or self.place.get(same_page(event.url))
            self.listener(replace(event, place=place))

    def once(self, pages: list[Fetched]) -> list[Fetched]:
        """Each page once: a source whose redirects led to a page read for an earlier source
        (``/r`` -> ``/a``, and ``/a``; two feeds' redirector links to one article) is said,
        not read again as a "syndicated copy" of itself. Pages are in the order given."""
        first: dict[str, str] = {}
        kept = []
        for page in pages:
            key = same_page(page.final_url) if page.final_url else ""
            if key and key in first:
                self.result.remarks.append(f"{page.url}: the same page as {first[key]}; read once")
                continue
            first.setdefault(key, page.url)
            kept.append(page)
        return kept

    def schedule_all(self, urls: list[str], via: str, kind: str, parent: Place) -> None:
        """``kind``: ``typed`` (a page or a feed), ``feed`` (from OPML) or ``item``; each of
        ``urls`` is placed after ``parent``, the place of the feed or OPML listing it.

        Every new one is announced before the first is fetched, so the count of sources to
        go is whole from the start (a feed's items arrive together)."""
        with self.lock:
            new = []
            for number, url in enumerate(urls):  # "page#c", "page?utm_source=x": the page, once
                key, place = same_page(url), (*parent, number)
                if key not in self.place:
                    self.place[key] = place
                    new.append((url, place))
                elif len(self.place[key]) > 1:  # in two feeds: the first one's place, whichever
                    self.place[key] = min(self.place[key], place)  # came first (typed: as typed)
            for url, _place in new:
                if kind == "item":
                    self.tell(SourceEvent(url, "queued", via_feed=via))
            for url, place in new:
                self.futures.append(self.pool.submit(self.job, url, via, kind, place))

    def fail(self, url: str, reason: str, via: str = "") -> None:
        with self.lock:
            self.result.failures.append(Failure(url, reason, via))
        self.tell(SourceEvent(url, "failed", reason, via))

    def job(self, url: str, via: str, kind: str, place: Place) -> None:
        try:
            self._job(url, via, kind, place)
        except Exception as error:  # a bug must not hang the others: report it as the reason
            self.fail(url, f"internal error ({type(error).__name__}: {error})", via)

    def _job(self, url: str, via: str, kind: str, place: Place) -> None:
        try:
            check_url(url)
        except RefusedURL as error:
            self.fail(url, str(error), via)
            return
        if kind != "feed":
            self.tell(SourceEvent(url, "fetching", via_feed=via))
        try:
            page = self.fetcher.fetch(url, revalidate=kind == "feed" or url in self.again)
            if page.state == "cached" and kind == "typed" and sniff(page.body) is not None:
                page = self.fetcher.fetch(url, revalidate=True)  # feeds change: always ask
        except FetchError as error:
            item = self.items.get(url) if kind == "item" else None
            if item is None or not item.text.strip():
                self.fail(url, str(error), via)
            else:
                self.from_feed(item, via, str(error))
            return
        if page.notice:  # never a cached copy in place of a failed fetch without a word
            with self.lock:
                self.stale.append(page)
        is_feed = sniff(page.body) is not None
        if kind == "item" and is_feed:
            self.fail(url, "a feed inside a feed is not followed", via)
        elif kind == "feed" and not is_feed:
            self.fail(url, "not a feed (RSS, Atom or JSON Feed)", via)
        elif is_feed:
            self.expand(url, page.body, page.final_url, place)
        else:
            _keep(self.result, self.lock, page, via, self.tell, given=url,
                  item=self.items.get(url) if via else None)  # fmt: skip

    def from_feed(self, item: FeedItem, via: str, reason: str) -> None:
        """The page could not be fetched: its text in the feed, if the feed has the article."""
        body, words = feed_page(item)
        if words < MIN_WORDS:
            plural = "" if words == 1 else "s"
            summary = f"; the feed has only a summary ({words} word{plural})" if words else ""
            self.fail(item.url, reason + summary, via)
            return
        fetched = Fetched(
            item.url,
            "",
            body,
            "text/html; charset=utf-8",
            _now(),
            via,
            "feed-text",
            item.title,
            item.published.date().isoformat() if item.published else "",
            item.author,
            reason,
        )
        with self.lock:
            self.result.pages.append(fetched)
        self.tell(SourceEvent(item.url, "feed-text", reason, via))

    def expand(self, origin: str, body: bytes, base_url: str, place: Place) -> None:
        request = self.request
        if sniff(body) == "opml":
            try:
                feeds, problem = opml_feeds(body)
            except FeedError as error:
                self.fail(origin, str(error))
                return
            if problem:  # cut short: the feeds before the break are read, and the app says so
                with self.lock:
                    self.result.notices.append(f"{origin}: {problem}")
            if not feeds:
                self.fail(origin, "the OPML file lists no feed (no xmlUrl)")
            self.schedule_all(feeds, origin, "feed", place)
            return
        try:
            feed = parse_feed(body, base_url, max_items=request.max_items, since=request.since)
        except FeedError as error:
            self.fail(origin, str(error))
            return
        shown = feed.title or origin
        if not feed.items:  # else nothing at all would say why the feed gave no source
            since = request.since
            why = (
                f"no item of the feed is dated {since.isoformat()} or later ({feed.skipped} older)"
                if feed.skipped and since is not None
                else "the feed has no item with a link to read"
            )
            self.fail(origin, why)
            return
        count = f"{len(feed.items)} item(s)"
        if feed.cut:
            count = f"the {len(feed.items)} newest of {len(feed.items) + feed.cut} items"
        self.tell(SourceEvent(origin, "feed", f"{count} from {shown}"))
        with self.lock:
            if feed.cut:
                self.result.remarks.append(
                    f"{origin}: read {count} (raise --max-items-per-feed to read more)"
                )
            for item in feed.items:
                self.items.setdefault(item.url, item)
        self.schedule_all([item.url for item in feed.items], origin, "item", place)


def stale_lines(pages: list[Page]) -> list[str]:
    """One line per host and reason for the sources read from a cached copy.

    A long outage made every feed item past its hour of freshness a line of its own: 30
    lines for one server down (QA, eighteenth round). A host with one such source keeps the
    fetcher's line (``stale_notice``); with more, one line counts them and gives the ages."""
    groups: dict[tuple[str, str], list[Page]] = {}
    for page in pages:
        groups.setdefault((urlsplit(page.url).netloc, page.problem), []).append(page)
    lines = []
    for (host, problem), group in groups.items():
        if len(group) == 1:
            lines.append(group[0].notice)
            continue
        young = copy_age(max(p.fetched_at for p in group))
        old = copy_age(min(p.fetched_at for p in group))
        when = young if young == old else f"between {young} and {old}"
        first = group[0].url if len(group[0].url) <= 80 else group[0].url[:77] + "…"
        lines.append(
            f"{host}: {problem}; using the cached copies of {len(group)} addresses there"
            f" (the first {first}), fetched {when} ago"
        )
    return lines


def _keep(
    result: Gathered,
    lock: threading.Lock,
    page: Page,
    via: str,
    tell: Listener,
    *,
    given: str,
    item: FeedItem | None = None,
) -> None:
    stamp = datetime.fromtimestamp(page.fetched_at, timezone.utc)
    fetched = Fetched(
        given,
        page.final_url,
        page.body,
        page.content_type,
        _iso(stamp),
        via,
        page.state,
        item.title if item is not None else "",
        item.published.date().isoformat() if item is not None and item.published else "",
        item.author if item is not None else "",
        feed_page=item_page(item) if item is not None and may_be_whole(item) else b"",
    )
    with lock:
        result.pages.append(fetched)
    tell(SourceEvent(given, page.state, via_feed=via))


def _iso(stamp: datetime) -> str:
    return stamp.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _now() -> str:
    return _iso(datetime.now(timezone.utc))
