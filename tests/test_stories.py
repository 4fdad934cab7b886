"""Story grouping in the core: same event together, siblings apart, deterministic order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.stories import group_stories
from brief.stories.features import features_of
from brief.stories.vectors import build_vectors, candidate_pairs
from brief.text.dates import article_day, dates_in
from tests.stories_pile import write_pile


@pytest.fixture
def pile(tmp_path: Path):
    labels = write_pile(tmp_path / "pile")
    return load_paths([str(tmp_path / "pile")]).articles, labels


def test_groups_same_event_and_splits_siblings(pile) -> None:
    articles, labels = pile
    stories = group_stories(articles)
    found = sorted(sorted(labels[a.id] for a in s.articles) for s in stories)
    expected = sorted(
        sorted([story] * n)
        for story, n in {"quake-a": 3, "quake-b": 3, "rehab-a": 3, "rehab-b": 3, "court": 1}.items()
    )
    assert found == expected


def test_order_is_largest_then_latest_and_deterministic(pile) -> None:
    articles, _ = pile
    stories = group_stories(articles)
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    again = group_stories(shuffled)
    assert [s.id for s in stories] == [s.id for s in again]
    assert [s.sources for s in stories] == [tuple(sorted(s.sources)) for s in stories]
    keys = [(len(s.articles), s.last) for s in stories]
    assert keys == sorted(keys, reverse=True)
    assert stories[0].last == "2023-10-20"  # the latest of the three-article stories
    assert stories[-1].first == stories[-1].last == "2020-05-09"


def test_the_sample_is_one_story(sample) -> None:
    stories = group_stories(sample.articles)
    assert len(stories) == 1
    assert len(stories[0].articles) == len(sample.articles)


def test_empty_pile_has_no_story() -> None:
    assert group_stories([]) == ()


def test_dates_in_text_and_dateline() -> None:
    text = "Quake\n\nMarch 4, 2021\n\nIt was felt on 5 March 2021 and reported 2021-03-06."
    assert [str(d) for _, d in dates_in(text)] == ["2021-03-04", "2021-03-05", "2021-03-06"]
    assert str(article_day("", text)) == "2021-03-04"
    assert str(article_day("2020-01-02", text)) == "2020-01-02"
    assert article_day("", "No date: February 30, 2021 is not a day.") is None


def test_names_skip_sentence_openers_and_weekdays(pile) -> None:
    articles, _ = pile
    article = next(a for a in articles if a.id == "quake-a-1")
    entities = features_of(article).entities
    assert "valdora" in entities and "kestel" in entities and "governor amira kestel" in entities
    assert "thursday" not in entities and "rescue" not in entities and "a" not in entities


def test_candidate_pairs_stay_sparse(tmp_path: Path) -> None:
    """Unrelated articles give few candidate pairs, not n * (n - 1) / 2."""
    rng = random.Random(3)
    vocabulary = [f"w{k}x" for k in range(5000)]
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(400):
        words = " ".join(rng.choice(vocabulary) for _ in range(60))
        (folder / f"a{n}.txt").write_text(f"Item {n}\n\n{words}.", encoding="utf-8")
    articles = load_paths([str(folder)]).articles
    first, second = candidate_pairs(build_vectors([features_of(a) for a in articles]))
    assert len(first) < 0.2 * 400 * 399 / 2
    assert all(i < j for i, j in zip(first.tolist(), second.tolist(), strict=True))
    stories = group_stories(articles)
    assert len(stories) > 300  # random word salads are not one story


def test_a_birth_date_is_not_the_article_date() -> None:
    text = (
        "Novelist dies\n\nThe novelist, who was born on 5 April 1920 in a small town by the sea, "
        "died at home on Friday, his family said."
    )
    assert article_day("", "Star dies\n\nThe star, born on 5 April 1920, died.") is None
    assert article_day("", "Star dies\n\nThe star was born in Leeds on 5 April 1920.") is None
    text = (
        "Novelist dies\n\nThe novelist, who was born on 5 April 1920 in a small town by the sea, "
        "died at home on Friday, his family said."
    )
    assert article_day("", text) is None
    assert str(article_day("", "Novelist dies\n\nPublished April 8, 2005\n\nHe died.")) == (
        "2005-04-08"
    )


def test_outlet_count_says_when_some_sources_name_none(pile) -> None:
    from dataclasses import replace

    from brief.stories import Story

    articles, _ = pile
    three = [replace(a, outlet="") for a in articles[:3]]
    names = ["Daily A", "daily a", "B Times"]
    named = [replace(a, outlet=name) for a, name in zip(three, names, strict=True)]
    story = Story(id="s", title="t", articles=tuple(named), first="", last="")
    assert story.outlets == 2 and story.outlets_label == "2 outlets"
    partly = Story(id="s", title="t", articles=(named[0], *three[1:]), first="", last="")
    assert partly.outlets == 1 and partly.outlets_label == "1 named outlet"
    bare = Story(
        id="s", title="t", articles=tuple(replace(a, outlet="") for a in three), first="", last=""
    )
    assert bare.outlets == 0 and bare.outlets_label == ""


def test_a_story_shows_a_dateline_not_a_past_event_told_in_its_lead() -> None:
    from brief.text.dates import shown_day

    dateline = "Quake hits coast\n\nMay 3, 2013 - A strong earthquake struck the coast."
    past = (
        "Phones turn forty\n\nMobile phones have changed how people meet, work and talk, and "
        "the networks keep growing. The first call on the network was made on 1 January 1985."
    )
    assert str(shown_day("", dateline)) == "2013-05-03"
    assert shown_day("", past) is None  # still a signal for grouping:
    assert str(article_day("", past)) == "1985-01-01"
    assert str(shown_day("2004-11-30", past)) == "2004-11-30"


STORIES_LAZY = """
import json, sys
import brief.stories.overrides  # what the app's second open reads: the saved moves
before = "brief.stories.score" in sys.modules
from brief.stories import DEFAULT, Settings
from brief.stories import score
try:
    brief.stories.nothing_here
    missing = False
