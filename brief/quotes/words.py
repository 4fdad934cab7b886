"""Single words of a speaker phrase: names, possessives, role nouns.

A name is a run of capitalised words (with particles, initials and titles) that is not a
sentence opener or a calendar word; a role noun is one the lexicon lists ("spokesperson",
"ministry", "officials") or its plural. ``phrases`` builds noun phrases from these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.quotes.lexicon import (
    AUXILIARIES,
    CUE_FORMS,
    DAYS,
    DETERMINERS,
    PREPOSITIONS,
    word_list,
)
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import GROUP_NOUNS, NAME_PARTICLES, NOT_NAMES, ORG_NOUNS, ROLE_NOUNS
from brief.quotes.units import Token

Tokens = Sequence[Token]
_CONTRACTIONS = ("'m", "'re", "'ll", "'ve", "'d", "n't")


def possessive(token: Token) -> bool:
    return token.low.endswith(("'s", "s'")) and len(token.low) > 2


#: A legislator's party and state after the name: "D-Calif", "R-Wis", "I-Vt".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][a-z]*$")


def _particle_joins(tokens: Tokens, j: int, step: int, limit: int) -> bool:
    """The particle at ``j`` has a name on the side ``step`` looks at (``limit``: the
    lowest index going back, one past the highest going on), perhaps past another
    particle ("Ursula von der Leyen": "von" before "der Leyen")."""

    def inside(k: int) -> bool:
        return k >= limit if step < 0 else k < limit

    k = j + step
    if inside(k) and tokens[k].low in NAME_PARTICLES:
        k += step
    return inside(k) and is_name(tokens, k)


def _opens_a_name(tokens: Tokens, i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "w" and nxt.capitalised and nxt.low not in NOT_NAMES


def day_in_name(tokens: Tokens, j: int) -> bool:
    """A weekday that begins a name after "the": "the Sunday Gazette", "the Monday Club".
    Not a date: "on Sunday the Gazette said" (no "the" before the day), "on the Sunday X
    said" (a day, after "on")."""
    return (
        tokens[j].low in DAYS
        and tokens[j].text[:1].isupper()
        and j > 0
        and tokens[j - 1].low == "the"
        and (j < 2 or tokens[j - 2].low != "on")
        and j + 1 < len(tokens)
        and tokens[j + 1].kind == "w"
        and tokens[j + 1].text[:1].isupper()
    )


def is_name(tokens: Tokens, i: int) -> bool:
    """A capitalised word that can be part of a proper name at position ``i``."""
    token = tokens[i]
    if not token.capitalised:
        return False
    low = token.low[:-2] if token.low.endswith("'s") else token.low
    if low == "new" and _opens_a_name(tokens, i):
        return True  # "New York", "New Zealand": the name's own first word
    if low in DAYS and day_in_name(tokens, i):
        return True  # "the Sunday Gazette": a paper's name, not a date
    if low in NOT_NAMES or low.isdigit() or low in AUXILIARIES or low.endswith(_CONTRACTIONS):
        return False
    if token.text[1:2] == "-" and _PARTY_TAG.match(token.text):
        return False  # "X Y, D-Calif., said": a party and state, not a name
    sentence_start = i == 0 or tokens[i - 1].kind == "q" or tokens[i - 1].text in ":.!?"
    if not sentence_start and not (tokens[i - 1].text == "(" and enabled("participle opener")):
        return True
    if participle_opening(tokens, i):
        return False  # "Speaking to reporters, X said", "(Having said that, X argued)"
    if not sentence_start:
        return True
    if _modifier_opening(tokens, i):
        return False
    # "Mayors were concerned", "Officials said": a role noun opening a sentence
    plural = low.endswith("s") and (low[:-1] in ROLE_NOUNS or low[:-3] + "y" in ROLE_NOUNS)
    return not (low in ROLE_NOUNS or plural or low in CUE_FORMS)


#: What follows the participle of an opening clause ("Speaking to", "Citing a", "Asking
#: whether"), never a name's verb ("Manning said", "Beijing has").
_AFTER_PARTICIPLE = (
    PREPOSITIONS
    | DETERMINERS
    | frozenset(word_list("him them us me it of into as out up back whether how"))
)


_TENS = frozenset(word_list("twenty thirty forty fifty sixty seventy eighty ninety"))


def _modifier_opening(tokens: Tokens, i: int) -> bool:
    """ "Separately, X said", "Low-cost airlines said": an adverb before a comma, or a
    hyphenated adjective ("low-cost"), opening a sentence is no name (rule "modifier
    opener"). Only long "-ly" words: "Kelly, 45, said" is a name."""
    text = tokens[i].text
    if not enabled("modifier opener"):
        return False
    head, _, tail = text.partition("-")
    if tail and tail[0].islower() and head.lower() not in _TENS and i + 1 < len(tokens):
        return tokens[i + 1].kind == "w" and tokens[i + 1].text.islower()
    return (
        len(text) >= 8
        and text.endswith("ly")
        and text[1:].islower()
        and i + 1 < len(tokens)
        and tokens[i + 1].text == ","
    )


