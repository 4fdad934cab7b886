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
