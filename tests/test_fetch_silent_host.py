"""A site that stopped answering: after two timeouts its other addresses are not tried.

The silent server is a socket on 127.0.0.1 that is listened on and never answered: the
connection is made (the kernel queues it), then no byte comes back.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from brief.fetch.cache import Cache
from brief.fetch.fetcher import Fetcher, FetchSettings
from brief.fetch.gather import Request, gather


@pytest.fixture
def silent() -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(32)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


def _fetcher(tmp_path: Path) -> Fetcher:
    settings = FetchSettings(allow_private=True, host_delay=0.0, read_timeout=0.6)
    return Fetcher(settings, Cache(tmp_path / "cache.sqlite"))


def test_a_silent_site_is_given_up_after_two_timeouts(silent: str, web, tmp_path: Path) -> None:
    """Eight links to a silent site took 8 x the timeout / 2 at a time, each saying what
    the first said; now once two have timed out the others are not sent (each still gets
    its line), and another host is read as before. No third times out: the slot the first
    timeout freed waits for the second's end (a third was sent, and waited out its own)."""
    urls = [f"{silent}/a/{n}.html" for n in range(8)] + [web.url("/a/1.html")]
    start = time.monotonic()
    got = gather(Request(urls=urls), _fetcher(tmp_path))
    took = time.monotonic() - start
    assert [p.url for p in got.pages] == [web.url("/a/1.html")]
    reasons = [f.reason for f in got.failures]
    assert len(reasons) == 8
    timed_out = sum(r.startswith("timed out waiting for the server") for r in reasons)
    assert timed_out == 2
    skipped = [r for r in reasons if r.startswith("not tried: 127.0.0.1 timed out on 2 ")]
    assert len(skipped) == 6
    assert took < 2 * 0.6  # without the rule: 4 rounds of 0.6 s at the least


def test_a_cached_copy_stands_in_for_an_address_not_tried(silent: str, tmp_path: Path) -> None:
    """Not trying is a network failure as the timeout is: a cached copy is used, as for a
    server that is down."""
    from fetch_server import article_html

    from brief.fetch.cache import CachedResponse

    urls = [f"{silent}/a/{n}.html" for n in range(4)]
    cache = Cache(tmp_path / "cache.sqlite")
    body = article_html(3).encode()
    old = time.time() - 7200  # older than max_age: asked for again
    cache.put(CachedResponse(urls[3], urls[3], 200, "text/html", "", "", body, old))
    cache.close()
    got = gather(Request(urls=urls), _fetcher(tmp_path))
    assert [p.url for p in got.pages] == [urls[3]]
    assert got.pages[0].state == "stale" and got.pages[0].body == body
    assert len(got.failures) == 3


def test_what_could_not_be_read_is_listed_in_the_order_given(
    silent: str, web, tmp_path: Path
) -> None:
    """The failures came in the order they failed: a slow one after a quick 404 typed
    later, and another order on the next run (offline, all fail at once)."""
    urls = [f"{silent}/a/1.html", web.url("/missing"), web.url("/no-location")]
    got = gather(Request(urls=urls), _fetcher(tmp_path))
    assert [f.url for f in got.failures] == urls
