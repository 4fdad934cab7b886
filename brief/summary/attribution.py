"""Which articles carry each chosen fact, and the order the summary tells the facts in.

An article *carries* a chosen unit when one of its units has a tf-idf cosine of at least
``SUPPORT`` with it (stemmed content words, idf over all units of the set). The threshold was
set on pairs of sentences reporting one fact in different words across outlets (paraphrases
share the names and the key verb and noun, ~0.3-0.6) against sentences of the same story that
report different facts (mostly below 0.2); see ``docs/decisions.md``.

Order: a fact is placed by how early the articles carrying it tell it: its earliest position
among the body sentences of those articles (what some outlet leads with comes first,
background last); among equals, the fact carried by more articles first, then the one whose
sources are dated earlier, then set order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from brief.summary.units import Unit

SUPPORT = 0.3
"""tf-idf cosine at or above which another article's unit carries the same information."""


@dataclass(frozen=True, slots=True)
class Carried:
    unit: int
    sources: tuple[str, ...]
    """Article ids carrying the unit, its own article first, then set order."""
    positions: tuple[int, ...]
    """Position of the best-matching unit in each carrying article (same order)."""


def carriers(units: Sequence[Unit], tfidf: Any, chosen: Sequence[int]) -> list[Carried]:
    """Every article carrying each chosen unit (similarity >= ``SUPPORT``)."""
    if not chosen:
        return []
    order: dict[str, int] = {}
    for unit in units:
        order.setdefault(unit.article, len(order))
    similarity = (tfidf @ tfidf[list(chosen)].T).tocsc()
    out = []
    for column, index in enumerate(chosen):
        own = units[index]
        col = similarity.getcol(column)
        best: dict[str, tuple[float, int]] = {}
        for row, value in zip(col.indices, col.data, strict=True):
            article = units[row].article
            if article == own.article or value < SUPPORT - 1e-9:
                continue
            if article not in best or value > best[article][0]:
                best[article] = (float(value), units[row].position)
        others = sorted(best, key=order.__getitem__)
        out.append(
            Carried(
                unit=index,
                sources=(own.article, *others),
                positions=(own.position, *(best[a][1] for a in others)),
            )
        )
    return out


def reading_order(
    carried: Sequence[Carried], units: Sequence[Unit], dates: dict[str, str]
) -> list[Carried]:
    """Facts by the earliest position at which an article carrying them tells them."""
    order: dict[str, int] = {}
    for unit in units:
        order.setdefault(unit.article, len(order))

    def key(item: Carried) -> tuple[int, int, str, int, int]:
        unit = units[item.unit]
        dated = [dates[s] for s in item.sources if dates.get(s)]
        earliest = min(dated) if dated else "\uffff"
        return (min(item.positions), -len(item.sources), earliest, order[unit.article], unit.index)

    return sorted(carried, key=key)
