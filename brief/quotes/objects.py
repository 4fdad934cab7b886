"""Statements whose content is a noun phrase: the object of a stance, a reference or a
naming ("X endorsed the mayor's plan", "X described the plan as a gamble").

Such a content is the object and ends with it: the sentence may go on with the writer's
narration about the object or the act ("..., who says he is honoured", "...; others
vowed to act", "... but voted for it"). A clause content ("X said the plan
fails, which ...") is cut by none of this.
"""

from __future__ import annotations

from brief.quotes.lexicon import ADVERBS, AUXILIARIES, REFERENCE_VERBS, STANCE_VERBS, word_list
from brief.quotes.rules import enabled

#: Verbs whose content may be their object, a noun phrase ("described X as Y" too).
OBJECT_VERBS = frozenset(STANCE_VERBS) | frozenset(REFERENCE_VERBS) | {"describe"}
_RELATIVES = frozenset(word_list("who which whom whose where"))
_CONJUNCTIONS = frozenset(word_list("but while although though whereas"))
_SUBJECTS = frozenset(word_list("he she they we i it"))
_SUBORDINATORS = frozenset(word_list("after when because before since until although though"))


def object_end(tokens, base: str, start: int, end: int, nominal: bool = False) -> int:
    """Where a noun-phrase content after ``base`` ends (``end`` when it runs on as a
    clause or nothing of the narration follows it). ``nominal``: the content is an object
    whatever the verb (rule "noted object")."""
    if not enabled("object end") or not (nominal or base in OBJECT_VERBS) or start >= end:
        return end
    for j in range(start + 1, end):
        token = tokens[j]
        low = token.low
        if token.kind == "w" and low in AUXILIARIES:
            return end  # "mentions she might ...": a clause, not an object; left alone
        if j - start < 3:
            continue  # a cut leaves a statement of at least three words
        if token.text == ";":
            return j
        if token.text == "," and j + 1 < end:
            after = tokens[j + 1].low
            if after in _RELATIVES or after in _CONJUNCTIONS:
                return j  # "endorsed X, who says ..." / "..., while Y ..."
            if after in _SUBJECTS:
                return j  # "Although X acknowledged Y, he ...": the main clause
        if low in _SUBORDINATORS and j + 1 < end and tokens[j + 1].low in _SUBJECTS:
            return j  # "described X as "a shame" after she criticised ...": the occasion
        if low == "but" and j + 1 < end and _goes_on(tokens[j + 1]):
            return j  # "praised X but also had to ...", "praised X but voted against it"
    return end


def _goes_on(token) -> bool:
    """A word after "but" that carries on the sentence's own verb ("but also had to",
    "but voted"), not a second object ('as "a thriller" but "lousy history"')."""
    if token.kind != "w":
        return False
    return token.low in ADVERBS or token.low in AUXILIARIES or token.low.endswith("ed")
