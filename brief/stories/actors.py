"""Who did what: a story whose reports name two different actors of their lead is two events.

Two incidents of one kind among the same people (two clubs' offers to one player, a rule
and its repeal by the next government) share every word and name; what differs is who acted.
A report states it in its first sentence: the subject of the main verb ("The Harbour Town
council has approved ...", "Mayor Lind revoked ..."). Without a parser the subject is read
by a rule: the first name in the first body sentence that is not governed by a preposition
and is followed by a finite verb (an auxiliary, or a word ending in -ed or -s), possibly after
one role noun ("the Lind administration has ..."). A reporting frame is skipped ("X reported
that Y offered ...": Y acted), so the outlet is not the actor; a passive gives no actor ("Fenn
was sacked": the one acted upon); two names joined by "and" act together.

A story is cut when two actors each lead ``least`` or more of its reports (and a quarter of
those whose actor is read): one protagonist leads most reports of one event, and a second
side of the same event (the defence, the rival) is rarely the subject of as many leads.
A member whose lead has no actor of its own but names one of the two joins that actor's side
("Though the Harbour council still hopes ..."); the others join the side they are most like
(on the split's similarity). Measured on every labelled pile (docs/decisions.md, issue 13,
eighth and tenth rounds).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

_NAME = r"[A-Z][\w'\-]*(?:\.?\s(?:of\s)?[A-Z][\w'\-]*)*"
_CANDIDATE = re.compile(rf"(?<![\w'\u2019])({_NAME})(?:['\u2019]s?)?")
_WHEN = re.compile(
    r"(?:\s*,)?\s+(?:today|yesterday|tonight|now|also|again|(?:on|last|this)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|week|month))\b,?",
    re.IGNORECASE,
)
"""A time between a name and its verb ("the Lind administration on Tuesday scrapped")."""
_AND = re.compile(r"\s+and\s+")
_LOWER_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_WORD = re.compile(r"\s+([\w'\-]+)")
_APPOSED = re.compile(rf"\s+{_NAME}(?:\s+and\s+{_NAME})?\s+([a-z]+)")
"""After a plural noun, the name it introduces and the word after ("sprinters Ana Vey and
Ugo Lenz have": "have" makes "sprinters" a noun in apposition, not the verb)."""
_REPORTED = re.compile(
    r"\b(?:reported|reports|reporting|said|says|confirmed)\b[^.;:]{0,40}?\bthat\s"
)
"""A reporting frame ("X reported on Monday that ..."): the actor is in the clause after it."""
_AUXILIARIES = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "may",
        "might",
        "did",
        "do",
        "does",
        "said",
        "says",
        "made",
        "makes",
        "took",
        "gave",
        "won",
        "lost",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "of",
        "to",
        "from",
        "in",
        "at",
        "by",
        "with",
        "for",
        "on",
        "into",
        "about",
        "than",
        "over",
        "after",
        "before",
        "between",
        "against",
    ]
)
_OPENERS = _PREPOSITIONS - {"of"}
"""Capitalised at a sentence's start ("For weeks now, ..."), never a name's own word; "of"
stays, it links a name's parts ("Bank of Varnoa")."""
_ROLES = frozenset(
    [
        "administration",
        "government",
        "officials",
        "police",
        "team",
        "club",
        "company",
        "ministry",
        "council",
    ]
)
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "according",
        "with",
        "just",
        "after",
        "it",
        "this",
        "that",
        "when",
        "report",
        "reports",
        "sources",
        "here",
        "there",
    ]
)


def _acts(text: str, at: int) -> bool:
    """Whether the words of ``text`` from ``at`` (just after a name) start with its verb: an
    auxiliary, or a word in -ed or -s that is no noun in apposition to a name ("Varn
    fishermen Ana Vey and Ugo Lenz have ...")."""
    when = _WHEN.match(text, at)
    if when:
        at = when.end()
    match = _WORD.match(text, at)
    if match and (match.group(1) in _ROLES or match.group(1).endswith("ly")):
        when = _WHEN.match(text, match.end())
        match = _WORD.match(text, when.end() if when else match.end())
    if not match or not match.group(1).isalpha() or not match.group(1).islower():
        return False
    word = match.group(1)
    if word in _AUXILIARIES:
        return not _passive(word, text, match.end())
    if len(word) <= 3 or not (
        word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    ):
        return False
    apposed = _APPOSED.match(text, match.end())
    following = _WORD.match(text, match.end())
    if following and following.group(1) in _AUXILIARIES:
        return False  # "Varn fishermen have": a noun
    return not (apposed and (apposed.group(1) in _AUXILIARIES or apposed.group(1).endswith("ed")))


