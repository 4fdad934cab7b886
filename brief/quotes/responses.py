"""A quotation named as someone's words after it: '"Not again!" was the response of one
viewer', '"Welcome aboard" was the message from the pilot', '"..." was her reply'.

The quotation stands as the subject of a copula whose complement is a noun of saying
owned by the speaker ("of X", "from X", "X's", "her"); the frame reads like '"...," said
X' (rule "response frame"). A noun with nobody named ('"No," came the reply') is left.
"""

from __future__ import annotations

from brief.quotes.attribution import Attribution
from brief.quotes.lexicon import DETERMINERS, word_list
from brief.quotes.phrases import np_fwd
from brief.quotes.rules import enabled
from brief.quotes.speaker_phrases import appos_after, owner_of

#: Nouns that name a spoken answer or judgement.
RESPONSE_NOUNS = frozenset(
    word_list("response reaction reply verdict message answer assessment retort comment")
)
_COPULAS = frozenset(word_list("was is were came"))
_OWNERS = frozenset(word_list("his her their its"))
#: Most words of a speaker phrase no noun-phrase reader takes ("of one happy rider").
_SPEAKER_WORDS = 6
#: Most lower-case modifiers between the determiner and the noun ("the dry assessment").
_MODIFIERS = 2


def response_frame(tokens, i: int) -> Attribution | None:
    """The frame at ``i``, a noun of :data:`RESPONSE_NOUNS`, or None."""
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
