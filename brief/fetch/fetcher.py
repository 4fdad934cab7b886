"""The fetcher: one URL in, its bytes out, politely, safely and within bounds.

urllib3 directly (see docs/decisions.md): redirects are followed by hand so each hop's
scheme and address are checked; the body is read in small decoded pieces so ``--max-size``
stops a gzip bomb at the cap and the total timeout can end a slow drip.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import urllib3

from brief import __version__
from brief.fetch.cache import Cache, CachedResponse, copy_age
from brief.fetch.connection import pool_manager
from brief.fetch.politeness import Gate
from brief.fetch.replies import first_line, header_text, os_reason, retry_after, status_reason
from brief.fetch.safety import RefusedAddress, check_host
from brief.fetch.urls import RefusedURL, check_url, host_of

MB = 1024 * 1024
USER_AGENT = f"brief/{__version__} (news brief reader; +https://pypi.org/project/brief/)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason, in one line.

    ``transient``: the network or the server failed (no connection, a timeout, a 5xx), so
    the page may well still be there; a cached copy may stand in. Not so for a 404/410,
    a refusal, or a page over the size limit. ``timed_out``: the server took too long."""

    def __init__(self, message: str, *, transient: bool = False, timed_out: bool = False) -> None:
        super().__init__(message)
        self.transient = transient
        self.timed_out = timed_out


@dataclass(frozen=True, slots=True)
class FetchSettings:
    allow_private: bool = False
    max_bytes: int = 10 * MB
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 3
    per_host: int = 2
    total: int = 4
    host_delay: float = 0.5
    max_retry_after: float = 30.0
    user_agent: str = USER_AGENT
    offline: bool = False
    refresh: bool = False
    """Revalidate every cached response (conditional GET) instead of trusting its age."""
    max_age: float = 3600.0
    """A cached page younger than this is used without asking the server."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    """The URL as asked for (normalised)."""
    final_url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: float
    state: str = "done"
    """``done`` (fetched now), ``cached`` (from the cache), ``revalidated`` (304) or
    ``stale`` (the server failed; the cached copy stands in, ``notice`` says so)."""
    notice: str = ""
    problem: str = ""
    """Why the server failed, when ``stale`` (``notice`` without the address and age)."""


class _Clock:
    """A source's total time: it starts when its first request gets a connection slot."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end: float | None = None

    def start(self) -> None:
        if self.end is None:
            self.end = time.monotonic() + self.seconds

    def left(self) -> float:
        return self.seconds if self.end is None else self.end - time.monotonic()


