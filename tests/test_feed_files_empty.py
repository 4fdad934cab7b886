"""A feed file that yields no item says why, instead of a bare "no readable article"."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.cli import main

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour news</title>{items}</channel></rss>
"""


def _err(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_a_feed_whose_items_have_no_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text(RSS.format(items="<item><title>No link here</title></item>"))
    assert main(["export", str(feed), "--offline"]) == 1
    assert _err(capsys) == [
        f"brief: could not read {feed}: the feed has no item with a link to read",
        "brief: no readable article",
    ]


def test_a_feed_with_every_item_before_since(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = "".join(
        f"<item><title>Old {n}</title><link>https://example.org/{n}</link>"
        f"<pubDate>Mon, 0{n} Jan 2024 10:00:00 GMT</pubDate></item>"
        for n in (1, 2)
    )
    feed = tmp_path / "feed.rss"
    feed.write_text(RSS.format(items=items))
    assert main(["export", str(feed), "--offline", "--since", "2025-01-01"]) == 1
    assert _err(capsys)[0] == (
        f"brief: could not read {feed}: no item of the feed is dated 2025-01-01 or later (2 older)"
    )
