"""A cookie consent wall, saved or fetched in place of an article, is no source.

Pages are invented; fetched ones come from the local server of ``fetch_server.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.cli import main
from brief.ingest import load_paths
from tests.fetch_server import CONSENT_WALL, article_html

NEWS_ABOUT_COOKIES = (
    "<html><head><title>Regulator fines retailer over cookie banners</title></head><body>"
    "<article><h1>Regulator fines retailer over cookie banners</h1>"
    "<p>The data regulator fined an online retailer two million euros on Monday for setting "
    "advertising cookies before visitors gave their consent.</p>"
    "<p>Its banner offered an accept button on the first screen but hid the option to refuse "
    "cookies two clicks away, the regulator said.</p>"
    "<p>The retailer said it would appeal and that its consent banner met the rules.</p>"
    "</article></body></html>"
)


def test_a_saved_consent_wall_is_named_and_the_others_read(tmp_path: Path) -> None:
    """The wall read as the article made its banner the summary's lead sentences."""
    wall, article = tmp_path / "wall.html", tmp_path / "story.html"
    wall.write_text(CONSENT_WALL, encoding="utf-8")
    article.write_text(article_html(1), encoding="utf-8")
    result = load_paths([str(wall), str(article)])
    assert [a.path for a in result.articles] == [str(article)]
    [warning] = result.warnings
    assert warning.path == str(wall)
    assert "cookie consent" in warning.reason


def test_a_news_report_about_cookie_consent_is_an_article(tmp_path: Path) -> None:
    """The vocabulary alone is no wall: a report speaks of the site and its readers, a
    banner speaks to its reader ("we", "your device")."""
    page = tmp_path / "fine.html"
    page.write_text(NEWS_ABOUT_COOKIES, encoding="utf-8")
    result = load_paths([str(page)])
    assert len(result.articles) == 1 and not result.warnings


def test_a_fetched_consent_wall_is_one_line_and_the_other_link_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    wall, story = web.url("/consent"), web.url("/a/2.html")
    args = ["export", wall, story, "--allow-private-network", "--host-delay", "0"]
    assert main([*args, "--no-timestamp", "--format", "json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [s["url"] for s in data["sources"]] == [story]
    lines = [line for line in captured.err.splitlines() if wall in line]
    assert len(lines) == 1 and "cookie consent" in lines[0]
    assert "cookies" not in json.dumps(data["summary"])


def test_a_consent_wall_behind_a_feed_item_is_read_from_the_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    """The feed carries the whole article: it is read, and the source says why."""
    from tests.test_feed_text import _export_json

    data = _export_json(tmp_path, capsys, web.url("/consent"))
    [source] = data["sources"]
    assert "cookie consent" in source["feed_text"]
    assert source["title"] == "Brellin pier to close for repairs"


def test_a_lead_that_speaks_of_the_readers_device_is_an_article(tmp_path: Path) -> None:
    """A lower-cased lead whose player notice runs into the story without a full stop was one
    long sentence holding "your device": two of 10,000 real leads were dropped as walls."""
    lead = (
        "Video playback is unsupported on your device media caption the envoy said the team "
        "was safe gunmen fired on a convoy of inspectors near the capital on monday forcing "
        "the cars to turn back, officials said.\n\nNo one was hurt in the attack."
    )
    (tmp_path / "lead.txt").write_text(lead, encoding="utf-8")
    loaded = load_paths([str(tmp_path)])
    assert [w.reason for w in loaded.warnings] == []
    assert len(loaded.articles) == 1


def test_what_could_not_be_read_is_one_list_in_the_order_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    """A page fetched but no article (a consent wall, given first) was listed after every
    fetch that failed (a 404 given after it): one list now, in the order typed, on the
    terminal, in a brief's JSON and in a stories export's."""
    wall, missing = web.url("/consent"), web.url("/missing")
    stories = [web.url("/a/2.html"), web.url("/a/3.html")]
    args = ["export", wall, missing, *stories, "--allow-private-network", "--host-delay", "0"]
    assert main([*args, "--no-timestamp", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert [u["url"] for u in json.loads(captured.out)["unread"]] == [wall, missing]
    lines = [line for line in captured.err.splitlines() if "could not read" in line]
    assert [wall in lines[0], missing in lines[1], len(lines)] == [True, True, 2]
    out = tmp_path / "stories.json"
    assert main([*args, "--stories", "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [u["url"] for u in data["unread"]] == [wall, missing]
