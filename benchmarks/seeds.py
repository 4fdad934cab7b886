"""How many fact groups of ``../shared/eval/seeds_gold.json`` the sample summary covers.

Run from the repository root::

    python benchmarks/seeds.py                    # the default: brief export seeds (7 sentences)
    python benchmarks/seeds.py --algorithm lexrank --focus "what did the regulator say"

It runs ``brief export seeds --format json`` (plus the options given) in a subprocess, as a
user would, and prints each summary sentence with the fact groups it carries, then:

- covered: fact groups carried by at least one sentence (a group's ``any`` terms, one of which
  must occur, and its ``all`` terms, every one of which must, matched case-sensitively as
  substrings; the gold lists both cases where case does not matter);
- repeats: pairs of sentences that carry exactly the same non-empty fact groups (the same fact
  told twice);
- verbatim: sentences whose text is found at their span in their source article, as ingest
  reads it (the summary never rewrites a sentence).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _gold() -> Path:
    return eval_dir("seeds_gold.json")


def facts_of(text: str, facts: list[dict]) -> list[str]:
    return [
        f["id"]
        for f in facts
        if any(term in text for term in f.get("any", [""]))
        and all(term in text for term in f.get("all", []))
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--algorithm")
    parser.add_argument("--focus")
    parser.add_argument("--sentences", type=int)
    args = parser.parse_args(argv)
    gold_path = _gold()
    if not gold_path.exists():
        print(f"{gold_path} is missing")
        return 1
    facts = json.loads(gold_path.read_text(encoding="utf-8"))["summary_facts"]
    command = [sys.executable, "-m", "brief", "export", str(ROOT / "seeds"), "--format", "json"]
    for flag in ("algorithm", "focus", "sentences"):
        value = getattr(args, flag)
        if value is not None:
            command += [f"--{flag}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    brief = json.loads(done.stdout)

    from brief.ingest import load_paths

    articles = {a.id: a for a in load_paths([str(ROOT / "seeds")]).articles}
    covered: set[str] = set()
    carried = []
    verbatim = 0
    print(f"algorithm {brief['algorithm']}, focus {brief.get('focus', '')!r}\n")
    for number, sentence in enumerate(brief["summary"], 1):
        found = facts_of(sentence["text"], facts)
        carried.append(frozenset(found))
        covered.update(found)
        article = articles.get(sentence["source"])
        start, end = sentence["span"]
        verbatim += article is not None and sentence["text"] in article.text[start:end]
        sources = ", ".join(sentence["supporting_sources"])
        print(f"{number}. [{', '.join(found) or '-'}] ({sources}) {sentence['text']}")
    repeats = [
        (a + 1, b + 1)
        for a, b in combinations(range(len(carried)), 2)
        if carried[a] and carried[a] == carried[b]
    ]
    total = len(brief["summary"])
    print(f"\ncovered: {len(covered)} of {len(facts)} fact groups")
    print(f"missing: {', '.join(f['id'] for f in facts if f['id'] not in covered) or 'none'}")
    print(f"repeats: {len(repeats)} {repeats if repeats else ''}".rstrip())
    print(f"verbatim: {verbatim} of {total} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
