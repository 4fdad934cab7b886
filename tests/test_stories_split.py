"""The second look at a finished story: two incidents, or a topic, are cut into events."""

from __future__ import annotations

from pathlib import Path

from brief.stories.cluster import NameGuard
from brief.stories.features import features_of
from brief.stories.split import split_stories
from brief.stories.vectors import build_vectors
from tests.stories_pile import load_texts

# Invented articles: every quake story shares the same vocabulary; only names tell them apart.
QUAKE = (
    "Earthquake shakes {town}\n\n"
    "A strong earthquake struck near {town} overnight, collapsing houses and cutting roads, "
    "said {official}. Rescue teams searched the rubble in {town} while aftershocks rattled the "
    "province. {official} asked for tents, water and blankets for families sleeping outside."
)
RALLY = (
    "{team} win the {cup} final\n\n"
    "{player} scored twice as {team} won the final of the {cup} on a wet night, and the "
    "coach praised a young side. {player} said the dressing room believed all season. The "
    "league season resumes next week with the title race still open."
)


def _pile(tmp_path: Path, texts: list[str]):  # type: ignore[no-untyped-def]
    articles = load_texts(tmp_path / "pile", texts)
    features = [features_of(a) for a in articles]
    vectors = build_vectors(features)
    names = [{e for e in f.entities if " " not in e} for f in features]
    return articles, vectors, names


def _split(groups, vectors, names, guard=None):  # type: ignore[no-untyped-def]
    return split_stories(
        groups,
        vectors.terms,
        vectors.entities,
        names,
        entity_weight=0.35,
        guard=guard or NameGuard(),
    )


def _incident(town: str, official: str, n: int) -> list[str]:
    return [QUAKE.format(town=town, official=official) + f" Update {k}." for k in range(n)]


def test_two_sibling_incidents_in_one_story_are_cut_apart(tmp_path: Path) -> None:
    texts = _incident("Valdora", "Governor Amira Kestel", 4) + _incident(
        "Port Senna", "Mayor Tobias Renwick", 4
    )
    _, vectors, names = _pile(tmp_path, texts)
    # the names rule alone (no name is core to the whole, so the topic rule would cut too)
    parts = _split([list(range(8))], vectors, names, NameGuard(topic_split=False))
    assert sorted(sorted(p) for p in parts) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert sorted(sorted(p) for p in _split([list(range(8))], vectors, names)) == sorted(parts)


def test_one_event_is_left_whole(tmp_path: Path) -> None:
    _, vectors, names = _pile(tmp_path, _incident("Valdora", "Governor Amira Kestel", 8))
    assert _split([list(range(8))], vectors, names) == [list(range(8))]


def test_a_small_story_is_never_cut(tmp_path: Path) -> None:
    texts = _incident("Valdora", "Governor Amira Kestel", 2) + _incident(
        "Port Senna", "Mayor Tobias Renwick", 3
    )
    _, vectors, names = _pile(tmp_path, texts)
    assert _split([list(range(5))], vectors, names) == [list(range(5))]


def test_a_topic_without_a_core_name_is_cut_into_events(tmp_path: Path) -> None:
    finals = [
        ("Harbour Rovers", "Lindqvist", "Vantor Cup"),
        ("Ashby Town", "Okafor", "Meridian Shield"),
        ("Kellan United", "Duarte", "Northern Trophy"),
    ]
    texts = [
        RALLY.format(team=team, player=player, cup=cup) + f" Report {k}."
        for team, player, cup in finals
        for k in range(3)
    ]
    _, vectors, names = _pile(tmp_path, texts)
    parts = _split([list(range(9))], vectors, names, NameGuard(split_distinct=99))
    assert sorted(sorted(p) for p in parts) == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    # without the topic rule (and the names rule out of reach) the blob stays whole
    kept = _split([list(range(9))], vectors, names, NameGuard(topic_split=False, split_distinct=99))
    assert kept == [list(range(9))]


def test_members_naming_nobody_do_not_make_a_story_a_topic(tmp_path: Path) -> None:
    """One-line updates with no name are not counted against the story's core."""
    texts = _incident("Valdora", "Governor Amira Kestel", 6) + [
        f"the earthquake toll rose again today, update {k}, rescue teams said." for k in range(5)
    ]
    _, vectors, names = _pile(tmp_path, texts)
    assert sum(1 for found in names if not found) == 5
    guard = NameGuard(split_distinct=99)  # the topic rule alone
    assert _split([list(range(11))], vectors, names, guard) == [list(range(11))]
