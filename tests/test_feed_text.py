"""A feed item whose page cannot be fetched is read from its own text in the feed, when the
feed carries the whole article; a feed of short summaries still lists its items as unread."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from brief.cli import main

PARAGRAPHS = [
    "The town council of Brellin voted on Monday to close the old ferry pier for repairs, "
    "after engineers found cracks in three of its supporting piles during a routine survey.",
    '"We cannot take the risk of another winter on those piles," said council leader '
    "Marta Oskarsen, adding that the work would begin in the first week of March.",
    "The pier carries about four hundred passengers a day to the islands of the outer bay, "
    "and the ferry company said a temporary landing stage would be set up beside the harbour.",
    "Local shop owners said they feared losing trade during the closure, which is expected "
    "to last until the end of the summer season, and asked the council for help with rents.",
    "The repairs are estimated to cost two million crowns, shared between the council and "
    "the regional transport board, which approved its part of the money last autumn.",
]
SUMMARY = "The council voted to close the ferry pier for repairs after cracks were found."


def _article_html() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<h2>Pier closes</h2>{body}<script>alert('x')</script><p>Tail \x1b[31m.</p>"


def _rss() -> str:
    item = (
        "<item><title>Brellin pier to close for repairs</title>"
        "<link>https://news.example.org/brellin/pier</link>"
        "<pubDate>Tue, 10 Nov 2026 08:00:00 GMT</pubDate>"
        "<dc:creator>Ilse Varga</dc:creator>"
        f"<description>{html.escape(SUMMARY)}</description>"
        f"<content:encoded>{html.escape(_article_html())}</content:encoded></item>"
        "<item><title>Ferry times change</title>"
        "<link>https://news.example.org/brellin/times</link>"
        "<pubDate>Mon, 09 Nov 2026 08:00:00 GMT</pubDate>"
        f"<description>{html.escape(SUMMARY)}</description></item>"
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
        "xmlns:content='http://purl.org/rss/1.0/modules/content/' "
        "xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>Brellin news</title>"
        f"{item.replace(chr(27), '&#27;')}</channel></rss>"
    )


def _atom() -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>Brellin news</title><id>urn:brellin</id><updated>2026-11-10T08:00:00Z</updated>"
        "<entry><title>Brellin pier to close for repairs</title>"
        "<link rel='alternate' href='https://news.example.org/brellin/pier'/>"
        "<id>urn:brellin:pier</id><updated>2026-11-10T08:00:00Z</updated>"
        "<author><name>Ilse Varga</name></author>"
        f"<summary>{html.escape(SUMMARY)}</summary>"
        f"<content type='html'>{html.escape(_article_html()).replace(chr(27), '')}</content>"
        "</entry><entry><title>Ferry times change</title>"
        "<link rel='alternate' href='https://news.example.org/brellin/times'/>"
        "<id>urn:brellin:times</id><updated>2026-11-09T08:00:00Z</updated>"
        f"<summary>{html.escape(SUMMARY)}</summary></entry></feed>"
    )


def _json_feed() -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Brellin news",
            "items": [
                {
                    "id": "1",
                    "url": "https://news.example.org/brellin/pier",
                    "title": "Brellin pier to close for repairs",
                    "date_published": "2026-11-10T08:00:00Z",
                    "authors": [{"name": "Ilse Varga"}],
                    "content_text": "\n\n".join(PARAGRAPHS) + "\n\n<b>not markup</b> \x1b[31m",
                },
                {
                    "id": "2",
                    "url": "https://news.example.org/brellin/times",
                    "title": "Ferry times change",
                    "date_published": "2026-11-09T08:00:00Z",
                    "summary": SUMMARY,
                },
            ],
        }
    )


FEEDS = {"feed.rss": _rss, "feed.atom": _atom, "feed.json": _json_feed}


@pytest.mark.parametrize("name", sorted(FEEDS))
def test_full_text_in_the_feed_is_read_when_the_page_cannot_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    feed = tmp_path / name
    feed.write_text(FEEDS[name](), encoding="utf-8")
    code = main(["export", str(feed), "--offline", "--no-timestamp", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    [source] = data["sources"]
    assert source["url"] == "https://news.example.org/brellin/pier"
    assert source["title"] == "Brellin pier to close for repairs"
    assert source["date"] == "2026-11-10"
    assert source["author"] == "Ilse Varga"
    assert source["via_feed"] == str(feed)
    assert "--offline" in source["feed_text"]
    summary = " ".join(s["text"] for s in data["summary"])
    assert "ferry pier" in summary or "pier" in summary
    everything = json.dumps(data)
    assert "alert(" not in everything and "<script" not in everything
    assert "\\u001b" not in everything and "<p>" not in everything
    quotes = [q for q in data["quotes"] if "Oskarsen" in json.dumps(q)]
    assert quotes, "the quote in the feed's text is read like any page's"
    [unread] = data["unread"]
    assert unread["url"] == "https://news.example.org/brellin/times"
    assert "--offline" in unread["reason"] and "only a summary" in unread["reason"]


def test_a_feed_of_summaries_gives_no_one_line_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.rss"
    summaries_only = _rss().replace("content:encoded>", "x>")
    feed.write_text(summaries_only)
    assert main(["export", str(feed), "--offline"]) == 1
    err = capsys.readouterr().err
    assert "could not read https://news.example.org/brellin/pier" in err
    assert "only a summary (" in err and "brief: no readable article" in err


def test_markdown_says_the_text_came_from_the_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text(_rss(), encoding="utf-8")
    assert main(["export", str(feed), "--offline", "--no-timestamp"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "news.example.org/brellin/pier" in x)
    assert "text from the feed (the page could not be read: " in line
    assert "could not be read: " in out.split("## Could not be read", 1)[1]


def test_the_app_heads_a_feed_text_source_so() -> None:
    from brief.model import Article
    from brief.tui.text import article_heading

    page = Article(id="pier", path="https://x.example/pier", text="", date="2026-11-10")
    assert "feed" not in article_heading(page).plain
    fed = Article(id="pier", path="https://x.example/pier", text="", feed_text="timed out")
    assert article_heading(fed).plain == "pier · text from the feed (page not read)"


def _feed_pointing_at(page: str) -> str:
    """The RSS of ``_rss`` with its whole-text item's link on ``page``."""
    return _rss().replace("https://news.example.org/brellin/pier", page, 1)


