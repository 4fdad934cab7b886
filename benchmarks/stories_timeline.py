"""Where the parent of ``brief export DIR --stories --format json`` waits: a wall-time timeline.

The forked run keeps both cores busy except where the parent waits for a child; on a shared
machine the whole command's wall time moves with the load by more than those waits, so this
prints them directly. It runs the command in this process (``BRIEF_PARALLEL=1``,
``BRIEF_NO_CACHE=1``) with wall and CPU marks around its stages, and prints one line:
the total, the start (imports) before the ingest, the reading of the files (the ingest until
its articles are built), the whole
ingest, the grouping, the wait for the statements after it, the briefs and the wait for
the child's part at their end, and the writing after them. Run from the repository root,
optionally on an older copy of brief (``PYTHONPATH=DIR``)::

    python benchmarks/stories_timeline.py FOLDER [OUT.json]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.perf_counter()


def main() -> int:
    os.environ["BRIEF_NO_CACHE"] = "1"
    os.environ["BRIEF_PARALLEL"] = "1"
    import brief.forked as forked
    import brief.ingest as ingest
    import brief.stories as stories
    import brief.stories.briefs as briefs
    from brief.stories.ahead import Ahead

    marks: dict[str, list[tuple[float, float]]] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, []).append((time.perf_counter() - START, time.process_time()))

    def hook(owner: Any, name: str, before: str, after: str) -> None:
        real: Callable[..., Any] = getattr(owner, name)

        def hooked(*a: Any, **k: Any) -> Any:
            mark(before)
            value = real(*a, **k)
            mark(after)
            return value

        setattr(owner, name, hooked)

    hook(ingest, "load_paths", "ingest start", "ingest end")
    hook(ingest, "_build", "build start", "build end")
    hook(stories, "group_stories", "group start", "group end")
    hook(Ahead, "statements", "statements start", "statements end")
    hook(briefs.StatementsAhead, "lookup", "statements start", "statements end")
    hook(briefs, "build_briefs_rendered", "briefs start", "briefs end")
    hook(forked.Shared, "_receive", "receive start", "receive end")
    hook(Ahead, "start_tail", "tail start", "tail forked")
    from brief.cli import main as brief_main

    folder = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else str(Path(tempfile.mkdtemp()) / "out.json")
    command = ["export", folder, "--stories", "--format", "json", "--no-timestamp"]
    brief_main([*command, "-o", out, "--force"])
    mark("end")
    if os.environ.get("TIMELINE_MARKS"):  # for benchmarks/stories_idle.py: the raw marks
        import json

        with Path(os.environ["TIMELINE_MARKS"]).open("w", encoding="utf-8") as handle:
            json.dump({"start": START, "marks": marks}, handle)

    def span(begin: str, end: str, which: int = 0) -> float:
        return marks[end][which][0] - marks[begin][which][0]

    wall, cpu = marks["end"][0]
    print(
        f"total {wall:.2f} s (this process's CPU {cpu:.2f}) | start "
        f"{marks['ingest start'][0][0]:.2f} | reading "
        f"{span('ingest start', 'build start'):.2f} | ingest "
        f"{span('ingest start', 'ingest end'):.2f} | grouping "
        f"{span('group start', 'group end'):.2f} | wait for statements "
        f"{span('statements start', 'statements end'):.2f} | briefs "
        f"{span('briefs start', 'briefs end'):.2f}, of which the wait for the child's part "
        f"{span('receive start', 'receive end', -1):.2f} | after "
        f"{wall - marks['briefs end'][0][0]:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
