"""The vectorised LexRank: same math as sumy's, rankings that agree, no n x n matrix."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from brief.model import LoadResult
from brief.summary.lexrank import lexrank
from brief.summary.sumy_adapter import _Tokenizer, rank_with_sumy
from brief.summary.units import collect_units
from brief.summary.vectors import featurize, tfidf
from brief.text.tokens import stop_words


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b)[0])


def _sumy_cosines(texts: list[str]) -> np.ndarray:
    """sumy's own idf-modified cosine for every pair (the dense reference, small n only)."""
    from sumy.models.dom import Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = stop_words()
    tokenizer = _Tokenizer()
    words = [summarizer._to_words_set(Sentence(t, tokenizer)) for t in texts]
    tf = summarizer._compute_tf(words)
    idf = summarizer._compute_idf(words)
    n = len(texts)
    return np.array(
        [
            [summarizer.cosine_similarity(words[i], words[j], tf[i], tf[j], idf) for j in range(n)]
            for i in range(n)
        ]
    )


def _dense_continuous_lexrank(cosines: np.ndarray, damping: float) -> np.ndarray:
    """Textbook continuous LexRank on the full matrix (Erkan & Radev 2004, Algorithm 3)."""
    n = len(cosines)
    degrees = cosines.sum(axis=1)
    degrees[degrees == 0] = 1.0
    transition = cosines / degrees[:, None]
    p = np.full(n, 1.0 / n)
    for _ in range(2000):
        p = damping / n + (1 - damping) * transition.T @ p
        p /= p.sum()
    return p


@pytest.fixture(scope="module")
def sample_texts(sample: LoadResult) -> list[str]:
    articles = [a for a in sample.articles if a.duplicate_of is None]
    return [u.text for u in collect_units(articles)]


def test_same_scores_as_dense_continuous_lexrank_on_sumys_cosines(
    sample_texts: list[str],
) -> None:
    """Sparse products give continuous LexRank exactly, with sumy's tf and idf weighting."""
    sparse = lexrank(tfidf(featurize(sample_texts).unigrams))
    dense = _dense_continuous_lexrank(_sumy_cosines(sample_texts), damping=0.1)
    assert np.allclose(sparse, dense, atol=2e-4)
    assert _spearman(sparse, dense) > 0.99


def test_ranking_agrees_with_sumy_lexrank_on_the_sample(sample_texts: list[str]) -> None:
    """sumy thresholds its graph at cosine 0.1; the continuous ranking still agrees."""
    ours = lexrank(tfidf(featurize(sample_texts).unigrams))
    theirs = np.array(rank_with_sumy(sample_texts, "lexrank-sumy"))
    assert _spearman(ours, theirs) >= 0.75
    top_ours = set(np.argsort(-ours, kind="stable")[:10])
    top_theirs = set(np.argsort(-theirs, kind="stable")[:10])
    assert len(top_ours & top_theirs) >= 6


def test_ranking_agrees_with_sumy_on_a_small_invented_story() -> None:
    texts = [
        "The city council approved a new budget for public transport on Monday.",
        "The budget for public transport adds twenty new bus routes across the city.",
        "Council members approved the transport budget after a long debate.",
        "New bus routes will start operating in the spring, the council said.",
        "A local bakery won a national prize for its bread.",
        "Critics said the transport budget ignores cyclists in the city.",
        "The mayor praised the council for approving the budget quickly.",
    ]
    ours = lexrank(tfidf(featurize(texts).unigrams))
    theirs = np.array(rank_with_sumy(texts, "lexrank-sumy"))
    assert _spearman(ours, theirs) >= 0.7
    assert int(np.argmax(ours)) == 0 == int(np.argmax(theirs))


def test_scores_are_a_distribution_and_identical_sentences_tie() -> None:
    texts = [
        "Fuel prices rose sharply in March, the statistics office said.",
        "Fuel prices rose sharply in March, the statistics office said.",
        "Food prices also rose in March, according to the office.",
        "The statistics office publishes price data every month.",
        "Economists expect fuel prices to fall again in the summer.",
        "Rain fell on the hills and the valley.",
    ]
    scores = lexrank(tfidf(featurize(texts).unigrams))
    assert scores.sum() == pytest.approx(1.0)
    assert scores[0] == pytest.approx(scores[1])
    assert scores[0] == scores.max()
    # a sentence sharing no word with the others keeps only the mean mass (1 / n)
    assert scores[5] == pytest.approx(1 / len(texts))


def test_empty_and_wordless_inputs() -> None:
    assert len(lexrank(tfidf(featurize([]).unigrams))) == 0
    scores = lexrank(tfidf(featurize(["...", "Rain fell on the hills today."]).unigrams))
    assert np.all(np.isfinite(scores)) and scores.sum() == pytest.approx(1.0)


def test_never_builds_the_square_matrix() -> None:
    """20,000 sentences: an n x n float matrix would take 3.2 GB; the walk stays small."""
    from scipy.sparse import csr_matrix

    n, vocabulary, per_row = 20_000, 30_000, 12
    rng = np.random.default_rng(7)
    # a Zipf-like vocabulary: a few words in many sentences, as in real text
    columns = np.minimum(rng.zipf(1.3, size=n * per_row) - 1, vocabulary - 1)
    counts = csr_matrix(
        (np.ones(n * per_row), columns, np.arange(0, n * per_row + 1, per_row)),
        shape=(n, vocabulary),
    )
    counts.sum_duplicates()
    matrix = tfidf(counts)
    tracemalloc.start()
    scores = lexrank(matrix)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(scores) == n and scores.sum() == pytest.approx(1.0)
    assert peak < 50 * 1024 * 1024


def test_the_fast_power_method_gives_the_reference_loop_s_bits(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``_power_fast`` and the plain loop (``_power_fast`` unavailable) agree bit for bit,
    with and without rows that hold no term."""
    from scipy.sparse import csr_matrix
    from scipy.sparse import random as sparse_random

    from brief.summary import lexrank as module

    matrices = []
    for seed, (rows, cols) in enumerate([(1, 3), (5, 12), (30, 80), (60, 40)]):
        dense = sparse_random(rows, cols, density=0.2, random_state=seed).toarray()
        if rows > 2:
            dense[1] = 0.0  # a sentence with no term
        matrices.append(tfidf(csr_matrix(np.ceil(dense * 3))))
    fast = [lexrank(m) for m in matrices]
    monkeypatch.setattr(module, "_power_fast", lambda *args, **kwargs: None)
    for matrix, value in zip(matrices, fast, strict=True):
        assert value.tobytes() == lexrank(matrix).tobytes()
