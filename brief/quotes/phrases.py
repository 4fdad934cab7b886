"""Noun phrases around a speech cue: who speaks, found by general rules over tokens.

Single words (names, possessives, role nouns) are ``words``; they are re-exported here.

A speaker phrase is ``[determiner] [modifiers] HEAD`` where HEAD is a capitalised name, a
pronoun or a role noun from the lexicon ("spokesperson", "ministry", "officials",
"report"). Anything else ("the plan", "the move") is not accepted as a speaker: the
lexicon of heads is what keeps reported-speech rules precise.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.quotes.lexicon import (
    ADVERBS,
    BAD_CONTENT_START,
    CLAUSE_WORDS,
    CUE_FORMS,
    DAYS,
    DETERMINERS,
    MONTHS,
    PREPOSITIONS,
    PRONOUNS,
    TIME_LEADS,
    TIME_NOUNS,
    word_list,
)
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import DOCUMENT_NOUNS, GROUP_NOUNS, PERSON_NOUNS
from brief.quotes.units import Token
from brief.quotes.words import (
    head_noun,
    initial_or_title,
    is_group,
    is_name,
    joins_name,
    name_run_back,
    name_run_fwd,
    possessive,
)

__all__ = [
    "head_noun",
    "is_group",
    "is_name",
    "joins_name",
    "name_run_back",
    "name_run_fwd",
    "np_back",
    "np_fwd",
    "possessive",
]

Tokens = Sequence[Token]
_QUANTIFIERS = frozenset(
    word_list(
        "all both each most many some several none half one two three four five six seven "
        "eight nine ten majority minority"
    )
)
#: "the head of X", "a spokesman for X", "a moderate from X" (rule "from affiliation"):
#: the phrase's head is before the preposition, by whether the rule is on.
_OF_FOR = {True: frozenset(("of", "for", "from")), False: frozenset(("of", "for"))}
_PREDETERMINERS = frozenset(word_list("all both half"))
_QUANTITY_ADVERBS = frozenset(word_list("nearly almost about roughly some over under just only"))
#: Quantifiers that stand for people as a clause's subject ("some say", "many argue").
QUANTIFIER_PRONOUNS = frozenset(word_list("some many others most several few"))
_CONTRACTIONS = ("'m", "'re", "'ll", "'ve", "'d", "n't")
_BOUNDARY_PUNCT = frozenset(",;:()[]\u2014\u2013-\u2026.!?")


def nounish(tokens: Tokens, k: int) -> bool:
    """A name or a role noun: what can head a speaker phrase."""
    return is_name(tokens, k) or bool(head_noun(tokens[k]))


def is_boundary(tokens: Tokens, i: int, lo: int) -> bool:
    """True when a phrase may start right after position ``i``."""
    if i < lo:
        return True
    token = tokens[i]
    if token.kind == "q":
        return True
    if token.kind == "p":
        return token.text in _BOUNDARY_PUNCT or token.text in "\"'\u201c\u201d"
    low = token.low
    return (
        low in CLAUSE_WORDS
        or low in PREPOSITIONS
        or low in ADVERBS
        or low in ("even", "only", "perhaps")
        or low in DAYS
        or low in MONTHS
        or low in TIME_NOUNS
        or low.isdigit()
    )


def np_back(
    tokens: Tokens, k: int, lo: int, *, loose: bool = False, bounded: bool = True
) -> int | None:
    """Start of a speaker phrase whose head is at ``k``, or None.

    ``loose`` accepts any content word as the head when a determiner opens the phrase
    (the outer phrase of "the former harbour-master of the Port").
    """
    if k - 1 >= lo and tokens[k].text == "." and initial_or_title(tokens[k - 1]):
        k -= 1  # "The S.E.C. said": the period belongs to the abbreviation
    if k < lo or tokens[k].kind != "w":
        return None
    token = tokens[k]
    if token.low in PRONOUNS or token.low in QUANTIFIER_PRONOUNS:
        # "he said", "some suggested that": a pronoun opening its clause
        return k if is_boundary(tokens, k - 1, lo) else None
    if is_name(tokens, k) and not possessive(token):
        start = _listed_places(tokens, name_run_back(tokens, k, lo), lo)
    elif (head_noun(token) and not possessive(token)) or (loose and _content_word(token)):
        start = k
    else:
        return _postmodified(tokens, k, lo)
    i = start - 1
    mods = 0
    determined = False
    while i >= lo and mods < 6:
        other = tokens[i]
        if (
            other.text == ","
            and i - 2 >= lo
            and i + 1 < k  # "within a year, experts said": the head opens no adjective pair
            and tokens[i + 1].kind == "w"
            and tokens[i + 1].text.islower()
            and tokens[i - 1].kind == "w"
            and tokens[i - 1].text.islower()
            and tokens[i - 2].low in DETERMINERS
        ):
            i -= 1  # "the lanky, bespectacled professor": adjectives joined by a comma
            continue
        if other.kind != "w":
            break
        low = other.low
        if (
            low == "and"
            and start < k
            and not is_name(tokens, k)  # "X and Y Z said": two people
            and i + 1 < k
            and i - 1 >= lo
            and tokens[i - 1].kind == "w"
            and _content_word(tokens[i - 1])
            and not head_noun(tokens[i - 1])
        ):
            i -= 1  # "federal and state officials": two modifiers of one head
            continue
        if low in DETERMINERS:
            start = i
            determined = True
            break
        if not _content_word(other) and not _noun_modifier(other):
            break
        start = i
        mods += 1
        i -= 1
    if loose and not determined and not head_noun(token) and not is_name(tokens, k):
        return None
    # "the government received expert reports": an -ed word after another word of the
    # phrase is a verb, not a modifier ("registered voters", "the encrypted app" are fine)
    for j in range(start + 1, k):
        word = tokens[j]
        if (
            word.low.endswith("ed")
            and word.text.islower()
            and tokens[j - 1].kind == "w"
            and tokens[j - 1].low not in DETERMINERS
            and not possessive(tokens[j - 1])
        ):
            return None
    # "the head of the agency", "Sen. X of Alabama", "the former harbour-master of ..."
    if start - 2 >= lo and tokens[start - 1].low in _OF_FOR[enabled("from affiliation")]:
        outer = np_back(tokens, start - 2, lo, loose=True)
        if outer is not None:
            start = outer
        elif tokens[start - 2].low.isdigit() or tokens[start - 2].low in _QUANTIFIERS:
            start -= 2  # "eight of 10 voters", "most of the residents"
    elif (
        start - 2 >= lo
        and tokens[start - 1].low in ("at", "to", "on", "in", "within")
        and _person_head(tokens, start - 2)
    ):
        # "professor X Y at the University of Z", "researchers at the institute",
        # "advisers to the mayor", "opponents on the council", "X in Paris" (the place is
        # no speaker; the affiliation is dropped from a name as with "at")
        outer = np_back(tokens, start - 2, lo)
        if outer is not None:
            start = outer
    while start - 1 >= lo and tokens[start - 1].low in _QUANTITY_ADVERBS:
        start -= 1  # "nearly 60 percent"
    if (
        determined
        and start - 1 >= lo
        and tokens[start - 1].low in _PREDETERMINERS
        and tokens[start].low in ("the", "these", "those", "his", "her", "their", "its", "our")
    ):
        start -= 1  # "all the experts", "both her parents"
    if bounded and not is_boundary(tokens, start - 1, lo):
        return None
    return start


def _listed_places(tokens: Tokens, start: int, lo: int) -> int:
    """ "captains in Wexmouth, Kelby and Porthaven reported": the first of a list of names
    after a preposition that follows people (rule "listed places"), so the people speak;
    else ``start``."""
    if start - 2 < lo or tokens[start - 1].low != "and":
        return start  # a list ends "..., B and C"
    first = start
    j = start - 1
    while j - 1 >= lo and tokens[j].low in (",", "and") and is_name(tokens, j - 1):
        first = name_run_back(tokens, j - 1, lo)
        j = first - 1
    if (
        first < start
        and j - 1 >= lo
        and tokens[j].low in ("in", "from", "at")
        and tokens[j - 1].text.islower()  # "captains", "officials": people, not a name
        and _person_head(tokens, j - 1)
        and enabled("listed places")
    ):
        return first
    return start


def _person_head(tokens: Tokens, k: int) -> bool:
    """A person's name or a noun for people ends at ``k`` (an affiliation may follow)."""
    token = tokens[k]
    if possessive(token):
        return False
    noun = head_noun(token)
    return noun in PERSON_NOUNS or noun in GROUP_NOUNS or (is_name(tokens, k) and not noun)


