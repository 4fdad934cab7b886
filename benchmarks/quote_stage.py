"""CPU time and output of the quote stage, this tree against another copy of brief's source.

Run from the repository root::

    git archive main brief | tar -x -C /tmp/base
    python benchmarks/quote_stage.py --base /tmp/base --sizes 1000,10000 --rounds 3

Builds the sets ``benchmarks/scale.py`` builds (BBC up to 2,000 articles, Multi-News leads
beyond), then for each size and round runs ``extract_quotes`` after ingest in a fresh
process, the base tree and this tree one after the other (interleaved, since the machine is
shared), and prints the CPU seconds of the stage (``time.process_time``) and whether the
two outputs (their ``repr``) are identical.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import hashlib, sys, time
from brief.ingest import load_paths
from brief.quotes import extract_quotes
articles = [a for a in load_paths([sys.argv[1]]).articles if a.duplicate_of is None]
started = time.process_time()
quotes = extract_quotes(articles)
seconds = time.process_time() - started
print(seconds, hashlib.sha256(repr(quotes).encode()).hexdigest())
"""


def run(source: Path, folder: Path) -> tuple[float, str]:
    """(CPU seconds, output digest) of the quote stage with brief from ``source``."""
    env = {**os.environ, "PYTHONPATH": str(source)}
    # cwd: not this tree, whose brief/ would come first on the child's path
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=folder.parent,
    )
    seconds, digest = done.stdout.split()
    return float(seconds), digest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="another brief source tree (the floor)")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import build_set

    print("| articles | round | base | this tree | change | output |")
    print("|---|---|---|---|---|---|")
    differ = 0
    with tempfile.TemporaryDirectory() as name:
        for size in (int(s) for s in args.sizes.split(",")):
            folder = build_set(size, Path(name))
            for number in range(1, args.rounds + 1):
                base, base_digest = run(Path(args.base).resolve(), folder)
                mine, digest = run(ROOT, folder)
                same = digest == base_digest
                differ += not same
                change = f"{(mine / base - 1) * 100:+.0f} %"
                print(f"| {size:,} | {number} | {base:.2f} s | {mine:.2f} s | {change} | "
                      f"{'identical' if same else 'DIFFERENT'} |")  # fmt: skip
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
