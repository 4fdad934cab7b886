"""A one-word speaker that is only the last word of a longer name: the name as written.

"Pilots Without Frontiers announced ...", "40 Winks said ...", "the Department for Ferries
and Piers said ...": the name reader keeps the run's last word ("Frontiers", "Winks",
"Piers") when a capitalised function word, a number or an "and" stops it. When the article
never writes that word without the same word before it, the word names nothing on its own:
the speaker is the whole title-case name around the speaker phrase (rule "whole name"). A
title stays off ("President X", "Prime Minister X": X), as the name reader does it, even
where a word before the title would join ("Harbourside Health Care" stays "Care": "Health"
reads as a title).
"""

from __future__ import annotations

import re

from brief.quotes.rules import enabled
from brief.quotes.run_roles import role_word
from brief.quotes.speaker_words import NOT_NAMES, ORG_NOUNS, PERSON_TITLES

_WORD = re.compile(r"[\w'\u2019&.-]+")
#: Lower-case words that join the parts of an organisation's name ("Office for Ferries
#: and Piers", "Party of the Left"), only inside a name that has an organisation noun.
_JOINERS = frozenset(("of", "for", "and", "the", "on", "de"))
_DETERMINERS = frozenset(("the", "a", "an"))
#: How far before the speaker phrase a name it ends may begin (characters).
_REACH = 80


def whole_name(text: str, span: tuple[int, int], name: str) -> str:
    """The longer name ``name`` ends inside the speaker phrase at ``span``, or ``name``."""
    if " " in name or not name[:1].isupper() or not enabled("whole name"):
        return name
    lo = max(0, span[0] - _REACH)  # "Pilots Without Frontiers said": a phrase cut short
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, lo, span[1])]
    words = [
        (at, w.rstrip(".")) if w.endswith(".") and not _title(w) else (at, w) for at, w in words
    ]
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k][1] == name), None)
    if at is None or at == 0 or words[at][0] < span[0]:
        return name
    k = at
    while k > 0:
        word = words[k - 1][1]
        gap = text[words[k - 1][0] + len(word) : words[k][0]]
        if gap != " " or word.endswith(("'s", "\u2019s")):
            break  # a comma, a full stop, a line, an owner: the name does not run on
        joiner = word in _JOINERS or (word.lower() in NOT_NAMES and word[:1].isupper())
        if (joiner and k - 2 >= 0 and words[k - 2][1][:1].isupper()) or (
            not joiner and (word[:1].isupper() or word[:1].isdigit())
        ):
            k -= 1
        else:
            break
    while k < at and (words[k][1].lower() in _DETERMINERS or words[k][1].lower() in _JOINERS):
        k += 1
    while k < at and words[k][1].lower() in NOT_NAMES:
        k += 1  # "On Monday X": no part of a name
    while k < at and _title(words[k][1]):
        k += 1  # "President X", "Gen. X": a title is no part of the name
    if k == at or _title(words[at - 1][1]):
        return name  # "Prime Minister X": the name reader took the title off; so do we
    parts = [w for _, w in words[k : at + 1]]
    joined = any(w in _JOINERS for w in parts)
    if joined and not any(w.lower() in ORG_NOUNS for w in parts):
        return name  # "Tom Reed of Kent Valley": a person and a place, no one name
    before = words[at - 1][1]
    alone = re.compile(rf"(?<![\w'\u2019-])(?<!{re.escape(before)} ){re.escape(name)}(?![\w-])")
    if alone.search(text):
        return name  # the article writes the word alone too: it names something itself
    start, end = words[k][0], words[at][0] + len(name)
    return " ".join(text[start:end].split())


def _title(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in PERSON_TITLES or role_word(low)
