"""The order a reader can follow, and no sentence that points back at nothing.

Order: when every chosen sentence comes from a dated article, events are told in date order
(the day-one report before the day-two follow-up), and within a day by position in the
article; otherwise by position only (what outlets lead with comes first, background last),
as ``attribution.reading_order`` does. A fact comes before its consequence because news tells
the fact first: position within the article keeps that order.

References: ``units`` never lets a sentence that opens with an unresolved reference ("He",
"This", "The move", "However") in alone: it enters with the sentence before it. ``resolved``
is the guard at the end: a summary sentence that still opens with one (a word the opener
lists missed at unit time, a pinned sentence) is kept only right after the sentence of its
own article that precedes it, else dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.summary.attribution import Carried
from brief.summary.units import Unit, dangles


def date_order(
    carried: Sequence[Carried], units: Sequence[Unit], dates: dict[str, str]
) -> list[Carried]:
    """Stable re-sort by the own article's date when every chosen unit's article is dated."""
    known = [dates.get(units[item.unit].article, "")[:10] for item in carried]
    if not carried or not all(known) or len(set(known)) == 1:
        return list(carried)
    rank = {id(item): k for k, item in enumerate(carried)}
    return sorted(
        carried,
        key=lambda item: (
            dates[units[item.unit].article][:10],
            units[item.unit].position,
            rank[id(item)],
        ),
    )


def resolved(carried: Sequence[Carried], units: Sequence[Unit]) -> list[Carried]:
    """Each sentence opening with an unresolved reference goes right after its antecedent (the
    sentence before it in its own article) when that one is in the summary; else it is dropped,
    unless every sentence would be (a set whose only sentences dangle still gets a summary).
    """

    def antecedent_of(item: Carried) -> Carried | None:
        unit = units[item.unit]
        for other in carried:
            before = units[other.unit]
            if (
                other is not item
                and before.article == unit.article
                and before.index + before.sentences == unit.index
            ):
                return other
        return None

    dangling = {id(item): antecedent_of(item) for item in carried if dangles(units[item.unit].text)}
    out: list[Carried] = []
    for item in carried:
        if id(item) in dangling:
            continue
        out.append(item)
        # followers of this item, then theirs (a chain of references stays in its order)
        tail = item
        while True:
            follower = next(
                (d for d in carried if id(d) in dangling and dangling[id(d)] is tail), None
            )
            if follower is None:
                break
            out.append(follower)
            tail = follower
    return out or list(carried)
