"""Average link's cohesion check: two tight stories with a thinner link between them, each
naming someone or somewhere of its own, stay two."""

from __future__ import annotations

from itertools import combinations

from brief.stories.cluster import NameGuard, average_link
from brief.stories.score import DEFAULT


def _graph(cores: list[list[int]], inside: float, between: float):  # type: ignore[no-untyped-def]
    first, second, scores = [], [], []
    for core in cores:
        for a, b in combinations(core, 2):
            first.append(a)
            second.append(b)
            scores.append(inside)
    for one, two in combinations(cores, 2):
        for a in one:
            for b in two:
                first.append(a)
                second.append(b)
                scores.append(between)
    return first, second, scores


def _names(cores: list[list[int]], n: int, own: bool = True) -> list[set[str]]:
    """Every item names the company, its chief and its city; each core's items name their
    own place too (a quarter of their core names: under the name guard's 40 %)."""
    names = [{"acme", "jones", "capital"} for _ in range(n)]
    for number, core in enumerate(cores):
        for item in core:
            if own:
                names[item].add(f"town{number}")
    return names


def _group(n, first, second, scores, names):  # type: ignore[no-untyped-def]
    return average_link(
        n, first, second, scores, names=names, guard=NameGuard(), cohesion=DEFAULT.cohesion
    )


def test_two_tight_stories_with_a_thin_link_stay_apart() -> None:
    """Cross pairs all clear the bar (2.5 > 1), but each story is far tighter inside (6)."""
    cores = [[0, 1, 2, 3], [4, 5, 6, 7]]
    first, second, scores = _graph(cores, inside=6.0, between=2.5)
    names = _names(cores, 8)
    assert average_link(8, first, second, scores, names=names) == [list(range(8))]
    assert sorted(_group(8, first, second, scores, names)) == cores


def test_a_side_naming_no_one_of_its_own_still_joins() -> None:
    """Short notes on the same vote (no name of their own) are no other event, however
    thin their link with the full reports."""
    cores = [[0, 1, 2, 3], [4, 5, 6, 7]]
    first, second, scores = _graph(cores, inside=6.0, between=2.5)
    names = _names(cores, 8)
    for item in cores[1]:
        names[item] = {"acme", "jones", "capital"}
    assert _group(8, first, second, scores, names) == [list(range(8))]


def test_a_link_near_the_stories_own_strength_still_merges() -> None:
    cores = [[0, 1, 2, 3], [4, 5, 6, 7]]
    first, second, scores = _graph(cores, inside=6.0, between=4.0)
    assert _group(8, first, second, scores, _names(cores, 8)) == [list(range(8))]


def test_a_pair_or_a_lone_article_is_not_judged_by_its_own_strength() -> None:
    """A pair is often two copies of one report (a huge inner score): it still joins."""
    cores = [[0, 1, 2, 3], [4, 5]]
    first, second, scores = _graph(cores, inside=6.0, between=1.5)
    first, second, scores = [*first, 4], [*second, 5], [*scores, 12.0]
    assert _group(6, first, second, scores, _names(cores, 6)) == [list(range(6))]


def test_stories_kept_apart_stay_apart_when_a_bridge_dilutes_one() -> None:
    """A report of both (1.5 with every member of each) joins one side after the two were
    kept apart; that side's own mean falls (6 -> 4.2) and the ratio would clear (0.55), but
    a report of both does not make two events one."""
    cores = [[0, 1, 2, 3], [4, 5, 6, 7]]
    first, second, scores = _graph(cores, inside=6.0, between=2.5)
    first += [8] * 8
    second += list(range(8))
    scores += [1.5] * 8
    names = [*_names(cores, 8), {"acme", "jones", "capital"}]
    groups = _group(9, first, second, scores, names)
    assert len(groups) == 2
    assert not any(set(cores[0]) & set(g) and set(cores[1]) & set(g) for g in groups)