def _passive(auxiliary: str, text: str, at: int) -> bool:
    """After a form of "be" (or "has been"), a participle makes the name the one acted upon
    ("Dario Fenn was sacked by the club": the club acted)."""
    match = _WORD.match(text, at)
    if auxiliary in ("has", "have", "had"):
        if not match or match.group(1) != "been":
            return False
        match = _WORD.match(text, match.end())
    elif auxiliary not in ("is", "are", "was", "were"):
        return False
    elif match and match.group(1) == "being":
        match = _WORD.match(text, match.end())
    return bool(match) and match.group(1).endswith(("ed", "en"))  # type: ignore[union-attr]


def _head(name: str) -> str | None:
    """A name's head word, lower case: its last word, or the word before "of" ("Bank of
    Varnoa": the bank); None when the run holds only sentence openers ("The", "For")."""
    words = [w for w in name.split() if w.lower() not in _NOT_NAMES | _OPENERS]
    if not words:
        return None
    return " ".join(words).split(" of ")[0].split()[-1].lower().rstrip(".")


def lead_actor(first_sentence: str) -> str | None:
    """The head word (lower case) of the name that acts in ``first_sentence``, or None.

    Two names joined by "and" before the verb act together: ``"fenn & lind"``."""
    reported = _REPORTED.search(first_sentence)
    text = first_sentence[reported.end() :] if reported else first_sentence
    partner: tuple[int, str] | None = None  # a name just before "and", and where "and" ends
    for match in _CANDIDATE.finditer(text):
        before = text[: match.start()].split()[-1:]
        head = _head(match.group(1))
        if head is None or (before and before[0].lower() in _PREPOSITIONS):
            partner = None
            continue
        joined = partner is not None and partner[0] == match.start()
        if _acts(text, match.end()):
            return " & ".join(sorted({partner[1], head})) if joined else head  # type: ignore[index]
        gap = _AND.match(text, match.end())
        partner = (gap.end(), head) if gap else None
    return None


def split_by_actors(
    groups: list[list[int]],
    leads: Sequence[Sequence[str]],
    terms: csr_matrix,
    entities: csr_matrix,
    *,
    entity_weight: float,
    least: int,
    share: float = 0.25,
) -> list[list[int]]:
    """``groups`` with every story led by two actors cut into their two events.

    ``leads`` holds each item's first body sentences; they are read only in stories large
    enough to be cut (``2 * least``), so a pile of small stories costs nothing here."""
    out: list[list[int]] = []
    for group in groups:
        if len(group) < 2 * least:
            out.append(group)
            continue
        actors = {i: lead_actor(leads[i][0]) if leads[i] else None for i in group}
        counts = Counter(actor for actor in actors.values() if actor is not None)
        read = sum(counts.values())
        top = [a for a, n in counts.most_common(2) if n >= least and n >= share * read]
        if len(top) < 2:
            out.append(group)
            continue
        for i in group:
            if actors[i] is None and leads[i]:
                actors[i] = _named(leads[i][0], top)
        out.extend(_cut(group, actors, top, terms, entities, entity_weight))
    return out


def _named(first_sentence: str, top: list[str]) -> str | None:
    """The one of the two actors a lead with no actor of its own names, if it names one
    ("Though the Harbour council still hopes ...": the council's side)."""
    words = set(_LOWER_WORD.findall(first_sentence.lower()))
    named = [actor for actor in top if actor in words]
    return named[0] if len(named) == 1 else None


def _cut(
    group: list[int],
    actors: dict[int, str | None],
    top: list[str],
    terms: csr_matrix,
    entities: csr_matrix,
    entity_weight: float,
) -> list[list[int]]:
    """The two actors' reports, the rest joining the side they are most like on average."""
    import numpy as np

    rows = np.asarray(group)
    words, people = terms[rows], entities[rows]
    similar = (words @ words.T).toarray() + entity_weight * (people @ people.T).toarray()
    one = [k for k, i in enumerate(group) if actors[i] == top[0]]
    two = [k for k, i in enumerate(group) if actors[i] == top[1]]
    sides = ([*one], [*two])
    for k, item in enumerate(group):
        if actors[item] not in top:
            closer = similar[k, one].mean() >= similar[k, two].mean()
            sides[0 if closer else 1].append(k)
    return [sorted(group[k] for k in side) for side in sides]
