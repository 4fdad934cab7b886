"""The shortcuts of the discrepancy reading find exactly what the plain readings find."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from brief.discrepancies.quantities import (
    _BEFORE_DATE,
    _QUALIFIER_RE,
    FIGURE,
    _figure_matches,
    _search_tail,
    find_figures,
)
from brief.discrepancies.sentences import _WORD, TOKEN, ProperNames, entities, tokenize

SENTENCES = [
    "Acme said it had 96 million users, up from 89m, and US$ 130,000 in fines.",
    "Revenue rose by about U.S.$ 5 million to a hundred million dollars last year.",
    "Nearly two thouſand people (with ſ for s) and fifteen billion euros were counted.",
    "Millions of people, billions of dollars, and no figure at all.",
    "someone million, G7, 5G, 3-year, 10:30, 24/7 and 2 1/2 are not figures; 42 is.",
    "Ten thousand — TEN THOUSAND — rose 1.5 per cent, or 3 % on 4 May.",
    "The count was" + " " * 90 + "more than 12 million",
    "x " * 60 + "an estimated approximately an estimated 7,000",
    "(an   estimated   approximately   an   estimated" + " " * 40 + "8 billion",
    "September" + " " * 70 + "5, said the report about 20 years later",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_figure_matches_equal_the_pattern_search(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in FIGURE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _figure_matches(text)] == expected


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("pattern", [_BEFORE_DATE, _QUALIFIER_RE], ids=["date", "qualifier"])
def test_tail_search_equals_the_whole_search(text: str, pattern: re.Pattern[str]) -> None:
    for end in range(len(text) + 1):
        whole, tail = pattern.search(text[:end]), _search_tail(pattern, text[:end])
        assert (whole and (whole.span(), whole.groups())) == (tail and (tail.span(), tail.groups()))


def test_far_qualifiers_are_still_read() -> None:
    """A qualifier more than the tail's length before its number, past a run of spaces."""
    (figure,) = find_figures("over" + " " * 100 + "12 million")
    assert figure.qualifier == ">" and figure.start == 0
    assert find_figures("No." + " " * 100 + "12") == []


NAMED = [
    "Acme said Acme's rival, Orbit, grew. Despite that, acme shares fell.",
    "Despite the fall, Orbit of London & Partners hired 40 people.",
    "Officials said the Orbit figure was wrong; officials in Paris agreed.",
    "Paris is big. Paris said so. Orbit Orbit ORBIT said Ⓐ and Äpfel.",
    "",
    "42 people. Quickly, Zed left; zed stayed.",
]


def test_proper_names_count_like_one_word_at_a_time() -> None:
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in NAMED:
        words = _WORD.findall(text)
        lower.update(w.lower() for w in words if w[:1].islower())
        capitalised.update(w.lower() for w in words[1:] if w[:1].isupper())
    names = ProperNames(NAMED)
    assert names._names == {w for w, n in capitalised.items() if n > lower[w]}
    assert names._lower == set(lower)
    assert "orbit" in names._names and "acme" not in names._names


def test_remembered_names_answer_like_reading_each_token() -> None:
    names = ProperNames(NAMED)
    for text in NAMED:
        tokens = tokenize(text)
        for start in (True, False):
            first = [names.name_word(t, start) for t in tokens]
            again = [names.name_word(t, start) for t in tokens]
            fresh = [t.is_word and names.is_name(t, start) for t in tokens]
            assert first == again == fresh
        assert [e.display for e in entities(tokens, names)] == [
            e.display for e in entities(tokens, ProperNames(NAMED))
        ]


TRICKY = ["a_b __x__ it's  Acme’s\tU.S.-led  R&D_", "_ ' ’ .", "x.y. x..y -- 'a' ’’"]


@pytest.mark.parametrize("text", [*SENTENCES, *NAMED, *TRICKY])
def test_tokens_sit_where_the_pattern_finds_them(text: str) -> None:
    expected = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    assert [tuple(t) for t in tokenize(text)] == expected


def test_the_cycle_collector_is_left_as_it_was() -> None:
    import gc

    from brief.discrepancies import _cycle_collection_paused, find_discrepancies

    assert gc.isenabled()
    try:
        with _cycle_collection_paused():
            assert not gc.isenabled()
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()
    find_discrepancies([])
    assert gc.isenabled()
    gc.disable()
    try:
        find_discrepancies([])
        assert not gc.isenabled()
    finally:
        gc.enable()
