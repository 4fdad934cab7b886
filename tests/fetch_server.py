"""A local web server for fetch tests and benchmarks: pages, feeds and hostile answers.

Listens on 127.0.0.1 only, on a free port, serving from threads (at most ``MAX_THREADS``
at once), and shuts itself down after ``lifetime`` seconds even if nobody stops it.
The articles are generated here from templates: one invented story, reported by
invented outlets with different figures and quotes.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

MAX_THREADS = 16
OUTLETS = ("Harbour Gazette", "Valley Courier", "Northern Ledger", "Coastline Post")


def article_html(n: int, title: str | None = None) -> str:
    outlet = OUTLETS[n % len(OUTLETS)]
    workers = 1200 + 10 * n
    title = title or f"Dock workers strike enters day {n % 5 + 2} at the port of Merrow"
    body = [
        f"About {workers} dock workers stayed off the job on Tuesday as the strike at the "
        "port of Merrow entered its third day, leaving container ships waiting offshore.",
        '"We will not go back until the safety rules are signed," said union leader '
        "Dana Whitlow, speaking outside the main gate.",
        "The port authority said talks would resume on Thursday and that perishable cargo "
        "was being moved to other terminals.",
        f"Shipping agents estimated losses at {3 + n % 4} million pounds a day, a figure "
        "the authority declined to confirm.",
        "Port director Colin Brandt said the authority had offered a new inspection regime "
        "and called on the union to return to the table.",
        f"Local businesses reported slower deliveries, and report number {n} from "
        f"{outlet} notes that several ferries were diverted to the northern quay.",
    ]
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        f"<link rel='canonical' href='https://news.example/{outlet.split()[0].lower()}/{n}'>"
        f"<meta property='og:site_name' content='{outlet}'>"
        "<meta property='article:published_time' content='2026-11-2"
        f"{n % 9}T08:00:00Z'></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def rss(base: str, links: list[str]) -> str:
    items = "".join(
        f"<item><title>Item {i}</title><link>{link}</link>"
        f"<pubDate>Mon, {10 + i % 18:02d} Nov 2026 08:00:00 GMT</pubDate></item>"
        for i, link in enumerate(links)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Port news (RSS)</title><link>{base}/</link>{items}</channel></rss>"
    )


def atom(base: str, links: list[str]) -> str:
    entries = "".join(
        f"<entry><title>Item {i}</title><link rel='alternate' href='{link}'/>"
        f"<id>{link}</id><updated>2026-11-{10 + i % 18:02d}T08:00:00Z</updated></entry>"
        for i, link in enumerate(links)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Port news (Atom)</title><id>{base}/atom</id>"
        f"<updated>2026-11-30T08:00:00Z</updated>{entries}</feed>"
    )


def json_feed(base: str, links: list[str]) -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Port news (JSON)",
            "home_page_url": f"{base}/",
            "items": [
                {
                    "id": link,
                    "url": link,
                    "title": f"Item {i}",
                    "date_published": f"2026-11-{10 + i % 18:02d}T08:00:00Z",
                }
                for i, link in enumerate(links)
            ],
        }
    )


def opml(feeds: list[str]) -> str:
    outlines = "".join(
        f"<outline type='rss' text='f{i}' xmlUrl='{u}'/>" for i, u in enumerate(feeds)
    )
    return (
        "<?xml version='1.0'?><opml version='2.0'><head><title>subs</title></head>"
        f"<body><outline text='News'>{outlines}</outline></body></opml>"
    )


#: A cookie consent wall, as some sites serve it instead of the article to a new visitor.
CONSENT_WALL = (
    "<html><head><title>Pier to close for repairs</title></head><body><div id='consent'>"
    "<h1>Before you continue</h1>"
    "<p>We and our 143 partners use cookies and similar technologies to store and access "
    "information on your device. We use this data to show personalised ads and content and "
    "to measure how our pages are used.</p>"
    "<p>With your consent, our partners may also use precise location data. You can change "
    "your choices or withdraw your consent at any time in the privacy settings.</p>"
    "<p>Accept all</p><p>Reject all</p><p>Manage preferences</p>"
    "<p>Privacy policy | Cookie policy</p></div></body></html>"
)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.slots = threading.BoundedSemaphore(MAX_THREADS)
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.active: Counter[str] = Counter()
        self.peak = 0
        self.lock = threading.Lock()
        self.items = 20
        self.busy_once: set[str] = set()

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(timeout=5):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up (the tests' size limits and timeouts do) is no server error."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def _send(
        self,
        status: int,
        body: bytes | str = b"",
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        server, path = self.server, self.path.split("?", 1)[0]
        with server.lock:
            server.hits[path] += 1
            server.agents.append(self.headers.get("User-Agent", ""))
            server.active["all"] += 1
            server.peak = max(server.peak, server.active["all"])
        try:
            self._route(path)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with server.lock:
                server.active["all"] -= 1

    def _route(self, path: str) -> None:
        links = [f"{self.base}/a/{i}.html" for i in range(1, self.server.items + 1)]
        if path.startswith("/a/") and path.endswith(".html"):
            stem = path[3:-5]
            if stem.isdigit():
                self._send(200, article_html(int(stem)))
                return
        if path.startswith("/amp/a/") and path.endswith(".html") and path[7:-5].isdigit():
            # an AMP version: the same article, its canonical address the article's own
            page = article_html(int(path[7:-5]))
            own = f"<link rel='canonical' href='{self.base}/a/{path[7:-5]}.html'>"
            self._send(200, re.sub(r"<link rel='canonical'[^>]*>", own, page))
            return
        simple = {
            "/rss.xml": (rss(self.base, links), "application/rss+xml"),
            "/atom.xml": (atom(self.base, links), "application/atom+xml"),
            "/feed.json": (json_feed(self.base, links), "application/feed+json"),
            "/feed.txt": (rss(self.base, links[:3]), "text/plain"),  # a feed by content only
            "/subs.opml": (opml([f"{self.base}/rss.xml", f"{self.base}/atom.xml"]), "text/x-opml"),
            "/image.png": (b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
            "/tagged.xml": (  # one article, tagged differently in each item
                rss(self.base, [f"{links[0]}?utm_source=rss&amp;utm_term={i}" for i in range(5)]),
                "application/rss+xml",
            ),
        }
        if path in simple:
            body, kind = simple[path]
            self._send(200, body, kind)
            return
        chain = {
            "/r1": "/r2",
            "/r2": "/r3",
            "/r3": "/a/1.html",
            "/loop1": "/loop2",
            "/loop2": "/loop3",
            "/loop3": "/loop4",
            "/loop4": "/a/2.html",
            "/to-file": "file:///etc/passwd",
            "/cycle1": "/cycle2",  # a real loop: back to where it started
            "/cycle2": "/cycle1",
            "/to-self": "/to-self?",  # the same address, written differently
            "/to-metadata": "http://169.254.169.254/latest/meta-data/",
            "/to-private": "http://10.255.255.1/a/1.html",
            "/to-loopback": f"{self.base}/a/3.html",
        }
        if path in chain:
            self._send(302, "", headers={"Location": chain[path]})
        elif path == "/to-accented":  # the Location in raw UTF-8, as many servers send it
            self._send(
                302, "", headers={"Location": "/accent/café.html".encode().decode("latin-1")}
            )
        elif unquote(path) == "/accent/café.html":
            self._send(200, article_html(14))
        elif path == "/no-location":
            self._send(302, "")
        elif path == "/missing":
            self._send(404, "<h1>Not found</h1>")
        elif path == "/bare":  # no title, no date: the feed's are used
            paragraphs = article_html(3).split("<article>")[1].split("</article>")[0]
            paragraphs = paragraphs.split("</h1>", 1)[1]
            self._send(200, f"<html><body><article>{paragraphs}</article></body></html>")
        elif path == "/teaser":
            teaser = (
                "<html><head><title>Port deal</title><script type='application/ld+json'>"
                '{"@type": "NewsArticle", "isAccessibleForFree": false}</script></head>'
                "<body><article><h1>Port deal</h1><p>The port authority and the union "
                "reached a deal late on Friday, people familiar with the talks said.</p>"
                "<p>Subscribe to read more.</p></article></body></html>"
            )
            self._send(200, teaser)
        elif path == "/short":  # a teaser with no paywall flag: a lead and a prompt
            self._send(
                200,
                "<html><head><title>Port deal</title></head><body><article><h1>Port deal</h1>"
                "<p>The port authority and the union reached a deal late on Friday.</p>"
                "<p>Subscribe to continue reading. Already a subscriber? Log in.</p>"
                "</article></body></html>",
            )
        elif path == "/consent":  # a cookie wall served in place of the article, no paywall flag
            self._send(200, CONSENT_WALL)
        elif path == "/paywall":
            self._send(402, "<h1>Subscribe</h1>")
        elif path == "/busy":
            if path not in self.server.busy_once:
                self.server.busy_once.add(path)
                self._send(503, "busy", headers={"Retry-After": "1"})
            else:
                self._send(200, article_html(7))
        elif path == "/drip":
            self._drip()
        elif path == "/bomb":
            self._send(200, _bomb(), headers={"Content-Encoding": "gzip"})
        elif path == "/big":
            self._big(50 * 1024 * 1024)
        elif path == "/charset":
            text = article_html(5, "Café owners in Zürich say naïve plans «won’t work»")
            self._send(200, text.encode("utf-8"), "text/html; charset=iso-8859-1")
        elif path == "/etag":
            self._etag()
        else:
            self._send(404, "<h1>Not found</h1>")

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        for _ in range(60):  # 1 byte every 0.25 s: 15 s in all, never finished in time
            self.wfile.write(b"<")
            self.wfile.flush()
            time.sleep(0.25)

    def _big(self, size: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"
        sent = 0
        while sent < size:
            part = chunk[: size - sent]
            self.wfile.write(part)
            sent += len(part)

    def _etag(self) -> None:
        tag = '"v1-port"'
        stamp = "Mon, 23 Nov 2026 08:00:00 GMT"
        if self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(200, article_html(9), headers={"ETag": tag, "Last-Modified": stamp})


_BOMB: list[bytes] = []


def _bomb() -> bytes:
    """About 200 KB of gzip that inflates to 200 MB of zeros (built once, in pieces)."""
    if not _BOMB:
        out = io.BytesIO()
        with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as gz:
            block = bytes(1024 * 1024)
            for _ in range(200):
                gz.write(block)
        _BOMB.append(out.getvalue())
    return _BOMB[0]


class LocalServer:
    """Start with ``with LocalServer() as server:``; ``server.url(path)`` addresses it."""

    def __init__(self, lifetime: float = 300.0) -> None:
        self._server = _Server()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def hits(self) -> Counter[str]:
        return self._server.hits

    @property
    def agents(self) -> list[str]:
        return self._server.agents

    @property
    def peak(self) -> int:
        return self._server.peak

    def reset_peak(self) -> None:
        with self._server.lock:
            self._server.peak = 0

    def set_items(self, count: int) -> None:
        self._server.items = count

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> LocalServer:
        self._thread.start()
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.cancel()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":  # serve for a person trying brief by hand: python tests/fetch_server.py
    import sys

    lifetime = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
    with LocalServer(lifetime) as running:
        print(running.base, flush=True)
        time.sleep(lifetime)
