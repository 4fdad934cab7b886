"""Average-link clustering over a sparse graph of pair scores, with two guards.

Scores are already divided by their pair's threshold, so two clusters merge while the mean
score over all their cross pairs stays above 1. A pair never scored counts as 0: one strong
link cannot chain two stories together, as single-link (connected components) does at scale.

The guards stop merges the words alone would make between sibling incidents:

* dates: clusters whose dated members would then lie more than ``max_span`` days apart;
* names: two clusters that each have names most of their articles carry and the other's
  articles do not (the ship, the victim, the town of each incident), while sharing the rest
  of their vocabulary.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class NameGuard:
    """When two clusters' names say they are two incidents (constants: docs/decisions.md)."""

    core_share: float = 0.6
    """A name is core to a cluster when at least this share of its articles carry it."""
    absent_share: float = 0.1
    """... and absent from the other cluster when at most this share of its articles do."""
    min_distinct: int = 1
    """Each side needs this many core names the other lacks ..."""
    min_fraction: float = 0.4
    """... making up at least this share of its core names."""
    min_size: int = 3
    """Clusters smaller than this have no reliable core and are never blocked."""
    split_distinct: int = 3
    """A finished story is cut in two when each part has this many core names the other
    lacks (``brief.stories.split``) ..."""
    topic_split: bool = True
    """... or when no name is core to it and its own (a topic, not an event) ..."""
    own_share: float = 0.5
    """... its own: the story holds this share of the pile's articles naming it."""


@dataclass(slots=True)
class StoryCluster:
    """A story as average link and the second look build it: members, names, date span."""

    members: list[int]
    names: Counter[str]
    span: tuple[int, int] | None
    magnitudes: list[float] = field(default_factory=list)
    """The magnitude each member's lead states, of those stating one (``brief.stories.facts``)."""


def _listed(values: Sequence[Any]) -> Sequence[Any]:
    """``values`` as a list of Python numbers when it is an array (``tolist`` gives the
    same ``int`` and ``float`` values as converting item by item), else as it is."""
    tolist = getattr(values, "tolist", None)
    return tolist() if tolist is not None else values


def average_link(
    n: int,
    first: Sequence[int],
    second: Sequence[int],
    scores: Sequence[float],
    *,
    days: Sequence[int | None] | None = None,
    max_span: int | None = None,
    names: Sequence[Iterable[str]] | None = None,
    guard: NameGuard | None = None,
    magnitudes: Sequence[float | None] | None = None,
    magnitude_gap: float = 0.0,
    cohesion: float = 0.0,
    headlines: Callable[[int], str] | None = None,
) -> list[list[int]]:
    """Groups of ``range(n)``; pairs ``(first[k], second[k])`` have score ``scores[k]``.

    ``days`` holds a day number (or None) per item, ``names`` the names of each item,
    ``magnitudes`` the quake magnitude each item's lead states (or None): two clusters whose
    median magnitudes differ by more than ``magnitude_gap`` never merge. Two clusters of
    ``COHESION_SIZE`` or more whose cross mean is under ``cohesion`` times the looser one's
    own mean never merge, then or after either grows (``_loosely_joined``; 0: off).
    ``headlines`` gives an item's headline key (``headline_key``; "" for none): two clusters
    holding reports under one headline are not kept apart by their names (``shared_headline``).
    """
    from brief.stories.facts import magnitudes_conflict

    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    # arrays read as Python numbers in one call each (not one numpy scalar per item)
    first, second, scores = (_listed(values) for values in (first, second, scores))
    for a, b, score in zip(first, second, scores, strict=True):
        a, b = int(a), int(b)
        if a != b:
            links[a][b] = links[a].get(b, 0.0) + float(score)
            links[b][a] = links[b].get(a, 0.0) + float(score)
    clusters = {
        i: StoryCluster(
            [i],
            Counter(set(names[i])) if names is not None else Counter(),
            None if days is None or days[i] is None else (days[i], days[i]),  # type: ignore[arg-type]
            [] if magnitudes is None or magnitudes[i] is None else [magnitudes[i]],  # type: ignore[list-item]
        )
        for i in range(n)
    }
    version = dict.fromkeys(clusters, 0)
    inner = dict.fromkeys(clusters, 0.0)  # the sum of each cluster's own pair scores
    apart: set[tuple[int, int]] = set()  # clusters kept apart by cohesion, by their ids
    heap: list[tuple[float, int, int, int, int]] = [
        (-total, a, b, 0, 0)
        for a, neighbours in links.items()
        for b, total in neighbours.items()
        if a < b and total > 1.0
    ]
    heapq.heapify(heap)
    while heap:
        negative, a, b, seen_a, seen_b = heapq.heappop(heap)
        if a not in clusters or b not in clusters:
            continue  # absorbed since
        left, right = clusters[a], clusters[b]
        if (seen_a, seen_b) != (version[a], version[b]):
            # one side grew since: its mean with the other only fell unless they share new
            # links (those were pushed afresh), so re-queue it at its current value
            mean = links[a].get(b, 0.0) / (len(left.members) * len(right.members))
            if mean > 1.0:
                heapq.heappush(heap, (-mean, a, b, version[a], version[b]))
            continue
        span = _join(left.span, right.span)
        if max_span is not None and span and span[1] - span[0] > max_span:
            continue  # spans only grow: these two can never merge
        if (
            guard is not None
            and _two_incidents(left, right, guard)
            and not shared_headline((left.members, right.members), headlines)
        ):
            continue
        if magnitudes_conflict(left.magnitudes, right.magnitudes, magnitude_gap):
            continue  # two quakes: medians only move inside what each side states
        if (a, b) in apart:
            continue
        sizes = (len(left.members), len(right.members))
        if (
            cohesion > 0
            and _loosely_joined(-negative, (inner[a], inner[b]), sizes, cohesion)
            and _names_of_their_own(left, right, guard or NameGuard())
        ):
            # for good: what joins either side later (a report of both, a loose one) only
            # dilutes its own mean until the ratio clears, it does not make them one event
            apart.add((a, b))
            continue
        # the smaller cluster joins the larger, whose links are kept in place: a merge costs
        # the smaller side's links, not the larger's (no quadratic time on a big story)
        keep, gone = (a, b) if len(left.members) >= len(right.members) else (b, a)
        kept, absorbed = clusters[keep], clusters.pop(gone)
        kept.members += absorbed.members
        kept.names += absorbed.names
        kept.magnitudes += absorbed.magnitudes
        kept.span = span
        version[keep] += 1
        inner[keep] += inner.pop(gone) + links[keep].get(gone, 0.0)
        links[keep].pop(gone, None)
        for other, total in links.pop(gone).items():
            if other == keep:
                continue
            joined = links[keep].get(other, 0.0) + total
            links[keep][other] = joined
            links[other][keep] = joined
            del links[other][gone]
            mean = joined / (len(kept.members) * len(clusters[other].members))
            if mean > 1.0:
                pair = (keep, other) if keep < other else (other, keep)
                heapq.heappush(heap, (-mean, *pair, version[pair[0]], version[pair[1]]))
    return [sorted(c.members) for c in clusters.values()]


