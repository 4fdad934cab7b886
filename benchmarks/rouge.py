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
so are sumy's ratings of the units (keyed by the code they depend on; brief's selection from
them runs on every run, as ``summarize`` runs it). Summaries are made in-process with
``brief.summary.summarize(..., AnalysisOptions(algorithm, words=N))``: about N words for every
algorithm alike (whole units while they fit, then one that ends past N only when it ends nearer
to N, ``brief.summary.select.ends_nearer``);
``--cli`` runs the very command ``brief export DIR --format json --words N`` per cluster as the
end-to-end check, and counts how many of its summaries equal the in-process ones.

Scoring follows ``../shared/eval/mds/README.md``: the summary's sentences joined in brief's
order and cut at N whitespace words; references' lines joined by spaces, not cut; rouge-score's
tokeniser with the Porter stemmer (``RougeScorer(..., use_stemmer=True)``, the references
tokenised once per cluster); recall and F1 averaged over a cluster's references, then over
clusters. The published systems' summaries are scored the same way on DUC 2004 dev.

After the tables, the default minus each other row paired by cluster, with the standard error
of that difference, per set: a gap within about two standard errors is one the dev clusters
cannot tell from noise.

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
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mds import (
    MDS,
    ROOT,
    SETS,
    SUMY_CODE,
    Cluster,
    Tokens,
    _cached,
    _code_hash,
    load,
    print_macro_table,
    print_paired_table,
    print_set_tables,
    read_jsonl,
    score,
    write_cluster,
)
from rouge_variants import (
    Variants,
    cross_validate,
    print_ablations,
    print_curves,
    print_focus,
)

BRIEF = (sys.executable, "-m", "brief")
DEFAULT = "concepts"


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


def sumy_summary(name: str, cluster: Cluster, code: str) -> str:
    """A sumy algorithm's summary: its ratings cached on disk (the slow part), then brief's
    selection from them, as ``summarize`` does."""
    from brief.summary import _summarize_units
    from brief.summary.sumy_scores import sumy_scores
    from brief.summary.units import collect_units

    articles = cluster.analysed
    units = collect_units(articles, words=cluster.limit)
    if not units:
        return ""
    key = f"{name}-{cluster.set}-{cluster.id}-{code}"
    rated = _cached("sumy-ratings", key, lambda: sumy_scores(articles, units, name))
    chosen = _summarize_units(articles, units, name, 7, cluster.limit, rated=rated)
    return " ".join(s.text for s in chosen)


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
        return lambda cluster: sumy_summary(name, cluster, f"{code}-{SUMY_MAX_UNITS[name]}")
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
        print_paired_table(results, clusters, DEFAULT)
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
