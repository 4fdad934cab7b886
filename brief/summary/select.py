"""Choose summary units: the multi-document layer on top of any sentence ranking.

Two selectors share one loop (``_greedy``), which never picks two units that overlap in
their article, never a unit too similar to one already chosen (``REDUNDANT``), and stops at
the length asked for (in words: about that many, ``ends_nearer``).

``select_coverage`` (brief's default) maximises, greedily per word, a concept-coverage
objective in the spirit of ICSISumm (Gillick & Favre 2009) plus salience:

    value(S) = sum of w_b over stem bigrams b covered by S
             + UNIGRAM_WEIGHT * sum of w_u over content stems u covered by S
             + SALIENCE_WEIGHT * sum over units i in S of len_i * centrality_i * prior_i

``w`` is the share of articles that carry a concept (a fact told by many outlets weighs
more), counted only when at least ``min_support`` articles carry it; ``centrality`` is
LexRank (mean 1); ``prior`` is the lead prior ``1 / sqrt(1 + position)``. A concept counts
once however many chosen units carry it, which is what removes cross-source repetition.
The salience term keeps filling the summary once the shared concepts are covered.

``select_ranked`` serves the other algorithms: best score first, same redundancy rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brief.summary.units import Unit
from brief.summary.vectors import Features

MAX_UNITS = 200
"""A summary never has more units than this, whatever length is asked (each pick costs a pass
over the set, so ``--words 100000`` on a huge set must not turn into a long wait)."""
REDUNDANT = 0.4
"""tf-idf cosine at or above which a unit repeats one already chosen and is skipped."""
UNIGRAM_WEIGHT = 0.75
"""Weight of content-stem concepts relative to stem-bigram concepts."""
SALIENCE_WEIGHT = 0.04
"""Weight, per word, of LexRank centrality times the lead prior (concept weights are shares
of articles, in [0, 1])."""
POSITION_EXPONENT = 0.5
"""Lead prior ``1 / (1 + position) ** POSITION_EXPONENT``: news puts the main facts first."""
SENTENCE_LENGTH_EXPONENT = 0.5
"""With a length in sentences, gains are divided by ``words ** this`` (per word would pick
only short sentences, per sentence only long ones); with a length in words, by ``words``."""


def ends_nearer(lengths: Any, gap: float) -> Any:
    """``--words N`` means about N words: when no unit fits the ``gap`` words left, one more
    may end the summary past N if it ends nearer to N than stopping short does
    (``length - gap < gap``). The summary is then within half a sentence of N either way."""
    return (lengths > gap) & (lengths < 2 * gap)


def min_support(articles: int) -> int:
    """Articles that must carry a concept for it to count: a third of them, 1 to 3."""
    return min(3, max(1, round(articles / 3)))


def lead_prior(positions: Any) -> Any:
    return 1.0 / (1.0 + positions) ** POSITION_EXPONENT


def _article_index(units: Sequence[Unit]) -> tuple[Any, int]:
    import numpy as np

    ids: dict[str, int] = {}
    index = np.fromiter(
        (ids.setdefault(u.article, len(ids)) for u in units), dtype=np.int64, count=len(units)
    )
    return index, len(ids)


def concept_weights(counts: Any, article: Any, articles: int, floor: int | None = None) -> Any:
    """Share of articles carrying each column of ``counts`` (0 below ``floor`` articles,
    by default ``min_support``)."""
    support = _support(counts, article, articles)
    weights = support / max(articles, 1)
    weights[support < (min_support(articles) if floor is None else floor)] = 0.0
    return weights


def _support(counts: Any, article: Any, articles: int) -> Any:
    """How many articles carry each column (float64): the column sums of
    ``membership @ counts`` made binary, counted from the distinct (article, column) pairs
    of the stored entries instead (whole numbers: the same values, without building two
    sparse matrices per concept kind and story). Stored values must be positive (counts),
    else the sparse product, which drops a zero sum, is used."""
    import numpy as np
    from scipy.sparse import csr_matrix

    n, m = counts.shape
    if getattr(counts, "format", None) == "csr" and bool((counts.data > 0).all()):
        rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(counts.indptr))
        pairs = np.unique(np.asarray(article, dtype=np.int64)[rows] * m + counts.indices)
        return np.bincount(pairs % m, minlength=m).astype(np.float64)
    membership = csr_matrix((np.ones(n), (article, np.arange(n))), shape=(articles, n))
    carried = membership @ counts
    carried.data[:] = 1.0
    return np.asarray(carried.sum(axis=0)).ravel()


def _binary(matrix: Any) -> Any:
    out = matrix.tocsr(copy=True)
    out.data[:] = 1.0
    return out


class _Budget:
    """Length bookkeeping: either a number of sentences or a number of words."""

    def __init__(self, sentences: int, words: int | None) -> None:
        self.words = words
        self.sentences = max(0, sentences)
        self.used_words = 0
        self.used_units = 0

    def done(self) -> bool:
        if self.used_units >= MAX_UNITS:
            return True
        if self.words is not None:
            return self.used_words >= self.words
        return self.used_units >= self.sentences

    def fits(self, lengths: Any) -> Any:
        import numpy as np

        if self.words is not None:
            return lengths <= self.words - self.used_words
        return np.ones(len(lengths), dtype=bool)

    def ends_nearer(self, lengths: Any) -> Any:
        """Units that would pass the word budget but end nearer to it than stopping now
        (``ends_nearer``); none with a length in sentences."""
        import numpy as np

        if self.words is None:
            return np.zeros(len(lengths), dtype=bool)
        return ends_nearer(lengths, self.words - self.used_words)

    def take(self, length: int) -> None:
        self.used_words += int(length)
        self.used_units += 1


def _greedy(
    units: Sequence[Unit],
    features: Features,
    tfidf: Any,
    budget: _Budget,
    gain: Any,
) -> list[int]:
    """Pick units one at a time by ``gain(alive, chosen) -> scores`` until the budget is met.

    ``gain`` returns one value per unit (higher is better); units that are dead (chosen,
    overlapping a chosen one, or redundant) or do not fit get no chance.
    """
    import numpy as np

    n = len(units)
    alive = np.ones(n, dtype=bool)
    lengths = features.lengths
    chosen: list[int] = []
    spans: dict[str, list[int]] = {}
    for i, unit in enumerate(units):
        spans.setdefault(unit.article, []).append(i)
    while not budget.done():
        candidates = alive & budget.fits(lengths)
        last = not candidates.any()
        if last:
            candidates = alive & budget.ends_nearer(lengths)
            if not candidates.any():
                break
        values = np.where(candidates, gain(chosen), -np.inf)
        best = int(np.argmax(values))
        if not np.isfinite(values[best]):
            break
        chosen.append(best)
        budget.take(lengths[best])
        alive[best] = False
        unit = units[best]
        for other in spans[unit.article]:
            if units[other].start < unit.end and unit.start < units[other].end:
                alive[other] = False
        similarity = np.asarray((tfidf @ tfidf[best].T).todense()).ravel()
        alive &= similarity < REDUNDANT
        if last:
            break
    return chosen


def select_coverage(
    units: Sequence[Unit],
    features: Features,
    tfidf: Any,
    centrality: Any,
    *,
    sentences: int,
    words: int | None,
) -> list[int]:
    """brief's default selector: concept coverage plus LexRank-and-lead salience."""
    import numpy as np

    article, articles = _article_index(units)
    bigrams = _binary(features.bigrams)
    unigrams = _binary(features.unigrams)
    open_bigrams = concept_weights(bigrams, article, articles)
    open_unigrams = concept_weights(unigrams, article, articles) * UNIGRAM_WEIGHT
    positions = np.array([u.position for u in units], dtype=np.float64)
    lengths = np.maximum(features.lengths.astype(np.float64), 1.0)
    mean = centrality.mean() if len(centrality) and centrality.mean() > 0 else 1.0
    salience = SALIENCE_WEIGHT * (centrality / mean) * lead_prior(positions) * lengths
    divisor = lengths if words is not None else lengths**SENTENCE_LENGTH_EXPONENT

    def gain(chosen: list[int]) -> Any:
        if chosen:
            last = chosen[-1]
            open_bigrams[bigrams[last].indices] = 0.0
            open_unigrams[unigrams[last].indices] = 0.0
        return (bigrams @ open_bigrams + unigrams @ open_unigrams + salience) / divisor

    return _greedy(units, features, tfidf, _Budget(sentences, words), gain)


def select_ranked(
    units: Sequence[Unit],
    features: Features,
    tfidf: Any,
    scores: Sequence[float],
    *,
    sentences: int,
    words: int | None,
) -> list[int]:
    """Best score first (ties: earlier unit), skipping overlaps and near-duplicates.

    Units scored minus infinity (not ranked at all) are never chosen.
    """
    import numpy as np

    values = np.asarray(scores, dtype=np.float64)
    order = np.argsort(-values, kind="stable")
    rank = np.empty(len(order), dtype=np.float64)
    rank[order] = -np.arange(len(order), dtype=np.float64)
    rank[np.isneginf(values)] = -np.inf
    return _greedy(units, features, tfidf, _Budget(sentences, words), lambda _chosen: rank)
