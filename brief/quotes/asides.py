"""Asides set between a subject and its verb.

* a source: "The mayor, according to two officials, rejected the offer on Monday";
* a relative clause of saying: "The study, which notes that fares rose, calls for ..."
  (the statement ends where the relative clause does, before the main verb).

The attribution is the source's account of what the subject did: the statement is the
predicate after the aside (its words, as annotators mark them) and the subject it leaves
behind is shown the editor's way when read: "Said that [the mayor] rejected the offer ...".
Without this, the predicate was read as an apposition of the source and lost.
"""

from __future__ import annotations

from brief.quotes.lexicon import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CUE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    word_list,
)
from brief.quotes.phrases import head_noun, np_back
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import DOCUMENT_NOUNS

#: Most words a subject before the aside may have ("The harbour board's new director").
SUBJECT_WORDS = 8
#: Most words a source may run on past its phrase before the closing comma ("a report by
#: the Island Gazette").
SOURCE_TAIL_WORDS = 8
_OPENERS = frozenset(word_list("but and yet so still"))


def aside_subject(tokens, i: int, end: int) -> tuple[tuple[int, int], int] | None:
    """For "according to" at ``i`` whose source phrase ends at ``end``: the subject's
    token range and the index of the comma closing the aside, when the sentence opens with
    a plain subject that names someone (a name, a noun for people or a body), then
    ", according to Y," then a verb of what the subject did ("rejected", "will").
    Otherwise None (the aside is read as before)."""
    n = len(tokens)
    if i < 2 or tokens[i - 1].text != ",":
        return None
    start = 1 if tokens[0].low in _OPENERS else 0
    subject = tokens[start : i - 1]
    if not 0 < len(subject) <= SUBJECT_WORDS or any(t.kind != "w" for t in subject):
        return None
    if not tokens[0].text[:1].isupper():
        return None  # a lower-case opening is no sentence's subject ("so far, ...")
    j = end
    while j < n and tokens[j].kind == "w" and j - end < SOURCE_TAIL_WORDS:
        j += 1
    if j >= n or tokens[j].text != ",":
        return None
    k = j + 1
    while k < n and tokens[k].low in ADVERBS:
        k += 1
    if k >= n:
        return None
    if copula(tokens, k):
        # "The new ferry, according to X, is too slow": X's account of what it is, the
        # subject and the predicate both X's words (two parts of one statement); after a
        # document ("according to the findings, ... are") a finding, no one's words
        if any(head_noun(t) in DOCUMENT_NOUNS for t in tokens[i + 2 : j]):
            return None
        return ((start, i - 1), j) if enabled("according copula") else None
    if not _finite_verb(tokens[k]) or np_back(tokens, i - 2, start) != start:
        return None  # "The total, according to a poll, rose": no one's act
    return (start, i - 1), j


def copula(tokens, k: int) -> bool:
    """A form of "be" opening a predicate ("is too slow", "are fearful"), not a passive
    of saying ("is said to", "was quoted")."""
    if tokens[k].kind != "w" or not tokens[k].text.islower() or tokens[k].low not in BE_FORMS:
        return False
    n = len(tokens)
    passive = k + 2 < n and tokens[k + 1].low in CUE_FORMS
    return not (passive and tokens[k + 2].low in ("to", "that", "as", "by"))


def _finite_verb(token) -> bool:
    """A word that carries a clause on from its subject: an auxiliary, a past tense, a
    verb of saying ("rejected", "will", "has", "told"). Not a form of "be": "X, according
    to Y, is Z" tells what X is, a finding ("Residents, according to the findings, are
    fearful"), which speaks for the findings' author, not for Y (the sixth round measured
    it: speaker accuracy lost)."""
    low = token.low
    if token.kind != "w" or not token.text.islower() or low in BE_FORMS:
        return False
    return low in AUXILIARIES or low in CUE_FORMS or (low.endswith("ed") and len(low) > 4)


def subject_reading(tokens, subject: tuple[int, int]) -> str:
    """The subject as it is shown inside a statement: "the mayor" (a determiner in lower
    case, since it no longer opens the sentence)."""
    words = [t.text for t in tokens[subject[0] : subject[1]]]
    if tokens[subject[0]].low in DETERMINERS:
        words[0] = words[0].lower()
    return " ".join(words)


_RELATIVE_PRONOUNS = frozenset(word_list("who which"))


def relative_end(tokens, speaker: tuple[int, int] | None, start: int, end: int) -> int:
    """Where the content of a relative clause of saying ends when its antecedent opens the
    sentence ("The study, which notes that fares rose by a third, calls for new boats"):
    at the comma before the main clause's verb. ``end`` otherwise (the content then runs
    to the next attribution or the sentence's end, as before)."""
    if speaker is None or not enabled("relative aside end"):
        return end
    a, b = speaker
    if b + 1 >= len(tokens) or tokens[b].text != "," or tokens[b + 1].low not in _RELATIVE_PRONOUNS:
        return end
    if not (a == 0 or (a == 1 and tokens[0].low in _OPENERS)):
        return end  # "The union backed X, who says ...": the main verb came before
    for j in range(start + 1, end - 1):
        if tokens[j].text != ",":
            continue
        k = j + 1
        while k < end and tokens[k].low in ADVERBS:
            k += 1
        if k < end and _main_verb(tokens, k):
            return j
    return end


def _main_verb(tokens, k: int) -> bool:
    """The verb of a main clause after a relative clause: an auxiliary or a form of "be",
    a past tense, a verb of saying, or a present tense in -s before its object or
    preposition ("calls for", "puts the")."""
    token = tokens[k]
    if _finite_verb(token) or (token.kind == "w" and token.low in BE_FORMS):
        return True
    if token.kind != "w" or not token.text.islower() or not token.low.endswith("s"):
        return False
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return nxt in DETERMINERS or nxt in PREPOSITIONS or nxt in ("that", "to")
