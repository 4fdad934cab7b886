"""The default selector under other settings, in-process: sweeps, ablations, focus, k-fold CV.

Each cluster is prepared once (units and concept matrices, ``brief.summary.concepts.prepare``)
and every setting only re-solves; the scores are cached on disk too (``.bench-cache/variants``).
"""

from __future__ import annotations

import hashlib
import itertools
import random
import statistics
import sys
import time
from collections.abc import Sequence
from typing import Any

from mds import (
    INGEST_CODE,
    SHORT,
    Cluster,
    Tokens,
    _cached,
    _code_hash,
    mean,
    print_macro_table,
    score,
)


class Variants:
    """Summaries of the default selector under other settings, preparation cached per cluster."""

    def __init__(self, clusters: list[Cluster], tokens: Tokens) -> None:
        self.clusters = clusters
        self.tokens = tokens
        self._prepared: dict[tuple, Any] = {}
        self._scores: dict[tuple, tuple] = {}

    def prepared(self, cluster: Cluster, min_words: int, focused: bool | str) -> Any:
        """``focused``: False (general), ``"topic"`` (title and narrative) or ``"title"``."""
        from brief.summary.concepts import MIN_WORDS, prepare

        floor = min(min_words, MIN_WORDS)
        key = (cluster.set, cluster.id, floor, focused)
        if key not in self._prepared:
            focus = {"topic": cluster.topic, "title": cluster.title}.get(str(focused), "")
            self._prepared[key] = prepare(
                cluster.analysed, min_words=floor, focus=focus, words=cluster.limit
            )
        return self._prepared[key]

    def score(self, cluster: Cluster, settings: Any, focused: bool | str = False) -> tuple:
        key = (cluster.set, cluster.id, settings, focused)
        if key not in self._scores:
            digest = hashlib.sha256(repr(key).encode()).hexdigest()[:20]
            self._scores[key] = _cached(
                "variants",
                f"{SELECTOR_VERSION}-{_code_hash(*VARIANT_CODE)}-{digest}",
                lambda: self._score(cluster, settings, focused),
            )
        return self._scores[key]

    def _score(self, cluster: Cluster, settings: Any, focused: bool | str) -> tuple:
        from brief.summary.concepts import choose

        prepared = self.prepared(cluster, settings.min_words, focused)
        if prepared is None:
            text = ""
        else:
            chosen = choose(prepared, settings, words=cluster.limit)
            text = " ".join(prepared.units[i].text for i in chosen)
        return score(text, cluster, self.tokens)

    def per_set(self, settings: Any, focused: bool | str = False) -> dict[str, list]:
        rows: dict[str, list] = {}
        for cluster in self.clusters:
            rows.setdefault(cluster.set, []).append(self.score(cluster, settings, focused))
        return rows


SELECTOR_VERSION = "9"
"""Bump when ``brief/summary/concepts.py`` or ``prepared.py`` changes what it chooses: the
variants' scores are cached on disk under this and the hash of the code below (those two are
left out so that editing their focus or documentation does not throw away an hour of grid)."""
VARIANT_CODE = (
    *INGEST_CODE,
    "brief/summary/units.py",
    "brief/summary/vectors.py",
    "brief/summary/lexrank.py",
)

SWEEP: dict[str, tuple] = {
    "position_weight": (0.0, 0.25, 0.5, 1.0, 2.0),
    "per_summary": (False, True),
    "position_exponent": (0.5, 0.75, 1.0),
    "concept_position": (0.0, 0.25, 0.5),
    "min_words": (1, 5, 8, 10, 12),
    "redundancy": (None, 0.3, 0.5, 0.7),
    "unigram_weight": (0.0, 0.05, 0.1, 0.15, 0.2, 0.5),
    "centrality": (False, True),
    "fill": ("none", "ratio", "total", "any"),
}
"""Values each constant is tried at (``--sweep``: one at a time, the others at default)."""

