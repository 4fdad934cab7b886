"""Summary stage time of the default against the previous default, on the same articles.

Run from the repository root::

    python benchmarks/summary_speed.py                 # 1,000 BBC articles, 3 rounds
    python benchmarks/summary_speed.py --size 100 --rounds 5

The set is built as ``benchmarks/scale.py`` builds it (``../shared/eval/scale/bbc_news.jsonl``,
shuffled with the same seed, one ``.txt`` file per article) and ingested once; then
``brief.summary.summarize`` runs with each algorithm in turn, alternating, ``--rounds`` times
(7 sentences, the default length). Printed: the median seconds of each and their ratio to
``lexrank`` (the default before issue 10, timed in the same run: the machine is shared, so
only the ratio means anything).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    import scale

    from brief.ingest import load_paths
    from brief.model import AnalysisOptions
    from brief.summary import summarize

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--algorithms", default="lexrank,concepts")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = scale.build_set(args.size, Path(tmp))
        articles = [a for a in load_paths([str(folder)]).articles if a.duplicate_of is None]
    names = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    summarize(articles[:20], AnalysisOptions(algorithm=names[0]))  # imports, stemmer warm-up
    times: dict[str, list[float]] = {n: [] for n in names}
    for _ in range(args.rounds):
        for name in names:
            started = time.perf_counter()
            summarize(articles, AnalysisOptions(algorithm=name))
            times[name].append(time.perf_counter() - started)
    floor = statistics.median(times[names[0]])
    print(f"\n{len(articles)} articles, median of {args.rounds} rounds\n")
    print(f"| algorithm | summary stage | ratio to {names[0]} |")
    print("|---|---|---|")
    for name in names:
        median = statistics.median(times[name])
        print(f"| {name} | {median:.2f} s | {median / floor:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