def _export_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> dict:
    """``brief export --format json`` of a feed file whose whole-text item links to ``page``."""
    feed = tmp_path / "feed.rss"
    feed.write_text(_feed_pointing_at(page), encoding="utf-8")
    args = ["export", str(feed), "--allow-private-network", "--host-delay", "0"]
    assert main([*args, "--no-timestamp", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_fetched_page_with_no_readable_text_falls_back_to_the_feeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    """A paywall's teaser was fetched, so it never reached the fallback for pages that could
    not be fetched: the whole text the feed carries is read instead, and the source says so."""
    data = _export_json(tmp_path, capsys, web.url("/teaser"))
    [source] = data["sources"]
    assert source["url"] == web.url("/teaser")
    assert source["feed_text"] == "behind a paywall (only a teaser is readable)"
    assert source["title"] == "Brellin pier to close for repairs"  # the item's, not the teaser's
    assert any("Oskarsen" in json.dumps(q) for q in data["quotes"])
    assert [u["url"] for u in data["unread"]] == ["https://news.example.org/brellin/times"]


def test_a_summary_in_the_feed_is_no_fallback_for_a_teaser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    feed = tmp_path / "feed.rss"
    summaries_only = _feed_pointing_at(web.url("/teaser")).replace("content:encoded>", "x>")
    feed.write_text(summaries_only, encoding="utf-8")
    args = ["export", str(feed), "--allow-private-network", "--host-delay", "0"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "behind a paywall (only a teaser is readable)" in err


def test_a_page_much_shorter_than_its_feed_text_is_read_from_the_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    """A teaser without the paywall flag (a lead and "Subscribe to continue reading") was read
    as a one-sentence article although the feed carried the whole one: a page under the
    feed-text minimum, with more words in the feed, is read from the feed, and says so."""
    data = _export_json(tmp_path, capsys, web.url("/short"))
    [source] = data["sources"]
    assert source["url"] == web.url("/short")
    assert source["feed_text"].startswith("only ")
    assert source["feed_text"].endswith(" words readable")
    assert source["title"] == "Brellin pier to close for repairs"
    assert any("Oskarsen" in json.dumps(q) for q in data["quotes"])
    assert "Subscribe" not in json.dumps(data["summary"])


def test_a_short_page_stays_when_the_feed_has_no_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    """Only a summary in the feed: the short page is all there is, and it is read."""
    feed = tmp_path / "feed.rss"
    summaries_only = _feed_pointing_at(web.url("/short")).replace("content:encoded>", "x>")
    feed.write_text(summaries_only, encoding="utf-8")
    args = ["export", str(feed), "--allow-private-network", "--host-delay", "0"]
    assert main([*args, "--no-timestamp", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [source] = data["sources"]
    assert source["feed_text"] == ""
    assert "port authority" in json.dumps(data["summary"])


def test_the_source_list_marks_a_feed_text_source() -> None:
    """The list is where one scans the sources: a source read from its feed says so there,
    not only in its pane's heading."""
    from brief.model import Article
    from brief.tui.widgets.source_list import SourceList

    listing = SourceList()
    page = Article(id="pier", path="https://x.example/pier", text="", title="Pier")
    assert "feed" not in listing._prompt(1, page).plain
    fed = Article(id="pier", path="https://x.example/pier", text="", title="Pier", feed_text="x")
    assert listing._prompt(1, fed).plain.endswith("Pier (text from the feed)")


def test_the_unread_reason_counts_a_summary_of_one_word_or_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "the feed has only a summary (1 words)", and "(0 words)" for an item with no text at
    all (the feed has no summary either): one word is counted in the singular, none is not
    called a summary."""
    feed = tmp_path / "feed.rss"
    one_word = _rss().replace("content:encoded>", "x>").replace(html.escape(SUMMARY), "Pier.")
    feed.write_text(one_word.replace("<description>Pier.</description></item>", "</item>"))
    assert main(["export", str(feed), "--offline"]) == 1
    err = capsys.readouterr().err
    pier = next(line for line in err.splitlines() if "brellin/pier" in line)
    times = next(line for line in err.splitlines() if "brellin/times" in line)
    assert pier.endswith("the feed has only a summary (1 word)")
    assert times.endswith("--offline forbids fetching")
