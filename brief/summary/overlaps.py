"""Candidate units that never go into one summary together: units that share text in their
article, and units of two articles that state the same figures (one fact told twice)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from brief.summary.units import Unit
from brief.text.figures import figure_phrases, names
from brief.text.tokens import content_stems


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
SAME_PHRASE = True
"""Units of two articles sharing a figure phrase (a number with its unit: "at least six
weeks" and "six weeks") and a name (a capitalised word after a sentence's first) are one
fact told twice: "the engineer said the bridge would stay shut for six weeks" and "the
closure would last six weeks, the engineer said" name the same engineer. The two must also
share ``SAME_PHRASE_CONTAINMENT`` of the smaller one's content stems: a story's main name and
a common figure ("five years") are in many different facts."""
SAME_PHRASE_CONTAINMENT = 0.5
"""The quote panel's bound for a reworded sentence (``paraphrase.FRAME_CONTAINMENT``), not
fitted again."""


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
    set of 14,000 units reads a few dozen of them. A unit's names and content stems are read
    only when it shares a figure phrase with a unit of another article (most never do)."""

    __slots__ = ("_article", "_known", "_phrases", "_said", "_units")

    def __init__(self, units: Sequence[Unit], article: Any) -> None:
        self._units = units
        self._article = article
        self._known: dict[int, frozenset[str]] = {}
        self._phrases: dict[int, frozenset[tuple[str, str]]] = {}
        self._said: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def __call__(self, unit: int) -> frozenset[str]:
        known = self._known.get(unit)
        if known is None:
            known = self._known[unit] = figures(self._units[unit].text)
        return known

    def phrases(self, unit: int) -> frozenset[tuple[str, str]]:
        """The figure phrases ("six weeks") of a unit, read when first asked."""
        known = self._phrases.get(unit)
        if known is None:
            known = self._phrases[unit] = figure_phrases(self._units[unit].text)
        return known

    def said(self, unit: int) -> tuple[frozenset[str], frozenset[str]]:
        """The names and the content stems of a unit, read when first asked."""
        known = self._said.get(unit)
        if known is None:
            text = self._units[unit].text
            known = self._said[unit] = (names(text), frozenset(content_stems(text)))
        return known

    def repeat(self, a: int, b: int) -> bool:
        """Units ``a`` and ``b`` (indices of units) tell one fact in two articles: the same
        ``SHARED_FIGURES`` figures, or the same figure phrase and a name (``SAME_PHRASE``)."""
        if self._article[a] == self._article[b]:
            return False
        if len(self(a) & self(b)) >= SHARED_FIGURES:
            return True
        return SAME_PHRASE and self._phrase_and_name(a, b)

    def _phrase_and_name(self, a: int, b: int) -> bool:
        phrases_a = self.phrases(a)
        if not phrases_a or phrases_a.isdisjoint(self.phrases(b)):
            return False
        names_a, stems_a = self.said(a)
        names_b, stems_b = self.said(b)
        if names_a.isdisjoint(names_b):
            return False
        shared = len(stems_a & stems_b)
        return shared >= SAME_PHRASE_CONTAINMENT * min(len(stems_a), len(stems_b)) - 1e-9

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
        found = {pair for pair, n in counts.items() if n >= SHARED_FIGURES}
        if SAME_PHRASE:
            phrased: dict[tuple[str, str], list[int]] = defaultdict(list)
            for position, unit in enumerate(candidates.tolist()):
                for phrase in self.phrases(unit):
                    phrased[phrase].append(position)
            articles = of.tolist()
            for members in phrased.values():
                for x, a in enumerate(members):
                    for b in members[x + 1 :]:
                        # a pair of one article is dropped below, and a pair found is found:
                        # neither needs its names and stems read
                        if (
                            articles[a] != articles[b]
                            and (a, b) not in found
                            and self._phrase_and_name(int(candidates[a]), int(candidates[b]))
                        ):
                            found.add((a, b))
        return sorted(
            pair
            for pair in found
            if self._article[int(candidates[pair[0]])] != self._article[int(candidates[pair[1]])]
        )
