"""Where a core idles in the forked ``brief export DIR --stories --format json``, by phase.

``stories_timeline.py`` gives the parent's waits; the whole command's wall time and CPU
(user + system over wall) move with the machine's load. This reads what the load does not
change: it runs ``stories_timeline.py`` in a child process and, every 10 ms, reads the state
of that process and of each process it forked (``/proc/PID/stat``: R is running or ready to
run). Wherever fewer than two of them are ready, one of the two cores of a quiet machine
would idle; under load each phase only stretches. It prints, for each span between two
marks of the timeline, its wall time, the share of samples with fewer than two ready and
that share's time, and the sum (Linux only)::

    python benchmarks/stories_idle.py FOLDER
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMELINE = Path(__file__).with_name("stories_timeline.py")


def _state(pid: int) -> str | None:
    try:
        with Path(f"/proc/{pid}/stat").open(encoding="ascii", errors="replace") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            with (task / "children").open(encoding="ascii") as handle:
                out += [int(x) for x in handle.read().split()]
    except OSError:
        pass
    return out


def sample(command: list[str], env: dict[str, str]) -> list[tuple[float, str]]:
    """``(time, states)`` every 10 ms while ``command`` runs: its own state first, then its
    descendants'."""
    process = subprocess.Popen(command, env=env)
    samples: list[tuple[float, str]] = []
    while process.poll() is None:
        states, stack = [], [process.pid]
        while stack:
            pid = stack.pop()
            state = _state(pid)
            if state is not None:
                states.append(state)
            stack += _children(pid)
        samples.append((time.perf_counter(), "".join(states)))
        time.sleep(0.01)
    return samples


def main() -> int:
    folder = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        marks_file = Path(tmp) / "marks.json"
        env = {**os.environ, "TIMELINE_MARKS": str(marks_file)}
        samples = sample([sys.executable, str(TIMELINE), folder, str(Path(tmp) / "o.json")], env)
        data = json.loads(marks_file.read_text(encoding="utf-8"))
    start = data["start"]
    events = sorted((at + start, name) for name, seen in data["marks"].items() for at, _ in seen)
    first, last = samples[0][0], samples[-1][0]
    bounds = [(first, "(launch)"), *events, (last, "(exit)")]
    idle = 0.0
    for (begin, name), (end, after) in itertools.pairwise(bounds):
        inside = [states for at, states in samples if begin <= at < end]
        if not inside:
            continue
        short = sum(1 for states in inside if states.count("R") < 2) / len(inside)
        idle += short * (end - begin)
        print(
            f"{begin - first:6.2f}-{end - first:6.2f} s  {end - begin:5.2f} s  "
            f"<2 ready {short:4.0%} ({short * (end - begin):4.2f} s)  {name} -> {after}"
        )
    print(f"wall {last - first:.2f} s, with fewer than two processes ready {idle:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
