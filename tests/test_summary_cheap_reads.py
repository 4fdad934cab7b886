"""Readings of a summary's units that skip what cannot change their answer (issue 13,
twenty-third round): each gives what the full reading gives, compared here with the old
form on invented inputs, and the skipped work is really skipped."""

from __future__ import annotations

import random
import re
from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix

import brief.summary.attribution as attribution
import brief.text.figures as figures
from brief.summary.attribution import Carried, carriers, holds_plain_word, word_stems
from brief.summary.units import Unit
from brief.text.tokens import content_stems

# --- figure phrases and names: the same sets, fewer steps ------------------------------------

_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def _old_figure_phrases(text: str) -> frozenset[tuple[str, str]]:
    """``figure_phrases`` as it read before: every word's number asked of ``_number``."""
    words = [w.replace("\u2019", "'") for w in figures._TOKEN.findall(text)]
    phrases = set()
    for k, word in enumerate(words):
        head, _, tail = word.partition("-")
        number = figures._number(head.lower())
        if not number:
            continue
        unit = (
            figures._unit(tail)
            if tail
            else (figures._unit(words[k + 1]) if k + 1 < len(words) else "")
        )
        if unit:
            phrases.add((number, unit))
    return frozenset(phrases)


def _old_names(text: str) -> frozenset[str]:
    """``names`` as it read before: the gap before every word looked at."""
    found = set()
    end = -1
    for match in figures._TOKEN.finditer(text):
        word = match.group()
        opens = end < 0 or bool(figures._SENTENCE_END & set(text[end : match.start()]))
        if word[:1].isupper() and not opens and content_stems(word):
            found.add(word.lower())
        end = match.end()
    return frozenset(found)


PIECES = [
    "six", "Six", "SIX", "six-week", "Six-Week", "twelve", "dozen", "Hundred", "one", "one's",
    "4", "12", "2,500", "3.5", "1998", "2004", "12-mile", "٣", "٣٤", "²", "½", "x4", "A380",
    "weeks", "miles", "Weeks", "the", "ferry", "Brannagh", "Quellport", "pier", "days", "'s",
    "\u2019", "-", ".", ",", "?", "!", ";", ":", '"', "\u201c", "\u201d", " ", "  ", "\n",
    "_", "_six", "six_", "İ", "ſix", "K", "e-mail", "U.S.", "mid-2020", "four\u2019s", "\u00a0",
]  # fmt: skip


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        pieces = [rng.choice(PIECES) for _ in range(rng.randint(0, 24))]
        out.append("".join(p + rng.choice(["", " ", " ", ". ", ", ", "-"]) for p in pieces))
    return out


