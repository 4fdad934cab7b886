"""Web sources in the order the user gave them: a feed's items in the feed's place.

``brief PAGE FEED PAGE``: the feed's items are known only once the feed is fetched, so they
were listed after every typed source. Pages come from the local server of ``fetch_server.py``.
"""

from __future__ import annotations

import json

import pytest
from test_tui_support import fixed_brief, settle

from brief.cli import build_parser, main
from brief.tui.app import make_app
from brief.tui.widgets.source_list import SourceList

FLAGS = ("--allow-private-network", "--host-delay", "0")


def given(web) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """A page, a feed of three items, a page: what is typed, and the pages in that order."""
    first, feed, last = web.url("/a/7.html"), web.url("/feed.txt"), web.url("/a/9.html")
    items = [web.url(f"/a/{n}.html") for n in (3, 2, 1)]  # the feed's, newest first
    return [first, feed, last], [first, *items, last]


def test_a_feeds_items_are_in_the_feeds_place(web, capsys: pytest.CaptureFixture[str]) -> None:
    typed, pages = given(web)
    assert main(["export", *typed, *FLAGS, "--no-timestamp", "--format", "json"]) == 0
    sources = json.loads(capsys.readouterr().out)["sources"]
    assert [s["url"] for s in sources] == pages
    assert main(["export", *typed, *FLAGS, "--no-timestamp"]) == 0
    markdown = capsys.readouterr().out
    listed = markdown[markdown.index("## Sources") :]
    assert sorted(pages, key=listed.index) == pages


async def test_the_apps_source_list_keeps_the_order_given(web) -> None:
    typed, pages = given(web)
    args = build_parser()[0].parse_args([*FLAGS, *typed])
    app = make_app(typed, fetch_args=args, builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert [a.url for a in app.main.query_one(SourceList).articles] == pages


def _listed(lines, urls: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """The addresses of ``urls`` in the order ``lines`` (the progress list) shows them."""
    shown = [str(line) for line in lines]
    bare = {u.removeprefix("http://"): u for u in urls}
    return [bare[line.split()[1]] for line in shown]


def test_the_progress_list_puts_a_feeds_items_in_the_feeds_place() -> None:
    """News heard in the order fetches finish: the second page before the feed's items."""
    from brief.fetch.gather import SourceEvent
    from brief.tui.fetch_progress import FetchProgress

    a, feed, b = "http://x.test/a", "http://x.test/feed", "http://x.test/b"
    one, two = "http://x.test/i1", "http://x.test/i2"
    progress = FetchProgress()
    heard = [
        SourceEvent(a, "fetching", place=(0,)),
        SourceEvent(b, "fetching", place=(2,)),
        SourceEvent(b, "done", place=(2,)),
        SourceEvent(feed, "feed", "2 item(s) from F", place=(1,)),
        SourceEvent(one, "queued", via_feed=feed, place=(1, 0)),
        SourceEvent(two, "queued", via_feed=feed, place=(1, 1)),
        SourceEvent("http://x.test/odd", "failed", "refused"),  # no place: at the end
        SourceEvent(two, "done", via_feed=feed, place=(1, 1)),
    ]
    urls = [a, feed, one, two, b, "http://x.test/odd"]
    for event in heard:
        progress.add(event)
        shown = _listed(progress.lines(), urls)
        assert shown == [u for u in urls if u in shown]  # at every step, never reordered
        assert shown[progress.latest] == event.url  # the latest news is the line followed
    assert _listed(progress.lines(), urls) == urls


async def test_the_apps_progress_list_keeps_the_order_given(web, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    typed, pages = given(web)
    seen: list[list[str]] = []
    show = SourceList.show_progress

    def record(self, lines, summary, follow=-1):  # type: ignore[no-untyped-def]
        seen.append(_listed(lines, [typed[1], *pages]))
        show(self, lines, summary, follow)

    monkeypatch.setattr(SourceList, "show_progress", record)
    args = build_parser()[0].parse_args([*FLAGS, *typed])
    app = make_app(typed, fetch_args=args, builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
    order = [pages[0], typed[1], *pages[1:]]  # the page, the feed, its items, the page
    assert seen[-1] == order
    assert all(shown == [u for u in order if u in shown] for shown in seen)