class Fetcher:
    """Fetch URLs with shared limits; safe to call from several threads at once."""

    def __init__(self, settings: FetchSettings, cache: Cache | None = None) -> None:
        self.settings = settings
        self.cache = cache
        self.gate = Gate(
            per_host=settings.per_host, total=settings.total, delay=settings.host_delay
        )
        self._pool = pool_manager(
            allow_private=settings.allow_private, per_host=settings.per_host, total=settings.total
        )

    def close(self) -> None:
        self._pool.clear()

    def fetch(self, url: str, *, revalidate: bool = False) -> Page:
        """Fetch ``url`` (or take it from the cache); raise ``FetchError`` with a reason."""
        try:
            url = check_url(url)
        except RefusedURL as error:
            raise FetchError(str(error)) from None
        settings = self.settings
        cached = self.cache.get(url) if self.cache is not None else None
        if settings.offline:
            if cached is None:
                raise FetchError("not in the cache, and --offline forbids fetching")
            return _from_cache(cached, "cached")
        fresh = cached is not None and time.time() - cached.fetched_at < settings.max_age
        if cached is not None and fresh and not (revalidate or settings.refresh):
            return _from_cache(cached, "cached")
        try:
            return self._follow(url, cached, _Clock(settings.total_timeout))
        except FetchError as error:
            if cached is None or not error.transient:
                raise
            notice = stale_notice(url, error, cached)
            return replace(_from_cache(cached, "stale"), notice=notice, problem=str(error))

    def _follow(self, url: str, cached: CachedResponse | None, deadline: _Clock) -> Page:
        current, seen = url, {url}
        for hop in range(self.settings.max_redirects + 1):
            with self._exchange(current, cached if hop == 0 else None, deadline) as response:
                location = header_text(response.headers.get("Location") or "").strip()
                if response.status not in REDIRECTS:
                    return self._finish(url, current, response, cached, deadline)
                if not location:
                    raise FetchError(f"redirect (HTTP {response.status}) to no address")
            target = urljoin(current, location)
            try:
                current = check_url(target)
            except RefusedURL as error:
                raise FetchError(f"redirected to {_short(target)}: {error}") from None
            if current in seen:
                raise FetchError(
                    f"redirect loop (back to {_short(current)}; the site may want cookies)"
                )
            seen.add(current)
        raise FetchError(f"more than {self.settings.max_redirects} redirects")

    @contextmanager
    def _exchange(
        self, url: str, cached: CachedResponse | None, deadline: _Clock
    ) -> Iterator[urllib3.BaseHTTPResponse]:
        """One request and its response, holding a connection slot until the body is read
        (or given up); a 429/503 with a short ``Retry-After`` is tried once more."""
        settings = self.settings
        headers = {
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
            "application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.5",
            **urllib3.util.make_headers(accept_encoding=True),
        }
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        parts = urlsplit(url)
        host = host_of(url)
        for attempt in range(2):
            try:
                check_host(
                    parts.hostname or "", parts.port or 0, allow_private=settings.allow_private
                )
            except RefusedAddress as error:
                raise FetchError(f"refused address: {error}") from None
            with self.gate.slot(host) as given_up:
                if given_up:
                    raise FetchError(
                        f"not tried: {parts.hostname} timed out on {given_up} other addresses "
                        "in this run (the site is not answering; try again later)",
                        transient=True,  # a cached copy stands in
                    )
                deadline.start()  # waiting for a slot is not the server's time
                left = deadline.left()
                if left <= 0:
                    raise FetchError(
                        f"timed out (over {settings.total_timeout:g} s in all)",
                        transient=True,
                        timed_out=True,
                    )
                timeout = urllib3.Timeout(
                    connect=min(settings.connect_timeout, left),
                    read=min(settings.read_timeout, left),
                )
                try:
                    response = self._send(url, headers, timeout)
                except FetchError as error:
                    self.gate.failed(host, timed_out=error.timed_out)
                    raise
                wait = retry_after(response) if response.status in (429, 503) else None
                if wait is None or attempt == 1:
                    try:
                        yield response
                    except FetchError as error:  # reading the body
                        self.gate.failed(host, timed_out=error.timed_out)
                        raise
                    finally:
                        _discard(response)
                    return
                _discard(response)
            if wait > settings.max_retry_after or wait > deadline.left():
                raise FetchError(
                    f"the server is busy (HTTP {response.status}) and asks to retry in "
                    f"{wait:.0f} s; try again later",
                    transient=response.status >= 500,
                )
            self.gate.hold_off(host, wait)

    def _send(self, url: str, headers: dict[str, str], timeout: urllib3.Timeout):
        settings = self.settings
        try:
            return self._pool.request(
                "GET",
                url,
                headers=headers,
                timeout=timeout,
                redirect=False,
                retries=False,
                preload_content=False,
            )
        except RefusedAddress as error:
            raise FetchError(f"refused address: {error}") from None
        except urllib3.exceptions.NameResolutionError:
            raise FetchError(f"host not found: {urlsplit(url).hostname}", transient=True) from None
        except urllib3.exceptions.NewConnectionError as error:
            # before ConnectTimeoutError, its base class in urllib3 2: a refused connection
            # read "timed out connecting (over 10 s)" the instant it failed
            raise FetchError(f"could not connect ({os_reason(error)})", transient=True) from None
        except urllib3.exceptions.ConnectTimeoutError:
            raise FetchError(
                f"timed out connecting (over {settings.connect_timeout:g} s)",
                transient=True,
                timed_out=True,
            ) from None
        except urllib3.exceptions.ReadTimeoutError:
            raise FetchError(
                f"timed out waiting for the server (over {settings.read_timeout:g} s)",
                transient=True,
                timed_out=True,
            ) from None
        except urllib3.exceptions.SSLError as error:
            raise FetchError(f"secure connection failed ({first_line(error)})") from None
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(f"network error ({first_line(error)})", transient=True) from None

    def _finish(
        self,
        url: str,
        final_url: str,
        response: urllib3.BaseHTTPResponse,
        cached: CachedResponse | None,
        deadline: _Clock,
    ) -> Page:
        now = time.time()
        if response.status == 304 and cached is not None:
            if self.cache is not None:
                self.cache.touch(url, now)
            return Page(
                url,
                cached.final_url,
                cached.status,
                cached.content_type,
                cached.body,
                now,
                "revalidated",
            )
        if response.status != 200:
            raise FetchError(status_reason(response.status), transient=response.status >= 500)
        body = self._read(response, deadline)
        content_type = response.headers.get("Content-Type", "")
        if self.cache is not None:
            self.cache.put(
                CachedResponse(
                    url,
                    final_url,
                    200,
                    content_type,
                    response.headers.get("ETag", ""),
                    response.headers.get("Last-Modified", ""),
                    body,
                    now,
                )
            )
        return Page(url, final_url, 200, content_type, body, now)

    def _read(self, response: urllib3.BaseHTTPResponse, deadline: _Clock) -> bytes:
        """The decoded body, stopped at ``max_bytes`` and at the total deadline."""
        limit = self.settings.max_bytes
        chunks: list[bytes] = []
        size = 0
        response.brief_started = True  # type: ignore[attr-defined] # see _discard
        try:
            while True:
                chunk = response.read1(64 * 1024, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise FetchError(
                        f"larger than the {limit / MB:g} MB limit (raise it with --max-size)"
                    )
                if deadline.left() < 0:
                    raise FetchError(
                        f"timed out (over {self.settings.total_timeout:g} s in all)",
                        transient=True,
                        timed_out=True,
                    )
                chunks.append(chunk)
        except urllib3.exceptions.ReadTimeoutError:
            raise FetchError(
                f"timed out reading (no data for over {self.settings.read_timeout:g} s)",
                transient=True,
                timed_out=True,
            ) from None
        except urllib3.exceptions.DecodeError:
            raise FetchError("the server sent badly compressed data") from None
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(
                f"connection broken while reading ({first_line(error)})", transient=True
            ) from None
        return b"".join(chunks)


def stale_notice(url: str, error: FetchError, cached: CachedResponse) -> str:
    """One line: the address, why the server failed, and how old the copy used instead is."""
    return f"{_short(url)}: {error}; using the copy fetched {copy_age(cached.fetched_at)} ago"


def _discard(response: urllib3.BaseHTTPResponse) -> None:
    """Give the connection back only when the rest of the body is small and read; a body
    left half-read (a cap, a timeout, a big error page) closes the connection instead."""
    try:
        length = int(response.headers.get("Content-Length", "-1"))
    except ValueError:
        length = -1
    try:
        if response.closed or _fully_read(response):
            pass
        elif 0 <= length <= 64 * 1024 and not getattr(response, "brief_started", False):
            response.drain_conn()
        else:
            response.close()
    except (urllib3.exceptions.HTTPError, OSError):
        response.close()
    response.release_conn()


def _fully_read(response: urllib3.BaseHTTPResponse) -> bool:
    fp = getattr(response, "_fp", None)
    return fp is None or bool(getattr(fp, "isclosed", lambda: False)())


def _from_cache(cached: CachedResponse, state: str) -> Page:
    return Page(
        cached.url,
        cached.final_url,
        cached.status,
        cached.content_type,
        cached.body,
        cached.fetched_at,
        state,
    )


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:77] + "…"
