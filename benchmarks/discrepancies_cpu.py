"""CPU seconds of the discrepancies stage, this code against another copy of brief, interleaved.

Run from the repository root::

    git archive main brief | tar -x -C /tmp/base
    python benchmarks/discrepancies_cpu.py --baseline /tmp/base [--sizes 1000,10000] [--runs 3]

The sets are those of ``benchmarks/scale.py`` (1,000 BBC articles, 10,000 Multi-News leads,
same shuffle), read once with brief's ingest and handed to each run as a pickle. Each run is
a fresh process that times ``find_discrepancies`` alone (``time.process_time``, so another
process on the shared machine slows it less than the wall clock); the baseline's runs and
this code's alternate, and the table gives the median of each, their ratio and whether both
found the same discrepancies (their ``repr``, with a fixed hash seed).
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD = """
import hashlib, pickle, sys, time
sys.path.insert(0, sys.argv[1])
from brief.discrepancies import find_discrepancies
articles = pickle.load(open(sys.argv[2], "rb"))
started = time.process_time()
found = find_discrepancies(articles)
print(time.process_time() - started, hashlib.sha256(repr(found).encode()).hexdigest())
"""


def run(source: Path, articles: Path) -> tuple[float, str]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(source), str(articles)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), out[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, type=Path, help="another brief source tree")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from scale import build_set

    from brief.ingest import load_paths

    print("| articles | baseline CPU s | this CPU s | this / baseline | same output |")
    print("|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            folder = build_set(size, Path(tmp))
            articles = [a for a in load_paths([str(folder)]).articles if a.duplicate_of is None]
            pickled = Path(tmp) / f"set{size}.pickle"
            pickled.write_bytes(pickle.dumps(articles))
            times: dict[str, list[float]] = {"base": [], "this": []}
            digests: dict[str, set[str]] = {"base": set(), "this": set()}
            for _ in range(args.runs):
                for name, source in (("base", args.baseline), ("this", ROOT)):
                    seconds, digest = run(source, pickled)
                    times[name].append(seconds)
                    digests[name].add(digest)
            base, this = (statistics.median(times[k]) for k in ("base", "this"))
            same = len(digests["base"] | digests["this"]) == 1
            print(f"| {size:,} | {base:.2f} | {this:.2f} | {this / base:.2f} | {same} |")


if __name__ == "__main__":
    main()
