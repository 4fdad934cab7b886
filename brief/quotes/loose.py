"""Quotations no attribution claims, judged (rules "floating", "colon", "byline",
"characterization", "embedded") and transcript lines ("SMITH: ...", rule "transcript").

A quoted segment is a statement only when it stands as a sentence of its own (a "floating"
quote: the previous speaker keeps talking), follows a colon, is signed after a dash, or is
long enough inside a sentence to be somebody's words (its clause's subject said them);
short quoted words inside a sentence with no frame are scare quotes, and title-cased ones
are titles.
"""

from __future__ import annotations

import re

from brief.quotes.bylines import byline
from brief.quotes.characterize import characterizer
from brief.quotes.frame import Frame
from brief.quotes.rules import enabled
from brief.quotes.subjects import last_actor, unit_subject
from brief.quotes.units import Token, Unit, headline_case, title_like

#: Words a floating quote needs, at least, to be a statement rather than a label.
FLOATING_MIN_WORDS = 2
#: Words a quoted title-case paragraph may have to be a subheading rather than a statement.
SUBHEADING_MAX_WORDS = 6
#: Words a quotation after a bare colon needs ("He put it this way: "...").
COLON_MIN_WORDS = 4
#: Words a quotation inside a sentence with no frame needs to be somebody's words rather
#: than scare quotes ("the so-called "white list"") or a name.
EMBEDDED_MIN_WORDS = 6


_LABEL = re.compile(
    r"[\"'\u201c\u2018]?\s*([A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,2}):\s+\S"
)


def transcript(unit: Unit, claimed: set[int]) -> Frame | None:
    """A transcript line: "SMITH: We will ..." (quoted or not) at the start of a paragraph
    is SMITH's. Only a label that names somebody of the article counts (the resolver
    checks; "UPDATE:" or "READ MORE:" name nobody)."""
    if not unit.first_in_paragraph or not enabled("transcript") or not unit.tokens:
        return None
    tokens = unit.tokens
    first = tokens[0]
    if first.kind == "q" and 0 not in claimed:
        match = _LABEL.match(first.text)
        if match and len(first.text[match.end(1) :].split()) > FLOATING_MIN_WORDS:
            assert first.segment is not None
            begin = first.segment.start + match.end(1) + 1
            return Frame(
                unit,
                (0, 1),
                None,
                mode="label",
                rule="transcript",
                label=match.group(1),
                content_start=begin,
            )
        return None
    j = 0
    while j < len(tokens) and j < 3 and tokens[j].kind == "w" and tokens[j].text.isupper():
        j += 1
    if j == 0 and headline_case(tokens):
        # a headline "X Y: Voters Worried About ...": the name before the colon speaks
        while j < len(tokens) and j < 3 and tokens[j].kind == "w" and tokens[j].capitalised:
            j += 1
    if 0 < j < len(tokens) - 3 and tokens[j].text == ":" and len(tokens[0].text) > 1:
        label = " ".join(t.text for t in tokens[:j])
        if any(i in claimed for i in range(j + 1, len(tokens))):
            return None
        end = len(tokens)
        while end > j + 1 and tokens[end - 1].kind == "p":
            end -= 1
        return Frame(unit, (j + 1, end), None, mode="label", rule="transcript", label=label)
    return None


def floating(unit: Unit, claimed: set[int]) -> list[Frame]:
    if not unit.segments:
        return []  # no quotation: no ``q`` token to float
    tokens = unit.tokens
    out: list[Frame] = []
    words = [i for i, t in enumerate(tokens) if t.kind == "w"]
    for i, token in enumerate(tokens):
        if token.kind != "q" or i in claimed:
            continue
        size = len(token.text.split())
        signed = byline(tokens, i) if enabled("byline") and size >= FLOATING_MIN_WORDS else None
        if signed is not None:
            speaker, appos = signed
            out.append(Frame(unit, (i, i + 1), speaker, appos, mode="np", rule="byline"))
            continue
        others = [w for w in words if w < i or w > i]
        floating = enabled("floating")
        if not others and size >= FLOATING_MIN_WORDS:
            if not _pull_quote(unit, token) and floating:
                out.append(Frame(unit, (i, i + 1), None, mode="carry", rule="floating"))
            continue
        if _own_sentence(tokens, i) and size >= FLOATING_MIN_WORDS:
            if floating:
                out.append(Frame(unit, (i, i + 1), None, mode="carry", rule="floating"))
            continue
        if i > 0 and tokens[i - 1].text == ":" and size >= COLON_MIN_WORDS:
            subject = last_actor(tokens, i - 1) or unit_subject(tokens, i - 1)
            if not [w for w in words if w > i]:
                if enabled("colon"):
                    mode = "np" if subject else "carry"
                    out.append(Frame(unit, (i, i + 1), subject, mode=mode, rule="colon"))
                continue
        found = characterizer(tokens, i) if enabled("characterization") else None
        if found is not None:
            subject, mode = found
            out.append(Frame(unit, (i, i + 1), subject, mode=mode, rule="characterization"))
            continue
        if size >= EMBEDDED_MIN_WORDS and not title_like(token.text) and enabled("embedded"):
            subject = unit_subject(tokens, i)
            mode = "np" if subject else "carry"
            out.append(Frame(unit, (i, i + 1), subject, mode=mode, rule="embedded"))
    return out


def _own_sentence(tokens, i: int) -> bool:
    """A quotation that is a sentence of its own although the splitter kept it with the
    next one: it opens the unit, ends in a full stop inside its marks, and a capitalised
    word follows ("“They say, ‘Oh my God!’ ” It’s not about ...")."""
    if any(t.kind != "p" for t in tokens[:i]):
        return False
    text = tokens[i].text.rstrip(" \u2019'\u201d\"")
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        text.endswith((".", "!", "?", "\u2026"))
        and nxt is not None
        and nxt.kind == "w"
        and nxt.text[0].isupper()
    )


def _pull_quote(unit: Unit, token: Token) -> bool:
    """A short quoted line standing as a paragraph with no final punctuation inside is a
    pull quote or a quoted subheading ("'Hard to be in such close quarters'")."""
    text = token.text.rstrip()
    # a title-case line of a few words is a subheading even with its full stop ("'All
    # Hands On Deck.'")
    heading = len(text.split()) <= SUBHEADING_MAX_WORDS and title_like(text)
    return (
        unit.first_in_paragraph
        and len(text.split()) <= 14
        and (heading or not text.endswith((".", "!", "?", "\u2026", ",")))
        and unit.end - token.end <= 2
    )
