"""Scores of predicted stories against labelled ones: pairwise and B-cubed precision /
recall / F1, and the false merges that join sibling incidents of one topic."""

from __future__ import annotations

import itertools
from collections import Counter

Labels = dict[str, tuple[str, str]]
"""File stem -> (story, topic)."""


# --- scores --------------------------------------------------------------------------------


def scores(labels: Labels, groups: list[list[str]]) -> dict[str, float]:
    predicted = {item: n for n, group in enumerate(groups) for item in group}
    items = sorted(labels)
    story = {i: labels[i][0] for i in items}
    topic = {i: labels[i][1] for i in items}
    gold_size = Counter(story.values())
    pred_size = Counter(predicted[i] for i in items)
    joint = Counter((story[i], predicted[i]) for i in items)

    def pairs(count: int) -> float:
        return count * (count - 1) / 2

    true_pairs = sum(pairs(v) for v in joint.values())
    pred_pairs = sum(pairs(v) for v in pred_size.values())
    gold_pairs = sum(pairs(v) for v in gold_size.values())
    out = _prf("pair", true_pairs / pred_pairs if pred_pairs else 1.0, true_pairs / gold_pairs)
    precision = sum(joint[story[i], predicted[i]] / pred_size[predicted[i]] for i in items)
    recall = sum(joint[story[i], predicted[i]] / gold_size[story[i]] for i in items)
    out |= _prf("b3", precision / len(items), recall / len(items))
    # false merges: predicted-together pairs of different stories; siblings share a topic
    members: dict[int, list[str]] = {}
    for i in items:
        members.setdefault(predicted[i], []).append(i)
    false, sibling = 0, 0
    with_sibling = 0
    for group in members.values():
        by_story = Counter(story[i] for i in group)
        by_topic_story = Counter((topic[i], story[i]) for i in group)
        for a, b in itertools.combinations(sorted(by_story), 2):
            false += by_story[a] * by_story[b]
        topics = Counter(t for t, _ in by_topic_story)
        for (t, s), count in by_topic_story.items():
            if topics[t] > 1:
                with_sibling += count
                for (t2, s2), count2 in by_topic_story.items():
                    if t2 == t and s2 > s:
                        sibling += count * count2
    out["false_merges"] = false
    out["sibling_share"] = sibling / false if false else 0.0
    out["with_sibling"] = with_sibling / len(items)
    out["stories"] = len(members)
    out["gold"] = len(gold_size)
    return out


def _prf(name: str, precision: float, recall: float) -> dict[str, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{name}_p": precision, f"{name}_r": recall, f"{name}_f": f1}
