"""The multi-document dev sets for ``benchmarks/rouge.py``: loading, caching, scoring.

Articles come from brief's own ingest of one ``.txt`` file per document and are cached on disk
(``.bench-cache/``) under a hash of the cluster and of brief's ingest and text code. Scoring is
rouge-score's tokeniser with the Porter stemmer, exactly as ``RougeScorer(use_stemmer=True)``
runs it, with each reference tokenised once per cluster.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import pickle
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CACHE = ROOT / ".bench-cache"


MDS = eval_dir("mds")

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
    "brief/summary/openings.py",
    "brief/summary/sumy_adapter.py",
    "brief/summary/sumy_scores.py",
)
"""The code sumy's ratings of the units depend on (cache key of the ratings; selecting from
them is redone on every run, so a change in ``select.py`` never waits for sumy again)."""


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
    """The assessors' topic, title and narrative (DUC 2006/2007), else empty."""
    title: str = ""
    """The topic's title alone: a short query, as a user types one."""
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
                    title=topic.get("title", ""),
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


def print_paired_table(
    results: dict[str, dict[str, list]], clusters: list[Cluster], default: str
) -> None:
    """Per set, the default minus each other row, cluster by cluster: the mean difference of
    R-1 and R-2 recall and its standard error (a difference within about two standard errors
    is not one the dev clusters can tell apart)."""
    if default not in results:
        return
    sets = list(dict.fromkeys(c.set for c in clusters))
    print(f"\n### {default} minus each row, paired by cluster: R-1 / R-2 (± standard error)\n")
    print("| system | " + " | ".join(SHORT.get(s, s) for s in sets) + " |")
    print("|---|" + "---|" * len(sets))
    for name, per_set in results.items():
        if name == default or not all(s in per_set for s in sets):
            continue
        cells = []
        for s in sets:
            ours, theirs = results[default][s], per_set[s]
            parts = []
            for k in (0, 1):
                diffs = [a[k] - b[k] for a, b in zip(ours, theirs, strict=True)]
                error = statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else 0.0
                parts.append(f"{statistics.fmean(diffs):+.2f} ± {error:.2f}")
            cells.append(" / ".join(parts))
        print(f"| {name} | " + " | ".join(cells) + " |")
