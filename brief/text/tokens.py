"""Word tokens, stop words and stems from code that needs no downloaded data.

Stop words come from the list sumy ships as package data; stems from the Snowball project's
own English (Porter2) stemmer, 2.x releases: PyStemmer (compiled) where it is installed, else
``snowballstemmer`` (the same generated code in pure Python). It is the algorithm NLTK
implements, but imports in a millisecond where ``import nltk`` takes about a second (NLTK's
package init pulls in scipy.stats); see docs/decisions.md, issue 11. Both load lazily and are
cached: stemming is the hot path of summary and quote matching, so each distinct word is
stemmed once.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")
"""A word: letters/digits, joined by inner apostrophes, dots or hyphens (U.S., e-mail)."""


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    # findall: the matches' text without a match object each (WORD has no capturing group)
    return [w.lower().replace("\u2019", "'") for w in WORD.findall(text)]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words from sumy's package data (read as a file, sumy not imported)."""
    data = resources.files("sumy") / "data" / "stopwords" / "english.txt"
    listed = {line.strip() for line in data.read_text(encoding="utf-8").splitlines()}
    return frozenset(w for w in listed if w)


_local = threading.local()


def _stemmer():  # type: ignore[no-untyped-def]
    """This thread's stemmer: a Snowball stemmer keeps its cursor in the instance."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        try:  # PyStemmer: the Snowball code compiled, where a wheel exists
            from Stemmer import Stemmer

            stemmer = Stemmer("english")
        except ImportError:  # the same algorithm in pure Python (about 25x slower)
            from snowballstemmer.english_stemmer import EnglishStemmer

            stemmer = EnglishStemmer()
        _local.stemmer = stemmer
    return stemmer


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word."""
    return str(_stemmer().stemWord(word))


def content_stems(text: str) -> list[str]:
    """Stems of the non-stop words of ``text`` (the unit of similarity everywhere)."""
    known = _CONTENT_STEMS
    out = []
    for word in WORD.findall(text):
        found = known.get(word)
        if found is None:
            found = _content_stem(word)
        if found is not _LEFT_OUT:
            out.append(found)
    return out


_LEFT_OUT = "\x00"  # never a stem: no word holds a NUL
_CONTENT_STEMS: dict[str, str] = {}
"""A word as written -> its stem, or ``_LEFT_OUT`` for a stop word or a single character:
what ``content_stems`` does to it, worked out once per distinct word (cleared when big)."""
_CONTENT_STEMS_MAX = 200_000


def _content_stem(word: str) -> str:
    if len(_CONTENT_STEMS) >= _CONTENT_STEMS_MAX:
        _CONTENT_STEMS.clear()
    low = word.lower().replace("\u2019", "'")
    found = _LEFT_OUT if low in stop_words() or len(low) <= 1 else stem(low)
    _CONTENT_STEMS[word] = found
    return found
