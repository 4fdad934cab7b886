"""Dates an article carries: in its metadata, in a dateline near the top, and in its text.

Only explicit calendar dates count (``May 3, 2013``, ``3 May 2013``, ``2013-05-03``); a bare
weekday says nothing about which week it was.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_ONLY = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_DATELINE_CHARS = 400
"""A date within the first characters of the text is taken as the article's own date."""


def _to_date(match: re.Match[str]) -> date | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        return date(int(match.group("year")), number, int(match.group("day")))
    except ValueError:
        return None


def dates_in(text: str) -> list[tuple[int, date]]:
    """Every explicit calendar date in ``text`` with its offset, in text order."""
    if not _ANY_YEAR.search(text):
        return []  # no year, no calendar date: skips the slow month-name scan
    found: dict[int, date] = {}
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            day = _to_date(match)
            if day is not None:
                found.setdefault(match.start(), day)
    return sorted(found.items())


def article_day(meta_date: str, text: str) -> date | None:
    """The publication day: the metadata date, else a calendar date in the dateline."""
    if meta_date:
        try:
            return date.fromisoformat(meta_date[:10])
        except ValueError:
            pass
    for offset, day in dates_in(text[:_DATELINE_CHARS]):
        if offset < _DATELINE_CHARS:
            return day
    return None


def years_in(text: str) -> set[int]:
    """Four-digit years mentioned anywhere in ``text``."""
    return {int(y) for y in _YEAR_ONLY.findall(text)}
