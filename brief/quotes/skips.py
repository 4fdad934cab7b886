"""Words standing between a speaker, its cue and the content, which a frame skips:
adverbs and time phrases ("has also said", "said on Monday"), short prepositional phrases
after the cue ("said in a statement"), and the addressee of "told" ("told reporters").
"""

from __future__ import annotations

from brief.quotes.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CUE_FORMS,
    DAYS,
    MONTHS,
    PREPOSITIONS,
    TIME_LEADS,
    TIME_NOUNS,
    word_list,
)
from brief.quotes.phrases import Tokens, is_name, np_fwd, possessive
from brief.quotes.rules import enabled
from brief.quotes.units import title_like

_FLOATING = frozenset(word_list("all both each themselves himself herself itself"))
#: How a speaker said it, between the speaker and the cue ("X sharply criticized Y", "the
#: experts generally praised Y", "X forcefully told Y that"): rule "manner adverb".
MANNER_ADVERBS = frozenset(
    word_list(
        "sharply harshly aggressively strongly bitterly fiercely roundly loudly vehemently "
        "forcefully angrily pointedly emphatically explicitly categorically strenuously "
        "vigorously generally largely"
    )
)
_NOMINATIVE = frozenset(["he", "she", "they", "we", "i"])
_WORK_LEADS = frozenset(word_list("the his her their its of"))
_WORK_NOUNS = frozenset(
    word_list("book memoir novel film show programme program column series album song podcast")
)
#: Words a quoted title of a work may have ("on CNN's "State of the Union"").
WORK_MAX_WORDS = 8
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me", "you", "reporters", "journalists"])


def skip_adverbs_back(tokens: Tokens, i: int, lo: int) -> int:
    """Move left over adverbs and time phrases between a speaker and a cue."""
    while i >= lo:
        token = tokens[i]
        if token.kind != "w":
            break
        low = token.low
        manner = low in MANNER_ADVERBS and enabled("manner adverb")
        if low in ADVERBS or low in AUXILIARIES or low in DAYS or low in _FLOATING or manner:
            i -= 1
            if low in DAYS and i >= lo and tokens[i].low in TIME_LEADS:
                i -= 1
            continue
        year = len(low) == 4 and low.isdigit()  # "who in 2010 said"
        timed = low in TIME_NOUNS or low in MONTHS or year
        if timed and i - 1 >= lo and tokens[i - 1].low in TIME_LEADS:
            i -= 2
            continue
        break
    return i


def named_work(tokens: Tokens, i: int) -> bool:
    """A quoted title after a possessive or a preposition names a programme, a book or a
    column ("on CNN's "State of the Union"", "in his book "Make It Count""): no words of
    anybody's."""
    token = tokens[i]
    if token.kind != "q" or i == 0 or not enabled("named work"):
        return False
    before = tokens[i - 1]
    lead = possessive(before) or before.low in PREPOSITIONS or before.low in _WORK_LEADS
    # "in his book, "Make It Count,"": a noun for a work, then its title
    lead = lead or (before.text == "," and i > 1 and tokens[i - 2].low in _WORK_NOUNS)
    return lead and len(token.text.split()) <= WORK_MAX_WORDS and title_like(token.text)


def skip_object(tokens: Tokens, i: int, hi: int, told: bool = False) -> int:
    """After "told": skip the addressee ("reporters", "the BBC", "CTV News host X", "CBS's
    "Harbour Hour"")."""
    if i < hi and tokens[i].low in _OBJECT_PRONOUNS and not _determiner_her(tokens, i, hi):
        return i + 1
    end = np_fwd(tokens, i, hi, strict_end=False)
    if end is not None:
        if end + 1 < hi and tokens[end + 1].low == "that" and _noun_after_name(tokens, end):
            return end + 1  # "told the Harbour Gazette weekly that": the paper, then "that"
        return end + 1 if end < hi and named_work(tokens, end) else end
    # "told riders that", "told the island's riders that": a few words, then "that"
    j = i
    while j < hi and j - i < 6 and (tokens[j].kind == "w" or named_work(tokens, j)):
        if tokens[j].low == "that":
            break
        if tokens[j].low in AUXILIARIES or tokens[j].low in CUE_FORMS:
            break  # a clause's verb before any "that"
        j += 1
    if j > i and j < hi and tokens[j].low == "that":
        return j
    # only "tell" always has an addressee: "warned the level of X may ..." has none
    return addressee_end(tokens, i, hi) if told and enabled("addressee") else i


