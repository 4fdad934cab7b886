"""Byte-identity check of ``brief export --no-timestamp`` against a saved baseline.

Speed work must change no output by itself. Run from the repository root::

    python benchmarks/identity.py --save /tmp/i11-baseline    # record (on the old code)
    python benchmarks/identity.py --check /tmp/i11-baseline   # compare (on the new code)

The inputs, each exported as a whole ``brief export`` process:

* ``seeds``: the sample (``seeds/``), JSON and markdown;
* ``bbc100``: 100 BBC articles from ``../shared/eval/scale/bbc_news.jsonl`` (the set
  ``benchmarks/scale.py`` builds for 100, same shuffle seed);
* ``duc-<id>``: each DUC 2004 dev cluster from ``../shared/eval/mds/duc2004_dev.jsonl``, with the
  default options and with ``--words 100`` (the ROUGE setting).

``--check`` runs every export twice with a fresh, private cache folder (``XDG_CACHE_HOME``):
the first run fills brief's analysis cache, the second reads it, and both must equal the
baseline. Paths are given relative to a temporary folder, so the output names no temporary
path. To record the baseline of an older commit without checking it out::

    git archive COMMIT brief seeds themes | tar -x -C /tmp/base && python benchmarks/identity.py \\
        --save /tmp/i11-baseline --source /tmp/base

``BRIEF_SHARED`` points at the shared folder when it is not beside the
repository. Prints one line per output and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from shared_data import eval_dir, shared_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_dir()
MDS = eval_dir("mds")

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def cases(tmp: Path) -> Iterator[tuple[str, list[str]]]:
    """(name, export arguments) for every output in the check."""
    from mds import write_cluster
    from scale import build_set

    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    yield "seeds.json", ["seeds", "--format", "json"]
    yield "seeds.md", ["seeds", "--format", "md"]
    build_set(100, tmp)
    yield "bbc100.json", ["set100", "--format", "json"]
    with (MDS / "duc2004_dev.jsonl").open(encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()]
    for cluster in clusters:
        folder = tmp / cluster["id"]
        folder.mkdir()
        write_cluster(cluster["documents"], folder)
        name = cluster["id"]
        yield f"duc-{name}.json", [name, "--format", "json"]
        yield f"duc-{name}-w100.json", [name, "--format", "json", "--words", "100"]


def export(arguments: Sequence[str], tmp: Path, source: str | None) -> bytes:
    """``brief export ARGS --no-timestamp`` run in ``tmp`` (relative paths: stable output)."""
    command = [sys.executable, "-m", "brief", "export", *arguments, "--no-timestamp"]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp / "cache")}
    if source:  # another copy of brief's source (the baseline commit, unpacked)
        env["PYTHONPATH"] = source
    done = subprocess.run(command, capture_output=True, check=False, env=env, cwd=tmp)
    if done.returncode != 0:
        raise SystemExit(f"export failed ({done.returncode}): {done.stderr.decode()[-400:]}")
    return done.stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", metavar="DIR", help="write the outputs into DIR")
    mode.add_argument("--check", metavar="DIR", help="compare the outputs with DIR")
    parser.add_argument(
        "--source", metavar="DIR", help="run brief from this source tree (e.g. `git archive`)"
    )
    args = parser.parse_args(argv)
    different = 0
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.save:
            target = Path(args.save)
            target.mkdir(parents=True, exist_ok=True)
            for case, arguments in cases(tmp):
                (target / case).write_bytes(export(arguments, tmp, args.source))
                print(f"saved {case}")
            return 0
        baseline = Path(args.check)
        for case, arguments in cases(tmp):
            expected = (baseline / case).read_bytes()
            runs = [export(arguments, tmp, args.source) for _ in ("cold", "warm")]
            verdicts = ["same" if run == expected else "DIFFERENT" for run in runs]
            different += verdicts.count("DIFFERENT")
            print(f"{case}: cold cache {verdicts[0]}, warm cache {verdicts[1]}")
    print("identical" if not different else f"{different} outputs differ")
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())
