"""What a figure counts (its measure), whether it is a change, and the year it is for.

``96 million monthly users`` counts users (monthly); ``Meta's stock fell 1.2%`` is a change
(down) of the stock; in ``X's 97.3 million users, against Y's 90.8 million`` Y borrows X's
measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.discrepancies.quantities import Figure
from brief.discrepancies.sentences import SentenceView, Token
from brief.discrepancies.vocabulary import (
    AUXILIARIES,
    CHANGE_VERBS,
    CLAUSE_PUNCTUATION,
    DEMONYM,
    FUNCTION_WORDS,
    LINK_VERBS,
    NOT_MEASURES,
    PEOPLE,
    PERIOD_LEADS,
    PERIODS,
    plural,
    verb_like,
)


def change_before(tokens: Sequence[Token], first: int) -> str:
    """``grew by 5 million``, ``a decline of 320,000``: the figure is a change, not a level."""
    i = first - 1
    if i >= 0 and tokens[i].lower in ("by", "of"):
        i -= 1
    return CHANGE_VERBS.get(tokens[i].lower, "") if i >= 0 else ""


def year_of(view: SentenceView, last: int, first: int) -> str:
    """The year a figure is given for (``2.6 percent in 1999``), from its own clause."""
    tokens = view.tokens
    for j in range(last + 1, min(last + 4, len(tokens))):
        token = tokens[j]
        if token.text in CLAUSE_PUNCTUATION:
            break
        if _is_year(token.text):
            return token.text
    clause = view.clause_start(first)
    for j in range(first - 1, clause - 1, -1):
        if _is_year(tokens[j].text):
            return tokens[j].text
    return ""


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


Measure = tuple[str, str, frozenset[str], bool, int]
"""(display, key, attributes, starts its own clause, index of the phrase's last token)."""


def measure_after(view: SentenceView, index: int, singular: bool) -> Measure | None:
    """The noun a figure counts, from the words after it (``96 million monthly users``)."""
    tokens = view.tokens
    words: list[Token] = []
    i = index
    while i < len(tokens) and len(words) < 3:
        token = tokens[i]
        if not token.is_word or token.lower in FUNCTION_WORDS:
            break
        words.append(token)
        i += 1
        if token.possessive:
            break
    head_at = None
    for position, token in enumerate(words):
        lower = token.bare.lower()
        if lower in PEOPLE or DEMONYM.match(token.bare) or plural(lower):
            head_at = position
            break
    if (
        head_at is None
        and singular
        and len(words) == 1
        and words[0].text[:1].islower()
        and not verb_like(words[0].lower)
    ):
        head_at = 0  # "a $5 million reward", "a 10% stake": money and shares name one thing
    if head_at is None:
        return None
    head = words[head_at]
    if head.bare.lower() in NOT_MEASURES or (head.text[:1].isupper() and _in_name(head)):
        return None
    attributes = set()
    for modifier in words[:head_at]:
        lower = modifier.lower
        if lower in PERIODS:
            attributes.add(PERIODS[lower])
        elif modifier.text[:1].islower() and lower not in ("estimated", "reported"):
            attributes.add(lower)
    end = index + head_at
    # "users each month", "users a day", "users monthly"
    j = end + 1
    if j < len(tokens) and tokens[j].lower in PERIODS and tokens[j].lower.endswith("ly"):
        attributes.add(PERIODS[tokens[j].lower])
        end = j
    elif j + 1 < len(tokens) and tokens[j].lower in PERIOD_LEADS and tokens[j + 1].lower in PERIODS:
        attributes.add(PERIODS[tokens[j + 1].lower])
        end = j + 1
    following = tokens[end + 1].lower if end + 1 < len(tokens) else ""
    starts_clause = following in AUXILIARIES or (
        following.endswith("ed") and following not in FUNCTION_WORDS
    )
    lower = head.bare.lower()
    key = "people" if lower in PEOPLE or DEMONYM.match(head.bare) else _stem(lower)
    display = "people" if key == "people" else lower
    return display, key, frozenset(attributes), starts_clause, end


def measure_before(view: SentenceView, index: int) -> tuple[Measure, str, int] | None:
    """``Meta's stock fell 1.2%``, ``the population of 140 million``: noun, link, figure."""
    tokens = view.tokens
    i = index - 1
    direction = ""
    if index < len(tokens) and tokens[index].lower in ("exceeding", "topping"):
        pass  # "a population exceeding 140 million": the bound is the link
    elif (i >= 0 and tokens[i].lower in CHANGE_VERBS) or (
        i >= 1 and tokens[i].lower == "by" and tokens[i - 1].lower in CHANGE_VERBS
    ):
        i -= tokens[i].lower == "by"
        direction = CHANGE_VERBS[tokens[i].lower]
        i -= 1
    elif i >= 0 and tokens[i].lower in LINK_VERBS:
        i -= 1
        if i >= 0 and tokens[i].lower in ("stood", "stands", "was", "is"):
            i -= 1
    else:
        return None
    if i < 0:
        return None
    noun = tokens[i]
    lower = noun.lower
    if not noun.is_word or not noun.text[:1].islower() or lower in FUNCTION_WORDS:
        return None
    if verb_like(lower) or lower in NOT_MEASURES:
        return None
    measure = (lower, _stem(lower), frozenset(), False, index - 1)
    return measure, direction, i


def elided_measure(
    view: SentenceView, figure: Figure, others: Sequence[Figure], first: int
) -> Measure | None:
    """``X's 97.3 million users, against Y's 90.8 million``: Y borrows X's measure."""
    if first == 0 or not view.tokens[first - 1].possessive:
        return None
    for other in others:
        if other is figure or other.kind != figure.kind or other.currency != figure.currency:
            continue
        after = next((i for i, t in enumerate(view.tokens) if t.start >= other.end), None)
        if after is None:
            continue
        measure = measure_after(view, after, other.kind != "count")
        if measure is not None:
            display, key, attributes, _, _ = measure
            return display, key, attributes, False, first - 1
    return None


def _in_name(token: Token) -> bool:
    """A capitalised head that is not a demonym is part of a name (``Pier 1 Imports``)."""
    return not DEMONYM.match(token.bare) and token.bare.lower() not in PEOPLE


def _stem(word: str) -> str:
    from brief.text.tokens import stem

    return stem(word)