except AttributeError:
    missing = True
print(json.dumps({"before": before, "same": DEFAULT is score.DEFAULT and Settings is score.Settings,
                  "missing": missing}))
"""


def test_the_package_loads_its_scorer_only_when_asked() -> None:
    from test_tui_support import run_script

    out = run_script(STORIES_LAZY)
    assert out == {"before": False, "same": True, "missing": True}


def test_the_default_settings_are_the_scorers(pile) -> None:
    from brief.stories import DEFAULT, group_ids

    articles, _ = pile
    assert group_ids(articles) == group_ids(articles, DEFAULT)


def test_a_story_without_its_excluded_sources_loses_their_dates_outlets_and_headline() -> None:
    """QA (twentieth round): what a review leaves of a story (the index and the app's list
    show it): the same id, the sources, outlets and dates of the rest, and the same title
    unless it was the headline of the source excluded."""
    from brief.model import Article
    from brief.stories import stories_of

    def article(n: int, outlet: str, day: str) -> Article:
        return Article(id=f"a{n}", path=f"a{n}.txt", title=f"Ferry strike day {n}",
                       text=f"Ferry crews at Marrow Bay walked out, the union said ({n}).",
                       outlet=outlet, date=day)  # fmt: skip

    pile = [(1, "Bay Herald", "2024-02-01"), (2, "Coast Post", "2024-02-03")]
    pile.append((3, "Coast Post", "2024-02-04"))
    [story] = stories_of([article(*a) for a in pile], [[0, 1, 2]])
    assert (story.outlets, story.first, story.last) == (2, "2024-02-01", "2024-02-04")
    assert story.title == "Ferry strike day 1"
    rest = story.without({"a1"})  # the title's source: another headline is chosen
    assert rest.id == story.id and rest.title in ("Ferry strike day 2", "Ferry strike day 3")
    shown = (rest.sources, rest.outlets, rest.first, rest.last)
    assert shown == (("a2", "a3"), 1, "2024-02-03", "2024-02-04")
    rest = story.without({"a3"})
    assert (rest.id, rest.title, rest.last) == (story.id, story.title, "2024-02-03")
    assert story.without({"a1", "a2", "a3"}) is story  # a review keeps one source at least
    assert story.without(set()) is story