def _noun_after_name(tokens: Tokens, end: int) -> bool:
    """A lower-case word right after the name that ends an addressee ("the Harbour Gazette
    weekly", "the Gazette newspaper"): the noun the name modifies, no part of the statement."""
    word = tokens[end]
    return (
        end > 0
        and is_name(tokens, end - 1)
        and word.kind == "w"
        and word.text.isalpha()
        and word.text.islower()
        and word.low not in AUXILIARIES
        and word.low not in CUE_FORMS
        and enabled("addressee noun")
    )


#: Words that open an addressee no lexicon names ("the forum", "an invited crowd").
_ADDRESSEE_OPENERS = frozenset(word_list("the a an his her their its our my your this"))
_SUBJECTS = frozenset(word_list("he she they we i it"))
_LINKS = PREPOSITIONS | {"of"}
#: Words an addressee may run over at most ("an invited crowd at the harbour club").
ADDRESSEE_MAX_TOKENS = 10


def _in_number(tokens: Tokens, j: int, hi: int) -> bool:
    """A comma between digits ("2,000")."""
    return 0 < j < hi - 1 and tokens[j - 1].low.isdigit() and tokens[j + 1].low.isdigit()


def _determiner_her(tokens: Tokens, i: int, hi: int) -> bool:
    """ "told her radio audience": "her" opens the addressee rather than being it."""
    if tokens[i].low != "her" or i + 1 >= hi or tokens[i + 1].kind != "w":
        return False
    nxt = tokens[i + 1]
    return nxt.text.islower() and not (
        nxt.low in _ADDRESSEE_OPENERS
        or nxt.low in _SUBJECTS
        or nxt.low in AUXILIARIES
        or nxt.low in CUE_FORMS
        or nxt.low in PREPOSITIONS
        or nxt.low in ("that", "to", "about", "of", "not")
    )


def _bare_addressee_end(tokens: Tokens, i: int, hi: int) -> int:
    """ "told jurors he met ...", "told investors they would ...": one lower-case word, then
    the subject of the clause told; ``i`` when the next word is no subject."""
    word = tokens[i]
    plain = word.kind == "w" and word.text.islower() and word.low not in _NOT_ADDRESSEES
    if plain and i + 1 < hi and tokens[i + 1].low in _SUBJECTS:
        return i + 1
    return i


_NOT_ADDRESSEES = frozenset([*AUXILIARIES, *CUE_FORMS, *PREPOSITIONS, "that", "to", "not", "how"])


def addressee_end(tokens: Tokens, i: int, hi: int) -> int:
    """Where an addressee no lexicon knows ends after "told": before the subject of the
    clause told ("told the forum she has ...", "told an invited crowd at the club the
    fares will ..."), or at a comma ("told her radio audience on Monday, "...""); ``i``
    (no addressee skipped) when nothing marks its end."""
    if i >= hi:
        return i
    if tokens[i].low not in _ADDRESSEE_OPENERS:
        return _bare_addressee_end(tokens, i, hi)
    j = i + 1
    while j < hi and j - i <= ADDRESSEE_MAX_TOKENS:
        token = tokens[j]
        if token.text == "," and not _in_number(tokens, j, hi):
            return j
        if token.text in ("'", "\u2019") or token.text == ",":
            j += 1  # "the riders' union"
            continue
        if token.kind != "w" or token.low in AUXILIARIES or token.low in CUE_FORMS:
            return i
        low = token.low
        if low == "to":
            return i  # "told his aides never to ...": an order, read as it was
        if low in _SUBJECTS or low == "that":
            return j
        if low in _ADDRESSEE_OPENERS and tokens[j - 1].low not in _LINKS:
            return j  # a second phrase with no preposition before it opens the clause
        j += 1
    return i


