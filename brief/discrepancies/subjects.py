"""What a figure is about: its owner (a named entity) and its measure (the noun it counts).

``Orbit's 89 million users`` is about (Orbit, users); ``Chatterly was the most popular
platform, with over 96 million users each month`` is about (Chatterly, monthly users). The
rules are deliberately conservative: a figure whose owner or measure is not clear from the
words around it gets no subject and is never compared.

The reading is split by question: ``sentences`` (tokens, named entities, clauses),
``measures`` (what the figure counts, a change, its year), ``owners`` (whose figure it is, with
pronouns resolved) and ``vocabulary`` (the word lists they share). This module puts them
together and is where callers import them from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from brief.discrepancies.measures import (
    change_before,
    elided_measure,
    measure_after,
    measure_before,
    year_of,
)
from brief.discrepancies.owners import owner_of
from brief.discrepancies.quantities import Figure
from brief.discrepancies.sentences import (
    Entity,
    ProperNames,
    SentenceView,
    Token,
    entities,
    tokenize,
)

__all__ = [
    "Entity",
    "ProperNames",
    "SentenceView",
    "Subject",
    "Token",
    "entities",
    "subject_of",
    "tokenize",
]
"""The sentence reading is re-exported: callers take all of it from here."""


@dataclass(frozen=True, slots=True)
class Subject:
    owner: str
    owner_key: str
    measure: str
    measure_key: str
    attributes: frozenset[str] = frozenset()
    """Period and lower-case modifiers (``monthly``, ``active``): must not conflict."""
    direction: str = ""
    """``up``/``down`` for a change (``fell 1.2%``), empty for a level."""
    phrase: str = ""
    """The figure with its measure, as written."""


def subject_of(view: SentenceView, figure: Figure, others: Sequence[Figure]) -> Subject | None:
    """The subject of ``figure`` in ``view``, or None when it is not clear."""
    if _in_range(view.text, figure, others):
        return None
    tokens = view.tokens
    first = next((i for i, t in enumerate(tokens) if t.start >= figure.start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t.start >= figure.end), len(tokens))
    singular = figure.kind != "count"
    measure = measure_after(view, after, singular)
    direction = change_before(tokens, first)
    head_first = first
    if measure is None:
        before = measure_before(view, first)
        if before is not None:
            measure, direction, head_first = before
    if measure is None:
        measure = elided_measure(view, figure, others, first)
        if measure is None:
            return None
    head, head_key, attributes, starts_clause, phrase_end = measure
    owner = owner_of(view, head_first, starts_clause)
    if owner is None:
        return None
    year = year_of(view, max(phrase_end, after - 1), first)
    if year:
        attributes = attributes | {year}
    phrase_stop = max(figure.end, tokens[phrase_end].end if phrase_end >= 0 else 0)
    phrase = view.text[figure.start : phrase_stop]
    return Subject(owner.display, owner.key, head, head_key, attributes, direction, phrase)


_RANGE_LINK = re.compile(r"\s*(?:(?:[^\W\d_]+\s+)?(?:to|-|–|—)|and|or)\s*")
_PART_OF = re.compile(r"\s*(?:out\s+)?of(?:\s+(?:the|a|an))?\s*")


def _in_range(text: str, figure: Figure, others: Sequence[Figure]) -> bool:
    """``2.5 to 3 percent``, ``between 4 and 5 million``, ``64 of the 122 seats``: a range
    or a part of a whole is not one value of the subject, so it is not compared."""
    for other in others:
        if other is figure:
            continue
        if other.start >= figure.end and _RANGE_LINK.fullmatch(text[figure.end : other.start]):
            return True
        if other.end <= figure.start:
            between = text[other.end : figure.start]
            if _RANGE_LINK.fullmatch(between) or _PART_OF.fullmatch(between):
                return True
    return False
