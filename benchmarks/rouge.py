"""ROUGE of brief's summaries on the multi-document evaluation clusters.

Run from the repository root (needs the ``bench`` extra: ``pip install -e '.[bench]'``)::

    python benchmarks/rouge.py                      # DUC 2004 dev + Multi-News dev, all algorithms
    python benchmarks/rouge.py --set duc --algorithms lexrank
    python benchmarks/rouge.py --set duc --cli      # also via `brief export DIR --words 100`

Each cluster's documents are written as ``.txt`` files into a temporary folder and go through
brief's own ingest (``brief.ingest.load_paths``) and summary (``brief.summary.summarize`` with
``--words`` set to the standard length), the code path of ``brief export DIR --words 100``;
``--cli`` runs that very command in a subprocess instead, for the default algorithm.

Scoring follows ``../shared/eval/mds/README.md``: the summary's sentences joined in brief's
order and cut at the first 100 (DUC 2004) or 300 (Multi-News) whitespace words; references'
lines joined by spaces, not cut; ``rouge-score`` ``RougeScorer(["rouge1", "rouge2", "rougeL"],
use_stemmer=True)``; recall and F1 averaged over a cluster's references, then over clusters.
The published systems' summaries (``duc2004_systems.jsonl``) are scored the same way on the
same clusters and printed beside brief's rows.

``lead`` is a round-robin lead baseline on brief's ingest: the first body sentence of every
article in set order, then the second ones, and so on.

``--ablations`` adds rows for the default with one ingredient changed (module constants and
functions patched for the run only), to show what each part of the objective contributes.
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

ROOT = Path(__file__).resolve().parents[1]
MDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "mds"

sys.path.insert(0, str(ROOT))

SETS = {
    "duc": ("duc2004_dev.jsonl", 100, "DUC 2004 dev (20 clusters, 4 refs, 100 words)"),
    "multinews": ("multinews_dev50.jsonl", 300, "Multi-News dev (50 clusters, 1 ref, 300 words)"),
}
METRICS = ("rouge1", "rouge2", "rougeL")
BRIEF = (sys.executable, "-m", "brief")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_cluster(cluster: dict, folder: Path) -> None:
    """One ``.txt`` file per document, named by its id (as a held-out cluster folder is)."""
    for number, doc in enumerate(cluster["documents"]):
        name = doc.get("id") or f"doc{number:02d}"
        (folder / f"{name}.txt").write_text(doc["text"], encoding="utf-8")


def cut(text: str, limit: int) -> str:
    return " ".join(text.split()[:limit])


class Scorer:
    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self._scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)

    def cluster(self, summary: str, references: Sequence[str], limit: int) -> dict[str, tuple]:
        """Recall and F1 per metric, averaged over the references."""
        candidate = cut(summary, limit)
        sums = {m: [0.0, 0.0] for m in METRICS}
        for reference in references:
            scores = self._scorer.score(" ".join(reference.split()), candidate)
            for m in METRICS:
                sums[m][0] += scores[m].recall
                sums[m][1] += scores[m].fmeasure
        return {m: (r / len(references), f / len(references)) for m, (r, f) in sums.items()}


def average(rows: list[dict[str, tuple]]) -> dict[str, tuple]:
    return {
        m: (
            100 * sum(r[m][0] for r in rows) / len(rows),
            100 * sum(r[m][1] for r in rows) / len(rows),
        )
        for m in METRICS
    }


def ingest(clusters: list[dict]) -> list[list]:
    """brief's articles for every cluster (through files, like ``brief export DIR``)."""
    from brief.ingest import load_paths

    out = []
    for cluster in clusters:
        with tempfile.TemporaryDirectory() as tmp:
            write_cluster(cluster, Path(tmp))
            out.append(list(load_paths([tmp]).articles))
    return out


def brief_summary(algorithm: str, limit: int) -> Callable[[list], str]:
    from brief.model import AnalysisOptions
    from brief.summary import summarize

    options = AnalysisOptions(algorithm=algorithm, words=limit)

    def run(articles: list) -> str:
        analysed = [a for a in articles if a.duplicate_of is None]
        return " ".join(s.text for s in summarize(analysed, options))

    return run


def _uniform_centrality(matrix, **_kw):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.full(matrix.shape[0], 1.0 / max(matrix.shape[0], 1))


def _no_concepts(counts, article, articles):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.zeros(counts.shape[1])


ABLATIONS = {
    "bigram coverage only": {"UNIGRAM_WEIGHT": 0.0, "SALIENCE_WEIGHT": 0.0},
    "bigram + unigram coverage, no salience": {"SALIENCE_WEIGHT": 0.0},
    "no lead prior": {"POSITION_EXPONENT": 0.0},
    "uniform centrality instead of LexRank": {"lexrank": _uniform_centrality},
    "LexRank x lead only, no coverage": {"concept_weights": _no_concepts},
}
"""Variants of the default: name -> attributes of ``brief.summary.select`` (or ``lexrank``
of ``brief.summary.lexrank``) to replace during the run."""


def ablated(name: str, limit: int) -> Callable[[list], str]:
    import brief.summary.lexrank as lexrank_module
    import brief.summary.select as select_module

    default = brief_summary("lexrank", limit)

    def run(articles: list) -> str:
        saved = []
        for attribute, value in ABLATIONS[name].items():
            module = lexrank_module if attribute == "lexrank" else select_module
            saved.append((module, attribute, getattr(module, attribute)))
            setattr(module, attribute, value)
        try:
            return default(articles)
        finally:
            for module, attribute, value in saved:
                setattr(module, attribute, value)

    return run


