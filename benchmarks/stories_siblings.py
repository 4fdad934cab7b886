"""Story grouping: can the ECB+ stories that join two sibling incidents be told apart at all?

Run from the repository root::

    python benchmarks/stories_siblings.py

For every predicted ECB+ story that holds two gold stories of one topic (two earthquakes, two
offers to one player), in-process with the default settings, it prints what the grouping's
own signals see inside that story:

* ``score``: the mean pair score (times its threshold, as average link reads it) of pairs
  inside one incident and of pairs across the two, and the AUC of the first against the
  second (0.5: the score cannot tell a same-incident pair from a cross pair; 1.0: always);
* ``overlap``: the same for the overlap of the two articles' 10 strongest partners in the
  pile (shared nearest neighbours: two communities joined by a few links overlap little);
* ``weekday``: of the pairs where both articles name a weekday, the share naming a common
  one (reports of one event tell of its day; a sibling happened on another day, unless
  both fell on the same weekday);
* ``gold cut``: the split's two-incidents test (``brief.stories.split``) read on the gold
  partition itself, with each side's core names the other lacks, and the numbers (not
  years) carried by half of one side and at most 10 % of the other;
* ``tree cut``: the same test on the cut the split actually finds (``_halves``).

A story whose gold partition fails the test cannot be separated by a better cut; one whose
scores have an AUC near 0.5 cannot be separated by re-weighting the links. Data:
``../shared/eval/stories/ecbplus_dev.jsonl`` (measurement only).
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from stories import write_ecb

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
NEIGHBOURS = 10


def _numbers(text: str) -> set[str]:
    found = {m.group().replace(",", "") for m in _NUMBER.finditer(text)}
    return {n for n in found if not _YEAR.fullmatch(n)}


def _auc(positive: list[float], negative: list[float]) -> float:
    if not positive or not negative:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def _distinct(side: list[int], other: list[int], items: list[set[str]]) -> list[str]:
    mine = Counter(x for i in side for x in items[i])
    theirs = Counter(x for i in other for x in items[i])
    return sorted(
        x for x, c in mine.items() if c >= 0.5 * len(side) and theirs[x] <= 0.1 * len(other)
    )


def main() -> None:
    import numpy as np

    from brief.ingest import load_paths
    from brief.stories import DEFAULT, group_ids
    from brief.stories.cluster import NameGuard
    from brief.stories.features import features_of
    from brief.stories.score import pair_scores
    from brief.stories.split import _cluster, _halves, _two_events
    from brief.stories.vectors import build_vectors, candidate_pairs

    with tempfile.TemporaryDirectory(prefix="brief-stories-") as tmp:
        labels = write_ecb(Path(tmp) / "ecb")
        loaded = load_paths([str(Path(tmp) / "ecb")]).articles
    ids = {a.id for a in loaded}
    articles = [a for a in loaded if a.duplicate_of not in ids]  # as group_ids sees them
    features = [features_of(a) for a in articles]
    vectors = build_vectors(features)
    first, second = candidate_pairs(vectors, DEFAULT.candidates_per_article)
    scores = pair_scores(features, vectors, first, second)
    partners: dict[int, list[tuple[float, int]]] = defaultdict(list)
    score_of: dict[tuple[int, int], float] = {}
    for a, b, s in zip(first.tolist(), second.tolist(), scores.tolist(), strict=True):
        partners[a].append((s, b))
        partners[b].append((s, a))
        score_of[min(a, b), max(a, b)] = s
    near = {
        i: {j for _, j in sorted(p, reverse=True)[:NEIGHBOURS]} | {i} for i, p in partners.items()
    }
    names = [{e for e in f.entities if " " not in e} for f in features]
    numbers = [_numbers(a.text) for a in articles]
    weekdays = [set(_WEEKDAY.findall(a.text)) for a in articles]
    guard = NameGuard()
    story = [labels[a.id][0] for a in articles]
    topic = [labels[a.id][1] for a in articles]
    position = {a.id: k for k, a in enumerate(articles)}
    inseparable = 0
    for group in group_ids(loaded):
        members = [position[loaded[i].id] for i in group if loaded[i].id in position]
        incidents = Counter(story[i] for i in members)
        if len({topic[i] for i in members}) == len(incidents) or len(members) < 6:
            continue  # no two incidents of one topic here
        same: dict[str, list[float]] = {"score": [], "overlap": [], "weekday": []}
        cross: dict[str, list[float]] = {"score": [], "overlap": [], "weekday": []}
        for k, a in enumerate(members):
            for b in members[k + 1 :]:
                bucket = same if story[a] == story[b] else cross
                bucket["score"].append(score_of.get((min(a, b), max(a, b)), 0.0))
                shared = len(near.get(a, {a}) & near.get(b, {b}))
                bucket["overlap"].append(shared / (NEIGHBOURS + 1))
                if weekdays[a] and weekdays[b]:
                    bucket["weekday"].append(float(bool(weekdays[a] & weekdays[b])))
        print(f"\n== {len(members)} articles: {dict(incidents)}")
        for signal in ("score", "overlap"):
            print(
                f"  {signal:<8} same {np.mean(same[signal]):5.2f}  cross "
                f"{np.mean(cross[signal]):5.2f}  AUC {_auc(same[signal], cross[signal]):.2f}"
            )
        print(
            f"  weekday  same {np.mean(same['weekday'] or [np.nan]):5.2f}  cross "
            f"{np.mean(cross['weekday'] or [np.nan]):5.2f}  (pairs naming a common weekday)"
        )
        big = [s for s, c in incidents.most_common(2)]
        one = [i for i in members if story[i] == big[0]]
        two = [i for i in members if story[i] == big[1]]
        gold_split = len(two) >= guard.min_size and _two_events(
            _cluster(one, names), _cluster(two, names), guard
        )
        inseparable += 0 if gold_split else len(members)
        print(
            f"  gold cut {len(one)} | {len(two)}: test {'splits' if gold_split else 'keeps'}; "
            f"names {_distinct(one, two, names)[:6]} | {_distinct(two, one, names)[:6]}; "
            f"numbers {_distinct(one, two, numbers)[:6]} | {_distinct(two, one, numbers)[:6]}"
        )
        rows = np.asarray(members)
        words, people = vectors.terms[rows], vectors.entities[rows]
        similar = (words @ words.T).toarray() + DEFAULT.entity_weight * (
            (people @ people.T).toarray()
        )
        from scipy.cluster.hierarchy import linkage
        from scipy.spatial.distance import squareform

        distance = np.maximum(similar.max() - similar, 0.0)
        np.fill_diagonal(distance, 0.0)
        halves = _halves(
            linkage(squareform(distance, checks=False), "average"), len(members), 3, similar
        )
        if halves is not None:
            left, right = ([members[k] for k in half] for half in halves)
            print(
                f"  tree cut {dict(Counter(story[i] for i in left))} | "
                f"{dict(Counter(story[i] for i in right))}"
            )
    print(
        f"\narticles in sibling stories whose gold partition the split's test keeps: {inseparable}"
    )


if __name__ == "__main__":
    main()
