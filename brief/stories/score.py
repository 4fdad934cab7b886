"""The pair score: how strongly two articles look like reports of one event.

Words weighted by rarity say what kind of event it is; names say whose and where. Siblings
(two earthquakes, two rehab check-ins) share the first but not the second, so the score adds
the names' cosine (weighted) to the words' cosine, and a pair is linked when the sum clears
a threshold that grows with text length: short texts share fewer words, so the best cut for
snippets is lower than for full articles (0.07 at 30 words, 0.11 at 200, 0.145 at 600).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.stories.features import ArticleFeatures
from brief.stories.vectors import PileVectors, row_cosines

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True, slots=True)
class Settings:
    """Grouping constants, chosen together on all the labelled dev piles (docs/decisions.md)."""

    entity_weight: float = 0.35
    threshold: float = 0.11
    """Threshold of the summed cosines at ``reference_length`` content words."""
    reference_length: float = 200.0
    length_power: float = 0.25
    """The threshold scales as ``(length / reference_length) ** length_power``."""
    max_span_days: int = 400
    """Dated articles further apart than this never share a story."""
    candidates_per_article: int = 12
    min_link: float = 0.5
    """Pairs scoring below this share of their threshold are left out of the clustering."""
    name_guard: bool = True
    """Keep apart clusters whose core names disagree (``brief.stories.cluster.NameGuard``)."""
    magnitude_gap: float = 0.35
    """Clusters whose leads state quake magnitudes with medians further apart than this are
    two quakes (``brief.stories.facts``; 0 turns it off)."""
    actor_least: int = 5
    """A story two actors each lead this many reports of is cut in two
    (``brief.stories.actors``; 0 turns it off)."""
    era_least: int = 4
    """A story with this many dated reports and this many undated ones whose latest named
    year is ``era_gap`` years before them is cut in two (``brief.stories.eras``; 0: off)."""
    era_gap: int = 3
    split_headlines: bool = True
    """Names do not keep apart, nor cut in two, reports under one headline
    (``brief.stories.cluster.shared_headline``)."""
    cohesion: float = 0.47
    """Two clusters of 3+ merge only while their cross mean is at least this share of the
    looser one's own mean (``brief.stories.cluster._loosely_joined``; 0 turns it off)."""
    loose_share: float = 0.25
    """A member whose mean score with the rest of its story is under this share of the
    rest's own mean is set aside (``brief.stories.outliers``; 0 turns it off)."""


DEFAULT = Settings()


def pair_scores(
    features: Sequence[ArticleFeatures],
    vectors: PileVectors,
    first: np.ndarray,
    second: np.ndarray,
    settings: Settings = DEFAULT,
) -> np.ndarray:
    """Each pair's score divided by its own threshold: above 1 means "same story"."""
    import numpy as np

    if len(first) == 0:
        return np.zeros(0)
    similarity = row_cosines(vectors.terms, first, second) + settings.entity_weight * (
        row_cosines(vectors.entities, first, second)
    )
    lengths = np.array([max(f.length, 1) for f in features], dtype=np.float64)
    shorter = np.minimum(lengths[first], lengths[second])
    threshold = settings.threshold * (shorter / settings.reference_length) ** (
        settings.length_power
    )
    return similarity / threshold