def test_figure_phrases_and_names_equal_the_full_reading() -> None:
    texts = [
        *_random_texts(4000, 23),
        "The pier will stay shut for six weeks, harbour master Odile Brannagh said.",
        "A 12-mile road and a Six-Week closure: the council of Quellport met 4 times.",
        "\u201cWe waited eleven years,\u201d said Tam Ruv\u00e9. Nine boats came in 2004.",
    ]
    for text in texts:
        assert figures.figure_phrases(text) == _old_figure_phrases(text), text
        assert figures.names(text) == _old_names(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_figure_phrases_and_names_equal_the_full_reading_on_any_text(text: str) -> None:
    assert figures.figure_phrases(text) == _old_figure_phrases(text)
    assert figures.names(text) == _old_names(text)


def test_a_digit_is_what_the_number_pattern_calls_one() -> None:
    """The cheap test (``str.isdecimal`` of the first character) passes every word that
    ``_number``'s pattern could read as digits: the two agree on every code point."""
    for point in range(0x110000):
        char = chr(point)
        assert char.isdecimal() == bool(_DIGITS.match(char)), hex(point)


def test_words_that_are_no_number_are_not_asked_of_the_number_reader(monkeypatch: Any) -> None:
    asked: list[str] = []
    real = figures._number

    def spy(word: str) -> str:
        asked.append(word)
        return real(word)

    monkeypatch.setattr(figures, "_number", spy)
    text = "The ferry will stay in the harbour for six weeks and then sail 12 miles north."
    assert figures.figure_phrases(text) == {("6", "week"), ("12", "mile")}
    assert sorted(set(asked)) == ["12", "miles", "six", "weeks"]  # numbers and their units


class _Ends(frozenset):  # type: ignore[type-arg]
    """The sentence-end marks, counting how often a gap between words is looked at."""

    looked = 0

    def __and__(self, other: Any) -> Any:
        type(self).looked += 1
        return super().__and__(other)

    def isdisjoint(self, other: Any) -> bool:
        type(self).looked += 1
        return super().isdisjoint(other)


def test_the_gap_before_a_lower_case_word_is_not_looked_at(monkeypatch: Any) -> None:
    monkeypatch.setattr(figures, "_SENTENCE_END", _Ends(figures._SENTENCE_END))
    _Ends.looked = 0
    assert figures.names("the ferry sailed at dawn and came back at dusk") == frozenset()
    assert _Ends.looked == 0
    assert figures.names("the ferry of Quellport sailed. Nobody waved") == {"quellport"}
    assert _Ends.looked == 2


# --- the attribution reads a summary sentence's words only when another article is close -----

SENTENCES = [
    "The harbour board said the new ferry would carry twice as many cyclists from the spring.",
    "Harbour master Odile Brannagh said the new ferry would carry twice as many cyclists.",
    "Councillor Tam Ruv\u00e9 said the town had waited eleven years for a bridge that never came.",
    "The town had waited eleven years for a bridge, councillor Tam Ruv\u00e9 said on Monday.",
    "Tickets for the ferry will cost the same as a bus fare, the operator said.",
    "Fishermen asked where the new pier should stand before the vote of the council.",
    "The vote on the pier was put off until the autumn after a long meeting.",
    "Nobody in Quellport expected the bridge to open before the next election.",
    "Assistant harbour master Jo Keel said the tide tables would be printed again.",
]


def _units(seed: int) -> list[Unit]:
    rng = random.Random(seed)
    out: list[Unit] = []
    for article in range(rng.randint(1, 4)):
        for index, text in enumerate(rng.sample(SENTENCES, rng.randint(1, 5))):
            out.append(
                Unit(
                    text=text,
                    article=f"a{article}",
                    index=index,
                    sentences=1,
                    position=index,
                    start=index * 100,
                    end=index * 100 + len(text),
                )
            )
    return out


def _vectors(units: list[Unit]) -> Any:
    from brief.summary.vectors import featurize, similarity_vectors

    return similarity_vectors(featurize([u.text for u in units]).unigrams)


def _old_carriers(units: list[Unit], tfidf: Any, chosen: list[int]) -> list[Carried]:
    """``carriers`` as it read before: every chosen unit's words read first."""
    if not chosen:
        return []
    order: dict[str, int] = {}
    for unit in units:
        order.setdefault(unit.article, len(order))
    if len(order) == 1:
        return [Carried(unit=index, sources=(units[index].article,)) for index in chosen]
    found = attribution._carrying_rows(tfidf, chosen)
    out = []
    for column, index in enumerate(chosen):
        own = units[index]
        says = attribution.summary_words(own.text)
        carrying = {
            units[row].article
            for row in found[column]
            if units[row].article != own.article
            and holds_plain_word(says, word_stems(units[row].text))
        }
        others = sorted(carrying, key=order.__getitem__)
        out.append(Carried(unit=index, sources=(own.article, *others)))
    return out


def test_carriers_equal_the_full_reading() -> None:
    rng = random.Random(5)
    credited = 0
    for seed in range(300):
        units = _units(seed)
        vectors = _vectors(units)
        chosen = sorted(rng.sample(range(len(units)), rng.randint(0, min(7, len(units)))))
        got = carriers(units, vectors, chosen)
        assert got == _old_carriers(units, vectors, chosen)
        credited += sum(len(item.sources) > 1 for item in got)
    assert credited > 50  # the comparison covers sentences other articles carry


def test_a_sentence_no_other_article_comes_close_to_is_not_read(monkeypatch: Any) -> None:
    read: list[str] = []
    real = attribution.summary_words

    def spy(text: str) -> tuple[set[str], set[str]]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(attribution, "summary_words", spy)
    texts = [SENTENCES[0], SENTENCES[5], SENTENCES[1], SENTENCES[7]]
    units = [
        Unit(text=t, article=a, index=i, sentences=1, position=i, start=0, end=len(t))
        for t, a, i in zip(texts, ["a", "a", "b", "b"], [0, 1, 0, 1], strict=True)
    ]
    vectors = _vectors(units)
    got = carriers(units, vectors, [0, 1, 3])
    assert got[0].sources == ("a", "b")  # the two ferry sentences carry each other
    assert [item.sources for item in got[1:]] == [("a",), ("b",)]
    assert read == [SENTENCES[0]]


def test_carriers_of_an_empty_similarity_row_credit_nobody() -> None:
    units = _units(1)
    empty = csr_matrix((len(units), 3), dtype=np.float64)
    chosen = list(range(min(3, len(units))))
    assert carriers(units, empty, chosen) == _old_carriers(units, empty, chosen)
