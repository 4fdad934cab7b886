"""Two word tests of the quote stage, run on every unit, answer as their longer forms did.

``headline_case`` counts capitals in one pass (it made two lists per unit), and
``_person_compound`` tests all endings in one ``str.endswith`` before finding which one
matched. Words and units here are invented.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from brief.quotes import units, words
from brief.quotes.units import Token, headline_case


def _headline_case_old(tokens) -> bool:
    found = [t for t in tokens if t.kind == "w" and t.text[:1].isalpha()]
    if len(found) < 5:
        return False
    return sum(1 for t in found if t.text[:1].isupper()) >= units.HEADLINE_SHARE * len(found)


def _person_compound_old(low: str) -> bool:
    word = low[:-1] if low.endswith("ers") else low
    if word in words._PERSON_WORDS:
        return True
    return any(
        word.endswith(ending) and len(word) - len(ending) >= words._COMPOUND_PREFIX
        for ending in words._PERSON_ENDINGS
    )


_WORDS = [
    "Council", "council", "Votes", "on", "New", "Budget", "ÉTAT", "état", "9", "42nd",
    "iPhone", "eBay", "'s", ",", ".", "Ünal", "ßtraße", "x", "X", "the", "Mayor", "_a",
]  # fmt: skip


def _tokens(rng: random.Random, n: int) -> list[Token]:
    out = []
    for _ in range(n):
        text = rng.choice(_WORDS)
        kind = "w" if text[0].isalnum() else rng.choice(["p", "q"])
        out.append(Token(kind, text, text.lower(), 0, len(text)))
    return out


def test_headline_case_answers_as_the_two_lists_did() -> None:
    rng = random.Random(3)
    answers = set()
    for _ in range(4000):
        tokens = _tokens(rng, rng.randrange(0, 14))
        answers.add(headline_case(tokens))
        assert headline_case(tokens) == _headline_case_old(tokens), tokens
    assert answers == {True, False}


def test_headline_case_of_invented_lines() -> None:
    def unit(line: str) -> list[Token]:
        return [Token("w" if w[0].isalnum() else "p", w, w.lower(), 0, 0) for w in line.split()]

    assert headline_case(unit("Voters Worried About Rising Rents In Harbour Town"))
    assert not headline_case(unit("Voters in the harbour town worried about rents"))
    assert not headline_case(unit("Four Capitalised Words Only"))


_ENDINGS = ["man", "men", "person", "people", "master", "keeper", "worker", "owner", "holder"]


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abcdefghkmnoprstw", max_size=6), st.sampled_from([*_ENDINGS, "", "ers", "s"])
)
def test_person_compound_answers_as_the_ending_by_ending_test(prefix: str, ending: str) -> None:
    for word in (prefix + ending, prefix + ending + "s", prefix + ending[:-1] + "ers"):
        assert words._person_compound(word) == _person_compound_old(word), word


def test_person_compound_of_invented_words() -> None:
    for word in ("fisherman", "dockworkers", "harbourmaster", "keeper", "townspeople"):
        assert words._person_compound(word)
    for word in ("omen", "man", "carmaker", "council", "holders"[:3]):
        assert not words._person_compound(word)
