"""Figures an article's lead states with their unit: facts of one incident that stay put.

Two incidents of one kind at one place (two earthquakes on one island) are told in the same
words and names; what differs is their figures. Only a figure that does not move while a
story develops is read: an earthquake's magnitude (agencies and revisions disagree by a few
tenths, seen up to 0.3 on the dev piles, not by half a step). Tolls, sums, ages and shares
were measured and left out (docs/decisions.md, issue 13, eighth round): a developing story
revises a toll upward and an offer is bid up, and a lead names several people's ages.

Only the lead is read (the headline and the first sentences), where a report states its own
incident first; further down it recalls earlier ones ("the island was struck by a 6.4 in
2005").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

LEAD_CHARS = 600
"""The headline and the first two or three sentences of a typical report."""

_DECIMAL = r"[1-9](?:\.\s?\d)?"
"""A magnitude: ``6``, ``6.1``; tokenised text writes ``6. 1`` (corpora, some extractions)."""
_MAGNITUDE = [
    re.compile(rf"(?<![\d.])({_DECIMAL})\s?-?\s?magnitude\b", re.IGNORECASE),
    re.compile(
        rf"\bmagnitude(?:\s?-\s?|\s+of\s+|\s+)(?:at least\s+|about\s+|around\s+)?"
        rf"({_DECIMAL})(?![\d.]\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:measuring|measured|registering|registered)\s+(?:at least\s+|about\s+)?"
        rf"({_DECIMAL})\s+on\s+the\s+richter",
        re.IGNORECASE,
    ),
    re.compile(rf"(?<![\d.])({_DECIMAL})\s+on\s+the\s+richter", re.IGNORECASE),
]
_NOT_THE_QUAKE = re.compile(
    r"\W*(?:or\s+(?:greater|higher|larger|more|above|bigger|stronger)\b"
    r"|(?:\w+\W+){0,2}(?:aftershock|foreshock))",
    re.IGNORECASE,
)
"""After a magnitude: a bound ("8.0 or greater": a forecast) or another shock than the main."""


def lead_magnitude(text: str) -> float | None:
    """The first magnitude stated in the first ``LEAD_CHARS`` of ``text``: its own quake
    (later ones are often an agency's revision, the low end of a series, an earlier quake)."""
    lead = text[:LEAD_CHARS]
    lower = lead.lower()
    if "magnitude" not in lower and "richter" not in lower:
        return None  # most articles: skip the four patterns
    found = [
        (match.start(), float(match.group(1).replace(" ", "")))
        for pattern in _MAGNITUDE
        for match in pattern.finditer(lead)
        if not _NOT_THE_QUAKE.match(lead, match.end())
    ]
    return min(found)[1] if found else None


def magnitudes_conflict(one: Sequence[float], two: Sequence[float], gap: float) -> bool:
    """Whether two clusters' stated magnitudes (one per member stating any) say two quakes:
    their medians differ by more than ``gap``."""
    return bool(one and two) and abs(median(one) - median(two)) > gap + 1e-9