def _noun_modifier(token: Token) -> bool:
    """A cue word that is also a noun, before the head it modifies: "state officials",
    "the ruling party" (the verb would need a subject before it: "they state")."""
    return token.low in CUE_FORMS and not token.low.endswith("s") and bool(head_noun(token))


def _content_word(token: Token) -> bool:
    low = token.low
    return not (
        low in CLAUSE_WORDS
        or low in PREPOSITIONS
        or low in CUE_FORMS
        or low in ADVERBS
        or low in BAD_CONTENT_START
        or low in PRONOUNS
        or low in DETERMINERS
        or low == "of"
    )


def _postmodified(tokens: Tokens, k: int, lo: int) -> int | None:
    """ "sources familiar with the talks", "officials close to the minister": a group or
    role noun, perhaps an adjective, then a prepositional phrase ending at ``k``."""
    for j in range(k, max(lo, k - 7) - 1, -1):
        token = tokens[j]
        if token.kind != "w":
            return None
        if _participle_after_head(tokens, j, lo):
            # "the poll released Friday", "a study conducted by X": a reduced relative
            return np_back(tokens, j - 1, lo)
        if j == k:
            continue
        if token.low in PREPOSITIONS or token.low == "of":
            head = j - 1
            if head >= lo and not head_noun(tokens[head]) and head - 1 >= lo:
                head -= 1  # an adjective: "familiar with", "close to"
            if head >= lo and head_noun(tokens[head]) and not possessive(tokens[head]):
                return np_back(tokens, head, lo)
            if j - 1 >= lo and tokens[j - 1].low in QUANTIFIER_PRONOUNS:
                return np_back(tokens, j - 1, lo)  # "some in the community say"
            return None
    return None


