"""How far two wordings keep their shared words in one order (clustering and paraphrase)."""

from __future__ import annotations

from collections.abc import Sequence

LOOSE_ORDER = 0.5
"""Least ``stem_order`` for the loose tiers: the topic's words in another order are another
statement ("requests to comply were ignored" is not "lifted if they comply")."""


def stem_order(a: Sequence[str], b: Sequence[str]) -> float:
    """Longest common subsequence of two stem sequences over the shorter one (0 if empty)."""
    from rapidfuzz.distance import LCSseq  # lazy: rapidfuzz loads on first use

    shorter = min(len(a), len(b))
    return LCSseq.similarity(a, b) / shorter if shorter else 0.0