def participle_opening(tokens: Tokens, i: int) -> bool:
    """ "Having made money in shipping, he said", "Speaking to reporters, she said": the
    sentence opens with a participle clause closed by a comma, before any cue; its first
    word ("Having", "Speaking") is no name, and the subject after the comma speaks. So
    does a past participle ("Stunned by the vote, X said"; rule "participle opener")."""
    low = tokens[i].low
    ing = low.endswith("ing")
    if len(low) < 6 or i + 1 >= len(tokens):
        return False
    if not (ing or (low.endswith("ed") and enabled("participle opener"))):
        return False
    after = tokens[i + 1]
    if after.kind != "w" or not after.text.islower():
        return False
    if low not in ("having", "being") and after.low not in _AFTER_PARTICIPLE:
        return False
    for token in tokens[i + 2 :]:
        if token.text == ",":
            return True
        if token.kind != "w" or token.low in CUE_FORMS:
            return False  # a quote, the sentence's end, or a cue first: "Beijing on Monday said"
    return False


def head_noun(token: Token) -> str:
    """The lexicon form of a role noun (possessive dropped), or ''."""
    low = token.low
    if low.endswith("'s"):
        low = low[:-2]
    if low in ROLE_NOUNS:
        return low
    # a plural of a listed noun: "outlets", "companies", "lawyers"
    if low.endswith("ies") and low[:-3] + "y" in ROLE_NOUNS:
        return low[:-3] + "y"
    if low.endswith("s") and low[:-1] in ROLE_NOUNS:
        return low[:-1]
    if enabled("person compound") and token.text[:1].islower() and _person_compound(low):
        return "person"
    return ""


#: Endings that make a compound a person ("fisherman", "harbourmaster", "dockworkers",
#: "shareholder", "townspeople"); "master" and "keeper" are people on their own too ("the
#: harbour master"). Not "-maker": a carmaker is a company; not a capitalised word:
#: "Norman" is a name.
_PERSON_ENDINGS = (
    "man",
    "men",
    "person",
    "people",
    "master",
    "keeper",
    "worker",
    "owner",
    "holder",
)
_PERSON_WORDS = frozenset(("master", "keeper"))
#: Letters a compound needs before its ending ("fisher-man", not "omen").
_COMPOUND_PREFIX = 3


def _person_compound(low: str) -> bool:
    word = low[:-1] if low.endswith("ers") else low
    if word in _PERSON_WORDS:
        return True
    if not word.endswith(_PERSON_ENDINGS):
        return False  # most words: one test of every ending at once
    return any(
        word.endswith(ending) and len(word) - len(ending) >= _COMPOUND_PREFIX
        for ending in _PERSON_ENDINGS
    )


def name_run_back(tokens: Tokens, i: int, lo: int) -> int:
    """Start index of the name ending at ``i`` (which must be a name token)."""
    start = i
    j = i - 1
    while j >= lo:
        token = tokens[j]
        if token.text == "." and j - 1 >= lo and initial_or_title(tokens[j - 1]):
            start = j - 1  # "Mr. X", "J. X", "U.S. X"
            j -= 2
            continue
        if (
            (token.kind == "w" and is_name(tokens, j) and not possessive(token))
            or (token.low in NAME_PARTICLES and _particle_joins(tokens, j, -1, lo))
            or (token.text in "&-" and j - 1 >= lo and is_name(tokens, j - 1))
            or (j - 1 >= lo and joins_name(tokens, j))
        ):
            start = j
        else:
            break
        j -= 1
    while start < i and tokens[start].kind != "w":
        start += 1
    return start


def name_run_fwd(tokens: Tokens, i: int, hi: int) -> int:
    """End index (exclusive) of the name starting at ``i``."""
    end = i + 1
    if possessive(tokens[i]):
        return end
    j = i + 1
    while j < hi:
        token = tokens[j]
        if token.kind == "w" and is_name(tokens, j):
            end = j + 1
            if possessive(token):
                break
        elif token.low in NAME_PARTICLES and _particle_joins(tokens, j, 1, hi):
            pass
        elif j + 1 < hi and joins_name(tokens, j):
            pass  # "Ministry of Defence", "Office for National Statistics"
        elif token.text == "." and initial_or_title(tokens[j - 1]) and j + 1 < hi:
            if not is_name(tokens, j + 1):
                break
        elif token.text == "&" and j + 1 < hi and is_name(tokens, j + 1):
            pass
        else:
            break
        j += 1
    return end


def joins_name(tokens: Tokens, i: int) -> bool:
    """``of``/``for`` inside an organisation's name: "Ministry of Defence"."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].low in ("of", "for")
        and tokens[i - 1].low in ORG_NOUNS
        and is_name(tokens, i - 1)
        and is_name(tokens, i + 1)
    )


def initial_or_title(token: Token) -> bool:
    """A token a period may follow inside a name: an initial, "Mr", "U.S"."""
    text = token.text
    return token.kind == "w" and (
        (len(text) == 1 and text.isupper())
        or token.low in {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "st", "jr"}
        or (len(text) >= 3 and text[1] == "." and text.replace(".", "").isupper())
    )


def is_group(token: Token) -> bool:
    return token.low in GROUP_NOUNS


def place_of_name(tokens, i: int) -> bool:
    """ "Rep. Ann Keel of Wexland", "Ann Keel from Kelby": a name after a preposition right
    after another name is where that one comes from, never the subject's head ("the
    brother of Sam Brand" is still about Sam Brand)."""
    return (
        i > 1
        and tokens[i - 1].low in _OF_FROM
        and is_name(tokens, i - 2)
        and enabled("place of a name")
    )


_OF_FROM = frozenset(("of", "from", "in", "at"))
