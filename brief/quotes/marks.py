"""Find quoted segments in one paragraph, robust to unbalanced and foreign marks.

Double marks (straight ``"``, curly “ ”, low „, guillemets « » and » «, and the old
newswire pairs of two apostrophes or two backticks) open top-level quotations; single
marks (‘ ’ and straight ``'``) do so only where they cannot be an apostrophe, and inside
a double quotation they are nested quotes, part of its content.
A straight mark is an opener or a closer by what surrounds it (space before and a letter
after opens; a letter or punctuation before and space or punctuation after closes).

A quotation never runs past its paragraph: a mark left open at the paragraph's end
closes there (``closed=False`` says so), which is also how newspapers continue a
quotation into a next paragraph that starts with an opening mark. A closing mark with
no opener is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019"}
_DOUBLE = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u201f')
_SINGLE = frozenset("'\u2018\u2019\u201a")
_BEFORE_OPEN = frozenset(" \t\n([{\u2014\u2013-/:;,")
_AFTER_CLOSE = frozenset(" \t\n)]}.,;:!?\u2014\u2013-/\u2026")
_ANY_MARK = re.compile("[\"'`\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a]")
"""Any character that may be (part of) a quotation mark: the scan jumps between them."""
_TWO_CHAR = ("''", "``", "\u2018\u2018", "\u2019\u2019")
_AMBIGUOUS = frozenset(['"', "''"])
"""Marks that may open or close: their role comes from their neighbours."""
_CLOSERS_ONLY = frozenset(["\u201d", "\u00bb", "\u2019\u2019"])


@dataclass(frozen=True, slots=True)
class Segment:
    """A quoted stretch: marks at ``open`` and ``close`` (``close`` is the end offset
    of the closing mark), content between ``start`` and ``end``."""

    open: int
    start: int
    end: int
    close: int
    closed: bool = True

    @property
    def content_span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _width(text: str, i: int) -> int:
    """Width of a double quotation mark at ``i``: 2 for ``''``, ````` `` ````` (old
    newswire style) and doubled curly singles, 1 for a double mark, 0 for none."""
    if text.startswith(_TWO_CHAR, i):
        return 2
    return 1 if text[i] in _DOUBLE else 0


def _role(text: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close' or 'both' for a quotation mark at ``i``, from its neighbours."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    can_open = (before in _BEFORE_OPEN or before in _DOUBLE or before in _SINGLE) and not (
        after.isspace()
    )
    can_close = not before.isspace() and (
        after in _AFTER_CLOSE or after in _DOUBLE or after in _SINGLE or i + width >= hi
    )
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "both"


def find_segments(text: str, lo: int, hi: int) -> list[Segment]:
    """Top-level quoted segments of ``text[lo:hi]`` (one paragraph), in order."""
    segments: list[Segment] = []
    i = lo
    while i < hi:
        found_mark = _ANY_MARK.search(text, i, hi)
        if found_mark is None:
            break
        i = found_mark.start()
        width = _width(text, i)
        if width:
            mark = text[i : i + width]
            role = _role(text, i, lo, hi, width)
            if mark in _CLOSERS_ONLY and role != "open":
                i += width  # a stray closer
                continue
            if mark in _AMBIGUOUS and role == "close":
                i += width
                continue
            found = _close_double(text, i, width, lo, hi)
            segments.append(found)
            i = found.close
            continue
        if text[i] in "\u2018'" and _single_opens(text, i, lo, hi):
            found = _close_single(text, i, hi)
            if found is not None:
                segments.append(found)
                i = found.close
                continue
        i += 1
    return [s for s in segments if s.end > s.start]


def _closers_for(mark: str) -> tuple[str, ...]:
    if mark in _AMBIGUOUS or mark in ("``", "\u2018\u2018"):
        return ('"', "\u201d", "''", "\u2019\u2019")
    if mark == "\u201d":  # a closing curly used as an opener (seen in the wild)
        return ("\u201d", "\u201c")
    if mark == "\u00bb":
        return ("\u00ab",)
    # a straight or doubled-single mark may close a curly opening one (mixed marks are
    # common in the wild: “...," or “...,’’)
    return (*_OPENERS.get(mark, '"\u201d'), '"', "''", "\u2019\u2019")


def _close_double(text: str, i: int, width: int, lo: int, hi: int) -> Segment:
    closers = _closers_for(text[i : i + width])
    opened = i + width
    j = opened
    while j < hi:
        next_mark = _ANY_MARK.search(text, j, hi)
        if next_mark is None:
            break
        j = next_mark.start()
        w = _width(text, j)
        mark = text[j : j + w] if w else ""
        if mark and mark in closers:
            if mark not in _AMBIGUOUS or _role(text, j, lo, hi, w) != "open":
                return Segment(i, opened, j, j + w)
        elif (
            mark in ("\u201c", "\u201e", "\u00ab", "``")
            and _role(text, j, lo, hi, w) == "open"
            and _looks_like_new_quote(text, i, j)
        ):
            # a new opener before any closer: the first mark was left open
            return Segment(i, opened, _trim_end(text, opened, j), j, closed=False)
        j += w or 1
    return Segment(i, opened, _trim_end(text, opened, hi), hi, closed=False)


def _looks_like_new_quote(text: str, i: int, j: int) -> bool:
    """An opener at ``j`` starts a new quotation when a sentence ended before it."""
    k = j - 1
    while k > i and text[k].isspace():
        k -= 1
    return text[k] in ".!?\u2026" and j - i > 2


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _single_opens(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in "([{\u2014\u2013:") and after.isalpha()


def _close_single(text: str, i: int, hi: int) -> Segment | None:
    """A single-quoted span, or None where the mark is more likely an apostrophe."""
    j = i + 1
    while j < hi:
        char = text[j]
        if char in "\u2019'":
            after = text[j + 1] if j + 1 < hi else " "
            before = text[j - 1]
            if after.isalpha():  # don't, it's
                j += 1
                continue
            if before == "s" and after.isspace() and _more_single_closers(text, j + 1, hi):
                j += 1  # a plural possessive ("the girls' school"): keep looking
                continue
            if not before.isspace():
                return Segment(i, i + 1, j, j + 1)
        if char == "\n" or char in _DOUBLE:
            return None
        j += 1
    return None


def _more_single_closers(text: str, start: int, hi: int) -> bool:
    for k in range(start, hi):
        if text[k] in "\u2019'" and (k + 1 >= hi or not text[k + 1].isalpha()):
            return True
        if text[k] in _DOUBLE:
            return False
    return False
