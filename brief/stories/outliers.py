"""Members a story holds only loosely: set aside as stories of their own.

Average link admits an article into a cluster while its mean score with the cluster clears
the threshold, and the cluster then grows around the article's partners. So a story of
five reports on one event can carry a sixth article that shares a country and a president
with them and nothing of the event: it scored just above 1 with each of them, while they
score 5-8 with one another. The split's second look (``brief.stories.split``) only cuts
stories of 6+ into real parts; it never asks whether one member belongs at all.

Here each member's attachment (its mean pair score with the other members) is compared with
the other members' mean score among themselves; a member under ``loose_share`` of that is
set aside, the weakest first, until every member holds (a story of two is never cut: either
side could be the outlier). The comparison is relative, so it adapts to how tightly a story
is written (many near-copies, or a loose series of follow-ups).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

MAX_STORY = 1500
"""Stories larger than this are not examined (the check is quadratic in the story's size)."""


def set_aside_loose(
    groups: list[list[int]],
    terms: csr_matrix,
    entities: csr_matrix,
    lengths: Sequence[int],
    *,
    entity_weight: float,
    threshold: float,
    reference_length: float,
    length_power: float,
    loose_share: float,
) -> list[list[int]]:
    """``groups`` with each loosely held member moved to a group of its own (after its story)."""
    import numpy as np

    out: list[list[int]] = []
    for group in groups:
        if not 3 <= len(group) <= MAX_STORY:
            out.append(group)
            continue
        rows = np.asarray(group)
        words, names = terms[rows], entities[rows]
        similar = (words @ words.T).toarray() + entity_weight * (names @ names.T).toarray()
        length = np.maximum(np.asarray(lengths, dtype=np.float64)[rows], 1.0)
        shorter = np.minimum.outer(length, length)
        score = similar / (threshold * (shorter / reference_length) ** length_power)
        np.fill_diagonal(score, 0.0)
        loose = _loose(score, loose_share)
        if not loose:
            out.append(group)
            continue
        out.append([item for k, item in enumerate(group) if k not in loose])
        out.extend([group[k]] for k in sorted(loose))
    return out


def _loose(score, share: float) -> set[int]:  # type: ignore[no-untyped-def]
    """Positions of the members set aside, weakest first, from a dense score matrix."""
    import numpy as np

    alive = np.ones(len(score), dtype=bool)
    row = score.sum(axis=1)
    total = row.sum()
    out: set[int] = set()
    while alive.sum() >= 3:
        n = int(alive.sum())
        attachment = row / (n - 1)
        rest = (total - 2.0 * row) / ((n - 1) * (n - 2))  # the others' mean among themselves
        ratio = np.where(alive & (rest > 0), attachment / np.where(rest > 0, rest, 1.0), np.inf)
        weakest = int(np.argmin(ratio))  # ties: the first position, so the result is stable
        if not ratio[weakest] < share:
            break
        out.add(weakest)
        alive[weakest] = False
        total -= 2.0 * row[weakest]
        row = row - score[:, weakest]
        row[weakest] = 0.0
    return out
