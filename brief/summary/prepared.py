"""A set prepared for the concept selector: its units and their concept matrices.

Everything here depends on the articles (and the focus) only, never on ``concepts.Settings``:
the units a set is cut into (``units.collect_units``), the binary unit x stem-bigram and unit x
content-stem matrices the program's concepts are columns of, the stem counts LexRank reads,
the smoothed-idf vectors the redundancy constraint compares, and, with a focus, which stems
the focus names and how close each unit is to it. Benchmarks prepare each cluster once and
try many settings on it (``concepts.choose``); a story export prepares every set before
their centralities are found together (``phases``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from brief.model import Article
from brief.summary.units import Unit

MIN_WORDS = 8
"""Units shorter than this never enter (``units.MIN_WORDS``, measured again here)."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything about a set that does not depend on the settings (cached by benchmarks)."""

    units: list[Unit]
    bigrams: Any
    """Binary unit x bigram-concept matrix (CSR)."""
    unigrams: Any
    """Binary unit x content-stem matrix (CSR)."""
    counts: Any
    """Content-stem counts per unit (CSR), for LexRank's tf-idf."""
    similar: Any
    """L2-normalised smoothed-idf stem vectors (redundancy, attribution)."""
    lengths: Any
    positions: Any
    article: Any
    """Article number of each unit."""
    articles: int
    focus_stems: Any = None
    """Columns of ``unigrams`` that are focus stems (boolean), or None without a focus."""
    focus_similarity: Any = None
    """Cosine of each unit with the focus text, or None."""
    centrality: Any = None
    """LexRank centrality of each unit, mean 1 (computed on first use)."""


def prepare(
    articles: Sequence[Article],
    *,
    min_words: int = MIN_WORDS,
    focus: str = "",
    words: int | None = None,
) -> Prepared | None:
    """Units and their concept matrices (``words``: the word budget, if any); None if none."""
    from brief.summary.units import collect_units

    units = collect_units(articles, min_words=min(min_words, MIN_WORDS), words=words)
    return prepare_units(units, focus=focus)


def prepare_units(units: list[Unit], *, focus: str = "") -> Prepared | None:
    import numpy as np

    from brief.summary.sparse_ops import binary, head
    from brief.summary.vectors import featurize, similarity_vectors

    if not units:
        return None
    texts = [u.text for u in units]
    focused = bool(focus.strip())
    features = featurize([*texts, focus] if focused else texts)
    n = len(units)
    unigrams = binary(features.unigrams)
    similar_all = similarity_vectors(features.unigrams)
    ids: dict[str, int] = {}
    article = np.fromiter(
        (ids.setdefault(u.article, len(ids)) for u in units), dtype=np.int64, count=n
    )
    focus_stems = focus_similarity = None
    if focused:
        query = unigrams[n]
        focus_stems = np.zeros(unigrams.shape[1], dtype=bool)
        focus_stems[query.indices] = True
        focus_similarity = np.asarray((similar_all[:n] @ similar_all[n].T).todense()).ravel()
    return Prepared(
        units=units,
        bigrams=binary(head(features.bigrams, n)),
        unigrams=head(unigrams, n),
        counts=head(features.unigrams, n),
        similar=head(similar_all, n),
        lengths=features.lengths[:n].astype(np.float64),
        positions=np.array([u.position for u in units], dtype=np.float64),
        article=article,
        articles=len(ids),
        focus_stems=focus_stems,
        focus_similarity=focus_similarity,
    )
