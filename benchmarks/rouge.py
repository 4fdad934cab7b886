"""ROUGE of brief's summaries on every multi-document dev set, each apart and macro-averaged.

Run from the repository root (needs the ``bench`` extra: ``pip install -e '.[bench]'``)::

    python benchmarks/rouge.py                          # every dev set, every algorithm + lead
    python benchmarks/rouge.py --sets duc2004 --algorithms concepts,lead
    python benchmarks/rouge.py --algorithms concepts --folds 5    # constants chosen by k-fold CV
    python benchmarks/rouge.py --algorithms concepts --sweep      # one curve per constant, per set
    python benchmarks/rouge.py --algorithms concepts --ablations  # the default minus one ingredient
    python benchmarks/rouge.py --sets duc2006,duc2007_update_a --focus   # focused vs generic
    python benchmarks/rouge.py --sets duc2004 --cli     # the default through `brief export`

Dev sets (``../shared/eval/mds``): DUC 2004 dev (20 clusters, 100 words), the extra DUC sets of
``duc_extra_dev.jsonl`` split by their ``set`` field (DUC 2003 task 2 and task 3 and DUC 2007
update A at 100 words, DUC 2006 at 250: each cluster's ``words``), Multi-News dev50 (300 words).

Each cluster's documents go through brief's own ingest (``brief.ingest.load_paths`` on one
``.txt`` file per document, as ``brief export DIR`` reads them); the articles are cached on disk
(``.bench-cache/``, keyed by the cluster and by the source of brief's ingest and text code), and
so are the summaries of sumy's algorithms (keyed by the summary code they run). Summaries are
made in-process with ``brief.summary.summarize(..., AnalysisOptions(algorithm, words=N))``;
``--cli`` runs the very command ``brief export DIR --format json --words N`` per cluster as the
end-to-end check, and counts how many of its summaries equal the in-process ones.

Scoring follows ``../shared/eval/mds/README.md``: the summary's sentences joined in brief's
order and cut at N whitespace words; references' lines joined by spaces, not cut; rouge-score's
tokeniser with the Porter stemmer (``RougeScorer(..., use_stemmer=True)``, the references
tokenised once per cluster); recall and F1 averaged over a cluster's references, then over
clusters. The published systems' summaries are scored the same way on DUC 2004 dev.

``lead`` is a round-robin lead baseline on brief's ingest: the first body sentence of every
article in set order, then the second ones, and so on.

``--folds K`` chooses the constants of the default (``brief.summary.concepts.Settings``) on all
dev sets together: the clusters of every set are dealt into K folds (seeded shuffle per set);
for each fold the grid point with the best macro mean of R-1 + R-2 recall on the other folds is
chosen and scores the held-out fold. It prints, per set, the held-in and held-out figures, their
gap, the spread of the held-out fold means, and which grid point each fold chose.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CACHE = ROOT / ".bench-cache"
BRIEF = (sys.executable, "-m", "brief")
DEFAULT = "concepts"


def _find_mds() -> Path:
    for parent in ROOT.parents:
        candidate = parent / "shared" / "eval" / "mds"
        if candidate.exists():
            return candidate
    return ROOT.parent / "shared" / "eval" / "mds"


MDS = _find_mds()

SETS: dict[str, tuple[str, str | None, int]] = {
    "duc2004": ("duc2004_dev.jsonl", None, 100),
    "duc2003": ("duc_extra_dev.jsonl", "duc2003", 100),
    "duc2003_task3": ("duc_extra_dev.jsonl", "duc2003_task3", 100),
    "duc2006": ("duc_extra_dev.jsonl", "duc2006", 250),
    "duc2007_update_a": ("duc_extra_dev.jsonl", "duc2007_update_a", 100),
    "multinews": ("multinews_dev50.jsonl", None, 300),
}
"""Set name -> (file, value of its ``set`` field or None for the whole file, default words)."""

SHORT = {
    "duc2004": "DUC04",
    "duc2003": "DUC03",
    "duc2003_task3": "DUC03t3",
    "duc2006": "DUC06",
    "duc2007_update_a": "DUC07A",
    "multinews": "MN",
}


# ---------------------------------------------------------------- data and caching


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _code_hash(*folders: str) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        base = ROOT / folder
        files = sorted(base.rglob("*.py")) if base.is_dir() else [base]
        for path in files:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


INGEST_CODE = ("brief/ingest", "brief/text", "brief/model.py")
SUMY_CODE = (
    *INGEST_CODE,
    "brief/summary/units.py",
    "brief/summary/select.py",
    "brief/summary/sumy_adapter.py",
    "brief/summary/vectors.py",
    "brief/summary/attribution.py",
    "brief/summary/lexrank.py",
)
"""The code a sumy algorithm's summary depends on (cache key of its summaries)."""