GRID: dict[str, tuple] = {
    "per_summary": (True, False),
    "position_weight": (0.5, 1.0, 2.0),
    "unigram_weight": (0.1, 0.0, 0.2),
}
"""The grid ``--folds`` chooses on (all combinations; the other constants at default). Its
points are a factor 2 apart (the 54-point grid of the eighth round had neighbours 0.1 apart
in macro, and the CV figure moved 0.3 R-1 when one fold's vote flipped between them); the
lead prior's exponent and ``concept_position`` are curves only (``--sweep``): every fold chose
their default in the eighth round (decisions.md, tenth round)."""


def ablations() -> dict[str, Any]:
    from brief.summary.concepts import DEFAULT, with_settings

    return {
        "default (concepts)": DEFAULT,
        "greedy instead of the exact solver": with_settings(solver="greedy"),
        "no position prior": with_settings(position_weight=0.0),
        "lead prior per word at 0.5 (ninth round)": with_settings(
            per_summary=False, position_weight=0.5
        ),
        "at most N words (no last unit past N)": with_settings(fill="none"),
        "no minimum length (>= 1 word)": with_settings(min_words=1),
        "no redundancy constraint": with_settings(redundancy=None),
        "concepts in any article (no min support)": with_settings(support="one"),
        "no unigram concepts (bigrams only)": with_settings(unigram_weight=0.0),
    }


def print_curves(variants: Variants) -> None:
    from brief.summary.concepts import DEFAULT, with_settings

    sets = list(dict.fromkeys(c.set for c in variants.clusters))
    for constant, values in SWEEP.items():
        print(f"\n### Curve of `{constant}` (default {getattr(DEFAULT, constant)}): R-1 / R-2\n")
        print(f"| {constant} | " + " | ".join(SHORT.get(s, s) for s in sets) + " | macro |")
        print("|---|" + "---|" * (len(sets) + 1))
        for value in values:
            rows = variants.per_set(with_settings(**{constant: value}))
            cells = [mean(rows[s]) for s in sets]
            macro = (statistics.fmean(c[0] for c in cells), statistics.fmean(c[1] for c in cells))
            text = " | ".join(f"{c[0]:.2f} / {c[1]:.2f}" for c in cells)
            print(f"| {value} | {text} | {macro[0]:.2f} / {macro[1]:.2f} |")


def print_ablations(variants: Variants) -> None:
    results: dict[str, dict[str, list]] = {}
    for name, settings in ablations().items():
        results[name] = variants.per_set(settings)
    results["submodular (Lin & Bilmes) instead"] = _submodular(variants)
    print("\n## Ablations: the default with one ingredient changed")
    print_macro_table(results, variants.clusters)


def _submodular(variants: Variants) -> dict[str, list]:
    from brief.summary.submodular import summarize_submodular

    rows: dict[str, list] = {}
    for cluster in variants.clusters:
        text = " ".join(summarize_submodular(cluster.analysed, words=cluster.limit))
        rows.setdefault(cluster.set, []).append(score(text, cluster, variants.tokens))
    return rows


def print_focus(variants: Variants) -> None:
    from brief.summary.concepts import DEFAULT

    topical = [c for c in variants.clusters if c.topic]
    if not topical:
        print("\nno cluster with a topic among the sets chosen: no focus table")
        return
    print("\n## Focused against generic, same clusters (recall R-1 / R-2)\n")
    print("`--focus` is the topic's title alone (a short query) or its title and narrative.\n")
    print("| set | clusters | generic | focus: title | focus: title + narrative |")
    print("|---|---|---|---|---|")
    groups = {s: [c for c in topical if c.set == s] for s in dict.fromkeys(c.set for c in topical)}
    groups["all topic clusters"] = topical
    for set_name, group in groups.items():
        generic = mean([variants.score(c, DEFAULT) for c in group])
        cells = [f"{generic[0]:.2f} / {generic[1]:.2f}"]
        for kind in ("title", "topic"):
            focused = mean([variants.score(c, DEFAULT, focused=kind) for c in group])
            cells.append(
                f"{focused[0]:.2f} / {focused[1]:.2f} "
                f"({focused[0] - generic[0]:+.2f} / {focused[1] - generic[1]:+.2f})"
            )
        print(f"| {set_name} | {len(group)} | " + " | ".join(cells) + " |")