def skip_adverbials(tokens: Tokens, i: int, hi: int) -> int:
    """Skip time phrases and short prepositional phrases after a cue.

    Stops at a delimiter ("that", a comma, a colon, a quotation); when a phrase runs on
    with no delimiter it is content, and the start is returned unchanged.
    """
    while i < hi:
        token = tokens[i]
        if token.kind != "w":
            return i
        low = token.low
        if low in DAYS or low in ADVERBS:
            i += 1
            if low in DAYS and i < hi and tokens[i].low in TIME_NOUNS:
                i += 1  # "Friday afternoon"
            continue
        if low in TIME_LEADS and i + 1 < hi and tokens[i + 1].low in TIME_NOUNS | MONTHS | DAYS:
            day = tokens[i + 1].low in DAYS
            i += 2
            if day and i < hi and tokens[i].low in TIME_NOUNS:
                i += 1  # "on Thursday evening", as "Thursday evening" above
            continue
        if low == "about" and i + 1 < hi and tokens[i + 1].low[:1].isdigit():
            return i  # "says about 550 riders take ...": a quantity opens the content
        if low in PREPOSITIONS or low == "of":
            j = i + 1
            while j < hi and j - i <= 8:
                nxt = tokens[j]
                if named_work(tokens, j):
                    j += 1  # "said on Channel 9's "Harbour Hour" that ..."
                    continue
                if nxt.kind != "w" or nxt.low == "that":
                    break
                if nxt.low in _NOMINATIVE and j > i + 1:
                    return j  # "said in a speech he was ready": no phrase holds "he"
                j += 1
            if j < hi and j - i <= 8 and (tokens[j].kind != "w" or tokens[j].low == "that"):
                i = j
                continue
            return i
        return i
    return i


#: Heads of a phrase that says where or before whom words were spoken, never what was said:
#: "..., X told a news conference.", "..., X said an interview with Y." (a dropped "in").
_SETTING_NOUNS = frozenset(
    word_list(
        "interview conference briefing meeting session hearing rally speech audience crowd "
        "gathering forum summit ceremony luncheon reception vigil broadcast podcast congregation "
        "convention assembly"
    )
)
_SETTING_LEADS = frozenset(word_list("a an the his her their its this one another"))
#: Most words of such a phrase after its head ("... with the island's largest newspaper").
SETTING_TAIL_WORDS = 8


def setting_tail(tokens: Tokens, i: int, hi: int) -> int | None:
    """``i`` opens a setting phrase that ends the sentence ("a news conference in Keelby",
    "an interview with The Gazette", "a meeting of the board"): where it ends, or None.
    Nothing after the head may make it a clause (a verb of its own, a pronoun, "that")."""
    if i >= hi or tokens[i].low not in _SETTING_LEADS:
        return None
    j = i + 1
    while j < hi and j - i <= 4 and tokens[j].kind == "w" and tokens[j].low not in _SETTING_NOUNS:
        if tokens[j].low in PREPOSITIONS or tokens[j].low in AUXILIARIES:
            return None
        j += 1
    if j >= hi or tokens[j].low not in _SETTING_NOUNS:
        return None
    end = hi
    while end > j and tokens[end - 1].kind == "p":
        end -= 1
    rest = tokens[j + 1 : end]
    if len(rest) > SETTING_TAIL_WORDS or (rest and rest[0].low not in PREPOSITIONS | {"of"}):
        return None
    if any(t.kind == "q" or t.low in _CLAUSE_MARKS or t.low in AUXILIARIES for t in rest):
        return None
    return end


_CLAUSE_MARKS = frozenset(word_list("that he she they we i it who which"))


#: Words counting a span of time: "two days", "a few weeks", "48 hours".
_COUNTS = frozenset(
    word_list("a an few several some many two three four five six seven eight nine ten")
)


def time_span(words) -> bool:
    """ "Two days later", "a few weeks ago": the words are a span of time and nothing else
    (before ", X responded" no statement; "Ferries leave two hours later" is one)."""
    if len(words) < 3 or words[-1].low not in ("later", "earlier", "ago"):
        return False
    if words[-2].low.rstrip("s") not in TIME_NOUNS | {"hour", "minute"}:
        return False
    return all(w.low in _COUNTS or w.low.isdigit() for w in words[:-2])
