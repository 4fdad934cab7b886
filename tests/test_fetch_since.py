"""``--since`` with feed items whose date the feed does not give (or gives unreadably): their
pages are dated once fetched, and one dated before ``--since`` is left out and named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.cli import main

FAST = ["--allow-private-network", "--host-delay", "0", "--no-timestamp"]


def _feed(web, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    """A feed file whose items have no readable date: /a/1.html (its page dated 2026-11-21),
    /a/8.html (2026-11-28) and /bare (a page without a date)."""
    dates = ["sometime last week", "", "soon"]
    links = [web.url("/a/1.html"), web.url("/a/8.html"), web.url("/bare")]
    items = "".join(
        f"<item><title>Item {i}</title><link>{link}</link>"
        + (f"<pubDate>{when}</pubDate>" if when else "")
        + "</item>"
        for i, (link, when) in enumerate(zip(links, dates, strict=True))
    )
    path = folder / "undated.xml"
    path.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Undated news</title>"
        f"<link>{web.url('/')}</link>{items}</channel></rss>",
        encoding="utf-8",
    )
    return path


def test_an_undated_feed_item_whose_page_is_older_than_since_is_left_out_and_named(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = _feed(web, tmp_path)
    code = main(["export", *FAST, "--format", "json", "--since", "2026-11-25", str(feed)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    kept = {s["url"]: s["date"] for s in data["sources"]}
    assert kept == {web.url("/a/8.html"): "2026-11-28", web.url("/bare"): ""}  # undated: kept
    unread = {u["url"]: u for u in data["unread"]}
    old = unread[web.url("/a/1.html")]
    assert "2026-11-21" in old["reason"] and "--since 2026-11-25" in old["reason"]
    assert old["via_feed"] == str(feed)
    lines = [line for line in captured.err.splitlines() if web.url("/a/1.html") in line]
    assert len(lines) == 1 and "before --since 2026-11-25" in lines[0]


def test_without_since_the_undated_items_all_stay(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = _feed(web, tmp_path)
    assert main(["export", *FAST, "--format", "json", str(feed)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sources"]) == 3 and data["unread"] == []
