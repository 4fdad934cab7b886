"""What one article brings to story grouping: weighted words, names, dates, length."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import islice

from brief.model import Article
from brief.stories.facts import lead_magnitude
from brief.text.dates import article_day
from brief.text.tokens import WORD, stem, stop_words

_NAME_WORD = r"[A-Z][^\W_]*(?:['\u2019.\-][^\W_]+)*"
"""A capitalised word, with inner apostrophes, dots or hyphens as in ``brief.text.tokens``."""
_RUN = re.compile(rf"(?<![\w'\u2019.\-]){_NAME_WORD}(?: +{_NAME_WORD})*")
_CAPITAL_START = re.compile(r"(?<![\w'\u2019.\-])[A-Z]")
_TEXT_ROLES = ("body", "headline", "subheading")
_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "today",
        "yesterday",
    ]
)
"""Capitalised, but names of days: they say when, never who or where."""


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """The signals of one article, computed once; the pair score reads only these."""

    id: str
    terms: Counter[str]
    """Stems of content words (title and body) with their counts."""
    entities: Counter[str]
    """Capitalised names as written inside sentences, lower-cased (``lohan``, ``betty ford``)."""
    day: date | None
    """The publication day when the article states it (metadata or dateline)."""
    length: int
    """Content words in the article: what the pair threshold scales with."""
    magnitude: float | None
    """The quake magnitude its lead states, if any (``brief.stories.facts``)."""
    lead: tuple[str, ...]
    """Its first body sentence: who acts there (``brief.stories.actors``)."""


def _body_text(article: Article) -> tuple[list[str], list[str]]:
    """The article's texts for terms (its title and text sentences, or its whole text), and
    its body sentences for names (a list of some of the same strings)."""
    sentences = [s for s in article.sentences if s.role in _TEXT_ROLES]
    if not sentences:
        return [article.text], [article.text]
    body = [s.text for s in sentences if s.role == "body"] or [s.text for s in sentences]
    head = article.title if article.title not in (article.id, article.path) else ""
    return [head, *(s.text for s in sentences)], body


def _entities(
    sentences: list[str], stops: frozenset[str], words: dict[str, list[str]]
) -> Counter[str]:
    """Runs of capitalised words inside sentences; the first word counts only when it is
    capitalised elsewhere in the article too (``The`` opening a sentence is not a name).
    ``words``: each sentence's ``WORD`` matches, by its text."""
    runs: list[tuple[bool, list[str]]] = []
    inside: set[str] = set()
    for sentence in sentences:
        capitals = len(_CAPITAL_START.findall(sentence))
        if capitals > 0.6 * max(len(words[sentence]), 1):
            continue  # a title-case or all-caps line: capitals say nothing there
        for match in _RUN.finditer(sentence):
            at_start = not any(c.isalnum() for c in sentence[: match.start()])
            run: list[str] = []
            for position, token in enumerate(match.group().split()):
                lower = token.lower().replace("\u2019", "'").removesuffix("'s")
                if lower in stops or lower in _CALENDAR or token.isupper():
                    if run:
                        runs.append((at_start, run))
                    run, at_start = [], False
                    continue
                run.append(lower)
                if position or not at_start:
                    inside.add(lower)
            if run:
                runs.append((at_start, run))
    found: Counter[str] = Counter()
    for first, run in runs:
        if first and run[0] not in inside:
            run = run[1:]
        for word in run:
            found[word] += 1
        if len(run) > 1:
            found[" ".join(run)] += 1
    return found


def features_of(article: Article) -> ArticleFeatures:
    """Compute the grouping signals of one article."""
    texts, body = _body_text(article)
    stops = stop_words()
    lead = tuple(islice((s.text for s in article.sentences if s.role == "body"), 1))
    # each text tokenized once, for the terms and for the names' title-case test: the
    # tokens of the texts joined by spaces are those of each text in turn (no word holds
    # a space), so the terms are those of the joined text
    find = WORD.findall
    words = {text: find(text) for text in texts}
    known = _TERMS
    stems: list[str] = []
    for text in texts:
        for word in words[text]:
            found = known.get(word)
            if found is None:
                found = _term(word, stops)
            if found is not _NO_TERM:
                stems.append(found)
    terms = Counter(stems)
    return ArticleFeatures(
        id=article.id,
        terms=terms,
        entities=_entities(body, stops, words),
        day=article_day(article.date, article.text),
        length=sum(terms.values()),
        magnitude=lead_magnitude(article.text),
        lead=lead,
    )


_NO_TERM = "\x00"  # never a stem: no word holds a NUL
_TERMS: dict[str, str] = {}
"""A word as written -> the stem it adds to the terms, or ``_NO_TERM`` (a stop word, a
single character, not all letters): worked out once per distinct word (cleared when big)."""
_TERMS_MAX = 200_000


def _term(word: str, stops: frozenset[str]) -> str:
    if len(_TERMS) >= _TERMS_MAX:
        _TERMS.clear()
    low = word.lower().replace("\u2019", "'")
    found = stem(low) if low not in stops and len(low) > 1 and low.isalpha() else _NO_TERM
    _TERMS[word] = found
    return found
