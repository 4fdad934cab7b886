"""Candidate units that never go into one summary together: units that share text in their
article, and units of two articles that state the same figures (one fact told twice)."""

from __future__ import annotations

import re
from collections import defaultdict
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


FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
"""A figure as written: "410", "2,500", "3.5" (commas dropped when compared)."""
_TWO_DIGITS = re.compile(r"\d[\d,.]*\d")
SHARED_FIGURES = 2
"""Units of two articles stating this many of the same figures are one fact told twice. One
shared figure is too few (a year, a count); the curve is in ``docs/decisions.md``."""


def figures(text: str) -> frozenset[str]:
    """The figures of two digits or more ("7" and "3" are too common to name a fact); digits
    inside a word ("A380", "v1.2") are no figure."""
    if not _TWO_DIGITS.search(text):  # most sentences: one cheap scan
        return frozenset()
    found = set()
    for match in FIGURE.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue
        figure = match.group().replace(",", "")
        if len(figure.replace(".", "")) >= 2:
            found.add(figure)
    return frozenset(found)


class FigureReader:
    """The figures of each unit, read when first asked: the solvers ask only where two units
    can meet (the greedy's pick against the few chosen, the exact solver's shortlist), so a
    set of 14,000 units reads a few dozen of them."""

    __slots__ = ("_article", "_known", "_units")

    def __init__(self, units: Sequence[Unit], article: Any) -> None:
        self._units = units
        self._article = article
        self._known: dict[int, frozenset[str]] = {}

    def __call__(self, unit: int) -> frozenset[str]:
        known = self._known.get(unit)
        if known is None:
            known = self._known[unit] = figures(self._units[unit].text)
        return known

    def repeat(self, a: int, b: int) -> bool:
        """Units ``a`` and ``b`` (indices of units) tell one fact in two articles."""
        if self._article[a] == self._article[b]:
            return False
        return len(self(a) & self(b)) >= SHARED_FIGURES

    def pairs(self, candidates: Any) -> list[tuple[int, int]]:
        """Every pair of positions into ``candidates`` whose units repeat each other's figures."""
        import numpy as np

        of = np.asarray(self._article)[candidates]
        if not len(of) or (of == of[0]).all():
            return []  # one article (a one-article story): no pair qualifies, none is read
        holders: dict[str, list[int]] = defaultdict(list)
        for position, unit in enumerate(candidates.tolist()):
            for figure in self(unit):
                holders[figure].append(position)
        counts: dict[tuple[int, int], int] = defaultdict(int)
        for members in holders.values():
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    counts[(a, b)] += 1
        return sorted(
            pair
            for pair, n in counts.items()
            if n >= SHARED_FIGURES
            and self._article[int(candidates[pair[0]])] != self._article[int(candidates[pair[1]])]
        )
