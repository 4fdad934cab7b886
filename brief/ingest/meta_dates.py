"""Metadata dates (front matter, JSON records, a page's tags) to ``YYYY-MM-DD``, or "".

"" is the unknown date, and every view shows it the same way (undated): a date brief
cannot read, or one that is a placeholder rather than a day, is not shown as written in one
place and counted as undated in another.
"""

from __future__ import annotations

import re
from datetime import date

_SLASHED = re.compile(r"((?:19|20)\d\d)/(\d\d?)/(\d\d?)")
_DAY_MONTH = re.compile(r"(\d\d?)[/.](\d\d?)[/.]((?:19|20)\d\d)")
#: The null timestamps of common systems, written when a date is missing: not a day.
_NULL_DAYS = frozenset({"0001-01-01", "1900-01-01", "1970-01-01"})
#: The earliest year a news article is dated: older dates are placeholders or typos.
FIRST_YEAR = 1800


def iso_date(value: str) -> str:
    """A metadata date as ``YYYY-MM-DD`` when it is one in a common form ("2026-12-02T10:00Z",
    "Dec 2, 2026", "2 December 2026", RFC 2822, "2026/12/02", "25/12/2026"); else "", the
    unknown date, shown as undated everywhere ("last week", "2025-13-45", "0001-01-01",
    and "02/12/2026", whose day and month could be either way round, are not dates)."""
    day = _read_date(value.strip())
    if day is None or day.isoformat() in _NULL_DAYS:
        return ""
    if not FIRST_YEAR <= day.year <= date.today().year + 1:
        return ""
    return day.isoformat()


def _read_date(value: str) -> date | None:
    import email.utils

    from brief.text.dates import dates_in

    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    numbers = None
    if slashed := _SLASHED.fullmatch(value):
        numbers = tuple(map(int, slashed.groups()))
    elif (either := _DAY_MONTH.fullmatch(value)) is not None:
        first, second, year = map(int, either.groups())
        if first == second or max(first, second) > 12:  # only one reading
            numbers = (year, min(first, second), max(first, second))
    if numbers is not None:
        try:
            return date(*numbers)
        except ValueError:
            return None
    found = dates_in(value)
    return found[0][1] if len(found) == 1 else None
