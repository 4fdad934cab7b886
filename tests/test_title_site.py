"""A page naming its site only at the end of its ``<title>``: the outlet when the name
spells the page's host, and not part of the headline; otherwise both left as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.ingest.remote import Remote
from brief.model import Article

PARA = (
    "<p>The ferry crews of the lake port ended their strike on Monday after members voted "
    "by a wide margin to accept a new pay offer from the operator of the crossing.</p>"
    "<p>Services will resume on Wednesday morning, the operator said, once the boats have "
    "been checked and the timetable for the winter season has been printed again.</p>"
    "<p>Passengers who bought tickets for the cancelled sailings can ask for their money "
    "back at the harbour office before October closes, a spokesman added.</p>"
)


def _page(title: str, head: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article>{PARA}</article>"
        "</body></html>"
    )


def _local(tmp_path: Path, page: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [article] = load_paths([str(path)]).articles
    return article


def _fetched(page: str, address: str) -> Article:
    remote = Remote(address, address, page.encode(), "text/html", "2026-01-01T00:00:00Z")
    [article] = load_paths([], remote=[remote]).articles
    return article


CANONICAL = '<link rel="canonical" href="https://www.lakeferrygazette.example/news/1">'


@pytest.mark.parametrize("separator, site", [
    ("-", "Lake Ferry Gazette"), ("|", "The Lake Ferry Gazette"), ("–", "Lake-Ferry Gazette"),
])  # fmt: skip
def test_a_title_suffix_spelling_the_host_is_the_outlet(
    tmp_path: Path, separator: str, site: str
) -> None:
    article = _local(tmp_path, _page(f"Ferry crews end strike {separator} {site}", CANONICAL))
    assert (article.outlet, article.title) == (site, "Ferry crews end strike")


def test_an_og_title_with_the_suffix_loses_it_too(tmp_path: Path) -> None:
    head = (
        CANONICAL
        + '<meta property="og:title" content="Ferry crews end strike | Lake Ferry Gazette">'
    )
    article = _local(tmp_path, _page("Ferry crews end strike | Lake Ferry Gazette", head))
    assert (article.outlet, article.title) == ("Lake Ferry Gazette", "Ferry crews end strike")


def test_a_fetched_page_is_matched_against_its_address() -> None:
    article = _fetched(_page("Ferry crews end strike - Lake Ferry Gazette"),
                       "https://news.lakeferrygazette.example/2026/ferry")  # fmt: skip
    assert (article.outlet, article.title) == ("Lake Ferry Gazette", "Ferry crews end strike")


def test_a_suffix_not_spelling_the_host_is_left_alone(tmp_path: Path) -> None:
    other = '<link rel="canonical" href="https://www.northshorepost.example/news/1">'
    article = _local(tmp_path, _page("Ferry crews end strike - Lake Ferry Gazette", other))
    assert article.outlet == "northshorepost.example"  # as before: the host name
    fetched = _fetched(_page("Ferry crews end strike - what it means"),
                       "https://lakeferrygazette.example/a")  # fmt: skip
    assert fetched.outlet != "what it means"


def test_a_site_tag_wins_over_the_title(tmp_path: Path) -> None:
    head = CANONICAL + '<meta property="og:site_name" content="Gazette Online">'
    article = _local(tmp_path, _page("Ferry crews end strike - Lake Ferry Gazette", head))
    assert article.outlet == "Gazette Online"


def test_the_rule() -> None:
    from brief.ingest.title_site import spells_host, title_suffix

    assert title_suffix("<title>A - B - Lake Times</title>") == "Lake Times"
    assert title_suffix("<title>A - | * Lake Times®</title>") == "Lake Times®"
    assert title_suffix("<title>Budget: what it means</title>") == ""
    assert title_suffix("<html><head></head><body><svg><title>x - y</title></svg>") == ""
    assert spells_host("The Lake Times", "https://laketimes.example/x")
    assert spells_host("Lake Times", "https://www.lake-times.co.example/x")
    assert not spells_host("Lake", "https://laketimes.example/x")
    assert not spells_host("example", "https://laketimes.example/x")  # not the domain's end
    assert not spells_host("Lake Times", "")
