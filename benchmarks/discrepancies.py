"""How many figure discrepancies brief reports on real multi-document news sets, and which.

Run from the repository root::

    python benchmarks/discrepancies.py [--set duc2004|multinews|both] [--show]

Each cluster of ``../shared/eval/mds/`` (one news story, several articles) is written to a
temporary folder as ``.txt`` files and loaded through brief's own ingest, so the figures are
read exactly as ``brief export`` reads them. The table gives, per set, the clusters, the
figures that got a subject (mentions), the groups reported and the clusters with at least one.
There is no gold standard for discrepancies: ``--show`` prints every reported group with its
values so a person can judge precision (the judgement is recorded in docs/decisions.md).

``--bbc N`` also loads N BBC articles (shuffled, seed 1) as ONE set: unrelated stories, so
every group reported there is a stress test of precision (same owner and measure in two
different stories), and the time gives the speed at scale (MB/s of article text).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = eval_dir("mds")
SETS = {"duc2004": SHARED / "duc2004_dev.jsonl", "multinews": SHARED / "multinews_dev50.jsonl"}
BBC = SHARED.parent / "scale" / "bbc_news.jsonl"

sys.path.insert(0, str(ROOT))


def clusters(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_cluster(cluster: dict, folder: Path):  # type: ignore[no-untyped-def]
    from brief.ingest import load_paths

    for i, doc in enumerate(cluster["documents"]):
        if i in cluster.get("flagged_irrelevant", ()):
            continue
        text = doc["text"].replace("``", "\u201c").replace("''", "\u201d")
        title = doc.get("title") or ""
        (folder / f"{i:04d}.txt").write_text(f"{title}\n\n{text}" if title else text, "utf-8")
    return [a for a in load_paths([str(folder)]).articles if a.duplicate_of is None]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "both"), default="both")
    parser.add_argument("--show", action="store_true", help="print every reported group")
    parser.add_argument("--bbc", type=int, default=1000, metavar="N", help="0 to skip")
    args = parser.parse_args()
    from brief.discrepancies import find_discrepancies, find_mentions
    from brief.text.tokens import stem

    stem("warm")  # the stemmer's import is a one-off cost, not part of the figures

    names = list(SETS) if args.set == "both" else [args.set]
    rows = []
    for name in names:
        if not SETS[name].exists():
            print(f"{SETS[name]} is missing; skipped", file=sys.stderr)
            continue
        total_mentions = total_groups = with_groups = size = 0
        elapsed = 0.0
        data = clusters(SETS[name])
        for cluster in data:
            with tempfile.TemporaryDirectory() as tmp:
                articles = load_cluster(cluster, Path(tmp))
            started = time.perf_counter()
            found = find_discrepancies(articles)
            elapsed += time.perf_counter() - started
            size += sum(len(a.text) for a in articles)
            mentions = find_mentions(articles)
            total_mentions += len(mentions)
            total_groups += len(found)
            with_groups += bool(found)
            if args.show:
                for d in found:
                    values = "; ".join(
                        f"{v.value} [{', '.join(v.sources)}] ({v.text})" for v in d.values
                    )
                    print(f"{name} {cluster['id']}: {d.subject}: {values}")
        rows.append((name, len(data), total_mentions, total_groups, with_groups, size, elapsed))
    if args.bbc and BBC.exists():
        rows.append(bbc(args.bbc, args.show))
    print()
    print(
        "| set | clusters | mentions with a subject | groups reported | clusters with one "
        "| MB | s | MB/s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, n, mentions, groups, with_groups, size, elapsed in rows:
        mb = size / 1e6
        print(
            f"| {name} | {n} | {mentions} | {groups} | {with_groups} | {mb:.2f} "
            f"| {elapsed:.2f} | {mb / elapsed:.2f} |"
        )


def bbc(count: int, show: bool) -> tuple:
    """N unrelated BBC stories as one set."""
    import random

    from brief.discrepancies import find_discrepancies, find_mentions

    rows = clusters(BBC)
    random.Random(1).shuffle(rows)
    cluster = {"documents": rows[:count]}
    with tempfile.TemporaryDirectory() as tmp:
        articles = load_cluster(cluster, Path(tmp))
    started = time.perf_counter()
    found = find_discrepancies(articles)
    elapsed = time.perf_counter() - started
    if show:
        for d in found:
            values = "; ".join(f"{v.value} [{', '.join(v.sources)}] ({v.text})" for v in d.values)
            print(f"bbc: {d.subject}: {values}")
    size = sum(len(a.text) for a in articles)
    mentions = len(find_mentions(articles))
    return (f"bbc {count} as one set", 1, mentions, len(found), int(bool(found)), size, elapsed)


if __name__ == "__main__":
    main()
