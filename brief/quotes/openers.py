"""Whether a statement's first word has its capital only because it opens the sentence.

"Fuel costs rose sharply, the mayor said" reads "Said that fuel costs rose sharply": the
capital was the sentence's, not a name's. A word is lowered unless something says it is a
proper noun: the article capitalises it, or a form of it ("Kenya" for "Kenyan", "Trump"
for "Trump's"), inside a sentence; it is written in capitals ("I", "NATO", "O'Brien"); or
the next word is capitalised too (it may open a name: "New Zealand", "United Nations");
or it is a possessive with no article before it ("China's economy").
A stop word ("The", "Most") is common even when a title capitalises it ("The Hague" keeps
its capital by the last test). A one-off name opening its sentence with nothing else to
show for it ("Kody will ...") is lowered: without a dictionary there is no evidence, and
such names are rarer than one-off common words ("Mooring fees", "Secrecy", "Eventually").
"""

from __future__ import annotations

import re

from brief.quotes.lexicon import ADVERBS, AUXILIARIES, CUE_FORMS, NEGATIONS, word_list
from brief.text.tokens import stop_words

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
#: Where a word (or a part of a hyphenated one) starts with a letter that may be a capital
#: (not a-z: the regex passes over the common case in C), and the word from there.
_WORD_START = re.compile(r"(?<![^\W_])(?![a-z])[^\W\d_]")
_ALIKE = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
#: What may stand before the first word of a sentence (after spaces): its capital says
#: nothing about the word.
_OPENERS = frozenset(".!?:;\"'\u201c\u201d\u2018\u2019([-\u2013\u2014*#\u2022>")


def _opens(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence, a line or a quotation."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _OPENERS


#: Lower-case words after a sentence's first word that make it a clause's subject or a
#: name's verb, not the modifier of a noun ("Kody will", "Keel also said", "Brand told").
_NOT_NOUNS = (
    frozenset(word_list("who which that whose and or but of to in on at for with by from as"))
    | AUXILIARIES
    | ADVERBS
    | NEGATIONS
)


class Openers:
    """Reads one article's words around a statement's first word, when asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._inside: dict[str, set[str]] | None = None
        self._lower: set[str] | None = None

    def common_modifier(self, start: int, after: str) -> bool:
        """The one-word name run at ``start`` is a common word opening its sentence before
        a lower-case noun (``after``): "Recent harbour surveys", "Local press", "Certain
        ferry lines" name nobody (rule "common opener"). A verb after it ("Brand told",
        "Keel added", "Kody will") keeps it a name, as does the article capitalising the
        word inside a sentence ("Keel campaign aides", with "Ann Keel" elsewhere)."""
        low = after.lower()
        verb = low in CUE_FORMS or low in _NOT_NOUNS or low.endswith(("ed", "ly"))
        return not verb and after.isalpha() and after.islower() and self.common_opener(start)

    def common_opener(self, start: int) -> bool:
        """The statement at ``start`` opens its sentence with a common word written with a
        capital: shown in lower case after "Said that" (its span is unchanged)."""
        text = self.text
        first = _WORD.match(text, start)
        if first is None or not _opens(text, start):
            return False
        word = first.group()
        if not word[0].isupper() or not word[1:].islower():
            return False  # "I", "NATO", "O'Brien"
        after = _WORD.match(text, first.end() + 1)
        if after is not None and text[first.end()] == " " and after.group()[0].isupper():
            return False  # "New Zealand", "United Nations": it may open a name
        low = word.lower().replace("\u2019", "'")  # "It’s" as the stop word "it's"
        if low in stop_words():
            return True
        if low.endswith("'s"):
            return False  # "China's economy": an owner with no article before it is named
        base = _base(low)
        for other in self._capitalised().get(word[:3].lower(), ()):
            if _forms_of_one_word(other, base):
                return False  # a name: the article capitalises it inside a sentence
        return True

    def written_lower(self, start: int) -> bool:
        """The sentence-opening word at ``start`` is a common word the article also writes in
        lower case ("Crews walked off ..." with "the crews" elsewhere), and never with a
        capital inside a sentence (``common_opener``): no name, whatever follows it."""
        first = _WORD.match(self.text, start)
        if first is None or not self.common_opener(start):
            return False
        if self._lower is None:
            self._lower = {w for w in _ALIKE.findall(self.text) if w.islower()}
        return first.group().lower() in self._lower

    def _capitalised(self) -> dict[str, set[str]]:
        """The words the article capitalises inside a sentence, lowered, by their first
        three letters: found in one pass, once (asked for every sentence-opening name run,
        a scan of the text each time made long articles quadratic)."""
        if self._inside is None:
            self._inside = {}
            text = self.text
            for start in (m.start() for m in _WORD_START.finditer(text)):
                if text[start].isupper() and not _opens(text, start):
                    other = _ALIKE.match(text, start).group()  # type: ignore[union-attr]
                    key = other[:3].lower()
                    self._inside.setdefault(key, set()).add(
                        _base(other.lower().replace("\u2019", "'"))
                    )
        return self._inside


#: Letters a name may gain in another form of it, after a final vowel it may drop:
#: "Kenya" -> "Kenyan", "Italy" -> "Italian", "Japan" -> "Japanese", "Republican" ->
#: "Republicans" ("Britain" -> "British" is not caught).
_FORM_SUFFIX = 3
#: The shortest word a longer form is compared on ("Ann" is not a form of "Annual").
_FORM_STEM = 4


def _base(low: str) -> str:
    """A lower-case word without its possessive ("trump's" -> "trump")."""
    return low[:-2] if low.endswith("'s") else low.rstrip("'")


def _forms_of_one_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if len(short) < _FORM_STEM or len(long) - len(short) > _FORM_SUFFIX:
        return False
    return long.startswith(short[:-1] if short[-1] in "aeiouy" else short)
