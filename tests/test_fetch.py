"""Fetching: feeds of each kind, redirects, refusals, limits, charset, the cache.

Every request goes to the local server of ``fetch_server.py`` on 127.0.0.1; addresses
that must be refused are refused before any connection is made.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from brief.fetch.cache import Cache
from brief.fetch.feeds import parse_feed, parse_opml, sniff
from brief.fetch.fetcher import Fetcher, FetchError, FetchSettings
from brief.fetch.gather import Request, gather
from brief.fetch.safety import RefusedAddress, check_host
from brief.fetch.urls import RefusedURL, check_url, looks_like_url

MB = 1024 * 1024


def fetcher(tmp_path: Path, **settings: object) -> Fetcher:
    options = {"allow_private": True, "host_delay": 0.0, **settings}
    return Fetcher(FetchSettings(**options), Cache(tmp_path / "cache.sqlite"))  # type: ignore[arg-type]


# --- what is a URL, and which are fetched -----------------------------------------------------


def test_urls_and_paths_are_told_apart() -> None:
    assert looks_like_url("https://example.org/a")
    assert looks_like_url("file:///etc/passwd")
    assert not looks_like_url("news/article.html")
    assert not looks_like_url("C:\\news\\a.html")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not file:"),
        ("ftp://example.org/a", "not ftp:"),
        ("javascript:alert(1)", "not javascript:"),
        ("https://news.google.com/rss/articles/CBMiXkFV?oc=5", "Google News"),
        ("https://user:pw@example.org/", "user name"),
        ("http:///nohost", "no host"),
        ("news/article.txt", r"not a web address \(no http:// or https://\)"),
        ("example.org/a", "not a web address"),
    ],
)
def test_refused_urls_say_why(url: str, reason: str) -> None:
    with pytest.raises(RefusedURL, match=reason):
        check_url(url)


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "10.1.2.3", "192.168.0.9", "169.254.169.254", "::1", "fd00:ec2::254"]
)
def test_private_and_metadata_addresses_are_refused(host: str) -> None:
    with pytest.raises(RefusedAddress):
        check_host(host, 80, allow_private=False)


def test_the_flag_allows_private_but_never_metadata() -> None:
    check_host("127.0.0.1", 80, allow_private=True)
    check_host("10.1.2.3", 80, allow_private=True)
    with pytest.raises(RefusedAddress, match="metadata"):
        check_host("169.254.169.254", 80, allow_private=True)


# --- feeds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "kind"), [("/rss.xml", "rss"), ("/atom.xml", "atom"),
                                            ("/feed.json", "jsonfeed")])  # fmt: skip
def test_each_feed_kind_expands_to_its_items(web, tmp_path: Path, path: str, kind: str) -> None:
    client = fetcher(tmp_path)
    page = client.fetch(web.url(path))
    assert sniff(page.body) == kind
    feed = parse_feed(page.body, page.final_url, max_items=4)
    assert len(feed.items) == 4 and feed.skipped == 16
    assert all(i.url.startswith(web.base + "/a/") for i in feed.items)
    dates = [i.published for i in feed.items]
    assert dates == sorted(dates, reverse=True)  # newest first
    got = gather(Request(urls=[web.url(path)], max_items=3), client)
    assert len(got.pages) == 3 and not got.failures
    assert {p.via_feed for p in got.pages} == {web.url(path)}


def test_a_feeds_items_are_announced_before_any_is_fetched(web, tmp_path: Path) -> None:
    """The count of sources to go is whole from the start: the app never shows a feed's
    items trickling in while the first ones already load."""
    events: list[tuple[str, str]] = []

    def hear(event) -> None:  # type: ignore[no-untyped-def]
        events.append((event.url, event.state))
        if event.state == "queued":
            time.sleep(0.05)  # time for an already submitted page to start loading

    gather(Request(urls=[web.url("/rss.xml")], max_items=4), fetcher(tmp_path), hear)
    states = [state for url, state in events if url != web.url("/rss.xml")]
    assert states.count("queued") == 4
    assert states[:4] == ["queued"] * 4, states


def test_feed_recognised_by_content_not_extension(web, tmp_path: Path) -> None:
    got = gather(Request(urls=[web.url("/feed.txt")]), fetcher(tmp_path))  # served as text/plain
    assert len(got.pages) == 3 and not got.failures


def test_since_and_max_items() -> None:
    from fetch_server import rss

    body = rss("http://x.test", [f"http://x.test/{i}" for i in range(20)]).encode()
    feed = parse_feed(body, max_items=50, since=date(2026, 11, 20))
    assert feed.items and all(i.published.day >= 20 for i in feed.items)  # type: ignore[union-attr]
    assert len(parse_feed(body, max_items=5).items) == 5


def test_opml_lists_its_feeds(web, tmp_path: Path) -> None:
    client = fetcher(tmp_path)
    body = client.fetch(web.url("/subs.opml")).body
    assert parse_opml(body) == [web.url("/rss.xml"), web.url("/atom.xml")]
    hits = web.hits["/rss.xml"], web.hits["/atom.xml"]
    got = gather(Request(feed_files=[("subs.opml", body)], max_items=2), client)
    assert (web.hits["/rss.xml"], web.hits["/atom.xml"]) == (hits[0] + 1, hits[1] + 1)
    # both feeds list the same newest items: each page is fetched once, from the first feed
    assert len(got.pages) == 2 and len({p.url for p in got.pages}) == 2
    assert {p.via_feed for p in got.pages} <= {web.url("/rss.xml"), web.url("/atom.xml")}


def test_opml_with_entities_is_refused() -> None:
    from brief.fetch.feeds import FeedError

    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body/></opml>'
    with pytest.raises(FeedError):
        parse_opml(bomb)


# --- redirects and refusals ------------------------------------------------------------------


def test_redirect_chain_of_three_is_followed(web, tmp_path: Path) -> None:
    page = fetcher(tmp_path).fetch(web.url("/r1"))
    assert page.final_url == web.url("/a/1.html") and page.status == 200


def test_a_fourth_redirect_is_refused(web, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetcher(tmp_path).fetch(web.url("/loop1"))


def test_feed_items_pointing_at_files_and_loopback_are_refused(web, tmp_path: Path) -> None:
    from fetch_server import rss

    links = ["file:///etc/passwd", web.url("/a/1.html"), web.url("/to-file")]
    feed = ("feed.xml", rss("http://feed.test", links).encode())
    strict = fetcher(tmp_path, allow_private=False)
    got = gather(Request(feed_files=[feed]), strict)
    reasons = {f.url: f.reason for f in got.failures}
    file_item = next(url for url in reasons if url.startswith("file:"))  # feedparser folds ///
    assert "not file:" in reasons[file_item]
    assert "--allow-private-network" in reasons[web.url("/a/1.html")]
    assert "--allow-private-network" in reasons[web.url("/to-file")]
    assert not got.pages and all(f.via_feed == "feed.xml" for f in got.failures)
    # with the server allowed, the redirect to file: is still refused, the page is read
    got = gather(Request(feed_files=[feed]), fetcher(tmp_path))
    reasons = {f.url: f.reason for f in got.failures}
    assert "redirected to file:///etc/passwd" in reasons[web.url("/to-file")]
    assert [p.url for p in got.pages] == [web.url("/a/1.html")]


def test_redirect_to_metadata_refused_even_with_the_flag(web, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="metadata"):
        fetcher(tmp_path).fetch(web.url("/to-metadata"))


def test_the_connected_address_is_checked_not_only_the_name(
    web, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that resolved to a public address, then connected to loopback (DNS
    rebinding), is refused by the check on the socket's peer."""
    monkeypatch.setattr("brief.fetch.fetcher.check_host", lambda *a, **k: None)
    hits = web.hits["/a/2.html"]
    with pytest.raises(FetchError, match="loopback"):
        fetcher(tmp_path, allow_private=False).fetch(web.url("/a/2.html"))
    assert web.hits["/a/2.html"] == hits  # refused before a byte of the request was sent


