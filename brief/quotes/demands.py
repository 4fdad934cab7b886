"""Demands and promises: statements whose content is what is demanded or promised."""

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
