"""A cached feed or page whose server is down (or answers 5xx) at revalidation: the cached
copy is read, with one notice naming the address and the copy's age; never for a 404/410."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fetch_server import article_html, rss

from brief.cli import main
from brief.fetch.cache import Cache, copy_age
from brief.fetch.fetcher import Fetcher, FetchError, FetchSettings

FAST = ["--allow-private-network", "--host-delay", "0", "--no-timestamp"]


class Site:
    """A tiny feed site on 127.0.0.1 whose answer can be switched: ``ok``, a status, or down."""

    def __init__(self) -> None:
        self.status = 200
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if site.status != 200:
                    self.send_response(site.status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.path == "/feed.xml":
                    links = [f"{site.base}/a/{n}.html" for n in range(2)]
                    body, kind = rss(site.base, links).encode(), "application/rss+xml"
                else:
                    n = int(self.path.rsplit("/", 1)[-1].split(".")[0])
                    body, kind = article_html(n).encode(), "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def down(self) -> None:
        """Stop listening: every later connection is refused."""
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    running = Site()
    yield running
    if running.server.socket.fileno() != -1:
        running.down()


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict, str]:
    code = main(["export", *FAST, "--format", "json", *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out), captured.err


def test_a_cached_feed_whose_server_is_down_is_read_from_the_copy_with_a_notice(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = f"{site.base}/feed.xml"
    first, _ = export(capsys, feed)
    assert len(first["sources"]) == 2 and not first["unread"]
    site.down()
    data, err = export(capsys, feed)
    assert sorted(s["url"] for s in data["sources"]) == sorted(s["url"] for s in first["sources"])
    assert data["unread"] == []
    notices = [line for line in err.splitlines() if "using the copy fetched" in line]
    assert notices == [
        f"brief: {feed}: could not connect (connection refused); "
        "using the copy fetched less than a minute ago"
    ]


@pytest.mark.parametrize("status", [500, 503])
def test_a_server_error_at_revalidation_reads_the_copy_too(
    site: Site, tmp_path: Path, status: int
) -> None:
    def client() -> Fetcher:
        settings = FetchSettings(allow_private=True, host_delay=0.0, max_retry_after=0.0)
        return Fetcher(settings, Cache(tmp_path / "c.sqlite"))

    page = f"{site.base}/a/3.html"
    fresh = client().fetch(page)
    site.status = status
    stale = client().fetch(page, revalidate=True)
    assert stale.state == "stale" and stale.body == fresh.body
    assert stale.fetched_at == fresh.fetched_at  # the copy's own time, not now
    assert stale.notice.startswith(f"{page}: server error (HTTP {status}); using the copy")


@pytest.mark.parametrize("status", [404, 410])
def test_a_feed_gone_after_caching_is_unread_as_before(
    site: Site, capsys: pytest.CaptureFixture[str], status: int
) -> None:
    feed = f"{site.base}/feed.xml"
    export(capsys, feed)
    site.status = status
    assert main(["export", *FAST, "--format", "json", feed]) == 1  # nothing to read
    err = capsys.readouterr().err
    assert f"brief: could not read {feed}: not found (HTTP {status})" in err
    assert "using the copy" not in err


def test_nothing_cached_and_the_server_down_is_unread_as_before(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = f"{site.base}/feed.xml"
    site.down()
    assert main(["export", *FAST, "--format", "json", feed]) == 1  # nothing to read
    err = capsys.readouterr().err
    assert f"brief: could not read {feed}: could not connect (connection refused)" in err
    assert "using the copy" not in err


def test_a_refused_fetch_without_a_copy_still_raises(site: Site, tmp_path: Path) -> None:
    site.down()
    client = Fetcher(FetchSettings(allow_private=True), Cache(tmp_path / "c.sqlite"))
    with pytest.raises(FetchError) as caught:
        client.fetch(f"{site.base}/a/1.html")
    assert caught.value.transient


def test_the_age_of_a_copy_in_words() -> None:
    assert copy_age(1000.0, 1030.0) == "less than a minute"
    assert copy_age(0.0, 60.0) == "1 minute"
    assert copy_age(0.0, 12 * 60 + 5) == "12 minutes"
    assert copy_age(0.0, 5 * 3600) == "5 hours"
    assert copy_age(0.0, 3 * 86400) == "3 days"


def test_a_long_outage_gives_one_line_per_host_not_one_per_item(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA (eighteenth round): each feed item past its freshness had a line of its own."""
    feed = f"{site.base}/feed.xml"
    first, _ = export(capsys, feed)
    site.down()
    data, err = export(capsys, feed, "--refresh")  # every item is asked for again
    assert len(data["sources"]) == len(first["sources"]) == 2
    notices = [line for line in err.splitlines() if "using the" in line]
    host = site.base.removeprefix("http://")
    assert notices == [
        f"brief: {host}: could not connect (connection refused); using the cached copies of "
        f"3 addresses there (the first {feed}), fetched less than a minute ago"
    ]


def test_stale_lines_give_the_range_of_ages() -> None:
    from brief.fetch.fetcher import Page
    from brief.fetch.gather import stale_lines

    now = time.time()

    def page(url: str, age_minutes: int, problem: str = "server error (HTTP 503)") -> Page:
        return Page(url, url, 200, "text/html", b"", now - 60 * age_minutes, "stale",
                    f"{url}: {problem}; using the copy", problem)  # fmt: skip

    lines = stale_lines(
        [page("https://a.test/1", 5), page("https://b.test/x", 90), page("https://a.test/2", 180)]
    )
    assert lines == [
        "a.test: server error (HTTP 503); using the cached copies of 2 addresses there "
        "(the first https://a.test/1), fetched between 5 minutes and 3 hours ago",
        "https://b.test/x: server error (HTTP 503); using the copy",
    ]
