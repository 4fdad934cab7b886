"""Naming: "X called Y a disgrace", 'X called the plan "reckless"', "X described Y as Z".

The speaker's characterisation of Y, which both annotations of news quotes count as what
X said. Only with the naming complement in sight (a quotation, or "a"/"an" after the
object): "called the police", "called him on Monday" and "an app called Max" are not.
"""

from __future__ import annotations

from brief.quotes.lexicon import PREPOSITIONS, TIME_NOUNS, word_list
from brief.quotes.phrases import initial_or_title
from brief.quotes.rules import enabled

#: How far the naming complement may stand from "called" (the object's length).
NAMING_WINDOW = 8
#: ... and how far when the object holds a prepositional phrase ("called her vote in
#: favour of the ferry plan a mistake").
LONG_NAMING_WINDOW = 14
_NAMING_ARTICLES = frozenset(word_list("a an"))
_NOT_OBJECTS = frozenset(word_list("for on off in out up back"))
_RELATIVE_OBJECTS = frozenset(word_list("which whom what who"))


def naming_content(tokens, cue_end: int) -> int | None:
    """After "called": the object and the name given to it ('called the plan "a farce"',
    "called Y a liar"), or None when nothing names it."""
    n = len(tokens)
    if cue_end >= n - 1 or tokens[cue_end].kind != "w":
        return None
    first = tokens[cue_end].low
    if first in _NOT_OBJECTS or first in PREPOSITIONS or first in _NAMING_ARTICLES:
        return None
    through = False  # "called her vote in favour of the plan a mistake"
    for j in range(cue_end + 1, min(n, cue_end + LONG_NAMING_WINDOW)):
        token = tokens[j]
        if token.kind == "q" or token.low in _NAMING_ARTICLES or _superlative_name(tokens, j):
            words = sum(1 for t in tokens[j:] if t.kind != "p")
            if through and (token.kind != "q" and _time_after(tokens, j)):
                return None  # "called the office on Monday a second time"
            return cue_end if token.kind == "q" or words >= 2 else None
        if token.kind == "p" and not (token.text == "." and initial_or_title(tokens[j - 1])):
            return None
        if token.low == "to":
            return None  # "called his old boss on Monday to offer a ...": a call made
        if token.low in PREPOSITIONS:
            if j - cue_end >= NAMING_WINDOW or not enabled("long naming"):
                return None
            through = True
        elif j - cue_end >= NAMING_WINDOW and not through:
            return None
    return None


def _superlative_name(tokens, j: int) -> bool:
    """ "called the vote the single plainest test", "called it the worst idea": "the" and
    a superlative name what the object is (not "called the police the next day")."""
    if tokens[j].low != "the" or j + 1 >= len(tokens) or not enabled("superlative naming"):
        return False
    nxt = tokens[j + 1].low
    return nxt in _SUPERLATIVES or (nxt.endswith("est") and len(nxt) > 5 and nxt not in _NOT_EST)


_SUPERLATIVES = frozenset(word_list("most least best worst single only biggest greatest"))
#: Words in -est that are no superlative ("the west", "the interest", "the request").
_NOT_EST = frozenset(word_list("interest request protest contest harvest forest conquest"))


def _time_after(tokens, j: int) -> bool:
    """ "a second time", "a day later", "a week": an article that opens a time phrase."""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    return nxt in TIME_NOUNS or nxt in ("second", "third", "few", "day", "week", "year")


def described_as(tokens, cue_end: int) -> int | None:
    """After "described": an object then "as" and what it is called ("described the plan
    as a gamble"), or None ("described the scene" tells nothing X said)."""
    n = len(tokens)
    if cue_end >= n - 2 or tokens[cue_end].kind not in "wq" or tokens[cue_end].low == "as":
        return None
    for j in range(cue_end + 1, min(n - 1, cue_end + NAMING_WINDOW)):
        token = tokens[j]
        if token.low == "as":
            return cue_end if sum(1 for t in tokens[j + 1 :] if t.kind != "p") >= 1 else None
        if token.kind == "p":
            return None
    return None


def relative_naming(tokens, c: int, cue_end: int) -> bool:
    """ "which the mayor called "a betrayal"", "what she called a "rant"": the object is
    the relative pronoun before the speaker, and the name given follows "called" (a
    quotation, or "a"/"an" and words)."""
    if cue_end >= len(tokens) or not enabled("relative naming"):
        return False
    first = tokens[cue_end]
    if first.kind != "q" and first.low not in _NAMING_ARTICLES:
        return False
    for j in range(c - 1, max(-1, c - NAMING_WINDOW), -1):
        token = tokens[j]
        if token.low in _RELATIVE_OBJECTS:
            return j < c - 1  # a speaker between the pronoun and the verb
        if token.kind == "q" or (token.kind == "p" and token.text not in ",'"):
            return False
    return False
