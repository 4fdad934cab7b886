"""From trafilatura's XML tree of a page's main content to text lines with layout hints.

trafilatura finds the main content; brief then needs to know, for every line of it,
what the page made of it: a paragraph, a heading, a list item, a table row, a piece of
a paragraph broken by ``<br>``, and how much of it is link text. Those hints let the
role rules (``brief.ingest.html_roles``) keep list items and ``<br>`` prose as body and drop
link lists, which the line's words alone cannot tell apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from brief.text.clean import fold

BlockKind = Literal["p", "head", "item", "row", "th", "quote", "code"]
"""``th``: a table's header row (all its cells are ``<th>``)."""
_BLOCKS = frozenset({"p", "head", "quote", "code", "list", "table", "item", "row", "cell"})
_INLINE_BLOCKS = frozenset({"p", "head", "quote", "code"})
#: Between the cells of a table row in the text.
CELL_SEPARATOR = " | "
#: Soft hyphens, zero-width spaces and stray BOMs: invisible on the page, but they split
#: words for search, sentence splitting and matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\ufeff"))


@dataclass(frozen=True, slots=True)
class LineHint:
    """What the page made of one line of the extracted text."""

    kind: BlockKind
    link_ratio: float = 0.0
    """Share of the line's characters that are the text of a link to a page."""
    group_link_ratio: float = 0.0
    """The same share over the whole list or table the line belongs to (else the line's)."""
    group: int = 0
    """Lines of one list, table or ``<br>``-broken paragraph share a group number."""
    group_size: int = 1
    heading_level: int = 0


@dataclass(slots=True)
class _Piece:
    text: list[str]
    link_chars: int = 0

    def add(self, text: str | None, *, link: bool = False) -> None:
        if not text:
            return
        self.text.append(text)
        if link:
            self.link_chars += sum(1 for ch in text if not ch.isspace())


def _is_page_link(element) -> bool:
    """A link to another page, not a glossary pop-up or an in-page anchor."""
    target = (element.get("target") or "").strip().lower()
    return bool(target) and not target.startswith(("#", "javascript:", "mailto:", "tel:"))


def _inline(element, pieces: list[_Piece], *, link: bool = False) -> None:
    """Collect the inline text of ``element`` (tail excluded), a new piece at each ``<lb/>``."""
    link = link or (element.tag == "ref" and _is_page_link(element))
    pieces[-1].add(element.text, link=link)
    for child in element:
        if child.tag == "lb":
            pieces.append(_Piece([]))
        elif isinstance(child.tag, str) and child.tag != "graphic":  # not a comment
            _inline(child, pieces, link=link)
        pieces[-1].add(child.tail, link=link)


@dataclass(slots=True)
class _Line:
    text: str
    kind: BlockKind
    link_chars: int
    chars: int
    group: int
    heading_level: int = 0


class _Walker:
    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.groups = 0

    def _new_group(self) -> int:
        self.groups += 1
        return self.groups

    def _emit(self, pieces: list[_Piece], kind: BlockKind, group: int, level: int = 0) -> None:
        for piece in pieces:
            text = fold("".join(piece.text).translate(_INVISIBLE))
            if not text:
                continue
            chars = sum(1 for ch in text if not ch.isspace())
            self.lines.append(_Line(text, kind, min(piece.link_chars, chars), chars, group, level))

    def block(self, element, kind: BlockKind, group: int | None = None) -> None:
        """A paragraph-like element: its inline text, a new line at each ``<lb/>``.

        A block nested inside (a list in a list item) is walked where it stands.
        """
        level = 0
        if kind == "head":
            rend = element.get("rend") or ""
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
        group = self._new_group() if group is None else group
        pieces = [_Piece([])]
        pieces[-1].add(element.text)
        for child in element:
            if child.tag in _BLOCKS:
                self._emit(pieces, kind, group, level)
                self.walk(child)
                pieces = [_Piece([])]
            elif child.tag == "lb":
                pieces.append(_Piece([]))
            elif isinstance(child.tag, str) and child.tag != "graphic":
                _inline(child, pieces)
            pieces[-1].add(child.tail)
        self._emit(pieces, kind, group, level)

    def table(self, element) -> None:
        group = self._new_group()
        for row in element.findall("row"):
            pieces = [_Piece([])]
            cells = row.findall("cell") or [row]
            for number, cell in enumerate(cells):
                if number:
                    pieces[-1].add(CELL_SEPARATOR)
                cell_pieces = [_Piece([])]
                _inline(cell, cell_pieces)
                for piece in cell_pieces:  # a cell's own line breaks become spaces
                    pieces[-1].add(" " + "".join(piece.text) + " ")
                    pieces[-1].link_chars += piece.link_chars
            header = all(cell.get("role") == "head" for cell in cells)
            self._emit(pieces, "th" if header else "row", group)

    def list(self, element) -> None:
        group = self._new_group()
        for item in element:
            if item.tag == "item":
                self.block(item, "item", group)
            elif item.tag == "list":
                self.list(item)
            else:
                self.walk(item)

    def walk(self, element) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # an XML comment or processing instruction
            return
        if tag in _INLINE_BLOCKS:
            self.block(element, tag)
        elif tag == "list":
            self.list(element)
        elif tag == "table":
            self.table(element)
        elif tag in ("item", "cell", "row"):
            self.block(element, "item" if tag == "item" else "row")
        elif tag in ("graphic", "lb"):
            pass
        else:  # a container (div, body, note...): its own text is a paragraph
            if element.text and element.text.strip():
                self._emit([_Piece([element.text])], "p", self._new_group())
            for child in element:
                self.walk(child)
                if child.tail and child.tail.strip():
                    self._emit([_Piece([child.tail])], "p", self._new_group())


def lines_with_hints(body) -> Iterator[tuple[str, LineHint]]:
    """The lines of trafilatura's ``body`` element, each with its hint."""
    walker = _Walker()
    walker.walk(body)
    lines = walker.lines
    totals: dict[int, list[int]] = {}
    for line in lines:
        total = totals.setdefault(line.group, [0, 0, 0])
        total[0] += line.link_chars
        total[1] += line.chars
        total[2] += 1
    for line in lines:
        links, chars, count = totals[line.group]
        yield (
            line.text,
            LineHint(
                kind=line.kind,
                link_ratio=line.link_chars / max(1, line.chars),
                group_link_ratio=links / max(1, chars),
                group=line.group,
                group_size=count,
                heading_level=line.heading_level,
            ),
        )
