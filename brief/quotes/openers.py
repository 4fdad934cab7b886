"""Whether a statement's first word has its capital only because it opens the sentence.

"Fuel costs rose sharply, the mayor said" reads "Said that fuel costs rose sharply": the
capital was the sentence's, not a name's. A name keeps its capital wherever it stands, so a
word the article capitalises inside a sentence is taken for a name ("Russia", "Bush"), as
is a word in capitals ("I", "NATO"). Otherwise the word is common when the article also
writes it in lower case, in any form ("crop" for "Crops"), or when it is a stop word
("Most analysts ...", "Several ...").
A word before another capitalised one keeps its capital: it may open a name ("New
Zealand", "United Airlines").
"""

from __future__ import annotations

import re

from brief.text.tokens import stem, stop_words

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
#: What may stand before the first word of a sentence (after spaces): its capital says
#: nothing about the word.
_OPENERS = frozenset(".!?:;\"'\u201c\u201d\u2018\u2019([-\u2013\u2014*#\u2022>")


def _opens(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence, a line or a quotation."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _OPENERS


class Openers:
    """Reads one article's words around a statement's first word, when asked."""

    def __init__(self, text: str) -> None:
        self.text = text

    def common_opener(self, start: int) -> bool:
        """The statement at ``start`` opens its sentence with a common word written with a
        capital: shown in lower case after "Said that" (its span is unchanged)."""
        text = self.text
        first = _WORD.match(text, start)
        if first is None or not _opens(text, start):
            return False
        word = first.group()
        low = word.lower().replace("\u2019", "'")  # "It’s" as the stop word "it's"
        if not word[0].isupper() or not word[1:].islower():
            return False  # "I", "NATO", "O'Brien"
        after = _WORD.match(text, first.end() + 1)
        if after is not None and text[first.end()] == " " and after.group()[0].isupper():
            return False  # "New Zealand", "United Airlines": it may open a name
        common = low in stop_words()
        root = ""
        # only the words that begin alike: one pass of a simple pattern, stems for few
        alike = re.compile(rf"(?<![^\W_]){re.escape(word[:3])}[^\W_]*(?:['\u2019\-][^\W_]+)*", re.I)
        for match in alike.finditer(text):
            other = match.group()
            if other.lower().replace("\u2019", "'") == low and other[0].isupper():
                if not _opens(text, match.start()):
                    return False  # a name: the article capitalises it inside a sentence
            elif other.islower() and not common:
                root = root or stem(low)
                common = other.replace("\u2019", "'") == low or stem(other) == root
        return common
