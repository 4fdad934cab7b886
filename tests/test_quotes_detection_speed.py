"""Shortcuts in the statement finder give the answers of the longer ways they replace.

The tokenizer reads (gap, token) pairs with ``findall`` instead of a match object per
token; ``attributions`` counts a unit's capitals (``headline_case``) only when a
capitalised cue or a found frame asks. Texts here are invented.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.quotes import cues, units
from brief.quotes.rules import switched_off
from brief.quotes.units import Token, units_of

_PIECES = [
    "harbour", "Harbour", "ferry's", "riders'", "U.S.", "9/11", "24/7", "1/2/3", "e-mail",
    "R&D", "a_b", "_", "__x", "ÉTAT", "Ünal", "ßtraße", "naïve", "x", "I", "it’s", "rock'n'roll",
    "3.5", "-", "—", ",", ".", "?", "!", "“", "”", '"', "'", "’", "(", ")", "&", "/", "…",
    "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "٣", "東京", "s", "s'", "mayor’s",
]  # fmt: skip
_SPACES = ["", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u200b", "_", " \u2060 "]


def _old_words(text: str, start: int, end: int, slash: bool) -> list[Token]:
    """The tokenizer as it was: one match object per token."""
    pattern = units._TOKEN_SLASH if slash else units._TOKEN
    out = []
    for match in pattern.finditer(text, start, end):
        a, b = match.span()
        kind, low, cap = units._shape(text[a:b])
        out.append(Token(kind, text[a:b], low, a, b, None, cap))
    return out


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_SPACES) for _ in range(rng.randrange(0, 30)))


@pytest.mark.parametrize("slash", [True, False])
def test_tokens_are_those_of_a_match_per_token(slash: bool) -> None:
    rng = random.Random(17 + slash)
    kinds = set()
    for _ in range(3000):
        text = _text(rng)
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        found: list[Token] = []
        if slash:
            units._words(text, start, end, found)
        else:
            with switched_off("number slash"):
                units._words(text, start, end, found)
        assert found == _old_words(text, start, end, slash), (text, start, end)
        kinds.update(t.kind for t in found)
    assert kinds == {"w", "p"}


def test_gap_is_what_no_token_starts_at() -> None:
    """The gap class is exactly the characters neither pattern starts a token at."""
    gap = re.compile(units._GAP)
    for code in range(0x110000):
        char = chr(code)
        starts = units._TOKEN.match(char) is not None
        assert starts != (gap.fullmatch(char) is not None), hex(code)
        assert starts == (units._TOKEN_SLASH.match(char) is not None), hex(code)


def test_units_of_an_article_with_quotations(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    body = (
        "Ferry fares to rise\n\n"
        '"We cannot run the boats at a loss," harbour master Ann Keel said on Monday.\n\n'
        "The 9/11 memorial crossing will stay free, she said_ while riders\u200b complained.\n"
    )
    path.write_text(body, encoding="utf-8")
    article = load_paths([str(path)]).articles[0]
    for unit in units_of(article):
        rebuilt: list[Token] = []
        pos = unit.start
        for segment in unit.segments:
            rebuilt += _old_words(article.text, pos, segment.open, True)
            rebuilt.append(unit.tokens[len(rebuilt)])
            pos = segment.close
        rebuilt += _old_words(article.text, pos, unit.end, True)
        assert list(unit.tokens) == rebuilt
        for token in unit.tokens:
            assert article.text[token.start : token.end] == token.text or token.kind == "q"


def _unit(line: str) -> list[Token]:
    found: list[Token] = []
    units._words(line, 0, len(line), found)
    return found


def test_capitals_are_counted_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counting(tokens) -> bool:  # type: ignore[no-untyped-def]
        calls.append(len(tokens))
        return units.headline_case(tokens)

    monkeypatch.setattr(cues, "headline_case", counting)
    # a lower-case cue and no frame at a capital: no count
    assert cues.attributions(_unit("The pier is unsafe, the harbour master said on Monday."))
    assert cues.attributions(_unit("Riders were angry about the fares.")) == []
    assert calls == []
    # a capitalised cue inside a title-case line: counted once, and read as a headline
    found = cues.attributions(_unit("Harbour Master Says Ferry Fares Will Rise Next Year"))
    assert calls == [9]
    assert [a.rule for a in found] == ["headline"]
    # a capitalised cue in a sentence is still no cue
    calls.clear()
    assert cues.attributions(_unit("The harbour board's Report on the pier was late.")) == []
    assert len(calls) <= 1


_LINES = [
    "Harbour Master Says Ferry Fares Will Rise",
    "Fares Will Rise, Harbour Master Says",
    "Ferry fares will rise, the harbour master says.",
    "The Harbour Master Said The Pier Is Unsafe And Will Close",
    "According to the Harbour Board, the pier will close.",
    "Said Keel: the pier will close on Monday.",
    "Mayor Tom Brand Told Riders To Expect Delays",
    "The pier, in her words, was a disgrace.",
]


def test_attributions_with_and_without_the_headline_rule() -> None:
    """The lazy count keeps both the rule's answers and its switch."""
    rng = random.Random(5)
    seen_headline = False
    for _ in range(300):
        line = " ".join(rng.sample(_LINES, rng.randrange(1, 3)))
        tokens = _unit(line)
        on = cues.attributions(tokens)
        with switched_off("headline"):
            off = cues.attributions(tokens)
        seen_headline |= any(a.rule == "headline" for a in on)
        assert all(a.rule != "headline" for a in off)
        headline = units.headline_case(tokens)
        if not headline:
            assert [(a.cue_index, a.rule) for a in on] == [(a.cue_index, a.rule) for a in off]
    assert seen_headline


class _Every:
    """A set that holds every word: the prefilter that lets every unit through."""

    def __contains__(self, word: object) -> bool:
        return True


_CONNECTIVE_WORDS = [
    "in", "addition", "as", "it", "stands", "at", "the", "same", "time", "turn", "by",
    "contrast", "even", "so", "on", "other", "hand", "however", "still", "fares", "rose",
    ",", ",", ".", "harbour", "In", "Addition", "On", "“",
]  # fmt: skip


def test_connectives_with_and_without_the_opening_word_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``after_connective`` answers as when every word may open a connective phrase."""
    from brief.quotes import connectives

    rng = random.Random(11)
    lines = [
        " ".join(rng.choice(_CONNECTIVE_WORDS) for _ in range(rng.randrange(1, 9)))
        for _ in range(3000)
    ]
    lines += ["In addition, fares rose.", "On the other hand, the pier stays.", "Even so, it"]
    cases = []
    for line in lines:
        tokens = _unit(line)
        for start in range(len(tokens) + 1):
            cases.append((tokens, start, rng.randrange(start, len(tokens) + 1)))
    fast = [connectives.after_connective(t, a, b) for t, a, b in cases]
    monkeypatch.setattr(connectives, "_PHRASE_OPENERS", _Every())
    slow = [connectives.after_connective(t, a, b) for t, a, b in cases]
    assert fast == slow
    moved = [f - a for f, (_, a, _) in zip(fast, cases, strict=True)]
    assert 2 in moved and 3 in moved  # a one-word and a two-word connective passed