# ---------------------------------------------------------------- cross-validation


def folds_of(clusters: list[Cluster], k: int, seed: int = 0) -> list[int]:
    """Fold number of each cluster: each set's clusters shuffled and dealt round-robin."""
    out = [0] * len(clusters)
    by_set: dict[str, list[int]] = {}
    for i, cluster in enumerate(clusters):
        by_set.setdefault(cluster.set, []).append(i)
    rng = random.Random(seed)
    for members in by_set.values():
        members = sorted(members, key=lambda i: clusters[i].id)
        rng.shuffle(members)
        for n, i in enumerate(members):
            out[i] = n % k
    return out


def _macro(clusters: list[Cluster], scores: list[tuple], members: Sequence[int]) -> float:
    """Macro mean over sets of R-1 + R-2 recall on the given clusters."""
    by_set: dict[str, list[float]] = {}
    for i in members:
        by_set.setdefault(clusters[i].set, []).append(scores[i][0] + scores[i][1])
    return statistics.fmean(statistics.fmean(v) for v in by_set.values())


def cross_validate(variants: Variants, k: int) -> None:
    from brief.summary.concepts import with_settings

    clusters = variants.clusters
    names = list(GRID)
    grid = [dict(zip(names, values, strict=True)) for values in itertools.product(*GRID.values())]
    started = time.perf_counter()
    table = []
    for point in grid:
        settings = with_settings(**point)
        table.append([variants.score(c, settings) for c in clusters])
    print(
        f"  grid of {len(grid)} points x {len(clusters)} clusters: "
        f"{time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    fold = folds_of(clusters, k)
    held_out: list[tuple | None] = [None] * len(clusters)
    held_in: dict[str, list[tuple]] = {}
    chosen_points = []
    fold_means: dict[str, list[tuple]] = {}
    for f in range(k):
        train = [i for i in range(len(clusters)) if fold[i] != f]
        test = [i for i in range(len(clusters)) if fold[i] == f]
        best = max(range(len(grid)), key=lambda g: (_macro(clusters, table[g], train), -g))
        chosen_points.append(grid[best])
        for i in test:
            held_out[i] = table[best][i]
        for set_name in dict.fromkeys(c.set for c in clusters):
            inside = [table[best][i] for i in train if clusters[i].set == set_name]
            outside = [table[best][i] for i in test if clusters[i].set == set_name]
            held_in.setdefault(set_name, []).append(mean(inside))
            if outside:
                fold_means.setdefault(set_name, []).append(mean(outside))
    print(f"\n## {k}-fold cross-validation over {len(clusters)} clusters of every set chosen\n")
    print("Grid: " + "; ".join(f"{n} in {list(v)}" for n, v in GRID.items()))
    print("\n| fold | chosen |\n|---|---|")
    for f, point in enumerate(chosen_points):
        print(f"| {f} | " + ", ".join(f"{n}={v}" for n, v in point.items()) + " |")
    print(
        "\n| set | held-in R-1 / R-2 | held-out (CV) R-1 / R-2 | gap R-2 | "
        "spread of fold R-2 (sd) |"
    )
    print("|---|---|---|---|---|")
    cv_cells = []
    for set_name in dict.fromkeys(c.set for c in clusters):
        inside = mean(held_in[set_name])
        outside = mean([held_out[i] for i in range(len(clusters)) if clusters[i].set == set_name])
        spread = statistics.pstdev(m[1] for m in fold_means[set_name])
        cv_cells.append(outside)
        print(
            f"| {set_name} | {inside[0]:.2f} / {inside[1]:.2f} | {outside[0]:.2f} / "
            f"{outside[1]:.2f} | {inside[1] - outside[1]:+.2f} | {spread:.2f} |"
        )
    print(
        f"| macro | | {statistics.fmean(c[0] for c in cv_cells):.2f} / "
        f"{statistics.fmean(c[1] for c in cv_cells):.2f} | | |"
    )
