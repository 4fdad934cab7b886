"""How an article describes a person or a body: the role a heading shows once.

"X, deputy head of the IT committee", "communications regulator X", "Secretary of State X
Y", "President X" (read "X, president"): the words are the article's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.quotes.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CLAUSE_WORDS,
    CUE_FORMS,
    DAYS,
    DETERMINERS,
    MONTHS,
    PREPOSITIONS,
    word_list,
)
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import ORG_NOUNS, PERSON_NOUNS, PERSON_TITLES, SPOKES_NOUNS
from brief.quotes.words import head_noun, is_name, name_run_fwd
from brief.text.tokens import stop_words

#: Courtesy titles: no description of anybody ("Mr X" says nothing about X).
_HONORIFICS = frozenset(
    word_list("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lady lord")
)


#: Longest description kept for a speaker (longer appositions are clauses, not roles).
ROLE_WORDS = 12


def describe_before(tokens, i: int, first: int) -> str:
    """The role written before a name ("Acme founder", "Foreign Minister"), or ''."""
    words = [t.text for t in tokens[i:first] if t.kind == "w"]
    if not words or all(w.lower() in _HONORIFICS for w in words):
        return ""
    if len(words) == 1 and words[0].istitle():
        return words[0].lower()  # "President X" -> "X, president" ("CEO" stays)
    return " ".join(words)


def apposition_text(text: str, tokens, i: int) -> str:
    """An apposition as written, up to its closing comma or the end of the sentence
    ("the country's media and internet regulator"); '' for a clause or a long aside."""
    n = len(tokens)
    j = i
    while j < n and tokens[j].text not in (",", ";", ":", ".", "(", ")") and tokens[j].kind != "q":
        if tokens[j].low in ("who", "which", "where", "that", "when"):
            return ""
        j += 1
        if _title_stop(tokens, j):
            j += 1  # "an aide to Rep. Ann Keel": the title's full stop ends no apposition
    if j == i or j - i > ROLE_WORDS or (j < n and tokens[j].kind == "q"):
        return ""
    first = tokens[i]
    if first.text[:1].isupper() and first.low not in DETERMINERS:
        return ""  # "According to X, Y was ...": a clause, no description of X
    return " ".join(text[tokens[i].start : tokens[j - 1].end].split())


def _title_stop(tokens, j: int) -> bool:
    """The full stop at ``j`` closes an abbreviated title before a name ("Rep. Ann")."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j].text == "."
        and tokens[j - 1].low in PERSON_TITLES
        and is_name(tokens, j + 1)
    )


def lower_role_before(tokens, i: int) -> str:
    """Lower-case words of a role right before a name ("communications regulator X")."""
    j = i
    while j > 0 and i - j < 4:
        token = tokens[j - 1]
        if token.kind != "w" or not token.text.islower() or token.low in DETERMINERS:
            break
        if token.low in PREPOSITIONS or token.low in CLAUSE_WORDS or token.low in CUE_FORMS:
            break
        if token.low.endswith(("ed", "ing")):
            break  # a verb: "the agency quoted regulator X"
        j -= 1
    return " ".join(t.text for t in tokens[j:i])


#: Capitalised sentence openers that are no part of a role before a name ("Now fire chief X").
_NOT_ROLE_OPENERS = ADVERBS | DAYS | MONTHS | CLAUSE_WORDS | PREPOSITIONS | DETERMINERS


def opening_role_word(tokens, start: int, end: int, common: Callable[[str], bool]) -> str:
    """ "Fire chief X said": the word opening the sentence before a lower-case role
    (``start:end``) belongs to the role, in lower case when ``common`` says it is a common
    word ("fire chief"), else as written ("Acme founder"). '' when the role does not follow
    the sentence's first word, or that word is a time word, an adverb or a function word."""
    j = start - 1
    if j < 0 or not (j == 0 or tokens[j - 1].kind == "q" or tokens[j - 1].text in ":(-"):
        return ""
    word = tokens[j]
    if word.kind != "w" or not word.text[:1].isupper() or not word.text[1:].islower():
        return ""
    if word.low in _NOT_ROLE_OPENERS or word.low in stop_words():
        return ""
    if any(t.low in AUXILIARIES for t in tokens[start:end]):
        return ""  # "Fiat will meet car giant X": a clause, no role
    return word.low if common(word.low) else word.text


#: Possessive pronouns: "Its manager, X," shows no role a reader can place ("its" whose?).
_PRONOUN_OWNERS = frozenset(word_list("its his her their our my your"))
#: Person nouns that describe nobody ("the woman, X, said").
_BARE_PERSONS = frozenset(word_list("man woman person boy girl child men women people"))