def _cached(kind: str, key: str, make: Callable[[], Any]) -> Any:
    path = CACHE / kind / f"{key}.pickle"
    if path.exists():
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except Exception:  # a stale or broken cache entry is remade
            pass
    value = make()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as f:
        pickle.dump(value, f)
    tmp.replace(path)
    return value


def write_cluster(documents: list[dict], folder: Path) -> None:
    """One ``.txt`` file per document, named by its id (as a held-out cluster folder is)."""
    for number, doc in enumerate(documents):
        name = doc.get("id") or f"doc{number:02d}"
        (folder / f"{name}.txt").write_text(doc["text"], encoding="utf-8")


def _ingest(documents: list[dict]) -> list:
    from brief.ingest import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        write_cluster(documents, Path(tmp))
        return list(load_paths([tmp]).articles)


@dataclass
class Cluster:
    set: str
    id: str
    limit: int
    documents: list[dict]
    references: list[tuple[Counter, Counter, int, int]]
    """Per reference: unigram and bigram counts, and their totals."""
    topic: str = ""
    articles: list = field(default_factory=list)

    @property
    def analysed(self) -> list:
        return [a for a in self.articles if a.duplicate_of is None]


class Tokens:
    """rouge-score's tokeniser and stemmer, as ``RougeScorer(use_stemmer=True)`` runs them."""

    def __init__(self) -> None:
        from rouge_score import tokenizers

        self._tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)

    def grams(self, text: str) -> tuple[Counter, Counter]:
        tokens = self._tokenizer.tokenize(text)
        return Counter(tokens), Counter(itertools.pairwise(tokens))


def load(names: Sequence[str], limit_clusters: int | None, tokens: Tokens) -> list[Cluster]:
    ingest_key = _code_hash(*INGEST_CODE)
    files: dict[str, list[dict]] = {}
    out: list[Cluster] = []
    for name in names:
        file_name, wanted, words = SETS[name]
        path = MDS / file_name
        if not path.exists():
            print(f"{path} is missing: skipped {name}")
            continue
        if file_name not in files:
            files[file_name] = read_jsonl(path)
        rows = [r for r in files[file_name] if wanted is None or r.get("set") == wanted]
        for row in rows[:limit_clusters]:
            refs = []
            for reference in row["references"]:
                uni, bi = tokens.grams(" ".join(reference.split()))
                refs.append((uni, bi, sum(uni.values()), sum(bi.values())))
            topic = row.get("topic") or {}
            text_key = hashlib.sha256(
                json.dumps(row["documents"], sort_keys=True).encode()
            ).hexdigest()[:16]
            articles = _cached(
                "ingest", f"{ingest_key}-{text_key}", lambda docs=row["documents"]: _ingest(docs)
            )
            out.append(
                Cluster(
                    set=name,
                    id=row["id"],
                    limit=int(row.get("words") or words),
                    documents=row["documents"],
                    references=refs,
                    topic=" ".join(
                        part
                        for part in (topic.get("title", ""), topic.get("narrative", ""))
                        if part
                    ),
                    articles=articles,
                )
            )
    return out


# ---------------------------------------------------------------- scoring


def cut(text: str, limit: int) -> str:
    return " ".join(text.split()[:limit])


def score(summary: str, cluster: Cluster, tokens: Tokens) -> tuple[float, float, float, float]:
    """(R-1 recall, R-2 recall, R-1 F1, R-2 F1), averaged over the references, in %."""
    uni, bi = tokens.grams(cut(summary, cluster.limit))
    n_uni, n_bi = sum(uni.values()), sum(bi.values())
    sums = [0.0, 0.0, 0.0, 0.0]
    for ref_uni, ref_bi, total_uni, total_bi in cluster.references:
        for k, (ref, cand, total, made) in enumerate(
            ((ref_uni, uni, total_uni, n_uni), (ref_bi, bi, total_bi, n_bi))
        ):
            hit = sum(min(count, cand[g]) for g, count in ref.items() if g in cand)
            recall = hit / max(total, 1)
            precision = hit / max(made, 1)
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            sums[k] += recall
            sums[2 + k] += f1
    return tuple(100 * s / len(cluster.references) for s in sums)  # type: ignore[return-value]


