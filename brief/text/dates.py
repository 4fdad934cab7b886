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
_PATTERNS = [  # the parts of a date on one line ("1 March\n\n2000 GMT" is a kick-off time)
    re.compile(rf"\b{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}[ \t]+{_MONTH},?[ \t]+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_DATELINE_CHARS = 400
"""The first calendar date within these characters is taken as the article's date (a
dateline, or the day of the event its lead reports) ..."""
# ... unless it is a birth or a start ("born on 5 April 1920", "since May 3, 2001")
_NOT_DATELINE = re.compile(r"\b(?:born|since|from|until|till)\b\W+(?:\w+\W+){0,4}$", re.I)


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


_SHOWN_CHARS = 100
"""A story's shown dates take a date from the text only this near the top (a dateline, the
lead's "On May 3, 2013"): further down a lead often tells of the past ("the first call was
made on 1 January 1985"), which helps compare two articles but is no date of the story."""


_FILE_PHOTO = re.compile(r"(?:19|20)\d\d\W+(?:\w+\W+){0,2}?file\s+(?:photo|image|picture)\b", re.I)
"""A caption's date: "In this <date> file photo, ..." opens many wire stories; the photo is
from the archive, its date is not the story's (33 of the 120 dates read from the text of
3,000 Multi-News sources were such captions)."""


def shown_day(meta_date: str, text: str) -> date | None:
    """The article's day as a story shows it: the metadata date, else a dateline's (not a
    file photo's date in a caption)."""
    return article_day(meta_date, text, _SHOWN_CHARS, captions=True)


def article_day(
    meta_date: str, text: str, within: int = _DATELINE_CHARS, *, captions: bool = False
) -> date | None:
    """The article's day: the metadata date, else the first calendar date near the top
    (``captions``: not one a caption gives a file photo)."""
    if meta_date:
        try:
            return date.fromisoformat(meta_date[:10])
        except ValueError:
            pass
    head = text[:within]
    for offset, day in dates_in(head):
        if _NOT_DATELINE.search(head[max(0, offset - 40) : offset]):
            continue
        if captions and _FILE_PHOTO.search(text, offset, offset + 50):
            continue
        return day
    return None
