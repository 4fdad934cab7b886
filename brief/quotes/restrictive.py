"""A restrictive relative clause between a subject and its verb of saying.

"Officials who spoke on condition of anonymity said ...", "Residents who attended the
meeting say ...": no comma sets the clause off, so the word before the cue is the clause's
own object ("anonymity", "meeting"), and the subject is the plural noun before "who".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.quotes.lexicon import AUXILIARIES, CLAUSE_WORDS, CUE_FORMS
from brief.quotes.phrases import is_name, np_back
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import GROUP_NOUNS, PERSON_NOUNS, ROLE_NOUNS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from brief.quotes.units import Token

#: Most words of a restrictive clause between "who" and the cue.
CLAUSE_SPAN = 10
#: Most words between the clause's last word and the cue (a time, an adverb).
_CUE_REACH = 4
#: Plural people who are no noun ending in -s.
_PEOPLE = frozenset(("people", "men", "women", "children", "those", "others", "staff"))
#: Words that may stand before the subject phrase ("But officials who ... said").
_BEFORE = frozenset(("but", "and", "yet", "still", "so"))


def restrictive_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The plural subject phrase of a "who" clause ending at ``k``, the cue after it.

    Every token from "who" to ``k`` is a plain word, none a cue or a clause word (a
    second clause or a report inside the clause is another statement); the antecedent is a
    plural common noun ("officials", "residents", "fishermen", "those") or a person's noun
    after "a" ("a skipper who ..."), opening the sentence or following a comma; a definite
    singular one ("the lawyer who had acted for X had said ...") is left alone: it may be
    the report of someone named later, and "the lawyer" would be resolved to the wrong one.
    """
    if not enabled("restrictive relative") or k < 2 or not _cue_next(tokens, k + 1):
        return None
    j = k
    while j > 0 and k - j < CLAUSE_SPAN:
        token = tokens[j]
        if token.kind != "w" or token.low in CUE_FORMS:
            return None
        if token.low == "who":
            break
        if token.low in CLAUSE_WORDS:
            return None
        j -= 1
    if tokens[j].low != "who" or j == k or j < 1 or tokens[k].low in AUXILIARIES | {"to"}:
        return None  # "those who want to label X as Y": the cue is the clause's own verb
    head = j - 1
    word = tokens[head]
    opening = head == 0 or (head == 1 and tokens[0].low in _BEFORE)
    if word.kind != "w" or (is_name(tokens, head) and not opening):
        return None  # "Riders who ..." opening the sentence is no name
    start = np_back(tokens, head, 0, loose=True)
    if start is None:
        start = head
    plural = _plural_people(word.low)
    if not plural and not (
        tokens[start].low in ("a", "an") and word.low in PERSON_NOUNS | ROLE_NOUNS
    ):
        return None  # "The lawyer who had acted for X had said ...": whose report is it?
    if (
        start > 0
        and tokens[start - 1].text != ","
        and not (start == 1 and tokens[0].low in _BEFORE)
    ):
        # "the board heard residents who ... said", "the headlines and a student who
        # killed ... add": the phrase is an object or a part of another subject
        return None
    if plural and k + 1 < len(tokens) and _singular_verb(tokens[k + 1].low):
        return None  # "Managers who sidestep rules that ...": "rules" agrees with no plural
    return (start, head + 1)


def _singular_verb(low: str) -> bool:
    base = CUE_FORMS.get(low)
    return base is not None and low != base and low in (base + "s", base + "es")


def _plural_people(low: str) -> bool:
    if low in _PEOPLE or low.endswith(("men", "people")):
        return True  # "fishermen", "townspeople"
    return low in GROUP_NOUNS or (
        low.endswith("s") and not low.endswith(("ss", "'s", "us")) and len(low) > 3
    )


def _cue_next(tokens: Sequence[Token], i: int) -> bool:
    """A verb of saying follows within a few words ("who ... on Monday have also said"); a
    quotation set in the clause is no statement of it ("those who label X as "Y" are")."""
    for token in tokens[i : i + _CUE_REACH]:
        if token.kind != "w":
            return False
        if token.low in CUE_FORMS:
            return True
    return False
