"""Word tokens, stop words and stems from code that needs no downloaded data.

Stop words come from the list sumy ships as package data; stems from NLTK's Snowball
stemmer, which is pure code. Both load lazily and are cached: stemming is the hot
path of summary and quote matching, so each distinct word is stemmed once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")
"""A word: letters/digits, joined by inner apostrophes, dots or hyphens (U.S., e-mail)."""


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return [m.group().lower().replace("\u2019", "'") for m in WORD.finditer(text)]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words from sumy's package data (read as a file, sumy not imported)."""
    data = resources.files("sumy") / "data" / "stopwords" / "english.txt"
    listed = {line.strip() for line in data.read_text(encoding="utf-8").splitlines()}
    return frozenset(w for w in listed if w)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from nltk.stem.snowball import EnglishStemmer  # lazy: nltk takes ~1 s to import

    return EnglishStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word."""
    return str(_stemmer().stem(word))


def content_stems(text: str) -> list[str]:
    """Stems of the non-stop words of ``text`` (the unit of similarity everywhere)."""
    stops = stop_words()
    return [stem(w) for w in words(text) if w not in stops and len(w) > 1]
