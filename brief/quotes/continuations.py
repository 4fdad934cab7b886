"""Reported speech that runs on past where a clause reader stops, read from the words'
forms only (no parser):

- a predicate that goes on after the attribution sharing the statement's subject ("The
  boats are old, he says, and are mostly used for short trips"): the words after ", and"
  have no subject of their own, so they are the speaker's too, a second statement of the
  same attribution (the Gender Gap Tracker annotates two quotations there). Only a verb
  form (an auxiliary, an -ed form, a common irregular past) right after ", and" / ", but":
  a word that could be a new subject ("..., he said, but one rider ran ...") is not read,
  the writer may be speaking again (rule "coordinated predicate");
- a reported clause opening with "as" and a subordinate clause ("He said as the police
  came in, one rider ...", rule "subordinate opening").
"""

from __future__ import annotations

from brief.quotes.lexicon import AUXILIARIES, CLAUSE_WORDS, CUE_FORMS, word_list
from brief.quotes.rules import enabled

#: Past forms of common irregular verbs: a predicate's first word when it is no -ed form
#: ("and lost his life", "but went home").
_IRREGULAR_PAST = frozenset(
    word_list(
        "became began bought brought built came caught chose drove fell felt fought found gave "
        "got grew held kept knew led left lost made meant met paid put ran rose sat saw sent "
        "set spent stood struck took taught threw understood went won wore wrote"
    )
)
#: Coordinators that join a predicate to the one before the attribution.
_COORDINATORS = frozenset(word_list("and but"))


def verb_form(low: str) -> bool:
    """An auxiliary, a common irregular past or an -ed form: a word that can be a verb."""
    return low in AUXILIARIES or low in _IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)


def coordinated_predicate(tokens, j: int) -> int | None:
    """Where a predicate sharing the statement's subject begins after an attribution that
    ends at ``j`` (", and are mostly used ...", ", but lost ..."), or None."""
    n = len(tokens)
    if j + 3 >= n or tokens[j].text != "," or tokens[j + 1].low not in _COORDINATORS:
        return None
    k = j + 2
    if tokens[k].kind == "w" and tokens[k].low.endswith("ly") and k + 1 < n:
        k += 1  # ", and mostly are ..."
    word = tokens[k]
    if word.kind != "w" or not word.text.islower():
        return None
    low = word.low
    if low in CUE_FORMS:
        return None  # ", and added that ...": an attribution of its own (rule "and-cue")
    if low in AUXILIARIES or low in _IRREGULAR_PAST:
        return j + 1
    # an -ed form, but not one before a subject's verb ("and planned spending would ...":
    # an adjective of a new subject)
    later = {t.low for t in tokens[k + 1 : k + 3]}
    return j + 1 if low.endswith("ed") and len(low) > 4 and not later & AUXILIARIES else None


#: "as" opening a reported clause before its main clause ("said as X entered, one rider
#: ..."); "if", "when" and the others already open a clause (``content._clause_like``).
_SUBORDINATORS = frozenset(("as",))
#: Most tokens of the subordinate clause before its comma.
_SUBORDINATE_SPAN = 20


def subordinate_opening(tokens, i: int) -> bool:
    """After a verb of saying, "as" opens a subordinate clause that a comma and a main
    clause follow: the whole is the statement ("He said as the police came in, one
    rider tied himself to the rail"); "said as much", "said as he left" are not."""
    n = len(tokens)
    if tokens[i].low not in _SUBORDINATORS or not enabled("subordinate opening"):
        return False
    for j in range(i + 2, min(n - 2, i + _SUBORDINATE_SPAN)):
        token = tokens[j]
        if token.kind == "q" or token.low in CUE_FORMS:
            return False
        if token.text == ",":
            main = tokens[j + 1 : j + 5]
            first = main[0]
            if first.kind != "w" or first.low in CLAUSE_WORDS or first.low.endswith("ing"):
                return False
            return any(t.kind == "w" and t.text.islower() and verb_form(t.low) for t in main[1:])
        if token.kind == "p":
            return False
    return False
