"""`brief export` over the torture corpus: bounded time and memory, one line per skip."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from torture import build  # tests/ is on sys.path (rootdir-relative import mode)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("torture")
    return folder, build(folder)


def test_export_over_the_torture_corpus(corpus: tuple[Path, dict[str, str]]) -> None:
    folder, skipped = corpus
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "brief",
            "export",
            str(folder),
            "--format",
            "json",
            "--no-timestamp",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.perf_counter() - start
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    mixed = [line for line in lines if " stories; this is one brief of them all" in line]
    assert len(mixed) == 1  # a pile of many stories says so, once
    lines.remove(mixed[0])
    assert all(line.startswith("brief: skipped ") for line in lines), lines
    for case, name in skipped.items():
        assert sum(name in line for line in lines) == 1, (case, lines)
    assert len(lines) == len(skipped)
    assert "\x1b" not in proc.stderr and "\x1b" not in proc.stdout
    data = json.loads(proc.stdout)
    ids = {s["id"] for s in data["sources"]}
    assert len(ids) == len(data["sources"]) > 10_000
    assert seconds < 240 and peak_mb < 2048, (seconds, peak_mb)
