"""Ingest speed: MB of article text per second, files written from the scale corpus.

Usage: python benchmarks/ingest.py [--articles N] [--corpus bbc|multinews]
Prints one table row per run: articles, MB of text, seconds, MB/s (target >= 1 MB/s).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from shared_data import eval_dir

EVAL = eval_dir("scale")
CORPORA = {"bbc": "bbc_news.jsonl", "multinews": "multinews_sources.jsonl"}


def write_set(corpus: str, count: int, folder: Path, seed: int = 13) -> int:
    """Write ``count`` articles as .txt files (headline line + text); return text bytes."""
    lines = (EVAL / CORPORA[corpus]).read_text(encoding="utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    total = 0
    for number, line in enumerate(lines[:count]):
        record = json.loads(line)
        text = (record.get("title") or "").strip()
        text = f"{text}\n\n{record['text']}\n" if text else record["text"] + "\n"
        data = text.encode("utf-8")
        total += len(data)
        (folder / f"{number:05d}.txt").write_bytes(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000, 2225])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="bbc")
    args = parser.parse_args()
    from brief.ingest import load_paths

    load_paths([])  # warm the lazy imports so the first row is not charged for them
    print("| corpus | articles | MB of text | seconds | MB/s |")
    print("|---|---|---|---|---|")
    for count in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            size = write_set(args.corpus, count, Path(tmp))
            start = time.perf_counter()
            result = load_paths([tmp])
            seconds = time.perf_counter() - start
        mb = size / 1e6
        print(
            f"| {args.corpus} | {len(result.articles)} | {mb:.2f} | {seconds:.2f} | "
            f"{mb / seconds:.2f} |"
        )


if __name__ == "__main__":
    main()
