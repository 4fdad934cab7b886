"""Figure phrases: a number with the unit it counts ("at least six weeks", "a 12-mile
road", "$4 million"), the most specific words two outlets share when they report one
statement in their own words.

A phrase is (number, unit stem): the number in digits ("six" and "6" are one number) and
the content stem of the word that follows it, or of the word joined to it by a hyphen
("12-mile", "six-week"). A number with no unit after it ("one of them", "in 2004.") gives
no phrase: a bare number says too little to tie two wordings together; nor does a year
("the 2000 census" is a date, not a count), nor a number before a capitalised word (a
name: "the Three Gorges dam", "32 Daytime Emmys").
"""

from __future__ import annotations

import re

from brief.text.tokens import content_stems

_TOKEN = re.compile(r"[^\W_]+(?:[',.\u2019\-][^\W_]+)*")
"""A word, or a number with its separators ("3,500", "4.5"), or a hyphened figure."""
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_NUMBER_VALUES = {
    word: str(value)
    for value, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty")
    )
}  # fmt: skip
_NUMBER_VALUES.update(
    {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
     "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12"}
)  # fmt: skip


def _number(word: str) -> str:
    """The number ``word`` writes, in digits without separators, or ""."""
    if _DIGITS.fullmatch(word):
        if _YEAR.fullmatch(word):
            return ""  # a date, not a count
        return word.replace(",", "")
    return _NUMBER_VALUES.get(word, "")


def _unit(word: str) -> str:
    """The content stem of a unit word ("weeks" -> "week"), or "" for a number, a stop word
    or a word written with a capital (a name: "Three Gorges", "32 Daytime Emmys")."""
    if not word.isalpha() or not word.islower() or _number(word):
        return ""
    stems = content_stems(word)
    return stems[0] if stems else ""


def figure_phrases(text: str) -> frozenset[tuple[str, str]]:
    """(number, unit stem) of every number in ``text`` followed by the unit it counts."""
    # the apostrophes replaced before the split: both join words alike, so the same tokens
    words = _TOKEN.findall(text.replace("\u2019", "'"))
    phrases = set()
    for k, word in enumerate(words):
        head, _, tail = word.partition("-")
        low = head.lower()
        # ``_number`` answers "" unless the word is a number word or starts with a digit:
        # most words are neither, and are passed over without its regular expressions
        if low not in _NUMBER_VALUES and not low[:1].isdecimal():
            continue
        number = _number(low)
        if not number:
            continue
        unit = _unit(tail) if tail else (_unit(words[k + 1]) if k + 1 < len(words) else "")
        if unit:
            phrases.add((number, unit))
    return frozenset(phrases)


_SENTENCE_END = frozenset('.!?:;"\u201c\u201d')


def names(text: str) -> frozenset[str]:
    """The lowercased words of ``text`` written with a capital that do not open a sentence
    (or the text) and are no stop word: the names it mentions ("Rosa", "Pell")."""
    found = set()
    end = -1  # where the previous word ended; -1 before the first
    for match in _TOKEN.finditer(text):
        word = match.group()
        # whether the word opens a sentence is asked only of a capitalised word
        if (
            word[:1].isupper()
            and end >= 0
            and _SENTENCE_END.isdisjoint(text[end : match.start()])
            and content_stems(word)
        ):
            found.add(word.lower())
        end = match.end()
    return frozenset(found)
