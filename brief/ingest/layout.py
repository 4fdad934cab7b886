"""From a document's text to paragraphs with roles, metadata markers and sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from brief.ingest.boilerplate import (
    ends_like_sentence,
    furniture_reason,
    normalise_line,
    word_count,
)
from brief.ingest.html_blocks import LineHint
from brief.ingest.html_roles import Hints, keeps_in_tail, layout_role, link_furniture
from brief.model import Paragraph, Role, Sentence
from brief.text.clean import fold
from brief.text.sentences import split_spans

_DATE_MARKER = re.compile(
    r"\s*(?:date|published|updated|posted)\s*[:\-]?\s*(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE
)
_BYLINE = re.compile(r"^by\s+([A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&)){0,5})$")
_MD_PREFIX = re.compile(r"(?:#{1,6}\s+|>\s*|[-*+]\s+)")
_MD_HEADING = re.compile(r"#{1,6}\s+")
_COPYRIGHT_OWNER = re.compile(
    r"(?:\u00a9|\(c\)|copyright)\s*(?:\d{4}\s*)?([A-Z][\w&'\u2019 -]{1,40}?)"
    r"(?:\.com|\.co\.uk|\.org|\.net)?\s*[.,|]"
)
_DATELINE_AGENCY = re.compile(
    r"^[A-Z][A-Z .,'-]{2,40}\((?P<agency>[A-Z][\w ]{1,30})\)\s*[-\u2013\u2014]"
)
HEADLINE_MAX_WORDS = 25
SUBHEADING_MAX_WORDS = 14


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    """Folded text of the line."""
    heading: bool = False
    """Marked as a heading by the format (markdown ``#``)."""


def lines_of(text: str, body_start: int, *, markdown: bool) -> list[Line]:
    """Non-blank lines of the body as offset ranges, markdown markers skipped."""
    out = []
    pos = body_start
    for raw in text[body_start:].split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        heading = False
        if markdown:
            prefix = _MD_PREFIX.match(text, start, end)
            if prefix:
                heading = bool(_MD_HEADING.match(prefix.group()))
                start = prefix.end()
        if start < end:
            out.append(Line(start, end, fold(text[start:end]), heading))
    return out


def take_markers(
    text: str, lines: list[Line], meta: dict[str, str]
) -> tuple[list[Line], list[Paragraph]]:
    """Move leading in-text metadata (a date marker, a byline) out of the body."""
    meta_paragraphs: list[Paragraph] = []
    if lines:
        first = lines[0]
        match = _DATE_MARKER.match(text, first.start, first.end)
        if match:
            meta.setdefault("date", match.group(1))
            meta_paragraphs.append(Paragraph(first.start, match.end(), "meta", "date marker"))
            rest = match.end()
            if rest < first.end:
                lines[0] = Line(rest, first.end, fold(text[rest : first.end]))
            else:
                lines.pop(0)
    for index, line in enumerate(lines[:4]):
        byline = _BYLINE.match(line.text)
        if byline and word_count(line.text) <= 8:
            meta.setdefault("author", byline.group(1))
            meta_paragraphs.append(Paragraph(line.start, line.end, "meta", "byline"))
            lines.pop(index)
            break
    return lines, meta_paragraphs


def is_headline(line: Line) -> bool:
    if line.heading:
        return True
    return word_count(line.text) <= HEADLINE_MAX_WORDS and not ends_like_sentence(line.text)


def is_subheading(line: Line) -> bool:
    words = word_count(line.text)
    if line.heading:
        return True
    if words <= SUBHEADING_MAX_WORDS and not ends_like_sentence(line.text):
        return True
    # a one-line question standing alone is a section heading in news pages
    return words <= SUBHEADING_MAX_WORDS and line.text.endswith("?")


def assign_roles(
    lines: list[Line],
    repeated: set[str],
    hints: dict[int, LineHint] | None = None,
    *,
    never_empty: bool = False,
) -> list[Paragraph]:
    """Give every line a role: headline, subheading, body or boilerplate.

    ``hints`` (HTML only) say what the page made of each line, by start offset. With
    ``never_empty`` (HTML: the extractor already chose this text as the article) a text
    the rules would leave without body is read whole instead.
    """
    found = Hints(hints or {})
    roles: list[tuple[Role, str]] = []
    last_body = _last_body_index(lines)
    for index, line in enumerate(lines):
        hint = found.at(line.start) if found else None
        in_tail = index > last_body and not (hint and keeps_in_tail(hint))
        reason = furniture_reason(line.text, in_tail=in_tail)
        if not reason and hint:
            reason = link_furniture(line.text, hint)
        if not reason and normalise_line(line.text) in repeated:
            reason = "repeated line"
        if reason and not (index == 0 and reason == "repeated line" and is_headline(line)):
            roles.append(("boilerplate", reason))
        elif hint:
            roles.append((layout_role(line.text, hint, first=index == 0), ""))
        elif index == 0 and is_headline(line):
            roles.append(("headline", ""))
        elif is_subheading(line):
            roles.append(("subheading", ""))
        else:
            roles.append(("body", ""))
    if found:
        _label_furniture(lines, roles)
    if never_empty and not any(role == "body" for role, _ in roles):
        roles = _fallback_roles(roles)
    return [
        Paragraph(line.start, line.end, role, reason)
        for line, (role, reason) in zip(lines, roles, strict=True)
    ]


LABEL_MAX_WORDS = 8


def _label_furniture(lines: list[Line], roles: list[tuple[Role, str]]) -> None:
    """A short line ending in a colon introduces what follows it ("More on this:").

    When what follows is furniture (or nothing), the label is furniture too.
    """
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text
        if roles[index][0] == "boilerplate" or not text.endswith(":"):
            continue
        if word_count(text) > LABEL_MAX_WORDS:
            continue
        if index + 1 == len(lines) or roles[index + 1][0] == "boilerplate":
            roles[index] = ("boilerplate", "label of furniture")


def _fallback_roles(roles: list[tuple[Role, str]]) -> list[tuple[Role, str]]:
    """A text the rules left without body is read whole rather than left empty.

    Headings become body first; if every line looked like furniture, all of them do
    (for HTML that is the main text exactly as trafilatura kept it).
    """
    if any(role != "boilerplate" for role, _ in roles):
        return [(role, reason) if role == "boilerplate" else ("body", "") for role, reason in roles]
    return [("body", "") for _ in roles]


def _last_body_index(lines: list[Line]) -> int:
    """Index of the last line that reads like article prose (ends like a sentence)."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if (
            word_count(line.text) >= 8
            and ends_like_sentence(line.text)
            and not furniture_reason(line.text, in_tail=False)
        ):
            return index
    return len(lines) - 1


def sentences_of(article_id: str, text: str, paragraphs: list[Paragraph]) -> Iterator[Sentence]:
    """Split body paragraphs into sentences; headings stay whole; furniture has none."""
    index = 0
    for number, paragraph in enumerate(paragraphs):
        if paragraph.role in ("boilerplate", "meta"):
            continue
        if paragraph.role == "body":
            spans = split_spans(text, paragraph.start, paragraph.end)
        else:
            spans = [(paragraph.start, paragraph.end)]
        for start, end in spans:
            sentence_text = fold(text[start:end])
            if not sentence_text:
                continue
            yield Sentence(article_id, index, number, start, end, sentence_text, paragraph.role)
            index += 1


def outlet_from_text(text: str, paragraphs: list[Paragraph]) -> str:
    """An outlet named by the page itself: a copyright owner or an agency dateline."""
    for paragraph in reversed(paragraphs):
        if paragraph.role == "boilerplate":
            match = _COPYRIGHT_OWNER.search(fold(text[paragraph.start : paragraph.end]))
            if match:
                return match.group(1).strip()
    for paragraph in paragraphs[:3]:
        match = _DATELINE_AGENCY.match(fold(text[paragraph.start : paragraph.end]))
        if match:
            return match.group("agency").strip()
    return ""
