"""Readings of a summary's units that skip what cannot change their answer (issue 13,
twenty-third round): each gives what the full reading gives, compared here with the old
form on invented inputs, and the skipped work is really skipped."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix

import brief.summary.attribution as attribution
import brief.summary.overlaps as overlaps
import brief.text.figures as figures
from brief.summary.attribution import Carried, carriers, holds_plain_word, word_stems
from brief.summary.overlaps import FigureReader
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


# --- the figure reader reads names and stems only for units that share a figure phrase --------

FIGURE_LINES = [
    "The pier at Quellport will stay shut for six weeks, engineer Odile Brannagh said.",
    "Engineer Odile Brannagh said the Quellport pier would be shut for six weeks.",
    "The closure will last six weeks, the council of Ostrand said on Monday.",
    "About 350 boats use the harbour at Quellport, 40 more than in 2020.",
    "The 350 boats of the Quellport harbour pay 40 pounds a year to moor.",
    "Brannagh said a 12-mile road to Ostrand would open in two years.",
    "A 12-mile road will link Quellport and Ostrand within two years, Brannagh said.",
    "No figure is given for the new road, which Tam Keel called a fine plan.",
    "Six weeks of work on the pier will cost Quellport 4,200 pounds.",
]


class _OldReader:
    """``FigureReader`` as it read before: a unit's names and stems read with its phrases."""

    def __init__(self, units: list[Unit], article: Any) -> None:
        self._units, self._article = units, article
        self._named: dict[int, Any] = {}

    def __call__(self, unit: int) -> frozenset[str]:
        return overlaps.figures(self._units[unit].text)

    def named_figures(self, unit: int) -> Any:
        if unit not in self._named:
            text = self._units[unit].text
            phrases = figures.figure_phrases(text)
            if phrases:
                self._named[unit] = (phrases, figures.names(text), frozenset(content_stems(text)))
            else:
                self._named[unit] = (phrases, frozenset(), frozenset())
        return self._named[unit]

    def repeat(self, a: int, b: int) -> bool:
        if self._article[a] == self._article[b]:
            return False
        if len(self(a) & self(b)) >= overlaps.SHARED_FIGURES:
            return True
        return self._phrase_and_name(a, b)

    def _phrase_and_name(self, a: int, b: int) -> bool:
        phrases_a, names_a, stems_a = self.named_figures(a)
        if not phrases_a:
            return False
        phrases_b, names_b, stems_b = self.named_figures(b)
        if not (phrases_a & phrases_b and names_a & names_b):
            return False
        shared = len(stems_a & stems_b)
        return shared >= overlaps.SAME_PHRASE_CONTAINMENT * min(len(stems_a), len(stems_b)) - 1e-9

    def pairs(self, candidates: Any) -> list[tuple[int, int]]:
        of = np.asarray(self._article)[candidates]
        if not len(of) or (of == of[0]).all():
            return []
        holders: dict[str, list[int]] = defaultdict(list)
        for position, unit in enumerate(candidates.tolist()):
            for figure in self(unit):
                holders[figure].append(position)
        counts: dict[tuple[int, int], int] = defaultdict(int)
        for members in holders.values():
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    counts[(a, b)] += 1
        found = {pair for pair, n in counts.items() if n >= overlaps.SHARED_FIGURES}
        phrased: dict[tuple[str, str], list[int]] = defaultdict(list)
        for position, unit in enumerate(candidates.tolist()):
            for phrase in self.named_figures(unit)[0]:
                phrased[phrase].append(position)
        for members in phrased.values():
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    if self._phrase_and_name(int(candidates[a]), int(candidates[b])):
                        found.add((a, b))
        return sorted(
            pair
            for pair in found
            if self._article[int(candidates[pair[0]])] != self._article[int(candidates[pair[1]])]
        )


def _figure_units(rng: random.Random) -> tuple[list[Unit], Any]:
    n = rng.randint(0, 9)
    units = [Unit("x", j, j, 0, 1, rng.choice(FIGURE_LINES)) for j in range(n)]
    article = np.array([rng.randint(0, rng.choice([0, 1, 2])) for _ in range(n)], dtype=np.int64)
    return units, article


def test_figure_pairs_and_repeats_equal_the_full_reading() -> None:
    rng = random.Random(8)
    phrased = 0
    for _ in range(400):
        units, article = _figure_units(rng)
        n = len(units)
        candidates = np.array(sorted(rng.sample(range(n), rng.randint(0, n))), dtype=np.int64)
        found = FigureReader(units, article).pairs(candidates)
        old = _OldReader(units, article).pairs(candidates)
        assert found == old
        reader, old_reader = FigureReader(units, article), _OldReader(units, article)
        for a in range(n):
            for b in range(n):
                assert reader.repeat(a, b) == old_reader.repeat(a, b)
                phrased += old_reader.repeat(a, b) and len(reader(a) & reader(b)) < 2
    assert phrased > 100  # pairs found by a phrase and a name, not by two figures


def test_names_are_not_read_for_a_unit_sharing_no_phrase_with_another_article(
    monkeypatch: Any,
) -> None:
    read: list[str] = []
    real = overlaps.names

    def spy(text: str) -> frozenset[str]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(overlaps, "names", spy)
    lines = [FIGURE_LINES[0], FIGURE_LINES[5], FIGURE_LINES[1], FIGURE_LINES[3]]
    units = [Unit("x", j, j, 0, 1, text) for j, text in enumerate(lines)]
    reader = FigureReader(units, np.array([0, 0, 1, 1], dtype=np.int64))
    assert reader.pairs(np.arange(4)) == [(0, 2)]  # the six weeks and the engineer, told twice
    assert sorted(read) == sorted([FIGURE_LINES[0], FIGURE_LINES[1]])
