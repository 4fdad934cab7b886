"""A sentence read as tokens and named entities, with the clause structure the rules need.

Named entities are runs of capitalised words; a capitalised word opening a sentence counts
only if the article set also capitalises it elsewhere (so "Despite" is not an entity).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from brief.discrepancies.vocabulary import (
    ADJECTIVE,
    CLAUSE_PUNCTUATION,
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    MONTHS_AND_DAYS,
    PREPOSITIONS,
    plural,
)

_WORD = re.compile(r"[^\W_]+(?:[.\-&][^\W_]+)*")
"""A word without its possessive ending (for counting how the set capitalises it)."""
TOKEN = re.compile(r"[^\W_]+(?:[.\-&'’][^\W_]+)*['’]?|[^\w\s]")


class Token(NamedTuple):
    """A word or a punctuation mark (a tuple: made for every word of a sentence read, it
    must be cheap to make)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        text = self.text
        for ending in ("'s", "’s", "'", "’"):
            if text.endswith(ending) and len(text) > len(ending):
                return text[: -len(ending)]
        return text

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("'s", "’s", "s'", "s’"))


@dataclass(frozen=True, slots=True)
class Entity:
    display: str
    key: str
    first: int
    last: int
    """Token indices (inclusive) of the entity in its sentence."""
    possessive: bool


def tokenize(text: str) -> list[Token]:
    """``Token(m.group(), m.start(), m.end())`` for each match of ``TOKEN``, but twice as fast
    (no match objects): between two tokens there is only whitespace and ``_``, which no token
    holds, so each token starts where it is first found after the one before."""
    new, find = tuple.__new__, text.find
    tokens = []
    end = 0
    for word in TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        tokens.append(new(Token, (word, start, end)))
    return tokens


class ProperNames:
    """Which capitalised words are names, learnt from the whole article set."""

    def __init__(self, sentences: Iterable[str]) -> None:
        # Count each written form once, then by its lower case: the same counts as counting
        # every word's lower case, for a fraction of the calls.
        written: Counter[str] = Counter()
        openers: Counter[str] = Counter()
        findall = _WORD.findall
        for text in sentences:
            words = findall(text)
            if words:
                written.update(words)
                openers[words[0]] += 1
        capitalised: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        for word, n in written.items():
            if word[:1].islower():
                lower[word.lower()] += n
            elif word[:1].isupper() and n > openers[word]:
                capitalised[word.lower()] += n - openers[word]  # not as a sentence's opener
        self._names = frozenset(w for w, n in capitalised.items() if n > lower[w])
        self._lower = frozenset(lower)
        self._read: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        """``name_word`` by token text, inside a sentence and opening one."""

    def name_word(self, token: Token, sentence_start: bool) -> bool:
        """Is the token a word that is a name? (``is_name``, remembered by text.)"""
        read = self._read[sentence_start]
        text = token.text
        known = read.get(text)
        if known is None:
            known = read[text] = token.is_word and self.is_name(token, sentence_start)
        return known

    def is_name(self, token: Token, sentence_start: bool) -> bool:
        word = token.bare
        if not word[:1].isupper() or word.lower() in MONTHS_AND_DAYS:
            return False
        mixed_case = any(c.isupper() for c in word[1:]) and not word.isupper()
        if mixed_case or (len(word) > 1 and word.isupper()):
            return word.lower() not in FUNCTION_WORDS
        lower = word.lower()
        if lower in FUNCTION_WORDS:
            return False
        if not sentence_start or lower in self._names:
            return True
        # Only ever seen opening a sentence: a name unless it is a common word (a stop
        # word, an adverb, a plural like "Officials") or appears in lower case elsewhere.
        from brief.text.tokens import stop_words

        return (
            lower not in self._lower
            and lower not in stop_words()
            and not lower.endswith("ly")
            and not plural(lower)
        )


def entities(tokens: Sequence[Token], names: ProperNames) -> list[Entity]:
    """Runs of name words (joined by ``of``/``&`` between names), with possessive flags."""
    found: list[Entity] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        starts_clause = i == 0 or tokens[i - 1].text in '“"‘(:'
        if not names.name_word(token, starts_clause):
            i += 1
            continue
        j = i
        while not tokens[j].possessive and j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if names.name_word(nxt, False):
                j += 1
            elif (
                nxt.lower in ("of", "&")
                and j + 2 < len(tokens)
                and names.name_word(tokens[j + 2], False)
            ):
                j += 2
            else:
                break
        words = [t.text for t in tokens[i : j + 1]]
        words[-1] = tokens[j].bare
        display = " ".join(words)
        if tokens[i].lower in ("the",):
            display = display.split(" ", 1)[-1]
        found.append(Entity(display, display.lower(), i, j, tokens[j].possessive))
        i = j + 1
    return found


@dataclass(slots=True)
class SentenceView:
    """One sentence with its tokens and entities, and the sentences before it."""

    text: str
    tokens: list[Token]
    entities: list[Entity]
    earlier: Callable[[], list[SentenceView]] = list
    """Reads the earlier sentences of the same paragraph, nearest first (at most two): only
    a pronoun needs them, so they are read when asked for."""

    @property
    def previous(self) -> list[SentenceView]:
        return self.earlier()

    def entity_at(self, index: int) -> Entity | None:
        for entity in self.entities:
            if entity.first <= index <= entity.last:
                return entity
        return None

    def governed(self, entity: Entity) -> bool:
        """Is the entity the object of a preposition (``in Russia``, ``according to X``)?"""
        before = entity.first - 1
        while before >= 0 and self.tokens[before].lower in ("the", "a", "an"):
            before -= 1
        # "in downtown X", "at the state-run X": up to two lower-case words between
        for _ in range(2):
            token = self.tokens[before] if before >= 0 else None
            if token is None or token.lower in PREPOSITIONS:
                break
            if not token.is_word or not token.text[:1].islower() or token.lower in FUNCTION_WORDS:
                break
            before -= 1
        return before >= 0 and self.tokens[before].lower in PREPOSITIONS

    def clause_start(self, index: int) -> int:
        """Index of the first token of the clause holding token ``index``."""
        i = index - 1
        while i >= 0:
            token = self.tokens[i]
            if token.text in CLAUSE_PUNCTUATION or token.lower in CLAUSE_WORDS:
                return i + 1
            i -= 1
        return 0

    def subject(self, before: int) -> Entity | None:
        """The first entity not governed by a preposition, before token ``before``."""
        for entity in self.entities:
            if entity.first >= before:
                return None
            if not self.governed(entity) and not ADJECTIVE.match(entity.display):
                return entity
        return None

    def last_entity(self, before: int, stop: int = 0) -> Entity | None:
        """The nearest ungoverned entity ending before token ``before`` (back to ``stop``)."""
        for entity in reversed(self.entities):
            if entity.last < before and entity.first >= stop and not self.governed(entity):
                return entity
        return None