COHESION_SIZE = 3
"""Clusters smaller than this have no own mean worth comparing with: a pair is often two
copies of one report, and a lone article has none."""


def _loosely_joined(
    cross: float, inner: tuple[float, float], sizes: tuple[int, int], share: float
) -> bool:
    """Two clusters that are each a story of their own, with a thinner link between them.

    ``cross`` is the mean score of their cross pairs, ``inner`` each side's sum of the scores
    of its own pairs (unscored pairs count 0, as in the merge). In a pile of one outlet's
    articles of one section (business, music), reports of different events clear the
    threshold on shared words and a shared name (a company, an award), so the absolute bar
    of 1 joins them; the cores of two events are still far tighter inside than between.
    """
    if min(sizes) < COHESION_SIZE:
        return False
    own = min(total / (size * (size - 1) / 2) for total, size in zip(inner, sizes, strict=True))
    return cross < share * own


def _names_of_their_own(left: StoryCluster, right: StoryCluster, guard: NameGuard) -> bool:
    """Each side has a core name (someone, somewhere) the other lacks: two events are told
    apart by who and where; a side naming no one of its own (short notes on the same vote)
    is no other event, however thin its link."""
    return absent_core(left, right, guard)[0] >= 1 and absent_core(right, left, guard)[0] >= 1


def absent_core(core: StoryCluster, other: StoryCluster, guard: NameGuard) -> tuple[int, float]:
    """How many of ``core``'s core names ``other`` lacks, and their share of its core."""
    size, other_size = len(core.members), len(other.members)
    names = [name for name, count in core.names.items() if count >= guard.core_share * size]
    absent = sum(1 for name in names if other.names[name] <= guard.absent_share * other_size)
    return absent, absent / len(names) if names else 0.0


def _distinct(core: StoryCluster, other: StoryCluster, guard: NameGuard) -> bool:
    absent, share = absent_core(core, other, guard)
    return absent >= guard.min_distinct and share >= guard.min_fraction


def _two_incidents(left: StoryCluster, right: StoryCluster, guard: NameGuard) -> bool:
    if min(len(left.members), len(right.members)) < guard.min_size:
        return False
    return _distinct(left, right, guard) and _distinct(right, left, guard)


def shared_headline(parts: Sequence[Sequence[int]], headlines: Callable[[int], str] | None) -> bool:
    """Two of ``parts`` hold reports under one headline (``headline_key``; "" counts none).

    Outlets title one event's reports alike, and a syndicated report keeps its headline
    whatever its copies cut or add; two incidents are headlined by what tells them apart
    (the place, the victim). So when the names say two incidents but a headline heads
    reports on both sides, the names most often differ by whom each report quotes (a fire
    chief here, a seismologist there): one event, which the reader would see as two
    stories under one title.
    """
    if headlines is None:
        return False
    seen: dict[str, int] = {}
    for number, part in enumerate(parts):
        for member in part:
            headline = headlines(member)
            if headline and seen.setdefault(headline, number) != number:
                return True
    return False


HEADLINE_WORDS = 3
"""A headline shorter than this may be a section's label ("Obituaries", "Match report")."""
_HEADLINE_WORD = re.compile(r"[\w'\u2019-]+")


def headline_key(title: str, names: Collection[str]) -> str:
    """``title`` case-folded and spaced alike when it can tell one event's reports: 3+ words,
    one of them a name the article's text carries (``names``, single words as the grouping
    reads them); else "". A headline naming no one ("Gunman opens fire at school") heads
    many incidents; one naming the place or the victim heads one."""
    words = title.casefold().split()
    if len(words) < HEADLINE_WORDS:
        return ""
    found = (
        w.replace("\u2019", "'").removesuffix("'s")
        for w in _HEADLINE_WORD.findall(title.casefold())
    )
    if not any(word in names for word in found):
        return ""
    return " ".join(words)


def _join(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))
