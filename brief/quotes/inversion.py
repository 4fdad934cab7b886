"""Inverted attributions: the statement first, then the cue, then the speaker.

``"...," said X, the regulator.`` / ``..., says X.`` / ``"...," asks editor X, "...?"``.
Split from ``cues`` (which tries every order a cue can take) because the speaker here is
read forwards from the cue, and some cues cannot be inverted at all.
"""

from __future__ import annotations

from brief.quotes.adjacent import after_quote, quote_follows
from brief.quotes.attribution import Attribution
from brief.quotes.content import ends_attribution, parenthetical
from brief.quotes.continuations import verb_form
from brief.quotes.lexicon import (
    AUXILIARIES,
    CLAUSE_WORDS,
    CUE_FORMS,
    NEED_THAT_OR_QUOTE,
    PREPOSITIONS,
    word_list,
)
from brief.quotes.phrases import head_noun, is_name, name_run_fwd, np_fwd
from brief.quotes.rules import enabled
from brief.quotes.skips import skip_adverbials
from brief.quotes.speaker_phrases import appos_after
from brief.quotes.speaker_words import PERSON_NOUNS

#: Cues that need an object: "told X" names the one told, so "'...,' X, a fisherman, told
#: the Herald" is X's ("'...,' said X" inverts; "'...,' told X" is not English).
_TOLD = frozenset(("tell", "inform", "assure", "remind"))
_EPITHET_STARTS = frozenset(word_list("the a an one this my his her their our"))


def inverted(
    tokens, c: int, cue_end: int, k: int, base: str, cue: str, stances: frozenset[str]
) -> Attribution | None:
    """ "...," said X / ..., said X, deputy head of ...: the speaker after the cue.

    ``k`` is the token before the cue (after adverbs). "X, a fisherman, called the plan
    "reckless"", "X, including Y, have endorsed Z": a stance's object or a verb after an
    auxiliary is no inverted speaker.
    """
    n = len(tokens)
    auxiliary = any(t.low in AUXILIARIES for t in tokens[k + 1 : c])
    if base == "call" or base in stances or auxiliary:
        return None
    if base in _TOLD and enabled("told object"):
        return None
    if k < 0 or not (tokens[k].text == "," or tokens[k].kind == "q"):
        return None
    end = np_fwd(tokens, cue_end, n)
    if end is None and after_quote(tokens, k):
        end = epithet_end(tokens, cue_end, n)
    if end is None or not _inverted_ok(tokens, cue_end, end):
        return None
    if (
        end + 1 < n
        and tokens[end].low == "by"
        and tokens[end - 1].low.endswith("ed")
        and enabled("issued by")
    ):
        # "...," said a statement released by the board: the issuer is the one who speaks
        issuer = np_fwd(tokens, end + 1, n)
        end = issuer if issuer is not None else end
    speaker = (cue_end, end)
    named = role_then_name(tokens, end, n)  # "says Heart and Lung manager X Y"
    if named is not None:
        speaker = named
        end = named[1]
    appos, zone_end = appos_after(tokens, end)
    zone_end = skip_adverbials(tokens, zone_end, n)
    text_before = not after_quote(tokens, k)
    goes_on = (_gerund_phrase(tokens, end) or _clause(tokens, appos)) and zone_end > end
    if text_before and goes_on and enabled("inverted parenthetical"):
        # "insists X, in seeing it through", "says X, the pier is too weak": no apposition
        appos, zone_end = None, end
    zone = (k + 1, zone_end)
    if not text_before or (base not in NEED_THAT_OR_QUOTE and ends_attribution(tokens, zone_end)):
        return Attribution(c, cue_end, cue, base, speaker, appos, zone, "before")
    if quote_follows(tokens, zone_end):
        # "..., asks editor X, "has anyone ever considered ...?""
        return Attribution(c, cue_end, cue, base, speaker, appos, zone, "quote")
    # not "..., also admits X, ..." (a clause of its own subject) nor "..., shows that X, ..."
    right_after = k == c - 1 and tokens[cue_end].low != "that"
    if right_after and _goes_on(tokens, k, zone_end, base) and enabled("inverted parenthetical"):
        # "There is a joy, insists X, in seeing it through": one statement around it
        return Attribution(c, cue_end, cue, base, speaker, appos, (k, zone_end), "around")
    return None