def lead_summary(articles: list) -> str:
    bodies = [a.body_sentences for a in articles if a.duplicate_of is None]
    longest = max(map(len, bodies), default=0)
    picked = [b[i].text for i in range(longest) for b in bodies if i < len(b)]
    return " ".join(picked)


def cli_summaries(clusters: list[dict], limit: int) -> list[str]:
    """The default summary of each cluster through ``brief export DIR --words N``."""
    out = []
    for cluster in clusters:
        with tempfile.TemporaryDirectory() as tmp:
            write_cluster(cluster, Path(tmp))
            done = subprocess.run(
                [*BRIEF, "export", tmp, "--words", str(limit), "--format=json", "--no-timestamp"],
                capture_output=True,
                text=True,
                check=True,
            )
        out.append(" ".join(s["text"] for s in json.loads(done.stdout)["summary"]))
    return out


def system_rows(clusters: list[dict], scorer: Scorer, limit: int) -> dict[str, dict]:
    """Published systems' summaries of the same clusters, scored the same way."""
    path = MDS / "duc2004_systems.jsonl"
    if not path.exists():
        return {}
    wanted = {c["id"]: c for c in clusters}
    by_system: dict[str, list[dict]] = {}
    for row in read_jsonl(path):
        cluster = wanted.get(row["id"])
        if cluster is not None:
            score = scorer.cluster(row["summary"], cluster["references"], limit)
            by_system.setdefault(row["system"], []).append(score)
    return {name: average(rows) for name, rows in by_system.items() if len(rows) == len(clusters)}


def print_table(title: str, rows: list[tuple[str, dict, str]]) -> None:
    print(f"\n### {title}\n")
    print("| system | R-1 R | R-2 R | R-L R | R-1 F | R-2 F | R-L F | note |")
    print("|---|---|---|---|---|---|---|---|")
    for name, s, note in rows:
        cells = [f"{s[m][0]:.2f}" for m in METRICS] + [f"{s[m][1]:.2f}" for m in METRICS]
        print(f"| {name} | " + " | ".join(cells) + f" | {note} |")


def evaluate(
    set_name: str, algorithms: list[str], limit_clusters: int | None, cli: bool, ablations: bool
) -> None:
    file_name, limit, title = SETS[set_name]
    path = MDS / file_name
    if not path.exists():
        print(f"\n{path} is missing: skipped {set_name}")
        return
    clusters = read_jsonl(path)[:limit_clusters]
    scorer = Scorer()
    articles = ingest(clusters)
    rows: list[tuple[str, dict, str]] = []
    for algorithm in algorithms:
        started = time.perf_counter()
        run = brief_summary(algorithm, limit)
        summaries = [run(a) for a in articles]
        seconds = time.perf_counter() - started
        scores = [
            scorer.cluster(s, c["references"], limit)
            for s, c in zip(summaries, clusters, strict=True)
        ]
        words = sum(len(s.split()) for s in summaries) / len(summaries)
        label = f"brief {algorithm}" + (" (default)" if algorithm == "lexrank" else "")
        rows.append((label, average(scores), f"{words:.0f} words, {seconds:.1f} s"))
    for name in ABLATIONS if ablations else ():
        run = ablated(name, limit)
        scores = [
            scorer.cluster(run(a), c["references"], limit)
            for a, c in zip(articles, clusters, strict=True)
        ]
        rows.append((f"ablation: {name}", average(scores), "default with one change"))
    if cli:
        summaries = cli_summaries(clusters, limit)
        scores = [
            scorer.cluster(s, c["references"], limit)
            for s, c in zip(summaries, clusters, strict=True)
        ]
        rows.append(("brief export --words (CLI)", average(scores), "default, subprocess"))
    lead = [
        scorer.cluster(lead_summary(a), c["references"], limit)
        for a, c in zip(articles, clusters, strict=True)
    ]
    rows.append(("lead (round-robin, brief ingest)", average(lead), "baseline"))
    if set_name == "duc":
        published = system_rows(clusters, scorer, limit)
        for name, s in sorted(published.items(), key=lambda kv: -kv[1]["rouge2"][0]):
            rows.append((name, s, "published system"))
    print_table(f"{title}, {len(clusters)} clusters scored", rows)


def main(argv: Sequence[str] | None = None) -> int:
    from brief.summary import ALGORITHMS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument(
        "--algorithms",
        default=",".join(ALGORITHMS),
        help=f"comma-separated (default: all of {', '.join(ALGORITHMS)})",
    )
    parser.add_argument("--clusters", type=int, help="score only the first N clusters")
    parser.add_argument("--cli", action="store_true", help="also run `brief export` per cluster")
    parser.add_argument(
        "--ablations", action="store_true", help="also score variants of the default"
    )
    args = parser.parse_args(argv)
    algorithms = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    unknown = [a for a in algorithms if a not in ALGORITHMS]
    if unknown:
        parser.error(f"unknown algorithm(s) {', '.join(unknown)}; choose from {ALGORITHMS}")
    for set_name in SETS if args.set == "all" else (args.set,):
        evaluate(set_name, algorithms, args.clusters, args.cli, args.ablations)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
