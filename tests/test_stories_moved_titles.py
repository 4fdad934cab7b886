"""A story keeps its title when an article is moved into it: the title is chosen among the
articles the grouping put there (or the one that founded a new story), not the newcomer."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import Article
from brief.stories import moved_stories
from brief.stories.overrides import joined_ids

TEXTS = {
    # two reports of a bridge repair, grouped together
    "bridge1.txt": "New reading room at the town library\n\nThe town library will open a new "
    "reading room next month, and the bridge repair crews said they would finish first.\n",
    "bridge2.txt": "Bridge repair finishes early\n\nThe bridge repair on the river road "
    "finished two weeks early, the county engineer said on Monday.\n",
    # a story of one article, whose headline shares few words with any opening
    "museum.txt": "Museum news\n\nThe town library and its new reading room will share a "
    "ticket desk with the museum, the museum board said.\n",
}


def _pile(tmp_path: Path) -> list[Article]:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return sorted(load_paths([str(tmp_path)]).articles, key=lambda a: a.id)


def _titles(articles: list[Article], moves: dict[str, str | None]) -> dict[frozenset[str], str]:
    groups = [[0, 1], [2]]  # bridge1, bridge2 | museum (ids sorted)
    return {frozenset(s.sources): s.title for s in moved_stories(articles, groups, moves)}


def test_a_story_moved_into_keeps_its_title(tmp_path: Path) -> None:
    articles = _pile(tmp_path)
    assert [a.id for a in articles] == ["bridge1", "bridge2", "museum"]
    titles = _titles(articles, {"bridge1": "museum"})
    # the newcomer's headline is the more central of the two: it renamed the story
    assert titles[frozenset({"museum", "bridge1"})] == "Museum news"
    assert titles[frozenset({"bridge2"})] == "Bridge repair finishes early"


def test_a_new_story_keeps_its_founders_title(tmp_path: Path) -> None:
    articles = _pile(tmp_path)
    titles = _titles(articles, {"museum": None, "bridge1": "museum"})
    assert titles[frozenset({"museum", "bridge1"})] == "Museum news"


def test_an_article_moved_back_home_counts_again(tmp_path: Path) -> None:
    articles = _pile(tmp_path)
    moves: dict[str, str | None] = {"bridge1": "bridge2"}  # moved out, then back (the last)
    assert joined_ids([[0, 1], [2]], [a.id for a in articles], moves) == set()
    assert joined_ids([[0, 1], [2]], [a.id for a in articles], {"bridge1": "museum"}) == {"bridge1"}
    pair = frozenset({"bridge1", "bridge2"})
    assert _titles(articles, moves)[pair] == _titles(articles, {})[pair]
