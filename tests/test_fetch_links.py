"""Links as feeds and readers hand them out: tracking tags, loops, titles written as HTML.

Every request goes to the local server of ``fetch_server.py`` on 127.0.0.1.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from brief.cli import main
from brief.fetch.cache import Cache
from brief.fetch.feeds import parse_feed
from brief.fetch.fetcher import Fetcher, FetchError, FetchSettings
from brief.fetch.gather import Request, SourceEvent, gather
from brief.fetch.urls import same_page


def fetcher(tmp_path: Path) -> Fetcher:
    settings = FetchSettings(allow_private=True, host_delay=0.0)
    return Fetcher(settings, Cache(tmp_path / "cache.sqlite"))


def test_tracking_parameters_do_not_make_another_source(web, tmp_path: Path) -> None:
    """``page?utm_source=x`` and ``page?fbclid=y`` are the page: fetched and listed once,
    under the address given first; a parameter that picks content is kept apart."""
    page = web.url("/a/7.html")
    urls = [page + "?utm_source=newsletter&utm_medium=email", page, page + "?fbclid=abc#top",
            page + "?id=2", page + "?utm_campaign=z&id=2"]  # fmt: skip
    before = web.hits["/a/7.html"]
    got = gather(Request(urls=urls), fetcher(tmp_path))
    assert [p.url for p in got.pages] == [urls[0], page + "?id=2"]
    assert not got.failures
    assert web.hits["/a/7.html"] - before == 2


def test_a_feed_tagging_one_article_per_item_gives_one_source(web, tmp_path: Path) -> None:
    got = gather(Request(urls=[web.url("/tagged.xml")]), fetcher(tmp_path))
    assert len(got.pages) == 1 and not got.failures
    assert got.pages[0].url.startswith(web.url("/a/1.html?utm_source=rss"))


def test_same_page_keeps_what_is_not_tracking() -> None:
    assert same_page("https://x.test/a?utm_source=rss&page=2#c") == "https://x.test/a?page=2"
    assert same_page("https://x.test/a?q=utm_source") == "https://x.test/a?q=utm_source"
    assert same_page("https://x.test/a") == same_page("https://x.test/a?UTM_Medium=x")


def test_titles_written_as_html_read_as_text() -> None:
    """An Atom ``type="html"`` title is escaped twice in the XML: the item's title (the
    fallback when its page names none) is the text, not ``&amp;`` or tags."""
    atom = (
        b"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        b"<title type='html'>Harbour &amp;amp; Coast</title><id>x</id>"
        b"<entry><title type='html'>Ferry fares &amp;amp; &lt;b&gt;timetables&lt;/b&gt; "
        b"change</title><link href='https://x.test/1'/><id>1</id></entry>"
        b"<entry><title type='text'>Fares &amp;amp; &lt;b&gt; as written</title>"
        b"<link href='https://x.test/2'/><id>2</id></entry></feed>"
    )
    feed = parse_feed(atom)
    assert feed.title == "Harbour & Coast"
    assert [i.title for i in feed.items] == ["Ferry fares & timetables change",
                                             "Fares &amp; <b> as written"]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/cycle1", "redirect loop (back to {base}/cycle1"),
        ("/to-self", "redirect loop (back to {base}/to-self"),
        ("/no-location", "redirect (HTTP 302) to no address"),
    ],
)
def test_a_redirect_loop_and_a_redirect_to_nowhere_say_so(
    web, tmp_path: Path, path: str, reason: str
) -> None:
    """Not "more than 3 redirects" (a long chain) nor "unexpected answer (HTTP 302)"; the
    loop is seen at its first repeat, so the server is asked no more than needed."""
    before = web.hits[path]
    with pytest.raises(FetchError) as raised:
        fetcher(tmp_path).fetch(web.url(path))
    assert str(raised.value).startswith(reason.format(base=web.base))
    assert web.hits[path] - before == 1


def test_a_feed_cut_to_its_newest_items_says_so(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A feed of more items than ``--max-items-per-feed`` was read in part with no word: the
    brief looked like the whole feed. One line names the feed and the counts; a feed whose
    items ``--since`` already brings under the limit is not cut, and says nothing."""
    from fetch_server import atom

    links = [web.url(f"/a/{n}.html") for n in range(30, 36)]
    code = main(["export", "--allow-private-network", "--host-delay", "0", "--max-items-per-feed",
                 "2", web.url("/rss.xml"), web.url("/tagged.xml")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0
    assert f"brief: {web.url('/rss.xml')}: read the 2 newest of 20 items" in err
    assert "tagged.xml:" not in err  # its 5 items are one article: not cut
    events: list[SourceEvent] = []
    gather(Request(urls=[web.url("/rss.xml")], max_items=2), fetcher(tmp_path), events.append)
    feed_lines = [e.detail for e in events if e.state == "feed"]
    assert feed_lines == ["the 2 newest of 20 items from Port news (RSS)"]  # the app's line
    feed = parse_feed(atom("http://feed.test", links).encode(), max_items=3,
                      since=date(2026, 11, 14))  # fmt: skip
    assert (len(feed.items), feed.skipped, feed.cut) == (2, 4, 0)


def test_a_redirect_to_an_accented_path_in_raw_utf8_is_followed(web, tmp_path: Path) -> None:
    """Python reads header bytes as Latin-1: ``/café.html`` sent in UTF-8 was followed as
    ``/cafÃ©.html``, a page that does not exist ("not found (HTTP 404)")."""
    page = fetcher(tmp_path).fetch(web.url("/to-accented"))
    assert page.status == 200 and page.final_url == web.url("/accent/café.html")


def test_a_source_redirected_onto_a_page_already_read_is_read_once(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``/r1`` redirects (three hops) to ``/a/1.html``, also given: one source, under the
    address given first, and one line saying so; it was a "syndicated copy" of itself."""
    got = gather(Request(urls=[web.url("/a/1.html"), web.url("/r1"), web.url("/a/2.html")]),
                 fetcher(tmp_path))  # fmt: skip
    assert [p.url for p in got.pages] == [web.url("/a/1.html"), web.url("/a/2.html")]
    assert got.remarks == [f"{web.url('/r1')}: the same page as {web.url('/a/1.html')}; read once"]
    assert main(["export", "--allow-private-network", "--host-delay", "0", "--format", "json",
                 web.url("/r1"), web.url("/a/1.html")]) == 0  # fmt: skip
    captured = capsys.readouterr()
    assert [s["url"] for s in json.loads(captured.out)["sources"]] == [web.url("/r1")]
    assert f"brief: {web.url('/a/1.html')}: the same page as {web.url('/r1')}" in captured.err