def _clause(tokens, appos: tuple[int, int] | None) -> bool:
    """An "apposition" with a verb of its own and no relative pronoun before it is a
    clause ("the pier is too weak"; not "the mayor, who is ...")."""
    if appos is None:
        return False
    for token in tokens[appos[0] : appos[1]]:
        if token.low in _RELATIVE_WORDS:
            return False
        if verb_form(token.low) and token.text.islower():
            return True
    return False


_RELATIVE_WORDS = frozenset(("who", "whom", "whose", "which", "that", "where", "when"))


def _gerund_phrase(tokens, i: int) -> bool:
    """A comma, then a preposition and an -ing form ("in seeing it through")."""
    return (
        i + 2 < len(tokens)
        and tokens[i].text == ","
        and tokens[i + 1].low in PREPOSITIONS
        and tokens[i + 2].low.endswith("ing")
        and tokens[i + 2].text.islower()
    )


def _goes_on(tokens, k: int, zone_end: int, base: str) -> bool:
    """After an inverted attribution set off by commas, the statement goes on: a clause
    or a phrase of its own, not a setting ("..., said X, in a statement on Monday")."""
    if tokens[k].kind == "q" or base in NEED_THAT_OR_QUOTE or k < 1:
        return False
    before = tokens[k - 1]
    if before.text[:1].isupper() and k > 1:
        return False  # "The chancellor, Lord X, agreed the Act ...": X is the subject
    if not parenthetical(tokens, k, zone_end):
        return False
    # "in seeing it through" goes on, and so does a clause ("the pier is too weak"); "in a
    # statement on Monday" is where it was said, "the firm that built it" an apposition
    return _gerund_phrase(tokens, zone_end) or (
        tokens[zone_end + 1].low not in PREPOSITIONS
        and _clause(tokens, (zone_end + 1, len(tokens)))
    )


def _inverted_ok(tokens, start: int, end: int) -> bool:
    """ "said X" names a speaker, not the start of content ("said the plan would")."""
    first = tokens[start]
    return not (first.low in ("that", "it") and end == start + 1)


def epithet_end(tokens, i: int, n: int) -> int | None:
    """After ``"...," says`` any short definite phrase names the speaker: "the affable
    proprietor", "the rookie defenceman" (heads the lexicon cannot list)."""
    if i >= n or tokens[i].low not in _EPITHET_STARTS:
        return None
    j = i + 1
    while j < n and j - i <= 6 and tokens[j].kind == "w" and tokens[j].low not in CLAUSE_WORDS:
        if tokens[j].low in PREPOSITIONS or tokens[j].low in CUE_FORMS:
            break
        j += 1
    if j == i + 1 or j - i > 6:
        return None
    if j < n and tokens[j].kind == "w" and tokens[j].low not in PREPOSITIONS | CLAUSE_WORDS:
        return None
    return j


def role_then_name(tokens, end: int, hi: int) -> tuple[int, int] | None:
    """After an inverted cue, a phrase that stopped at "and" inside an organisation's name
    ("says Heart and Lung senior manager X Y"): when a role noun and a person's name follow
    within a few words, that name is the speaker (its start and end)."""
    if end + 1 >= hi or tokens[end].low != "and" or not is_name(tokens, end + 1):
        return None
    for j in range(end + 1, min(hi - 1, end + 8)):
        token = tokens[j]
        if token.kind != "w":
            return None
        if head_noun(token) in PERSON_NOUNS and token.text.islower() and is_name(tokens, j + 1):
            return j + 1, name_run_fwd(tokens, j + 1, hi)
    return None
