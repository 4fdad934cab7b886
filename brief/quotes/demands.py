"""Demands and promises: statements whose content is what is demanded or promised; and
cues after a verb of going on or seeming ("went on to say that", "appeared to suggest")."""

from __future__ import annotations

from brief.quotes.lexicon import word_list

#: Demands and promises: their content is what is demanded or promised, said while it is
#: going on as much as once ("is calling for a recount", "are urging voters to", "is
#: promising lower taxes", "continued to call for the videos").
_DEMANDS = frozenset(word_list("demand urge promise pledge vow"))
_GOES_ON = frozenset(word_list("continue continues continued continuing"))


def demand(base: str, tokens, cue_end: int) -> bool:
    """A demand or a promise: "call for/on", or a verb of ``_DEMANDS``."""
    if base == "call":
        return tokens[cue_end - 1].low in ("for", "on")
    return base in _DEMANDS


def continued_demand(tokens, k: int, base: str, cue_end: int) -> bool:
    """ "continued to call for ...": "to" after a form of "continue", before a demand."""
    return k >= 1 and tokens[k - 1].low in _GOES_ON and demand(base, tokens, cue_end)


#: Verbs after which "to" + a cue still reports the statement: "went on to say that",
#: "appeared to suggest that", "began to argue that" (unlike "declined to say").
_RAISING = frozenset(
    word_list(
        "appear appears appeared appearing seem seems seemed seeming begin begins began "
        "beginning start starts started starting proceed proceeds proceeded hasten hastened"
    )
)
_GO = frozenset(word_list("go goes went going gone"))


def raised_by(tokens, k: int) -> int | None:
    """Before "to" at ``k``: "went on", "appeared", "began" (or "continued" before a
    statement that is no demand): the index of the word before that verb."""
    if k < 1:
        return None
    low = tokens[k - 1].low
    if low in _RAISING or low in _GOES_ON:
        return k - 2
    if low == "on" and k >= 2 and tokens[k - 2].low in _GO:
        return k - 3
    return None
