"""An OPML file cut short (a download or copy stopped midway) still gives the feeds it lists
whole, and one line names the file and the problem.

Feeds come from the local server of ``fetch_server.py`` on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.cli import main
from brief.fetch.feeds import FeedError, opml_feeds
from tests.fetch_server import opml


def test_a_cut_opml_file_reads_the_feeds_before_the_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    """It fetched nothing: the whole file was refused as invalid XML."""
    whole = opml([web.url("/rss.xml"), web.url("/feed.json"), web.url("/atom.xml")])
    cut = whole[: whole.index("/atom.xml")]  # in the middle of the third outline
    subs = tmp_path / "subs.opml"
    subs.write_text(cut, encoding="utf-8")
    before = [web.hits[path] for path in ("/rss.xml", "/feed.json", "/atom.xml")]
    args = ["export", "--opml", str(subs), "--allow-private-network", "--host-delay", "0"]
    assert main([*args, "--max-items-per-feed", "2", "--format", "json"]) == 0
    after = [web.hits[path] for path in ("/rss.xml", "/feed.json", "/atom.xml")]
    assert [b - a for a, b in zip(before, after, strict=True)] == [1, 1, 0]
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert len(data["sources"]) == 2  # the feeds' two newest items, fetched once each
    [line] = [line for line in captured.err.splitlines() if str(subs) in line]
    assert "cut short" in line and "2 feeds" in line


def test_an_opml_file_cut_before_any_feed_still_says_why() -> None:
    with pytest.raises(FeedError, match="invalid OPML"):
        opml_feeds(b"<?xml version='1.0'?><opml version='2.0'><head><title>su")


def test_a_whole_opml_file_has_no_problem() -> None:
    feeds, problem = opml_feeds(opml(["https://a.test/rss", "https://b.test/atom"]).encode())
    assert feeds == ["https://a.test/rss", "https://b.test/atom"] and problem == ""


def test_the_app_is_told_the_opml_file_was_cut(tmp_path: Path, web) -> None:
    """The app reads through ``read_for_app`` with a ``notice`` (shown as a warning): the
    line went only to the command line's remarks, so the app said nothing of the cut."""
    from brief.cli import build_parser
    from brief.cli_fetch import read_for_app
    from brief.ingest import Limits

    whole = opml([web.url("/rss.xml"), web.url("/atom.xml")])
    subs = tmp_path / "subs.opml"
    subs.write_text(whole[: whole.index("/atom.xml")], encoding="utf-8")
    argv = ["--opml", str(subs), "--allow-private-network", "--host-delay", "0"]
    args = build_parser()[0].parse_args([*argv, "--max-items-per-feed", "2"])
    told: list[str] = []
    result = read_for_app(args, Limits(), notice=told.append)
    assert len(result.articles) == 2
    assert [line for line in told if str(subs) in line and "cut short" in line]
