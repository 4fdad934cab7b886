"""Predictions read from the product's JSON, as a held-out scorer reads them.

``benchmarks/quotes.py --json`` writes every article of a gold file to one folder, runs
``brief export FOLDER --format json`` (one brief over all of them, as a user would) and
reads each quote variant: its ``span``, or its ``parts`` in the reading ``quotes.READING``
chooses. The figures then include what the export adds to ``statements_of`` (speakers
merged across sources).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def predict_json(
    records: list[dict], read: Callable[[dict, str], list[list[list[int]]]]
) -> tuple[list[dict], float]:
    """One prediction line per record from ``brief export --format json``; ``read`` turns
    one JSON variant and the record's ``source`` into the quote spans it predicts."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        by_stem = {}
        for number, record in enumerate(records):
            stem = f"a{number:05d}"
            (folder / f"{stem}.txt").write_text(record["text"], encoding="utf-8")
            by_stem[stem] = record
        out = Path(tmp) / "brief.json"
        began = time.perf_counter()
        command = [sys.executable, "-m", "brief", "export", str(folder), "--format", "json"]
        done = subprocess.run(
            [*command, "-o", str(out), "--no-timestamp"], capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"brief export failed: {done.stderr.strip()}")
        elapsed = time.perf_counter() - began
        brief = json.loads(out.read_text(encoding="utf-8"))
    found: dict[str, list[dict]] = {record["id"]: [] for record in records}
    for quote in brief["quotes"]:
        for variant in quote["variants"]:
            record = by_stem[variant["source"]]
            for spans in read(variant, record.get("source", "")):
                found[record["id"]].append(
                    {
                        "quote_spans": spans,
                        "speaker": variant["speaker"],
                        "speaker_spans": [variant["speaker_span"]]
                        if variant["speaker_span"]
                        else [],
                        "kind": variant["kind"],
                        "text": variant["text"],
                    }
                )
    for quotes in found.values():
        quotes.sort(key=lambda q: q["quote_spans"][0])
    return [{"id": key, "quotes": quotes} for key, quotes in found.items()], elapsed
