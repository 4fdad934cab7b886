"""``words`` and ``content_stems`` (cached per written word) give what the plain
definitions give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import brief.text.tokens as tokens
from brief.text.tokens import WORD, content_stems, stem, stop_words, words


def _words(text: str) -> list[str]:
    return [m.group().lower().replace("\u2019", "'") for m in WORD.finditer(text)]


def _content_stems(text: str) -> list[str]:
    stops = stop_words()
    return [stem(w) for w in _words(text) if w not in stops and len(w) > 1]


_pieces = (
    st.sampled_from(list("aAbeEiIsStTxX \u2019'.-_,\n1\u0130\u00df\u03a3"))
    | st.sampled_from(["The ", "said ", "U.S.", "don\u2019t ", "I ", "a ", "Running ", "it's"])
    | st.characters(blacklist_categories=("Cs",))
)
_text = st.lists(_pieces, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_text)
def test_same_tokens_and_stems(text: str) -> None:
    assert words(text) == _words(text)
    expected = _content_stems(text)
    assert content_stems(text) == expected
    assert content_stems(text) == expected  # again, from the cache


def test_cache_is_bounded_and_still_right(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tokens, "_CONTENT_STEMS_MAX", 3)
    text = "Ministers said the running costs were rising in the U.S. and abroad"
    assert content_stems(text) == _content_stems(text)
    assert len(tokens._CONTENT_STEMS) <= 3
    assert content_stems(text) == ["minist", "run", "cost", "rise", "u.", "abroad"]
