"""The same article reached by two addresses, and what a folder of stories says it missed.

Every request goes to the local server of ``fetch_server.py`` on 127.0.0.1.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from brief.cli import main
from brief.fetch.versions import one_version
from brief.model import Article

FAST = ["--allow-private-network", "--host-delay", "0", "--no-timestamp"]


def test_an_amp_version_beside_its_article_is_one_source(
    web, capsys: pytest.CaptureFixture[str]
) -> None:
    """An AMP page names the article as its canonical address: given both (the AMP link
    first, as a feed or a phone's share sheet hands it out), the article is read once, under
    its own address, not listed a second time as a "syndicated copy" of itself."""
    amp, page, other = web.url("/amp/a/6.html"), web.url("/a/6.html"), web.url("/a/2.html")
    assert main(["export", *FAST, "--format", "json", amp, other, page]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [s["url"] for s in data["sources"]] == [other, page]
    assert all(s["duplicate_of"] is None for s in data["sources"])
    assert f"{amp}: the same page as {page} (its canonical address); read once" in captured.err


def test_a_version_alone_or_a_canonical_elsewhere_is_kept(
    web, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only a page named canonical by another given page is that page: an AMP page alone
    is the source, and pages whose canonical address is a third site's are kept."""
    amp = web.url("/amp/a/6.html")
    assert main(["export", *FAST, "--format", "json", amp, web.url("/a/2.html")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["url"] for s in data["sources"]] == [amp, web.url("/a/2.html")]


def _page(id_: str, url: str, canonical: str, copy_of: str | None = None) -> Article:
    return Article(id_, url, "Some words of a report.", url=url, final_url=url,
                   canonical_url=canonical, duplicate_of=copy_of)  # fmt: skip


def test_two_pages_naming_each_other_keep_one() -> None:
    """A page naming the other as canonical, and the other naming the first: one stays."""
    a = _page("a", "https://x.test/a", "https://x.test/b?utm_source=feed", "b")
    b = _page("b", "https://x.test/b", "https://x.test/a")
    kept, lines = one_version([a, b])
    assert [k.id for k in kept] == ["b"] and len(lines) == 1
    files = [Article("f", "f.txt", "Words.", canonical_url="https://x.test/a")]
    assert one_version(files) == (files, [])


def test_two_addresses_of_a_site_naming_one_canonical_are_one_page() -> None:
    """``?ref=home`` and the AMP host's copy both name the article's address (not given):
    one source. A syndication partner naming it (another site) stays a source of its own."""
    ref = _page("r", "https://www.x.test/a?ref=home", "https://www.x.test/a")
    amp = _page("p", "https://amp.x.test/a", "https://www.x.test/a", "r")
    partner = _page("o", "https://other.test/x-a", "https://www.x.test/a", "r")
    kept, lines = one_version([ref, amp, partner])
    assert [k.id for k in kept] == ["r", "o"]
    assert lines == [
        "https://amp.x.test/a: the same page as https://www.x.test/a?ref=home "
        "(both name https://www.x.test/a as their address); read once"
    ]
    given = _page("g", "https://www.x.test/a", "https://www.x.test/a")
    kept, lines = one_version([replace(partner, duplicate_of="g"), given])
    assert [k.id for k in kept] == ["o", "g"] and not lines


def test_articles_of_a_site_naming_its_home_page_canonical_stay_apart() -> None:
    """Some sites name their home page canonical on every article: two of its articles
    (other texts: no copy) are two sources, whether or not the home page is given too."""
    home = "https://x.test/"
    one, two = _page("1", "https://x.test/1", home), _page("2", "https://x.test/2", home)
    front = _page("h", home, home)
    assert one_version([one, two]) == ([one, two], [])
    assert one_version([front, one, two]) == ([front, one, two], [])


def test_a_folder_of_stories_lists_what_could_not_be_read(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`brief export URL... --stories -o DIR` named the dead links on the terminal only: the
    folder, its index and its JSON did not say a source was missing (a single brief does)."""
    urls = [web.url("/a/1.html"), web.url("/missing"), web.url("/image.png")]
    assert main(["export", *FAST, "--stories", *urls, "-o", str(tmp_path / "out")]) == 0
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "## Could not be read" in index
    assert "/missing · could not be read: not found (HTTP 404)" in index
    assert "image\\.png · could not be read: not an article (image/png)" in index
    capsys.readouterr()
    assert main(["export", *FAST, "--stories", *urls]) == 0
    assert "/missing · could not be read: not found (HTTP 404)" in capsys.readouterr().out
    assert main(["export", *FAST, "--stories", "--format", "json", *urls]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {u["url"]: u["reason"] for u in data["unread"]} == {
        urls[1]: "not found (HTTP 404)",
        urls[2]: "not an article (image/png)",
    }


def test_a_folder_of_stories_read_in_full_says_nothing_more(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", *FAST, "--stories", "--format", "json", web.url("/a/1.html")]) == 0
    assert "unread" not in json.loads(capsys.readouterr().out)
