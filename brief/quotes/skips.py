"""Words standing between a speaker, its cue and the content, which a frame skips:
adverbs and time phrases ("has also said", "said on Monday"), short prepositional phrases
after the cue ("said in a statement"), and the addressee of "told" ("told reporters").
"""

from __future__ import annotations

from brief.quotes.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CUE_FORMS,
    DAYS,
    MONTHS,
    PREPOSITIONS,
    TIME_LEADS,
    TIME_NOUNS,
    word_list,
)
from brief.quotes.phrases import Tokens, np_fwd, possessive
from brief.quotes.rules import enabled
from brief.quotes.units import title_like

_FLOATING = frozenset(word_list("all both each themselves himself herself itself"))
_NOMINATIVE = frozenset(["he", "she", "they", "we", "i"])
_WORK_LEADS = frozenset(word_list("the his her their its of"))
_WORK_NOUNS = frozenset(
    word_list("book memoir novel film show programme program column series album song podcast")
)
#: Words a quoted title of a work may have ("on CNN's "State of the Union"").
WORK_MAX_WORDS = 8
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me", "you", "reporters", "journalists"])


def skip_adverbs_back(tokens: Tokens, i: int, lo: int) -> int:
    """Move left over adverbs and time phrases between a speaker and a cue."""
    while i >= lo:
        token = tokens[i]
        if token.kind != "w":
            break
        low = token.low
        if low in ADVERBS or low in AUXILIARIES or low in DAYS or low in _FLOATING:
            i -= 1
            if low in DAYS and i >= lo and tokens[i].low in TIME_LEADS:
                i -= 1
            continue
        year = len(low) == 4 and low.isdigit()  # "who in 2010 said"
        timed = low in TIME_NOUNS or low in MONTHS or year
        if timed and i - 1 >= lo and tokens[i - 1].low in TIME_LEADS:
            i -= 2
            continue
        break
    return i


def named_work(tokens: Tokens, i: int) -> bool:
    """A quoted title after a possessive or a preposition names a programme, a book or a
    column ("on CNN's "State of the Union"", "in his book "Make It Count""): no words of
    anybody's."""
    token = tokens[i]
    if token.kind != "q" or i == 0 or not enabled("named work"):
        return False
    before = tokens[i - 1]
    lead = possessive(before) or before.low in PREPOSITIONS or before.low in _WORK_LEADS
    # "in his book, "Make It Count,"": a noun for a work, then its title
    lead = lead or (before.text == "," and i > 1 and tokens[i - 2].low in _WORK_NOUNS)
    return lead and len(token.text.split()) <= WORK_MAX_WORDS and title_like(token.text)


def skip_object(tokens: Tokens, i: int, hi: int) -> int:
    """After "told": skip the addressee ("reporters", "the BBC", "CTV News host X", "CBS's
    "Harbour Hour"")."""
    if i < hi and tokens[i].low in _OBJECT_PRONOUNS:
        return i + 1
    end = np_fwd(tokens, i, hi, strict_end=False)
    if end is not None:
        return end + 1 if end < hi and named_work(tokens, end) else end
    # "told riders that", "told the island's riders that": a few words, then "that"
    j = i
    while j < hi and j - i < 6 and (tokens[j].kind == "w" or named_work(tokens, j)):
        if tokens[j].low == "that":
            break
        if tokens[j].low in AUXILIARIES or tokens[j].low in CUE_FORMS:
            return i
        j += 1
    return j if j > i and j < hi and tokens[j].low == "that" else i


def skip_adverbials(tokens: Tokens, i: int, hi: int) -> int:
    """Skip time phrases and short prepositional phrases after a cue.

    Stops at a delimiter ("that", a comma, a colon, a quotation); when a phrase runs on
    with no delimiter it is content, and the start is returned unchanged.
    """
    while i < hi:
        token = tokens[i]
        if token.kind != "w":
            return i
        low = token.low
        if low in DAYS or low in ADVERBS:
            i += 1
            if low in DAYS and i < hi and tokens[i].low in TIME_NOUNS:
                i += 1  # "Friday afternoon"
            continue
        if low in TIME_LEADS and i + 1 < hi and tokens[i + 1].low in TIME_NOUNS | MONTHS | DAYS:
            i += 2
            continue
        if low == "about" and i + 1 < hi and tokens[i + 1].low[:1].isdigit():
            return i  # "says about 550 riders take ...": a quantity opens the content
        if low in PREPOSITIONS or low == "of":
            j = i + 1
            while j < hi and j - i <= 8:
                nxt = tokens[j]
                if named_work(tokens, j):
                    j += 1  # "said on CNN's "State of the Union" that ..."
                    continue
                if nxt.kind != "w" or nxt.low == "that":
                    break
                if nxt.low in _NOMINATIVE and j > i + 1:
                    return j  # "said in a speech he was ready": no phrase holds "he"
                j += 1
            if j < hi and j - i <= 8 and (tokens[j].kind != "w" or tokens[j].low == "that"):
                i = j
                continue
            return i
        return i
    return i
