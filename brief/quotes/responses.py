"""Words named as someone's by a noun of saying and a copula:

- a quotation before it: '"Not again!" was the reaction of a rider', '"Sit down" was the
  answer from the crew', '"..." was her reply'. The quotation is the subject of a copula
  whose complement is a noun of saying owned by the speaker ("of X", "from X", "X's",
  "her"); the frame reads like '"...," said X' (rule "response frame"). A noun with
  nobody named ('"No," came the reply') is left;
- a colon after it: "His advice is plain: stay ashore", "X's advice was blunt: ...":
  the owner's words follow the colon (rule "message colon").
"""

from __future__ import annotations

from brief.quotes.attribution import Attribution
from brief.quotes.lexicon import ADVERBS, BE_FORMS, DETERMINERS, word_list
from brief.quotes.phrases import np_fwd
from brief.quotes.rules import enabled
from brief.quotes.speaker_phrases import appos_after, owner_of

#: Nouns that name a spoken answer or judgement.
RESPONSE_NOUNS = frozenset(
    word_list("response reaction reply verdict message answer assessment retort comment")
)
#: Nouns of saying whose owner's words may follow a colon ("Her advice is simple: ...").
COLON_NOUNS = RESPONSE_NOUNS | frozenset(
    word_list("advice argument conclusion explanation plea point view warning")
)
#: Most words between the copula and the colon ("is simple", "was very clear").
_COLON_WORDS = 2
_COPULAS = frozenset(word_list("was is were came"))
_OWNERS = frozenset(word_list("his her their its"))
#: Most words of a speaker phrase no noun-phrase reader takes ("of one happy rider").
_SPEAKER_WORDS = 6
#: Most lower-case modifiers between the determiner and the noun ("the dry assessment").
_MODIFIERS = 2


def response_frame(tokens, i: int) -> Attribution | None:
    """The frame at ``i``, a noun of :data:`RESPONSE_NOUNS`, or None."""
    if tokens[i].low in COLON_NOUNS and enabled("message colon"):
        found = _message_colon(tokens, i)
        if found is not None:
            return found
    if tokens[i].low not in RESPONSE_NOUNS or not enabled("response frame"):
        return None
    n = len(tokens)
    j = i - 1
    while j >= 0 and i - j <= _MODIFIERS and tokens[j].kind == "w" and tokens[j].text.islower():
        if tokens[j].low in DETERMINERS or tokens[j].low in _COPULAS:
            break
        j -= 1
    owner = None
    if j >= 0 and tokens[j].low in DETERMINERS and tokens[j].low not in _OWNERS:
        j -= 1
    elif j >= 0 and tokens[j].kind == "w" and tokens[j].low not in _COPULAS:
        owner = owner_of(tokens, j)  # '"..." was her reply', 'was X's verdict'
        if owner is None:
            return None
        j = owner[0] - 1
    if j < 1 or tokens[j].low not in _COPULAS or tokens[j - 1].kind != "q":
        return None
    cue_end = i + 1
    speaker = owner
    if speaker is None:
        if i + 2 >= n or tokens[i + 1].low not in ("of", "from"):
            return None
        end = np_fwd(tokens, i + 2, n, strict_end=False) or _plain_phrase(tokens, i + 2)
        if end is None:
            return None
        speaker, cue_end = (i + 2, end), i + 2
    appos, zone_end = appos_after(tokens, speaker[1]) if owner is None else (None, i + 1)
    return Attribution(
        i, cue_end, tokens[i].text, "say", speaker, appos, (j, max(zone_end, speaker[1])),
        "before", rule="response frame",
    )  # fmt: skip


def _plain_phrase(tokens, i: int) -> int | None:
    """End of a few words running to a punctuation mark ("one happy rider."), or None."""
    j = i
    while j < len(tokens) and tokens[j].kind == "w" and j - i < _SPEAKER_WORDS:
        j += 1
    return j if j > i and (j == len(tokens) or tokens[j].kind == "p") else None


def _message_colon(tokens, i: int) -> Attribution | None:
    """ "His advice is plain: ...", "X's advice was blunt: ...": the owner's words
    after the colon (a possessive right before the noun; nothing but words to the colon)."""
    if i == 0 or tokens[i - 1].kind != "w" or tokens[i - 1].low == "its":
        return None  # "Its point was clear:": a thing's point is nobody's words
    owner = owner_of(tokens, i - 1)
    if owner is None:
        return None
    n = len(tokens)
    k = i + 1
    if k < n and tokens[k].low in ADVERBS:
        k += 1  # "now", "then"
    if k >= n or tokens[k].low not in BE_FORMS:
        return None
    colon = k + 1
    while colon < n and tokens[colon].kind == "w" and colon - k <= _COLON_WORDS:
        colon += 1
    if colon + 3 >= n or tokens[colon].text != ":" or colon - k > _COLON_WORDS + 1:
        return None
    return Attribution(
        i, colon, tokens[i].text, "say", owner, None, (owner[0], colon + 1), "after",
        rule="message colon",
    )  # fmt: skip