def _participle_after_head(tokens: Tokens, j: int, lo: int) -> bool:
    """ "released" in "the poll released Friday": a lower-case past participle right
    after a noun that heads a phrase of its own, with a phrase of its own after it."""
    token = tokens[j]
    if not (token.text.islower() and token.low.endswith("ed") and j - 1 >= lo):
        return False
    if j + 1 >= len(tokens) or tokens[j + 1].low in CUE_FORMS:
        return False  # "authorities restricted calls on ...": a verb, right before its cue
    head = tokens[j - 1]
    return head.kind == "w" and bool(head_noun(head)) and not possessive(head)


def np_fwd(tokens: Tokens, i: int, hi: int, *, strict_end: bool = True) -> int | None:
    """End (exclusive) of a speaker phrase starting at ``i``, or None.

    With ``strict_end`` the phrase must be followed by punctuation, a preposition, a
    clause word or the end: "said the spokesman, adding" is a speaker, "said the plan
    would fail" is not.
    """
    if i >= hi or tokens[i].kind != "w":
        return None
    if tokens[i].low in PRONOUNS:
        end = i + 1
        return end if not strict_end or _phrase_ends(tokens, end, hi) else None
    j = i
    if tokens[j].low in DETERMINERS or (possessive(tokens[j]) and not is_name(tokens, j)):
        j += 1
    head_end: int | None = None
    words = 0
    while j < hi and words < 9:
        token = tokens[j]
        if token.kind != "w":
            if token.text == "." and j > i and initial_or_title(tokens[j - 1]):
                j += 1
                continue
            break
        low = token.low
        if is_name(tokens, j):
            j = name_run_fwd(tokens, j, hi)
            head_end = j
            words += 1
            if possessive(tokens[j - 1]):
                head_end = None
            continue
        authored = low == "by" and j > i and head_noun(tokens[j - 1]) in DOCUMENT_NOUNS
        if low in ("of", "for", "from") or authored:  # "data from X", "a report by X"
            if head_end is None or head_end != j:
                break
            rest = np_fwd(tokens, j + 1, hi, strict_end=strict_end)
            if rest is None:
                break
            return rest
        if (
            low in CLAUSE_WORDS
            or (low in PREPOSITIONS and low not in ("of", "for", "from"))
            or low in BAD_CONTENT_START
            or low in DETERMINERS
            or low in ADVERBS
            or (low in CUE_FORMS and not _noun_after_determiner(tokens, j))
            or low in DAYS
        ):
            break
        if head_noun(token) and not possessive(token):
            head_end = j + 1
        words += 1
        j += 1
    if head_end is None:
        return None
    if strict_end and not _phrase_ends(tokens, head_end, hi):
        return None
    return head_end


def _noun_after_determiner(tokens: Tokens, j: int) -> bool:
    """A document noun that is also a speech verb, used as a noun: "a report by X"."""
    return (
        j > 0
        and tokens[j].low in DOCUMENT_NOUNS
        and (tokens[j - 1].low in DETERMINERS or possessive(tokens[j - 1]))
    )


def _phrase_ends(tokens: Tokens, j: int, hi: int) -> bool:
    if j >= hi:
        return True
    token = tokens[j]
    if token.kind != "w":
        return True
    low = token.low
    return (
        low in PREPOSITIONS
        or low in CLAUSE_WORDS
        or low in DAYS
        or low in ADVERBS
        or low in CUE_FORMS
        or low in TIME_LEADS
    )