def fronted_role(text: str, tokens, i: int, end: int) -> str:
    """ "The town's fire chief, Sam Lowe, said": a description opening the sentence, then
    the name between commas; the role as written, "the" in lower case ('' otherwise)."""
    if i < 3 or tokens[i - 1].text != "," or end >= len(tokens) or tokens[end].text != ",":
        return ""
    head = tokens[i - 2]
    if head.kind != "w" or not head.text.islower():
        return ""
    noun = head_noun(head)
    if noun in _BARE_PERSONS:
        return ""  # "The woman, Ann Keel, said": no role
    if noun not in PERSON_NOUNS and noun not in PERSON_TITLES and noun not in SPOKES_NOUNS:
        return ""
    first = 0
    while first < i - 2 and tokens[first].low in ADVERBS | DAYS | MONTHS:
        first += 1  # "Yesterday the town's fire chief, X,": the role starts after it
    words = tokens[first : i - 1]
    if words[0].low in _PRONOUN_OWNERS:
        return ""
    if len(words) > ROLE_WORDS or any(t.kind != "w" for t in words):
        return ""  # a clause or a list before the name, not one noun phrase
    if any(t.low in CLAUSE_WORDS or t.low in CUE_FORMS or t.low in AUXILIARIES for t in words):
        return ""
    role = " ".join(text[words[0].start : head.end].split())
    return role[0].lower() + role[1:] if words[0].low in DETERMINERS else role


#: Words inside a longer name ("Bank of England", "Lord of the Rings", "Marks & Spencer").
_NAME_JOINERS = frozenset(word_list("of for the and & de du von van on"))


def name_before_role(tokens, start: int) -> str:
    """ "said Acme founder X": the name run (up to three words) right before a lower-case
    role inside a sentence, as written; '' at the sentence's start (``opening_role_word``),
    for a time word, or for the end of a longer name."""
    j = start
    while j > 1 and start - j < 3:
        token = tokens[j - 1]
        if token.kind != "w" or not token.text[:1].isupper() or token.low in _NOT_ROLE_OPENERS:
            break
        j -= 1
    if j == start or (j == 1 and tokens[0].kind == "w"):
        return ""  # nothing, or a run from the sentence's first word
    before = tokens[j - 1]
    if before.low in _NAME_JOINERS or (before.kind == "w" and before.text[:1].isupper()):
        return ""  # "Bank of England governor X", a longer run: only a part of the name
    return " ".join(t.text for t in tokens[j:start])


def role_before(text: str, tokens, i: int) -> str:
    """The lower-case role right before the name at ``i`` with the name or the sentence's
    first word before it ("Fire chief X": "fire chief"; "said Acme founder X": "Acme
    founder")."""
    role = lower_role_before(tokens, i)
    if not role:
        return ""
    start = i - len(role.split())

    def common(low: str) -> bool:
        """A listed noun ("police") or a word the article writes in lower case somewhere;
        other words stay as written (a name, "Acme"; a nationality, "German")."""
        if low in ORG_NOUNS or low in PERSON_NOUNS:
            return True
        return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None

    before = opening_role_word(tokens, start, i, common) or name_before_role(tokens, start)
    return f"{before} {role}" if before else role


def last_two_words(tokens, i: int, end: int) -> int:
    """Start of the last two words of a run, initials between them kept ("John F. Kerry")."""
    count = 0
    j = end
    while j > i:
        j -= 1
        token = tokens[j]
        if token.kind == "w" and len(token.text) > 1:
            count += 1
            if count == 2:
                return j
    return i


def name_runs(tokens, a: int, b: int) -> list[tuple[int, int]]:
    """The runs of name words between ``a`` and ``b`` ("Acme" and "Ann Keel" in "an Acme
    spokeswoman, Ann Keel")."""
    runs = []
    i = a
    while i < b:
        if is_name(tokens, i):
            end = min(name_run_fwd(tokens, i, b), b)
            runs.append((i, end))
            i = end
        else:
            i += 1
    return runs


def titled_name(text: str, tokens, of: int, b: int) -> str:
    """ "Secretary of State X Y", "Minister of Finance X Y": a title, "of" and its
    department, then the person's name (its last two words)."""
    runs = name_runs(tokens, of + 1, b)
    if not runs or runs[-1][1] != b:
        return ""
    if (len(runs) > 1 or runs[0][0] > of + 2) and enabled("one titled run"):
        return ""  # "brother of X of the Y Herons": the title's name is X's relation, no Y
    start, end = runs[-1]
    words = [t for t in tokens[start:end] if t.kind == "w"]
    if len(words) < 3:
        return ""
    first = last_two_words(tokens, start, end)
    return " ".join(text[tokens[first].start : tokens[end - 1].end].split())


def opening_place(tokens, i: int, end: int) -> bool:
    """ "At a briefing in X, the mayor said": the name at ``i:end`` ends the phrase that
    opens the sentence; what follows its comma is the sentence's subject, no apposition."""
    return (
        enabled("opening place")
        and i > 0
        and tokens[i - 1].low in PREPOSITIONS
        and tokens[0].low in PREPOSITIONS
        and not any(t.text == "," for t in tokens[:end])
    )
