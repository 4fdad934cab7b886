"""Roles of HTML lines from what the page made of them (``LineHint``), not their words alone.

A plain-text line that is short and has no final stop may be a heading; in a page the
markup says so: ``<h2>`` is a heading, a list item or a table row is content, a
``<br>``-broken paragraph is prose. Link text tells furniture apart: a line or a list
that is mostly links to other pages is navigation or related stories.
"""

from __future__ import annotations

from bisect import bisect_right

from brief.ingest.boilerplate import ends_like_sentence, word_count
from brief.ingest.html_blocks import LineHint
from brief.model import Role

#: A line (or a whole list or table) whose text is at least this share link text is
#: navigation or a list of other stories.
LINK_DENSE = 0.5
#: Prose with a link or two is still prose: a long line that ends like a sentence is
#: body whatever its links.
PROSE_WORDS = 25
#: Kinds of line that belong to a list or a table.
LISTED = frozenset({"item", "row", "th"})
#: A heading element longer than this that ends like a sentence is a lead paragraph.
STANDFIRST_WORDS = 20


class Hints:
    """Look up the hint of a line by its start offset (the line containing it)."""

    def __init__(self, hints: dict[int, LineHint]) -> None:
        self._starts = sorted(hints)
        self._hints = hints

    def __bool__(self) -> bool:
        return bool(self._starts)

    def at(self, offset: int) -> LineHint | None:
        index = bisect_right(self._starts, offset) - 1
        return self._hints[self._starts[index]] if index >= 0 else None


def link_furniture(text: str, hint: LineHint) -> str:
    """Why a line is navigation or a related-stories link, from its share of link text."""
    words = word_count(text)
    prose = words >= PROSE_WORDS and ends_like_sentence(text)
    if prose:
        return ""
    if hint.link_ratio >= LINK_DENSE:
        return "link to another page"
    if hint.kind in LISTED and hint.group_size > 1 and hint.group_link_ratio >= LINK_DENSE:
        return "list of links"
    return ""


def layout_role(text: str, hint: LineHint, *, first: bool) -> Role:
    """headline, subheading or body, from the element the line came from."""
    if hint.kind == "head" and not _standfirst(text):
        return "headline" if first else "subheading"
    if hint.kind == "th":  # a table's column names head the rows, they say nothing alone
        return "subheading"
    return "body"


def _standfirst(text: str) -> bool:
    """A heading element holding a whole sentence of prose: a lead styled big, not a title."""
    return word_count(text) > STANDFIRST_WORDS and ends_like_sentence(text)


def keeps_in_tail(hint: LineHint) -> bool:
    """List items and table rows that are not links stay content after the last prose."""
    return hint.kind != "p" and hint.group_link_ratio < LINK_DENSE
