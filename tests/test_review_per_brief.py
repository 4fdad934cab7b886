"""A review belongs to the brief it was made in: the same texts in another folder (a story of
another pile made of copies of them) start with none, and a review saved under the name
used before the twenty-third round (the texts alone) is still read where it was made."""

from __future__ import annotations

import json
from pathlib import Path

from stories_pile import QUAKE_A, write_pile

from brief.cli import main
from brief.ingest import load_paths
from brief.model import Article, Review
from brief.store import (
    folders_key,
    load_review,
    review_path,
    review_to_dict,
    reviews_dir,
    save_review,
    saved_exclusions,
    set_key,
)
from brief.store_keys import text_digests
from brief.stories import Story, group_stories
from brief.stories.overrides import load_moves, save_moves

MADE = Review(excluded_sources=frozenset({"quake-a-2"}), dropped=frozenset({"quake-a-1:0"}))


def _alone(tmp_path: Path) -> tuple[Article, ...]:
    """The three reports of one quake, as files of a folder of their own."""
    folder = tmp_path / "alone"
    folder.mkdir()
    for n, text in enumerate(QUAKE_A, 1):
        (folder / f"quake-a-{n}.txt").write_text(text, encoding="utf-8")
    return load_paths([str(folder)]).articles


def _mixed(tmp_path: Path) -> tuple[tuple[Article, ...], list[Story]]:
    """A mixed pile holding copies of the same three files, and its stories."""
    folder = tmp_path / "mixed"
    write_pile(folder)
    pile = load_paths([str(folder)]).articles
    return pile, group_stories(pile)


def _quake(stories: list[Story]) -> Story:
    return next(s for s in stories if "quake-a-1" in s.sources)


def test_the_same_texts_in_another_folder_start_with_no_review(tmp_path: Path, capsys) -> None:
    alone = _alone(tmp_path)
    save_review(alone, MADE)
    pile, stories = _mixed(tmp_path)
    story = _quake(stories)
    assert {a.id for a in story.articles} == {a.id for a in alone}  # the same texts
    assert set_key(story.articles) == set_key(alone)
    assert load_review(story.articles) is None
    # the story list's "(1 excluded)" read the other folder's review
    assert saved_exclusions(pile, [s.articles for s in stories]) == [frozenset()] * len(stories)
    out = tmp_path / "briefs"
    assert main(["export", str(tmp_path / "mixed"), "--stories", "--review", "-o", str(out)]) == 0
    assert "excluded in review" not in (out / "index.md").read_text(encoding="utf-8")
    capsys.readouterr()
    assert load_review(alone) == MADE  # where it was made, it holds
    assert saved_exclusions(alone, [alone]) == [MADE.excluded_sources]


def test_a_story_of_the_same_folder_keeps_its_review_when_the_pile_grows(tmp_path: Path) -> None:
    _, stories = _mixed(tmp_path)
    story = _quake(stories)
    save_review(story.articles, MADE)
    (tmp_path / "mixed" / "later.txt").write_text(
        "Harbour festival opens\n\nThe harbour festival of an invented town opened on a sunny "
        "Saturday with boats, music and a market along the quay.",
        encoding="utf-8",
    )
    grown = load_paths([str(tmp_path / "mixed")]).articles
    again = _quake(group_stories(grown))
    assert load_review(again.articles) == MADE


def _save_the_old_way(articles: tuple[Article, ...], review: Review, listed: bool) -> Path:
    """A review file as versions before the twenty-third round wrote it: named by the texts
    alone, listed first in its folders' list of recent reviews."""
    key = set_key(articles)
    folder = reviews_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}.json"
    data = review_to_dict(review) | {"texts": text_digests(articles)}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    if listed:
        (folder / f"{folders_key(articles)}.recent").write_text(key + "\n", encoding="utf-8")
    return path


def test_a_review_saved_under_the_old_name_is_still_read_where_it_was_made(
    tmp_path: Path,
) -> None:
    alone = _alone(tmp_path)
    old = _save_the_old_way(alone, MADE, listed=True)
    assert old != review_path(alone)
    assert load_review(alone) == MADE
    assert review_path(alone).exists()  # kept under its own name from now on
    assert saved_exclusions(alone, [alone]) == [MADE.excluded_sources]
    pile, stories = _mixed(tmp_path)  # the other folder's copies: not theirs
    assert load_review(_quake(stories).articles) is None
    assert saved_exclusions(pile, [s.articles for s in stories]) == [frozenset()] * len(stories)


def test_an_old_review_no_list_names_is_read_and_the_story_list_counts_it(
    tmp_path: Path, capsys
) -> None:
    """Fallen off its folders' list (or older than the lists): still the user's review."""
    pile, stories = _mixed(tmp_path)
    story = _quake(stories)
    _save_the_old_way(story.articles, MADE, listed=False)
    found = saved_exclusions(pile, [s.articles for s in stories])
    assert found[stories.index(story)] == MADE.excluded_sources
    out = tmp_path / "briefs"
    assert main(["export", str(tmp_path / "mixed"), "--stories", "--review", "-o", str(out)]) == 0
    assert "1 article excluded in review." in (out / "index.md").read_text(encoding="utf-8")
    capsys.readouterr()
    assert load_review(story.articles) == MADE


def test_moves_belong_to_the_pile_they_were_made_in(tmp_path: Path) -> None:
    pile, stories = _mixed(tmp_path)
    story = _quake(stories)
    save_moves(pile, {story.sources[0]: None})
    assert load_moves(pile) == {story.sources[0]: None}
    assert load_moves(_alone(tmp_path)) == {}  # a pile of the same story's texts alone
