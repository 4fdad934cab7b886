"""A second look at each grouped story: is it one event, or two (or a topic)?

Average link builds stories bottom-up, so a story's history decides what it becomes: two
sibling incidents (two Oscar hosts, two earthquakes on one island) that met through a few
ambiguous articles are never compared as wholes, and a pile's "tennis" or "mobile phones"
grows into one blob because every merge on the way was locally fine. So each finished story
of ``2 * NameGuard.min_size`` or more articles is cut once more into its two most separate
parts (average link inside the story, on the same similarity the pair score uses), and the
cut is kept when

* the names say two incidents (each part has core names the other part lacks: the guard of
  ``brief.stories.cluster`` read on the finished parts, where it need not wait for the
  merge history to present clean sides); or
* the story has no core of its own: no name carried by ``core_share`` of its articles of
  which the story holds at least ``own_share`` of the pile's mentions. One event has someone
  or somewhere at its centre (the victim, the ship, the company) whom the rest of the pile
  rarely names; a topic ("tennis", "phones", "the campaign") has only names the whole pile
  shares (a party, a country, ``Mr``).

Parts are checked again the same way, so a blob splits until each part is an event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from brief.stories.cluster import NameGuard, StoryCluster, absent_core, shared_headline

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

MAX_STORY = 1500
"""Stories larger than this are not cut (the cut is quadratic in the story's size)."""


def split_stories(
    groups: list[list[int]],
    terms: csr_matrix,
    entities: csr_matrix,
    names: Sequence[set[str]],
    *,
    entity_weight: float,
    guard: NameGuard,
    headlines: Callable[[int], str] | None = None,
) -> list[list[int]]:
    """``groups`` with every story that is two incidents or a topic cut into events.

    ``headlines`` gives a member's headline key ("" for none): a cut that would put one
    headline in two parts is not made (``brief.stories.cluster.shared_headline``)."""
    pile = Counter(name for found in names for name in found)
    out: list[list[int]] = []
    todo = list(reversed(groups))
    while todo:
        group = todo.pop()
        parts = None
        if 2 * guard.min_size <= len(group) <= MAX_STORY:
            parts = _parts(group, terms, entities, names, pile, entity_weight, guard)
        if parts is not None and shared_headline(parts, headlines):
            parts = None
        if parts is None:
            out.append(group)
        else:
            todo.extend(reversed(parts))
    return out


def _parts(
    group: list[int],
    terms: csr_matrix,
    entities: csr_matrix,
    names: Sequence[set[str]],
    pile: Counter[str],
    entity_weight: float,
    guard: NameGuard,
) -> list[list[int]] | None:
    """The story's parts when it is not one event, else None."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    rows = np.asarray(group)
    words, people = terms[rows], entities[rows]
    similar = (words @ words.T).toarray() + entity_weight * (people @ people.T).toarray()
    distance = np.maximum(similar.max() - similar, 0.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), "average")

    def cut(count: int) -> list[list[int]]:
        labels = fcluster(tree, count, "maxclust")
        parts: dict[int, list[int]] = {}
        for item, label in zip(group, labels, strict=True):
            parts.setdefault(int(label), []).append(item)
        return sorted(parts.values(), key=lambda part: part[0])

    if guard.topic_split and not _has_core(group, names, pile, guard):
        # a topic: cut the tree until every part large enough to judge is an event
        for count in range(2, len(group) + 1):
            parts = cut(count)
            if all(
                len(part) < 2 * guard.min_size or _has_core(part, names, pile, guard)
                for part in parts
            ):
                return parts
        return None
    halves = _halves(tree, len(group), guard.min_size, similar)
    if halves is None:
        return None
    one, two = ([group[k] for k in half] for half in halves)
    if _two_events(_cluster(one, names), _cluster(two, names), guard):
        return [sorted(one), sorted(two)]
    return None


def _halves(tree, size: int, least: int, similar) -> tuple[list[int], list[int]] | None:  # type: ignore[no-untyped-def]
    """The story's two most separate parts of ``least`` members or more, as positions.

    The top split of an average-link tree often only peels off an outlier; those are set
    aside while walking down into the larger side, until a split leaves two real parts,
    and then each joins the part it is most like on average.
    """
    from scipy.cluster.hierarchy import to_tree

    node = to_tree(tree)
    aside: list[int] = []
    while not node.is_leaf():
        left, right = node.get_left(), node.get_right()
        if min(left.get_count(), right.get_count()) >= least:
            one, two = left.pre_order(), right.pre_order()
            for k in aside:
                closer = similar[k, one].mean() >= similar[k, two].mean()
                (one if closer else two).append(k)
            return one, two
        small, node = (left, right) if left.get_count() < right.get_count() else (right, left)
        aside += small.pre_order()
        if size - len(aside) < 2 * least:
            return None
    return None


def _cluster(members: list[int], names: Sequence[set[str]]) -> StoryCluster:
    return StoryCluster(list(members), Counter(n for i in members for n in names[i]), None)


def _has_core(
    members: list[int], names: Sequence[set[str]], pile: Counter[str], guard: NameGuard
) -> bool:
    """Some name most members carry and the rest of the pile mostly does not.

    Members that name nobody and nowhere (a one-line update) say nothing about the core, and
    are not counted; a story none of whose members names anything is left as it is.
    """
    counts = Counter(n for i in members for n in names[i])
    naming = sum(1 for i in members if names[i])
    if naming < 2 * guard.min_size:
        return True  # too few members naming anything to judge
    least = guard.core_share * naming
    return any(
        count >= least and count >= guard.own_share * pile[name] for name, count in counts.items()
    )


def _two_events(left: StoryCluster, right: StoryCluster, guard: NameGuard) -> bool:
    """Looser than the merge guard (either side's share may carry it), because the parts
    come from a cut of the finished story rather than from its history: ``split_distinct``
    absent core names on each side, and ``min_fraction`` of them on at least one."""
    (a, share_a), (b, share_b) = absent_core(left, right, guard), absent_core(right, left, guard)
    return min(a, b) >= guard.split_distinct and max(share_a, share_b) >= guard.min_fraction