def mean(rows: Sequence[Sequence[float]]) -> tuple[float, ...]:
    if not rows:
        return (float("nan"),) * 4
    return tuple(statistics.fmean(column) for column in zip(*rows, strict=True))


# ---------------------------------------------------------------- systems


def lead_summary(cluster: Cluster) -> str:
    bodies = [a.body_sentences for a in cluster.analysed]
    longest = max(map(len, bodies), default=0)
    picked = [b[i].text for i in range(longest) for b in bodies if i < len(b)]
    return " ".join(picked)


def brief_summary(algorithm: str, cluster: Cluster, focus: str = "") -> str:
    from brief.model import AnalysisOptions
    from brief.summary import summarize

    options = AnalysisOptions(algorithm=algorithm, words=cluster.limit)
    if focus:
        options = _with_focus(options, focus)
    return " ".join(s.text for s in summarize(cluster.analysed, options))


def _with_focus(options: Any, focus: str) -> Any:
    from dataclasses import replace

    return replace(options, focus=focus)


def submodular_summary(cluster: Cluster) -> str:
    from brief.summary.submodular import summarize_submodular

    return " ".join(summarize_submodular(cluster.analysed, words=cluster.limit))


def system(name: str) -> Callable[[Cluster], str]:
    """The summary maker of a row name (``lead``, ``submodular`` or an algorithm)."""
    from brief.summary import SUMY_MAX_UNITS

    if name == "lead":
        return lead_summary
    if name == "submodular":
        return submodular_summary
    if name in SUMY_MAX_UNITS:
        code = _code_hash(*SUMY_CODE)

        def cached(cluster: Cluster) -> str:
            key = f"{name}-{cluster.set}-{cluster.id}-{cluster.limit}-{code}"
            return _cached("sumy", key, lambda: brief_summary(name, cluster))

        return cached
    return lambda cluster: brief_summary(name, cluster)


def run_rows(
    names: Sequence[str], clusters: list[Cluster], tokens: Tokens
) -> dict[str, dict[str, list]]:
    """name -> set -> per-cluster scores; prints the time each row took."""
    out: dict[str, dict[str, list]] = {}
    for name in names:
        make = system(name)
        started = time.perf_counter()
        rows: dict[str, list] = {}
        for cluster in clusters:
            rows.setdefault(cluster.set, []).append(score(make(cluster), cluster, tokens))
        seconds = time.perf_counter() - started
        print(f"  {name}: {seconds:.1f} s", file=sys.stderr)
        out[name] = rows
    return out


def published_rows(clusters: list[Cluster], tokens: Tokens) -> dict[str, list]:
    path = MDS / "duc2004_systems.jsonl"
    wanted = {c.id: c for c in clusters if c.set == "duc2004"}
    if not path.exists() or not wanted:
        return {}
    by_system: dict[str, list] = {}
    for row in read_jsonl(path):
        cluster = wanted.get(row["id"])
        if cluster is not None:
            by_system.setdefault(row["system"], []).append(score(row["summary"], cluster, tokens))
    return {k: v for k, v in by_system.items() if len(v) == len(wanted)}


# ---------------------------------------------------------------- tables


def print_set_tables(results: dict[str, dict[str, list]], clusters: list[Cluster]) -> None:
    sets = list(dict.fromkeys(c.set for c in clusters))
    for set_name in sets:
        count = sum(1 for c in clusters if c.set == set_name)
        limit = next(c.limit for c in clusters if c.set == set_name)
        print(f"\n### {set_name} ({count} clusters, {limit} words)\n")
        print("| system | R-1 R | R-2 R | R-1 F | R-2 F |")
        print("|---|---|---|---|---|")
        for name, per_set in results.items():
            if set_name in per_set:
                r = mean(per_set[set_name])
                print(f"| {name} | {r[0]:.2f} | {r[1]:.2f} | {r[2]:.2f} | {r[3]:.2f} |")


