"""Reported clauses that are no statement: a relative clause about the source, or the
subject of a clause cut off before its apposition.

"According to a captain who took notes, ...": the words after the source are about the
source ("who took notes"), nothing the captain said (unless a verb of saying in it
reports something: "who suggested that ..."). "X said Y's doctor, Z Z, confirmed
that ...": a bare clause cut at the apposition's comma leaves "Y's doctor", a noun phrase
with no verb; the statement is Z's, found by its own frame. Both are dropped.
"""

from __future__ import annotations

import re

from brief.quotes.lexicon import CUE_FORMS

_RELATIVE = frozenset(("who", "whom", "whose"))
#: ", Z Z, confirmed": an apposition that is a name, then a lower-case verb.
_NAMED_APPOSITION = re.compile(r",\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,\s+[a-z]")
#: Most words of a subject so cut ("Y's personal doctor").
SUBJECT_WORDS = 5


def fragment(text: str, raw: str, span: tuple[int, int], kind: str) -> bool:
    """``text`` (at ``span`` in the article ``raw``) is no reported statement."""
    if kind == "direct":
        return False
    words = text.split()
    if not words:
        return False
    if words[0].lower() in _RELATIVE and not any(w.lower() in CUE_FORMS for w in words[1:-1]):
        # right after the source ("a captain who took notes"); after a comma ("officials,
        # who asked not to be named") the rule "source phrase" reads it
        return not raw[: span[0]].rstrip().endswith(",")
    if words[0].lower() == "that" or len(words) > SUBJECT_WORDS:
        return False
    return _NAMED_APPOSITION.match(raw, span[1]) is not None
