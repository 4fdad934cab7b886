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

from brief.stories.features import ArticleFeatures
from brief.stories.score import Settings, pair_scores
from brief.stories.vectors import PileVectors

MAX_STORY = 1500
"""Stories larger than this are not examined (the check is quadratic in the story's size)."""


def set_aside_loose(
    groups: list[list[int]],
    features: Sequence[ArticleFeatures],
    vectors: PileVectors,
    settings: Settings,
) -> list[list[int]]:
    """``groups`` with each loosely held member moved to a group of its own (after its story).

    Members are scored with the pair score of the grouping itself (``pair_scores``)."""
    import numpy as np

    judged = [k for k, group in enumerate(groups) if 3 <= len(group) <= MAX_STORY]
    # every pair inside a judged story, scored in one batch (a story's pairs sit together)
    firsts, seconds, offsets = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [0]
    for k in judged:
        one, two = np.triu_indices(len(groups[k]), k=1)
        members = np.asarray(groups[k], dtype=np.int64)
        firsts.append(members[one])
        seconds.append(members[two])
        offsets.append(offsets[-1] + len(one))
    pair_score = pair_scores(
        features, vectors, np.concatenate(firsts), np.concatenate(seconds), settings
    )
    loose_of: dict[int, set[int]] = {}
    for number, k in enumerate(judged, start=1):
        group = groups[k]
        score = np.zeros((len(group), len(group)))  # dense: the story's own pairs
        one, two = np.triu_indices(len(group), k=1)
        score[one, two] = pair_score[offsets[number - 1] : offsets[number]]
        score[two, one] = score[one, two]
        loose = _loose(score, settings.loose_share)
        if loose:
            loose_of[k] = loose
    out: list[list[int]] = []
    for k, group in enumerate(groups):
        loose = loose_of.get(k)
        if not loose:
            out.append(group)
            continue
        out.append([item for at, item in enumerate(group) if at not in loose])
        out.extend([group[at]] for at in sorted(loose))
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