def print_macro_table(results: dict[str, dict[str, list]], clusters: list[Cluster]) -> None:
    sets = list(dict.fromkeys(c.set for c in clusters))
    print("\n### Recall R-1 / R-2 per set, and the macro average over sets\n")
    print("| system | " + " | ".join(SHORT.get(s, s) for s in sets) + " | macro |")
    print("|---|" + "---|" * (len(sets) + 1))
    for name, per_set in results.items():
        if not all(s in per_set for s in sets):
            continue
        cells = [mean(per_set[s]) for s in sets]
        macro = (statistics.fmean(c[0] for c in cells), statistics.fmean(c[1] for c in cells))
        text = " | ".join(f"{c[0]:.2f} / {c[1]:.2f}" for c in cells)
        print(f"| {name} | {text} | {macro[0]:.2f} / {macro[1]:.2f} |")


# ---------------------------------------------------------------- in-process variants


class Variants:
    """Summaries of the default selector under other settings, preparation cached per cluster."""

    def __init__(self, clusters: list[Cluster], tokens: Tokens) -> None:
        self.clusters = clusters
        self.tokens = tokens
        self._prepared: dict[tuple[str, str, int, bool], Any] = {}
        self._scores: dict[tuple, tuple] = {}

    def prepared(self, cluster: Cluster, min_words: int, focused: bool) -> Any:
        from brief.summary.concepts import MIN_WORDS, prepare

        floor = min(min_words, MIN_WORDS)
        key = (cluster.set, cluster.id, floor, focused)
        if key not in self._prepared:
            focus = cluster.topic if focused else ""
            self._prepared[key] = prepare(cluster.analysed, min_words=floor, focus=focus)
        return self._prepared[key]

    def score(self, cluster: Cluster, settings: Any, focused: bool = False) -> tuple:
        key = (cluster.set, cluster.id, settings, focused)
        if key not in self._scores:
            digest = hashlib.sha256(repr(key).encode()).hexdigest()[:20]
            self._scores[key] = _cached(
                "variants",
                f"{SELECTOR_VERSION}-{_code_hash(*VARIANT_CODE)}-{digest}",
                lambda: self._score(cluster, settings, focused),
            )
        return self._scores[key]

    def _score(self, cluster: Cluster, settings: Any, focused: bool) -> tuple:
        from brief.summary.concepts import choose

        prepared = self.prepared(cluster, settings.min_words, focused)
        if prepared is None:
            text = ""
        else:
            chosen = choose(prepared, settings, words=cluster.limit)
            text = " ".join(prepared.units[i].text for i in chosen)
        return score(text, cluster, self.tokens)

    def per_set(self, settings: Any, focused: bool = False) -> dict[str, list]:
        rows: dict[str, list] = {}
        for cluster in self.clusters:
            rows.setdefault(cluster.set, []).append(self.score(cluster, settings, focused))
        return rows


SELECTOR_VERSION = "3"
"""Bump when ``brief/summary/concepts.py`` changes what it chooses: the variants' scores are
cached on disk under this and the hash of the code below (concepts.py itself is left out so
that editing its focus or documentation does not throw away an hour of grid)."""
VARIANT_CODE = (
    *INGEST_CODE,
    "brief/summary/units.py",
    "brief/summary/vectors.py",
    "brief/summary/lexrank.py",
)

SWEEP: dict[str, tuple] = {
    "position_weight": (0.0, 0.25, 0.5, 1.0, 2.0),
    "min_words": (1, 5, 8, 10, 12),
    "redundancy": (None, 0.3, 0.5, 0.7),
    "unigram_weight": (0.0, 0.5, 1.0),
    "centrality": (False, True),
}
"""Values each constant is tried at (``--sweep``: one at a time, the others at default)."""

GRID: dict[str, tuple] = {
    "position_weight": (0.25, 0.5, 1.0),
    "unigram_weight": (0.0, 0.5),
    "centrality": (False, True),
}
"""The grid ``--folds`` chooses on (all combinations; the other constants at default)."""


