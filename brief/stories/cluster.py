"""Average-link clustering over a sparse graph of pair scores.

Scores are already divided by their pair's threshold, so two clusters merge while the mean
score over all their cross pairs stays above 1. A pair never scored counts as 0, and a pair
that disagrees (different days) counts below 0: one strong link cannot chain two stories
together, as single-link (connected components) does at scale.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence


def average_link(
    n: int,
    first: Sequence[int],
    second: Sequence[int],
    scores: Sequence[float],
    days: Sequence[int | None] | None = None,
    max_span: int | None = None,
) -> list[list[int]]:
    """Groups of ``range(n)``; pairs ``(first[k], second[k])`` have score ``scores[k]``.

    With ``days`` (a day number per item, or None) and ``max_span``, two clusters never
    merge when their dated members would then lie more than ``max_span`` days apart: an
    undated article can bridge two incidents by its words, not across years.
    """
    span: dict[int, tuple[int, int] | None] = {
        i: (None if days is None or days[i] is None else (days[i], days[i]))  # type: ignore[misc]
        for i in range(n)
    }
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for a, b, score in zip(first, second, scores, strict=True):
        a, b = int(a), int(b)
        if a == b:
            continue
        links[a][b] = links[a].get(b, 0.0) + float(score)
        links[b][a] = links[b].get(a, 0.0) + float(score)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    heap: list[tuple[float, int, int]] = []
    for a, neighbours in links.items():
        for b, total in neighbours.items():
            if a < b and total > 1.0:
                heapq.heappush(heap, (-total, a, b))
    next_id = n
    while heap:
        _negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was merged since: a stale entry
        joined_span = _join(span[a], span[b])
        if max_span is not None and joined_span and joined_span[1] - joined_span[0] > max_span:
            continue  # spans only grow: these two can never merge
        merged = members.pop(a) + members.pop(b)
        new = next_id
        next_id += 1
        joined: dict[int, float] = {}
        for side in (a, b):
            for other, total in links.pop(side).items():
                if other in (a, b):
                    continue
                joined[other] = joined.get(other, 0.0) + total
                del links[other][side]
        members[new] = merged
        span[new] = joined_span
        links[new] = joined
        for other, total in joined.items():
            links[other][new] = total
            mean = total / (len(merged) * len(members[other]))
            if mean > 1.0:
                heapq.heappush(heap, (-mean, min(other, new), max(other, new)))
    return [sorted(group) for group in members.values()]


def _join(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))
