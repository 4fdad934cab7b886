"""The consent-wall rule (``brief.ingest.no_text.consent_wall``) on real pages.

Usage: python benchmarks/consent_wall.py [--top N]

Each page of ``../shared/eval/html`` (990 real pages, each an article) is read alone as a
user would give it; for its article the share of words in a consent banner's sentences
(``consent_words``) is printed for the ``--top`` pages with the highest share, with how
many pages the rule calls a consent wall and how many give no article at all. A real
article must never be called a wall: the rule's share (``CONSENT_SHARE``) sits above the
highest share a real page shows (an article beside its site's banner).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = eval_dir("html")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    from brief.ingest import load_paths
    from brief.ingest.no_text import CONSENT_MAX_WORDS, CONSENT_SHARE, CONSENT_WALL, consent_words

    gold = [json.loads(line) for line in (EVAL / "evaldata.jsonl").read_text().splitlines()]
    rows, walls, empty = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        for page in gold:
            path.write_bytes(
                gzip.decompress((EVAL / "pages" / (page["file"] + ".gz")).read_bytes())
            )
            result = load_paths([str(path)])
            if any(w.reason == CONSENT_WALL for w in result.warnings):
                walls.append(page["file"])
            if not result.articles:
                empty.append(page["file"])
                continue
            article = result.articles[0]
            lines = [
                article.text[p.start : p.end] for p in article.paragraphs if p.role != "headline"
            ]
            words, consent = consent_words(lines)
            rows.append((consent / max(1, words), words, page["file"]))
    rows.sort(reverse=True)
    print(f"pages: {len(gold)}; called a consent wall: {len(walls)}; no article: {len(empty)}")
    print(
        f"rule: at most {CONSENT_MAX_WORDS} words, at least {CONSENT_SHARE} of them in a banner's"
        " sentences\n"
    )
    print("| page | words | consent share |\n|---|---|---|")
    for share, words, name in rows[: args.top]:
        print(f"| {name} | {words} | {share:.2f} |")
    for name in walls + empty:
        print(f"  wall or empty: {name}")


if __name__ == "__main__":
    main()