def ablations() -> dict[str, Any]:
    from brief.summary.concepts import DEFAULT, with_settings

    return {
        "default (concepts)": DEFAULT,
        "greedy instead of the exact solver": with_settings(solver="greedy"),
        "no position prior": with_settings(position_weight=0.0),
        "no minimum length (>= 1 word)": with_settings(min_words=1),
        "no redundancy constraint": with_settings(redundancy=None),
        "concepts in any article (no min support)": with_settings(support="one"),
        "+ unigram concepts (0.5)": with_settings(unigram_weight=0.5),
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
    sets = list(dict.fromkeys(c.set for c in variants.clusters))
    results: dict[str, dict[str, list]] = {}
    for name, settings in ablations().items():
        results[name] = variants.per_set(settings)
    results["submodular (Lin & Bilmes) instead"] = run_rows(
        ["submodular"], variants.clusters, variants.tokens
    )["submodular"]
    print("\n## Ablations: the default with one ingredient changed")
    print_macro_table(results, variants.clusters)
    del sets


def print_focus(variants: Variants) -> None:
    from brief.summary.concepts import DEFAULT

    topical = [c for c in variants.clusters if c.topic]
    if not topical:
        print("\nno cluster with a topic among the sets chosen: no focus table")
        return
    print("\n## Focused (topic title + narrative as --focus) against generic, same clusters\n")
    print("| set | clusters | generic R-1 / R-2 | focused R-1 / R-2 | difference |")
    print("|---|---|---|---|---|")
    for set_name in dict.fromkeys(c.set for c in topical):
        group = [c for c in topical if c.set == set_name]
        generic = mean([variants.score(c, DEFAULT) for c in group])
        focused = mean([variants.score(c, DEFAULT, focused=True) for c in group])
        print(
            f"| {set_name} | {len(group)} | {generic[0]:.2f} / {generic[1]:.2f} | "
            f"{focused[0]:.2f} / {focused[1]:.2f} | "
            f"{focused[0] - generic[0]:+.2f} / {focused[1] - generic[1]:+.2f} |"
        )


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


# ---------------------------------------------------------------- end-to-end check


def cli_check(clusters: list[Cluster], tokens: Tokens) -> dict[str, list]:
    """The default through ``brief export DIR --format json --words N``, one run per cluster."""
    rows: dict[str, list] = {}
    same = 0
    for cluster in clusters:
        with tempfile.TemporaryDirectory() as tmp:
            write_cluster(cluster.documents, Path(tmp))
            done = subprocess.run(
                [*BRIEF, "export", tmp, "--format", "json", "--words", str(cluster.limit)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
        text = " ".join(s["text"] for s in json.loads(done.stdout)["summary"])
        same += text == brief_summary(DEFAULT, cluster)
        rows.setdefault(cluster.set, []).append(score(text, cluster, tokens))
    print(f"  brief export: {same} of {len(clusters)} summaries equal in-process", file=sys.stderr)
    return rows


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    from brief.summary import ALGORITHMS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sets", default="all", help=f"comma-separated among {', '.join(SETS)} (default: all)"
    )
    parser.add_argument(
        "--algorithms",
        default="all",
        help="comma-separated rows among lead, submodular and "
        f"{', '.join(ALGORITHMS)} (default: all)",
    )
    parser.add_argument("--clusters", type=int, help="only the first N clusters of each set")
    parser.add_argument("--folds", type=int, help="k-fold cross-validation of the constants")
    parser.add_argument("--sweep", action="store_true", help="one curve per constant, per set")
    parser.add_argument("--ablations", action="store_true", help="the default minus one thing")
    parser.add_argument("--focus", action="store_true", help="focused vs generic on topic sets")
    parser.add_argument("--cli", action="store_true", help="the default via `brief export`")
    args = parser.parse_args(argv)
    sets = list(SETS) if args.sets == "all" else [s.strip() for s in args.sets.split(",")]
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    known = ("lead", "submodular", *ALGORITHMS)
    if args.algorithms == "all":
        names = [DEFAULT, "lead", *(a for a in ALGORITHMS if a != DEFAULT)]
    else:
        names = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    bad = [a for a in names if a not in known]
    if bad:
        parser.error(f"unknown row(s) {', '.join(bad)}; choose from {', '.join(known)}")
    tokens = Tokens()
    started = time.perf_counter()
    clusters = load(sets, args.clusters, tokens)
    print(
        f"  {len(clusters)} clusters loaded: {time.perf_counter() - started:.1f} s", file=sys.stderr
    )
    if not clusters:
        return 1
    results = run_rows(names, clusters, tokens) if names else {}
    if args.cli:
        results["brief export (CLI, default)"] = cli_check(clusters, tokens)
    if results:
        for name, rows in published_rows(clusters, tokens).items():
            results[name] = {"duc2004": rows}
        print_set_tables(results, clusters)
        print_macro_table(results, clusters)
    variants = Variants(clusters, tokens)
    if args.ablations:
        print_ablations(variants)
    if args.sweep:
        print_curves(variants)
    if args.focus:
        print_focus(variants)
    if args.folds:
        cross_validate(variants, args.folds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
