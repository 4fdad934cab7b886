"""Feed sumy a document model built from brief's own sentences (no NLTK data needed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brief.model import Sentence
from brief.text.tokens import words


class _Tokenizer:
    """The duck type sumy expects of a tokenizer: ``language``, ``to_sentences``, ``to_words``."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def rank_with_sumy(sentences: Sequence[Sentence], algorithm: str = "lexrank") -> list[float]:
    """Score each sentence with sumy's LexRank, by position (sumy keys ratings by text)."""
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from brief.text.tokens import stop_words

    tokenizer = _Tokenizer()
    sumy_sentences = [SumySentence(s.text, tokenizer) for s in sentences]
    summarizer: Any = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = stop_words()
    words_sets = [summarizer._to_words_set(s) for s in sumy_sentences]
    tf = summarizer._compute_tf(words_sets)
    idf = summarizer._compute_idf(words_sets)
    matrix = summarizer._create_matrix(words_sets, summarizer.threshold, tf, idf)
    return [float(x) for x in summarizer.power_method(matrix, summarizer.epsilon)]