# --- answers that must fail cleanly ----------------------------------------------------------


def test_not_found_and_paywall(web, tmp_path: Path) -> None:
    client = fetcher(tmp_path)
    with pytest.raises(FetchError, match=r"not found \(HTTP 404\)"):
        client.fetch(web.url("/missing"))
    with pytest.raises(FetchError, match="paywall"):
        client.fetch(web.url("/paywall"))


def test_a_refused_connection_says_so_at_once_not_a_timeout(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = fetcher(tmp_path)
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        client.fetch(f"http://127.0.0.1:{port}/a.html")
    assert str(caught.value) == "could not connect (connection refused)"
    assert time.monotonic() - started < 5


def test_slow_drip_stops_at_the_total_timeout(web, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetcher(tmp_path, total_timeout=1.0).fetch(web.url("/drip"))
    assert time.monotonic() - started < 4


def test_gzip_bomb_stops_at_the_cap(web, tmp_path: Path) -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="larger than the 1 MB limit"):
            fetcher(tmp_path, max_bytes=1 * MB).fetch(web.url("/bomb"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * MB  # 200 MB inflated would not fit under this


def test_fifty_megabyte_page_is_cut_at_the_default_limit(web, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than the 10 MB limit"):
        fetcher(tmp_path).fetch(web.url("/big"))
    assert time.monotonic() - started < 15


def test_retry_after_is_honoured(web, tmp_path: Path) -> None:
    started = time.monotonic()
    page = fetcher(tmp_path).fetch(web.url("/busy"))
    assert page.status == 200 and time.monotonic() - started >= 0.9


def test_user_agent_is_stated_and_configurable(web, tmp_path: Path) -> None:
    fetcher(tmp_path).fetch(web.url("/a/3.html"))
    assert web.agents[-1].startswith("brief/")
    fetcher(tmp_path, user_agent="my-reader/1.0").fetch(web.url("/a/4.html"))
    assert web.agents[-1] == "my-reader/1.0"


def test_at_most_two_connections_to_one_host(web, tmp_path: Path) -> None:
    web.reset_peak()
    got = gather(Request(urls=[web.url("/rss.xml")], max_items=20), fetcher(tmp_path))
    assert len(got.pages) == 20
    assert 1 <= web.peak <= 2


# --- the cache ---------------------------------------------------------------------------------


def test_etag_round_trip(web, tmp_path: Path) -> None:
    first = fetcher(tmp_path).fetch(web.url("/etag"))
    hits = web.hits["/etag"]
    again = fetcher(tmp_path, refresh=True).fetch(web.url("/etag"))
    assert web.hits["/etag"] == hits + 1
    assert again.state == "revalidated" and again.body == first.body
    cached = fetcher(tmp_path).fetch(web.url("/etag"))  # fresh: no request at all
    assert cached.state == "cached" and web.hits["/etag"] == hits + 1


def test_offline_uses_only_the_cache(web, tmp_path: Path) -> None:
    fetcher(tmp_path).fetch(web.url("/a/5.html"))
    hits = sum(web.hits.values())
    page = fetcher(tmp_path, offline=True).fetch(web.url("/a/5.html"))
    assert page.state == "cached" and sum(web.hits.values()) == hits
    with pytest.raises(FetchError, match="--offline"):
        fetcher(tmp_path, offline=True).fetch(web.url("/a/6.html"))


def test_corrupt_cache_is_moved_aside_with_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    notices: list[str] = []
    cache = Cache(path, notice=notices.append)
    assert cache.get("http://x.test/") is None
    assert len(notices) == 1 and "moved it to" in notices[0]
    assert list(tmp_path.glob("cache.sqlite.corrupt-*"))


def test_a_cache_locked_by_another_process_is_waited_for_never_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from brief.fetch import cache as cache_module
    from brief.fetch.cache import CachedResponse

    path = tmp_path / "cache.sqlite"
    Cache(path).put(CachedResponse("http://x.test/a", "", 200, "", "", "", b"kept", 0))
    monkeypatch.setattr(cache_module, "OPEN_RETRIES", (0.0, 0.0, 0.0))
    opened = Cache._open
    refusals = iter([True, True])  # the other process lets go after two tries

    def sometimes_locked(self: Cache) -> sqlite3.Connection:
        if next(refusals, False):
            raise sqlite3.OperationalError("database is locked")
        return opened(self)

    monkeypatch.setattr(Cache, "_open", sometimes_locked)
    notices: list[str] = []
    cached = Cache(path, notice=notices.append).get("http://x.test/a")
    assert cached is not None and cached.body == b"kept" and notices == []

    def always_locked(self: Cache) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Cache, "_open", always_locked)
    assert Cache(path, notice=notices.append).get("http://x.test/a") is None
    assert len(notices) == 1 and "fetching without it" in notices[0]
    assert not list(tmp_path.glob("cache.sqlite.corrupt-*"))  # the file is left as it was
    monkeypatch.setattr(Cache, "_open", opened)
    assert Cache(path).get("http://x.test/a") is not None


def test_cache_is_capped(tmp_path: Path) -> None:
    from brief.fetch.cache import CachedResponse

    cache = Cache(tmp_path / "c.sqlite", cap=250_000)
    for n in range(5):
        cache.put(CachedResponse(f"http://x.test/{n}", "", 200, "", "", "", bytes(100_000), 0))
    info = cache.info()
    assert info.entries == 2 and info.size <= 250_000
    assert cache.get("http://x.test/4") is not None and cache.get("http://x.test/0") is None


def test_typed_urls_are_fetched_side_by_side(web, tmp_path: Path) -> None:
    """A slow source does not hold up the others."""
    events: list[tuple[str, str]] = []
    got = gather(Request(urls=[web.url("/drip"), web.url("/a/40.html")]),
                 fetcher(tmp_path, total_timeout=2.0),
                 lambda e: events.append((e.url, e.state)))  # fmt: skip
    finished = [url for url, state in events if state in ("done", "failed")]
    assert finished == [web.url("/a/40.html"), web.url("/drip")]
    assert [p.url for p in got.pages] == [web.url("/a/40.html")]


def test_a_cached_feed_is_asked_for_again(web, tmp_path: Path) -> None:
    first = gather(Request(urls=[web.url("/feed.json")], max_items=2), fetcher(tmp_path))
    pages = [p.url.removeprefix(web.base) for p in first.pages]
    feed_hits, item_hits = web.hits["/feed.json"], [web.hits[p] for p in pages]
    got = gather(Request(urls=[web.url("/feed.json")], max_items=2), fetcher(tmp_path))
    assert web.hits["/feed.json"] == feed_hits + 1  # new items would be seen
    assert {p.state for p in got.pages} == {"cached"}
    assert [web.hits[p] for p in pages] == item_hits and len(pages) == 2


def test_paywall_flag_only_counts_with_a_teaser() -> None:
    from brief.ingest.remote import Remote, paywall_teaser

    flagged = Remote("u", "u", b'{"isAccessibleForFree": "False"}', "text/html", "")
    assert paywall_teaser(flagged, "A short teaser line.")
    assert not paywall_teaser(flagged, "word " * 400)  # the full text was there after all
    free = Remote("u", "u", b'{"isAccessibleForFree": true}', "text/html", "")
    assert not paywall_teaser(free, "A short teaser line.")


def _through_gate(gate, hosts: list[str], hold: float = 0.1):  # type: ignore[no-untyped-def]
    """Run one request per entry of ``hosts`` through ``gate`` on 12 threads; the peak
    concurrency in all and per host, and each host's start times."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    lock = threading.Lock()
    active: dict[str, int] = {}
    peaks = {"all": 0, "host": 0}
    starts: dict[str, list[float]] = {}

    def request(host: str) -> None:
        with gate.slot(host):
            with lock:
                starts.setdefault(host, []).append(time.monotonic())
                active[host] = active.get(host, 0) + 1
                peaks["host"] = max(peaks["host"], active[host])
                peaks["all"] = max(peaks["all"], sum(active.values()))
            time.sleep(hold)
            with lock:
                active[host] -= 1

    with ThreadPoolExecutor(12) as pool:
        list(pool.map(request, hosts))
    return peaks, starts


def test_gate_bounds_per_host_and_in_all_and_spaces_requests() -> None:
    from brief.fetch.politeness import Gate

    peaks, _ = _through_gate(Gate(per_host=2, total=4, delay=0.0), ["one"] * 6)
    assert peaks["host"] == 2  # one host: never more than 2 at once
    peaks, _ = _through_gate(Gate(per_host=2, total=4, delay=0.0), [f"h{n}" for n in range(12)])
    assert peaks["all"] == 4  # many hosts: never more than 4 at once
    # 4 hosts share 4 slots: requests wait for a global slot after their pause, and two
    # of one host that got slots at the same moment must still start 0.05 s apart
    hosts = [f"h{n % 4}" for n in range(16)]
    _, starts = _through_gate(Gate(per_host=2, total=4, delay=0.05), hosts)
    for times in starts.values():
        gaps = [b - a for a, b in zip(sorted(times), sorted(times)[1:], strict=False)]
        assert min(gaps) >= 0.03  # 0.05 apart, less the jitter of taking the time


def test_a_redirect_to_loopback_from_a_feed_item_is_refused(
    web, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server stands in for a public site (its first connection is let through); the
    item's redirect to 127.0.0.1 is then checked on its own hop and refused."""
    from fetch_server import rss

    import brief.fetch.connection as connection
    import brief.fetch.fetcher as fetcher_module

    def first_only(real):  # type: ignore[no-untyped-def]
        calls = []

        def check(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(args)
            if len(calls) > 1:
                real(*args, **kwargs)

        return check

    monkeypatch.setattr(fetcher_module, "check_host", first_only(fetcher_module.check_host))
    monkeypatch.setattr(connection, "check_peer", first_only(connection.check_peer))
    feed = ("feed.xml", rss("http://feed.test", [web.url("/to-loopback")]).encode())
    got = gather(Request(feed_files=[feed]), fetcher(tmp_path, allow_private=False))
    assert not got.pages
    [failure] = got.failures
    assert failure.via_feed == "feed.xml" and "loopback" in failure.reason
    assert "--allow-private-network" in failure.reason


def test_time_waiting_for_a_slot_does_not_count_against_a_source(web, tmp_path: Path) -> None:
    """A slow source holds one of the host's two slots; the pages queued behind the other
    start after their own timeout would have run out, and are still read."""
    pages = [web.url(f"/a/{n}.html") for n in range(50, 56)]
    got = gather(Request(urls=[web.url("/drip"), *pages]),
                 fetcher(tmp_path, total_timeout=1.0, host_delay=0.4))  # fmt: skip
    assert [f.url for f in got.failures] == [web.url("/drip")]
    assert [p.url for p in got.pages] == pages


def test_a_fragment_does_not_make_another_source(web, tmp_path: Path) -> None:
    """``page`` and ``page#comments`` (or two fragments) are one page: fetched and listed
    once, under the address given first; the server never sees a fragment anyway."""
    page = web.url("/a/5.html")
    urls = [page + "#comments", page, page + "#top", web.url("/a/6.html#x")]
    before = web.hits["/a/5.html"]
    got = gather(Request(urls=urls), fetcher(tmp_path))
    assert [p.url for p in got.pages] == [page + "#comments", web.url("/a/6.html#x")]
    assert not got.failures
    assert web.hits["/a/5.html"] - before == 1
