"""A quotation after "as" characterises the object in the words of the verb's subject:
"X pounded Y as a "con artist"", "hailed Y as "the comeback kid"" (rule
"characterization"). Not a name given to a thing ("an app known as "Max"").
"""

from __future__ import annotations

from brief.quotes.lexicon import BE_FORMS, DETERMINERS, word_list
from brief.quotes.phrases import possessive
from brief.quotes.skips import skip_adverbs_back
from brief.quotes.speaker_phrases import speaker_before
from brief.quotes.units import title_like

#: Verbs before "as" that name a thing rather than characterise it ("known as "Max"").
_NAMING_AS = frozenset(
    word_list("known such referred billed dubbed branded serve serves served act acts")
)


def characterizer(tokens, i: int) -> tuple[tuple[int, int] | None, str] | None:
    """ "X pounded Y as a "con artist"", "hailed Y as "the comeback kid"": a quotation
    after "as" characterises the object in the words of the verb's subject, which this
    returns with its mode ("none" in a passive: "was described as "..."", as in "it was
    announced"). Not "an app known as "Max"", "such as", nor a title."""
    j = i - 1
    if j >= 0 and tokens[j].low in ("a", "an", "the", "being"):
        j -= 1
    if j < 2 or tokens[j].low != "as" or title_like(tokens[i].text):
        return None
    before = tokens[j - 1]
    if before.kind != "w" or before.low in _NAMING_AS:
        return None
    k = skip_adverbs_back(tokens, j - 1, 0)
    if k >= 0 and tokens[k].low.endswith("ed") and k > 0:
        aux = skip_adverbs_back(tokens, k - 1, 0)
        if tokens[k - 1].low in BE_FORMS or (aux >= 0 and tokens[aux].low in BE_FORMS):
            return None, "none"  # "which was described as "...""
    start = _object_start(tokens, k)  # "Trump" in "pounding Trump as", "the new skipper"
    if start is None or start == 0:
        return None
    verb = start - 1
    if tokens[verb].kind != "w" or not tokens[verb].text.islower():
        return None
    speaker, _, _ = speaker_before(tokens, skip_adverbs_back(tokens, verb - 1, 0))
    return (speaker, "np") if speaker is not None else None


def _object_start(tokens, k: int) -> int | None:
    """Where the object phrase ending at ``k`` starts: a run of capitalised words, or
    back to its determiner ("the new skipper", "his old rival") within a few words."""
    if tokens[k].kind != "w":
        return None
    if tokens[k].text[:1].isupper():
        start = k
        while start > 0 and tokens[start - 1].kind == "w" and tokens[start - 1].text[:1].isupper():
            start -= 1
        return start
    for j in range(k, max(-1, k - 5), -1):
        token = tokens[j]
        if token.kind != "w":
            return None
        if token.low in DETERMINERS or possessive(token):
            return j
    return None
