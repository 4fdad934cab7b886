"""The forked export's critical path from CPU times: a measure that survives a loaded machine.

On a shared machine the wall time of ``brief export`` says little (the two processes wait
for cores). This runs the export in a driver process with ``BRIEF_PARALLEL=1`` and reads the
CPU seconds of each side: before the fork, the parent from the fork to the join, the child
(all of it), after the join. With a core per process the wall time would be about

    est = before + max(parent, child) + after

and ``est / floor`` estimates the ``x ingest`` column of ``benchmarks/scale.py`` on a quiet
machine (the floor: brief's ingest alone, CPU of a whole process). Run from the repository
root, optionally against an older copy of brief (``git archive COMMIT brief | tar -x -C
DIR``), the two interleaved::

    python benchmarks/fork_balance.py --sizes 1000,10000 --rounds 3 [--base DIR]

The article sets are ``benchmarks/scale.py``'s. Hooks ``brief.forked.Shared`` (or the older
``Beside``) from outside; the output file is not compared (``identity.py`` does that).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def driver(folder: str, out: str) -> None:
    """One forked export in this process, hooked; prints the CPU split as JSON."""
    os.environ.update(BRIEF_NO_CACHE="1", BRIEF_PARALLEL="1")
    import brief.forked as forked

    marks: dict[str, float] = {}
    for name, join in (("Shared", "beside_result"), ("Beside", "result")):
        cls = getattr(forked, name, None)
        if cls is None or not hasattr(cls, join):
            continue
        init, done = cls.__init__, getattr(cls, join)

        def hooked_init(self, *a, _init=init, **k):  # type: ignore[no-untyped-def]
            marks.setdefault("fork", _cpu())
            _init(self, *a, **k)

        def hooked_join(self, *a, _done=done, **k):  # type: ignore[no-untyped-def]
            value = _done(self, *a, **k)
            marks["join"] = _cpu()
            marks["child"] = _cpu(resource.RUSAGE_CHILDREN)
            return value

        cls.__init__ = hooked_init
        setattr(cls, join, hooked_join)
    from brief.cli import main

    main(["export", folder, "--format", "json", "--no-timestamp", "-o", out, "--force"])
    end = _cpu()
    if "join" not in marks:
        print(json.dumps({"error": "no fork"}))
        return
    parent = marks["join"] - marks["fork"]
    est = marks["fork"] + max(parent, marks["child"]) + end - marks["join"]
    split = {"before": marks["fork"], "parent": parent, "child": marks["child"]}
    print(json.dumps({**split, "after": end - marks["join"], "est": est}))


def floor(folder: str) -> float:
    """CPU seconds of a process that only ingests ``folder`` (scale.py's floor)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run([sys.executable, sys.argv[1], '--child', 'ingest', sys.argv[2]])\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(u.ru_utime + u.ru_stime)\n"
    )
    scale = str(ROOT / "benchmarks" / "scale.py")
    done = subprocess.run(
        [sys.executable, "-c", code, scale, folder], capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1])


def run(source: Path, folder: str, out: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(source)}
    command = [sys.executable, str(Path(__file__).resolve()), "--driver", folder, out]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, cwd="/")
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {"error": done.stderr[-300:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--base", type=Path, help="an older copy of brief's source to compare")
    parser.add_argument("--driver", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver:
        driver(*args.driver)
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import build_set

    sources = [("base", args.base)] if args.base else []
    sources.append(("this", ROOT))
    print("| code | articles | before | parent | child | after | est | floor | est / floor |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            folder = str(build_set(size, Path(tmp)))
            for _ in range(args.rounds):
                ground = floor(folder)
                for name, source in sources:
                    r = run(source, folder, str(Path(tmp) / "out.json"))
                    if "error" in r:
                        print(f"| {name} | {size:,} | {r['error']} |")
                        continue
                    cells = " | ".join(
                        f"{r[k]:.2f}" for k in ("before", "parent", "child", "after")
                    )
                    print(f"| {name} | {size:,} | {cells} | {r['est']:.2f} | {ground:.2f} | "
                          f"{r['est'] / ground:.2f}x |", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
