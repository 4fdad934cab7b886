"""Which articles carry each chosen fact, and the order the summary tells the facts in.

An article *carries* a chosen unit when one of its units has a cosine of at least ``SUPPORT``
with it, on stem vectors weighted by a smoothed idf (``vectors.similarity_vectors``). The
threshold was set on ``tests/data/same_fact.json`` (invented stories told by three outlets,
26 same-fact pairs among 264 cross-article pairs, same names everywhere): at 0.3 every pair
found is a true one and 85 % of them are found; 0.2 finds no more and lets false ones in
(table in ``docs/decisions.md``, check in ``tests/test_summary_support.py``).

The other article's unit must also hold a word the summary sentence writes in lower case
(``holds_plain_word``): names say who and where, the rest says what, and an article is credited
only with what the summary sentence says. Two sentences naming the same people can reach the
threshold on the names alone while telling different things (a speaker's two statements, an
official's trip and his warning). The lower-case word must be the summary sentence's: a title
it capitalises before a name ("Harbour Board Chairman ...") is part of the name even where the
other outlet writes it in lower case ("..., the harbour board chairman, said"). A sentence's
opening word, capitalised by its place, counts when the next word is in lower case and the
other unit writes it in lower case too ("Assistant coach ..." and "his assistant").

Order: facts are told in the order their own articles tell them, by the unit's position among
the body sentences of its article (what an outlet leads with comes first, background last);
among facts told equally early, the one carried by more articles comes first, then the one
whose carrying sources are dated earlier, then set order. The source's own position is used
rather than the carriers' because a carrier found by word overlap can sit anywhere in its
article (a background paragraph repeating the lead's words would pull a late fact forward).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from brief.summary.units import Unit
from brief.text.tokens import WORD, content_stems

SUPPORT = 0.3
"""tf-idf cosine at or above which another article's unit carries the same information."""


@dataclass(frozen=True, slots=True)
class Carried:
    unit: int
    sources: tuple[str, ...]
    """Article ids carrying the unit, its own article first, then set order."""


def carriers(units: Sequence[Unit], tfidf: Any, chosen: Sequence[int]) -> list[Carried]:
    """Every article carrying each chosen unit (similarity >= ``SUPPORT``)."""
    if not chosen:
        return []
    order: dict[str, int] = {}
    for unit in units:
        order.setdefault(unit.article, len(order))
    if len(order) == 1:  # one article: no other can carry anything
        return [Carried(unit=index, sources=(units[index].article,)) for index in chosen]
    found = _carrying_rows(tfidf, chosen)
    stems: dict[int, tuple[set[str], set[str]]] = {}

    def stems_of(row: int) -> tuple[set[str], set[str]]:
        if row not in stems:
            stems[row] = word_stems(units[row].text)
        return stems[row]

    out = []
    for column, index in enumerate(chosen):
        own = units[index]
        # the words a summary sentence says are read only when another article's unit is
        # close enough to be asked about them (most chosen units have none)
        close = [row for row in found[column] if units[row].article != own.article]
        carrying: set[str] = set()
        if close:
            says = summary_words(own.text)
            carrying = {
                units[row].article for row in close if holds_plain_word(says, stems_of(row))
            }
        others = sorted(carrying, key=order.__getitem__)
        out.append(Carried(unit=index, sources=(own.article, *others)))
    return out


def word_stems(text: str) -> tuple[set[str], set[str]]:
    """Content stems of ``text``: all of them, and those of words written in lower case."""
    every: set[str] = set()
    plain: set[str] = set()
    for word in WORD.findall(text):
        found = content_stems(word)
        every.update(found)
        if not word[0].isupper():
            plain.update(found)
    return every, plain


def summary_words(text: str) -> tuple[set[str], set[str]]:
    """What a summary sentence says: the stems of its words written in lower case, and those
    of its sentences' capitalised opening words followed by a word in lower case."""
    plain: set[str] = set()
    opening: set[str] = set()
    words = list(WORD.finditer(text))
    for number, match in enumerate(words):
        word = match.group()
        if not word[0].isupper():
            plain.update(content_stems(word))
        elif (
            number + 1 < len(words)
            and not words[number + 1].group()[0].isupper()
            and _opens_sentence(text, match.start())
        ):
            opening.update(content_stems(word))
    return plain, opening


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: only spaces and quotation marks, after
    the text's start or a sentence's end, come before it."""
    before = text[:start].rstrip(_QUOTES_AND_SPACE)
    return not before or before[-1] in ".?!"


_QUOTES_AND_SPACE = " \t\n\"'`(\u201c\u201d\u2018\u2019"


def holds_plain_word(says: tuple[set[str], set[str]], other: tuple[set[str], set[str]]) -> bool:
    """Whether another unit (its ``word_stems``) holds a word of a summary sentence's
    ``summary_words``: one the sentence writes in lower case, or its opening word written in
    lower case by the other unit."""
    plain, opening = says
    return bool(plain & other[0] or opening & other[1])


def _carrying_rows(tfidf: Any, chosen: Sequence[int]) -> list[list[int]]:
    """Per chosen unit, the rows whose similarity with it reaches ``SUPPORT``: the entries of
    ``tfidf @ tfidf[chosen].T`` that do, summed as scipy sums them (``row_products``)."""
    import numpy as np

    from brief.summary.sparse_ops import row_products

    sums = row_products(tfidf, list(chosen))
    if sums is not None:
        return [np.flatnonzero(sums[:, c] >= SUPPORT - 1e-9).tolist() for c in range(len(chosen))]
    similarity = (tfidf @ tfidf[list(chosen)].T).tocsc()
    out = []
    for column in range(len(chosen)):
        start, end = similarity.indptr[column], similarity.indptr[column + 1]
        rows, values = similarity.indices[start:end], similarity.data[start:end]
        out.append(rows[values >= SUPPORT - 1e-9].tolist())
    return out


def reading_order(
    carried: Sequence[Carried], units: Sequence[Unit], dates: dict[str, str]
) -> list[Carried]:
    """Facts by their position in their own article, widely carried and earlier first."""
    order: dict[str, int] = {}
    for unit in units:
        order.setdefault(unit.article, len(order))

    def key(item: Carried) -> tuple[int, int, str, int, int]:
        unit = units[item.unit]
        dated = [dates[s] for s in item.sources if dates.get(s)]
        earliest = min(dated) if dated else "\uffff"
        return (unit.position, -len(item.sources), earliest, order[unit.article], unit.index)

    return sorted(carried, key=key)
