"""brief's stems are NLTK's English Snowball stems, without importing NLTK."""

from __future__ import annotations

import threading

import pytest

from brief.resources import sample_dir
from brief.text.tokens import stem, words


def _sample_words() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(sample_dir().iterdir()))
    return sorted(set(words(text)))


def test_stems_agree_with_nltk_on_every_word_of_the_sample() -> None:
    nltk_snowball = pytest.importorskip("nltk.stem.snowball")
    reference = nltk_snowball.EnglishStemmer()
    vocabulary = [w for w in _sample_words() if w.isalpha()]
    assert len(vocabulary) > 300
    differ = [(w, stem(w), reference.stem(w)) for w in vocabulary if stem(w) != reference.stem(w)]
    assert differ == []


def test_the_pure_python_stemmer_agrees_with_the_compiled_one() -> None:
    """Where PyStemmer has no wheel brief falls back to snowballstemmer: same stems."""
    compiled = pytest.importorskip("Stemmer").Stemmer("english")
    from snowballstemmer.english_stemmer import EnglishStemmer

    pure = EnglishStemmer()
    vocabulary = _sample_words()
    assert [pure.stemWord(w) for w in vocabulary] == [compiled.stemWord(w) for w in vocabulary]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("running", "run"), ("generously", "generous"), ("rated", "rate"), ("cities", "citi")],
)
def test_known_porter2_stems(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_stemming_is_safe_from_several_threads() -> None:
    """The Snowball stemmer keeps state in its instance: each thread gets its own."""
    vocabulary = _sample_words()
    expected = {w: stem(w) for w in vocabulary}
    stem.cache_clear()
    results: list[dict[str, str]] = []

    def work() -> None:
        results.append({w: stem.__wrapped__(w) for w in vocabulary})

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4
