"""Run sumy's summarizers on brief's own sentences and words (no NLTK data needed).

sumy is fed a document model built here: one sumy paragraph per article, its title as a
heading, its summary units as sentences, and a duck-typed tokenizer that returns brief's
word tokens. Stemming is sumy's ``Stemmer("english")`` (NLTK's Snowball, pure code) and stop
words are sumy's English list, so sumy needs nothing downloaded.

sumy's ``Sentence`` compares and hashes by text alone, and every summarizer keys its ratings
by sentence: the same wire sentence carried by two outlets would collapse into one entry.
``_PositionedSentence`` hashes by identity instead, and ratings are read back by position
through the ``sentences_count`` hook of ``_get_best_sentences`` (a callable receives every
rated sentence), so each unit keeps its own score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from brief.text.tokens import words

SUMY_ALGORITHMS = {
    "lexrank-sumy": "sumy.summarizers.lex_rank.LexRankSummarizer",
    "textrank": "sumy.summarizers.text_rank.TextRankSummarizer",
    "lsa": "sumy.summarizers.lsa.LsaSummarizer",
    "luhn": "sumy.summarizers.luhn.LuhnSummarizer",
    "kl": "sumy.summarizers.kl.KLSummarizer",
    "sumbasic": "sumy.summarizers.sum_basic.SumBasicSummarizer",
    "edmundson": "sumy.summarizers.edmundson.EdmundsonSummarizer",
    "reduction": "sumy.summarizers.reduction.ReductionSummarizer",
}
"""brief's name for each sumy summarizer -> its class."""


class _Tokenizer:
    """The duck type sumy expects of a tokenizer: ``language``, ``to_sentences``, ``to_words``."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


@dataclass(frozen=True, slots=True)
class SumyInput:
    """What sumy sees: sentence texts grouped by article, with titles and cue words."""

    texts: Sequence[str]
    groups: Sequence[int] = ()
    """Article number of each text (one sumy paragraph per article); all 0 when empty."""
    titles: Sequence[str] = ()
    """Heading of each article number (Edmundson's title and location methods)."""
    bonus_words: frozenset[str] = field(default_factory=frozenset)
    """Edmundson's cue words (derived from the titles by the caller)."""
    stigma_words: frozenset[str] = field(default_factory=frozenset)
    """Edmundson's negative cue words (derived from page furniture by the caller)."""


def _sentence_class() -> Any:
    from sumy.models.dom import Sentence

    class _PositionedSentence(Sentence):  # type: ignore[misc]
        """A sumy sentence equal only to itself: provenance is by position, not by text."""

        __slots__ = ()

        def __eq__(self, other: object) -> bool:
            return self is other

        def __ne__(self, other: object) -> bool:
            return self is not other

        def __hash__(self) -> int:
            return id(self)

    return _PositionedSentence


def _document(data: SumyInput, tokenizer: _Tokenizer) -> tuple[Any, list[Any]]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph

    positioned = _sentence_class()
    sentences = [positioned(text, tokenizer) for text in data.texts]
    groups = list(data.groups) or [0] * len(sentences)
    by_group: dict[int, list[Any]] = {}
    for sentence, group in zip(sentences, groups, strict=True):
        by_group.setdefault(group, []).append(sentence)
    paragraphs = []
    for group, members in by_group.items():
        title = data.titles[group] if group < len(data.titles) else ""
        heading = [positioned(title, tokenizer, is_heading=True)] if title.strip() else []
        paragraphs.append(Paragraph([*heading, *members]))
    return ObjectDocumentModel(paragraphs), sentences


def _summarizer(algorithm: str, data: SumyInput) -> Any:
    import importlib

    from sumy.nlp.stemmers import Stemmer

    from brief.text.tokens import stop_words

    module_name, _, class_name = SUMY_ALGORITHMS[algorithm].rpartition(".")
    cls = getattr(importlib.import_module(module_name), class_name)
    summarizer = cls(Stemmer("english"))
    if algorithm == "edmundson":
        summarizer.null_words = stop_words()
        # sumy refuses empty cue sets; a word that cannot occur in any text stands in
        summarizer.bonus_words = data.bonus_words or {"\x00"}
        summarizer.stigma_words = data.stigma_words or {"\x00"}
    else:
        summarizer.stop_words = stop_words()
    return summarizer


def rank_with_sumy(data: SumyInput | Sequence[str], algorithm: str = "lexrank-sumy") -> list[float]:
    """sumy's rating of every text, by position (higher is better)."""
    if not isinstance(data, SumyInput):
        data = SumyInput(texts=list(data))
    if not data.texts:
        return []
    if algorithm not in SUMY_ALGORITHMS:
        raise ValueError(f"unknown sumy algorithm {algorithm!r}")
    import warnings

    tokenizer = _Tokenizer()
    document, sentences = _document(data, tokenizer)
    summarizer = _summarizer(algorithm, data)
    rated: dict[int, float] = {}

    def take_all(infos: Sequence[Any]) -> Sequence[Any]:
        for info in infos:
            rated[id(info.sentence)] = float(info.rating)
        return infos

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # LSA warns on tiny inputs; we rank anyway
        summarizer(document, take_all)
    return [rated.get(id(s), 0.0) for s in sentences]
