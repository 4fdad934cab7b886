"""A feeling or view put into words: "X expressed concern that ...", "X expressed outrage
over Y" (rule "expressed"). What was expressed is part of the cue, and reads before the
content in the panel ("Expressed concern that fares will rise")."""

from __future__ import annotations

from brief.quotes.content import words_reach
from brief.quotes.lexicon import CUE_FORMS

#: Most words of what was expressed before "that" / "about" ("his deep concern").
_EXPRESSED_WORDS = 4


def expressed(tokens, i: int) -> int | None:
    """After "expressed": a feeling or view put into words, then what it is ("expressed
    concern that fares will rise": the clause) or what it is about ("expressed outrage over
    the vote": the phrase). Where the content starts ("that", or after "about"), the object
    being part of the cue (rule "expressed"). Nothing after the object ("expressed his
    thanks") is no statement; neither is a thing expressed ("expressed the oil")."""
    n = len(tokens)
    for j in range(i, min(n - 2, i + _EXPRESSED_WORDS + 1)):
        token = tokens[j]
        if token.low == "that" and j > i:
            return j if tokens[j + 1].kind in "wq" else None
        if token.low in ("about", "over") and j > i:
            return j + 1 if words_reach(tokens, j + 1, 2) else None
        if token.kind != "w" or not token.text.islower() or token.low in CUE_FORMS:
            return None
    return None
