"""A sentence with no end (a transcript or a scrape without punctuation) is read in time
linear in its length: counting the rest of the sentence at every cue made it quadratic."""

from __future__ import annotations

import random
import time
from pathlib import Path

from brief.ingest import load_paths
from brief.quotes import statements_of

_WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "the",
    "council",
    "said",
    "on",
    "monday",
    "that",
    "roads",
    "would",
    "close",
]


def _cpu_seconds(folder: Path, words: int) -> float:
    rng = random.Random(words)
    path = folder / f"run-on-{words}.txt"
    body = " ".join(rng.choice(_WORDS) for _ in range(words))
    path.write_text("Council closes roads\n\n" + body, encoding="utf-8")
    article = load_paths([str(path)]).articles[0]
    start = time.process_time()
    statements_of(article)
    return time.process_time() - start


def test_a_sentence_without_an_end_is_read_in_linear_time(tmp_path: Path) -> None:
    small = min(_cpu_seconds(tmp_path, 25_000) for _ in range(2))
    large = _cpu_seconds(tmp_path, 200_000)
    # 8 times the words: about 8 times the time when linear, about 64 times when quadratic
    assert large < 25 * max(small, 0.005), (small, large)
