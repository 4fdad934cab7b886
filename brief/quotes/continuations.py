"""A statement that goes on after its attribution with a predicate sharing its subject:
"The boats are old, he says, and are mostly used for short trips". The words after ", and"
are grammatically part of the reported clause (no subject of their own), so they are the
speaker's too, a second statement of the same attribution (the Gender Gap Tracker annotates
two quotations there).

Read from the words' forms only (no parser): a verb form (an auxiliary, an -ed form, a
common irregular past) right after ", and" / ", but" that follows the attribution. A word
that could be a new subject ("..., he said, but one rider ran ...", "..., the board said,
and riders are angry") is not read: the writer may be speaking again.
"""

from __future__ import annotations

from brief.quotes.lexicon import AUXILIARIES, CUE_FORMS, word_list

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
