"""A statement broken by its attribution: which variants of one article are its parts.

News prose interrupts a quotation to say who speaks: ``"A," she said. "B."`` or ``"A," she
said, "B."``. A reader hears one statement, so brief gives one variant (``join_parts``):
its ``parts`` are the segments' spans, its ``span`` runs from the first to the last, its
text reads "A … B". Annotations differ: PolNeAR marks one statement with two spans, the
Gender Gap Tracker two statements; both can be read off ``parts`` (docs/decisions.md).

A later variant continues the one before it when, with no paragraph break between them,
the text between them is the attribution and nothing more: the earlier variant's speaker
phrase (the later one carries that speaker over, or names the same phrase), preceded only
by the closing mark and punctuation and the verb, followed only by the rest of that
attribution sentence and the opening mark of the later segment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from brief.model import QuoteKind, QuoteVariant

#: Text allowed between a segment's end and its speaker phrase (closing mark, comma, and
#: the verb of an inverted attribution, a title: '," said Mr. ').
_BEFORE = re.compile(r"[\s\"'\u201c\u201d\u2018\u2019,.!?\u2014\u2013-]*(?:[\w.]+\s+){0,3}$")
#: After the speaker phrase: the rest of the attribution sentence (no quotation mark, no
#: paragraph break, at most one sentence end) then the later segment's opening mark.
_AFTER = re.compile(r"[^\"\u201c\u201d\n]*[\"\u201c]?\s*$")
#: A sentence beginning after the attribution's own: the gap holds more than it.
_NEW_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
#: Abbreviations and initials whose period ends no sentence ("Mr. X", "the Rev. Y", "E.").
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rev|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Mt|Ft|[A-Z])\."
)
#: An attribution longer than this is a passage of its own, not an interruption (a long
#: apposition: "said X, a lawyer who worked as head of ... and is now ...").
MAX_GAP = 300


def continues(text: str, earlier: QuoteVariant, later: QuoteVariant) -> bool:
    """Is ``later`` the rest of ``earlier``'s statement, broken by its attribution?"""
    if earlier.kind == "indirect" or later.kind != "direct":
        return False
    if earlier.source != later.source or earlier.speaker_span is None:
        return False
    if earlier.speaker != later.speaker:
        return False
    if later.speaker_span not in (None, earlier.speaker_span):
        return False
    gap_start, gap_end = earlier.span[1], later.span[0]
    s, e = earlier.speaker_span
    if not gap_start <= s < e <= gap_end or gap_end - gap_start > MAX_GAP:
        return False
    if "\n" in text[gap_start:gap_end]:
        return False
    before, after = text[gap_start:s], text[e:gap_end]
    if not _BEFORE.match(before) or not _AFTER.match(after):
        return False
    # the attribution is the whole sentence between them
    return not _NEW_SENTENCE.search(_ABBREVIATION.sub("", after))


def statement_parts(text: str, variants: Sequence[QuoteVariant]) -> list[list[QuoteVariant]]:
    """One article's variants in reading order, grouped into statements: a group holds a
    variant and the segments that continue it after its attribution."""
    groups: list[list[QuoteVariant]] = []
    for variant in sorted(variants, key=lambda v: v.span):
        if groups and len(groups[-1]) == 1 and continues(text, groups[-1][0], variant):
            groups[-1].append(variant)
        else:
            groups.append([variant])
    return groups


#: How the panel and the brief show the gap between two parts of one statement.
ELLIPSIS = " \u2026 "


def join_parts(text: str, variants: Sequence[QuoteVariant]) -> list[QuoteVariant]:
    """``variants`` with each statement broken by its attribution made one variant (its
    ``parts`` the segments), in the order of each statement's first segment."""
    groups = statement_parts(text, variants)
    if len(groups) == len(variants):
        return list(variants)
    joined = {id(group[0]): group for group in groups if len(group) > 1}
    later = {id(v) for group in joined.values() for v in group[1:]}
    out = []
    for variant in variants:
        group = joined.get(id(variant))
        if group is not None:
            out.append(_joined(group))
        elif id(variant) not in later:
            out.append(variant)
    return out


def _joined(group: list[QuoteVariant]) -> QuoteVariant:
    head = group[0]
    kind: QuoteKind = "direct" if all(v.kind == "direct" for v in group) else "mixed"
    return replace(
        head,
        text=ELLIPSIS.join(v.text for v in group),
        span=(head.span[0], group[-1].span[1]),
        kind=kind,
        parts=tuple(v.span for v in group),
        part_texts=tuple(v.text for v in group),
    )  # the head's referents keep their offsets: its text opens the joined one
