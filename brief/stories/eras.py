"""Which year a report is from: a story of dated reports and of undated ones that speak only
of years long before is two incidents, years apart.

Two incidents of one kind at one place (two elections in one country, years apart) are told in
the same words and names, and the date guard of average link only compares two *dated*
reports. A report without a date still says when it was written: the latest year it names.
A report that names a recent year at all names the current one or the last; a report whose
latest year is several years before the dates of the story's dated reports is, most likely,
from that earlier time. One such report is weak evidence (an explainer that recalls only the
past), so a story is cut only when it holds ``least`` dated reports and ``least`` undated ones
whose latest year lags the earliest date by ``gap`` years or more, and those are most of the
undated reports that name a year.

The cut follows the dates: the dated reports and the undated ones that name a recent year
form one side, every other undated report the other. An undated report that names no year
goes with the old side because, in such a story, being undated is what the old reports have
in common (the earlier incident's reports were kept without their dates); its words cannot
place it, as both incidents are told in the same words. Measured on every labelled pile
(docs/decisions.md, issue 13, tenth round).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

_YEAR = re.compile(
    r"(?<![\w$\u00a3\u20ac.,:])((?:19|20)\d\d)(?![\w%]|[,.:]\d|\s*(?:GMT|UTC|hrs|hours)\b)"
)
"""A year as written in prose: not a sum ("$2010"), a clock time ("2000 GMT") or part of a
longer number ("2,013", "2013.5")."""


def latest_year(text: str) -> int | None:
    """The latest year ``text`` names, or None."""
    years = [int(match.group(1)) for match in _YEAR.finditer(text)]
    return max(years) if years else None


def split_by_eras(
    groups: list[list[int]],
    days: Sequence[date | None],
    text_of: Callable[[int], str],
    *,
    least: int,
    gap: int,
) -> list[list[int]]:
    """``groups`` with every story of recent dated reports and of undated reports from years
    before cut in two.

    ``days`` are the items' dates (None: undated); ``text_of(i)`` gives an item's text, read
    only for the undated members of a story that holds ``least`` dated ones, so a pile with
    no dates, or with dates everywhere, costs nothing here."""
    out: list[list[int]] = []
    for group in groups:
        years = [day.year for day in (days[i] for i in group) if day is not None]
        if len(years) < least or len(group) - len(years) < least:
            out.append(group)
            continue
        latest = {i: latest_year(text_of(i)) for i in group if days[i] is None}
        named = [year for year in latest.values() if year is not None]
        old = sum(year <= min(years) - gap for year in named)
        if old < least or 2 * old <= len(named):
            out.append(group)
            continue
        recent = {i for i in group if days[i] is not None or (latest[i] or 0) > min(years) - gap}
        out.extend([[i for i in group if i in recent], [i for i in group if i not in recent]])
    return out
