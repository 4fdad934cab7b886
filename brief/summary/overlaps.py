"""Candidate units that share text in their article, which never go into one summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brief.summary.units import Unit


def overlapping_pairs(
    units: Sequence[Unit], article: Any, candidates: Any
) -> list[tuple[int, int]]:
    """Candidate pairs that share text in their article (a two-sentence unit and its parts).

    Units come article by article in reading order (starts never decrease within one), so a
    unit can only overlap the next few: pairs at offset 1, 2, ... while any still overlaps.
    Ordered by first then second candidate, as the solvers have always received them.
    """
    import numpy as np

    count = len(candidates)
    if count < 2:
        return []
    article = article[candidates]
    starts = np.fromiter((units[int(c)].start for c in candidates), np.int64, count)
    ends = np.fromiter((units[int(c)].end for c in candidates), np.int64, count)
    firsts: list[Any] = []
    seconds: list[Any] = []
    for offset in range(1, count):
        a = np.arange(count - offset)
        b = a + offset
        hit = (article[a] == article[b]) & (starts[b] < ends[a])
        if not hit.any():
            break
        firsts.append(a[hit])
        seconds.append(b[hit])
    if not firsts:
        return []
    first = np.concatenate(firsts)
    second = np.concatenate(seconds)
    order = np.lexsort((second, first))
    return list(zip(first[order].tolist(), second[order].tolist(), strict=True))
