"""A page's metadata: its JSON-LD article (headline, date, byline, publisher) wins over
the ``og:title``/``<title>`` tags trafilatura prefers, and a site name is no headline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.ingest.html_reader import without_site_name
from brief.ingest.jsonld import structured_meta
from tests.test_html_reading import PROSE

BODY = (
    '<body><nav><a href="/">Home</a></nav><article><h1>Pier closed</h1>'
    + PROSE
    + "</article></body></html>"
)

ARTICLE = {
    "@type": "NewsArticle",
    "headline": "Dunmere closes its old ferry pier for the winter after divers find rot",
    "datePublished": "2026-10-08T18:30:00-04:00",
    "dateModified": "2026-10-11T08:00:00Z",
    "author": [
        {"@type": "Person", "name": "Ines Varga"},
        {"@type": "Organization", "name": "Gazette Staff"},
    ],
    "publisher": {"@type": "NewsMediaOrganization", "name": "Dunmere Gazette"},
}

TAGS = """<meta property="og:title" content="Pier closed | Dunmere Gazette">
<meta property="og:site_name" content="Dunmere Gazette">
<meta name="author" content="Webdesk">
<meta property="article:published_time" content="2026-10-11T08:00:00Z">"""


def _page(tmp_path: Path, ld: object, tags: str = TAGS) -> dict[str, str]:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    html = f"<!doctype html><html><head><title>Pier closed - Dunmere Gazette</title>{tags}"
    html += f"{script}</head>{BODY}"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = load_paths([str(path)]).articles
    return {k: getattr(article, k) for k in ("title", "date", "author", "outlet")}


@pytest.mark.parametrize(
    "ld",
    [ARTICLE, {"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, ARTICLE]},
     [{"@type": "BreadcrumbList"}, {**ARTICLE, "@type": ["ReportageNewsArticle"]}]],
)  # fmt: skip
def test_the_json_ld_article_wins_over_the_meta_tags(tmp_path: Path, ld: object) -> None:
    got = _page(tmp_path, ld)
    assert got == {
        "title": ARTICLE["headline"],
        "date": "2026-10-08",  # published, as the page dates it, not modified
        "author": "Ines Varga",  # an organisation as author is no byline
        "outlet": "Dunmere Gazette",
    }


def test_without_json_ld_the_tags_stay_and_the_site_name_goes(tmp_path: Path) -> None:
    got = _page(tmp_path, None)
    assert got["title"] == "Pier closed"  # "Pier closed | Dunmere Gazette" before
    assert got["outlet"] == "Dunmere Gazette"


def test_a_json_ld_article_without_a_field_keeps_the_tags(tmp_path: Path) -> None:
    got = _page(tmp_path, {"@type": "NewsArticle", "author": {"name": "Ines Varga"}})
    assert got["title"] == "Pier closed" and got["author"] == "Ines Varga"
    assert got["outlet"] == "Dunmere Gazette"


def test_site_name_and_broken_blocks() -> None:
    assert without_site_name("Pier closed | Dunmere Gazette", "dunmere gazette") == "Pier closed"
    assert without_site_name("Pier closed - Dunmere Gazette", "Other Times") == (
        "Pier closed - Dunmere Gazette"
    )
    assert without_site_name("Dunmere Gazette", "Dunmere Gazette") == "Dunmere Gazette"
    assert without_site_name("Well-known pier closed", "closed") == "Well-known pier closed"
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", </script>'
    assert structured_meta(broken) == {}
    assert structured_meta('<script type="application/ld+json">[[[[[[[[1]]]]]]]]</script>') == {}


def test_a_json_ld_date_brief_cannot_read_leaves_the_tags_date(tmp_path: Path) -> None:
    got = _page(tmp_path, {**ARTICLE, "datePublished": "Autumn"})
    assert got["date"] == "2026-10-11"  # article:published_time
    assert got["title"] == ARTICLE["headline"]


HANDLE = '<meta name="twitter:site" content="@dunmerepost">'


@pytest.mark.parametrize(
    ("tags", "ld", "spelled"),
    [('<meta property="og:site_name" content="the dunmere post">', None, "the dunmere post"),
     ("<meta name='application-name' content='dunmerepost'>", None, "dunmerepost"),
     ('<meta property="og:site_name" content="[dunmere] post">', None, "[dunmere] post"),
     (HANDLE, {"@type": "WebSite", "name": "dunmerepost"}, "dunmerepost"),
     (HANDLE, {"@type": "WebPage", "publisher": {"name": "dunmerepost"}}, "dunmerepost")],
)  # fmt: skip
def test_a_lower_case_site_name_keeps_the_site_s_spelling(
    tmp_path: Path, tags: str, ld: object, spelled: str
) -> None:
    """trafilatura title-cased a site name that does not begin with a capital: a brand
    written in lower case came out "The Dunmere Post" (or, from a handle beside the
    JSON-LD's name, "Dunmerepost")."""
    assert _page(tmp_path, ld, tags)["outlet"] == spelled


def test_a_twitter_handle_is_no_spelling_and_a_capitalised_name_stays(tmp_path: Path) -> None:
    assert _page(tmp_path, None, HANDLE)["outlet"] == "Dunmerepost"
    tags = '<meta property="og:site_name" content="Dunmere Post">'
    tags += '<meta name="description" content="dunmere post">'
    assert _page(tmp_path, None, tags)["outlet"] == "Dunmere Post"
