"""Find evaluation text copied into the project: runs of six words and people's names.

Run from the repository root::

    python benchmarks/eval_leaks.py [--fail] [--min-sources 2] [--min-stories 3] [PATH ...]

The evaluation data under ``../shared/eval/`` is for measuring only: its sentences, headlines,
quotations and names must not be copied into code, tests or docs. This script reads every text
of it (every string of every JSON/JSONL record: article texts, titles, references, system
summaries, quotes, speakers, snippets, topics; and the visible text of the saved HTML pages)
and every tracked text file of the project under ``brief/``, ``tests/``, ``docs/``,
``benchmarks/``, ``themes/`` and ``README.md`` (not ``seeds/``: the bundled sample belongs to
the project). It prints, file and line:

- **runs**: six or more consecutive words of a project file (lower case, punctuation
  stripped, so a run may cross a line break, markdown or a string literal's quotes) whose every
  6-word window also occurs in an evaluation text and not in ``seeds/``. Left out: a window
  of fewer than four words of three letters or more (numbers, code: "for i in range 5"); a
  window found in at least ``--min-sources`` independent sources of the evaluation data
  (default 2 of 9: DUC, Multi-News, BBC, GGT, PolNeAR, ECB+, the HTML pages, the Golden
  Rules, the sample's gold) or in at least ``--min-stories`` stories (default 3: a record's
  cluster, story or id; a cluster's articles and summaries are one story), which is common
  phrasing or boilerplate, not a copied sentence; and the stock phrases of ``COMMON_RUNS``,
  judged one by one.
- **names**: two or more capitalised words in a row in the project (a person-like name) whose
  last two words (a first name and a surname, or a title and a surname) also occur together
  in an evaluation text (any case: Multi-News is lower-cased), not in ``seeds/``, not in
  ``ALLOWED`` (below), and are both proper: written capitalised more often than not in the
  evaluation texts that keep their case ("Court", "New", "House" are common words; a
  surname is not).

Only the matching run or name itself is printed, never the evaluation text around it. Counts
at the end; exit 0, or 1 with ``--fail`` when anything is found. Memory stays small: the
project's windows are the hash set, and the evaluation texts stream through it.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import subprocess
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
SELF = "benchmarks/eval_leaks.py"
N = 6
#: What the project's tracked files are read from (``seeds/`` is the sample: never a leak).
PROJECT_PARTS = ("brief/", "tests/", "docs/", "benchmarks/", "themes/", "README.md")
#: Evaluation files that share their texts count as one source for the rarity rule.
SOURCE_OF = {
    "duc2004_dev": "duc",
    "duc2004_systems": "duc",
    "duc_extra_dev": "duc",
    "multinews_dev50": "multinews",
    "multinews_sources": "multinews",
    "evaldata": "html",
    "pages": "html",
}
#: Sources whose capitals are not English name capitals: Multi-News is lower-cased, the
#: pages are mostly German (every noun capitalised).
UNCASED = {"multinews", "html"}
#: Public entities and stock phrases the project legitimately names, as the last two words of
#: a name, lower case: naming them copies no example of the evaluation data. Countries,
#: continents and seats of government are general vocabulary (a gazetteer, a demonym, "the
#: United States" in a rule's comment); share buttons and a German site's "read more" /
#: "follow us" are the page furniture that the HTML tests must build; a placeholder name
#: stands for nobody; offices and bodies are titles, not people. Add an entry only with such
#: a reason, never a person or place met in an evaluation example.
ALLOWED = frozenset(
    {
        # countries, continents, seats of government
        "united states", "north america", "south america", "latin america", "north korea",
        "south korea", "new zealand", "south wales", "sri lanka", "capitol hill", "downing street",
        # page furniture (share buttons; German "read more", "follow us")
        "twitter email", "facebook twitter", "lesen sie", "folgen sie",
        # placeholder names
        "jane doe", "jane roe", "john doe",
        # offices and public bodies named as titles
        "treasury secretary", "judiciary committee", "audit office", "park ranger",
        "united nations",
    }
)  # fmt: skip

#: Stock phrasing that happens to be rarer in the evaluation data than the rarity rule asks,
#: judged one by one (twenty-first round): news English's own frames, which the quote rules
#: and their invented tests are about ("said a statement released by the", "one dealer who
#: asked not to be named told"), page and copyright boilerplate that the furniture tests must
#: build, and time phrases of ordinary prose. None carries an example's content (no name,
#: event, place or figure). Normalised as ``words`` does; every 6-word window of an entry is
#: allowed. Add an entry only with such a reason: an example's own words are rewritten.
COMMON_RUNS = (
    "according to figures from the ministry",
    "according to figures from the office",
    "according to people familiar with the bid",
    "and added he doesn t think",
    "and the project is expected to",
    "at the end of the first",
    "before the end of the month",
    "citing unnamed sources close to the",
    "closed for the rest of the",
    "has been offered a new deal",
    "have no comment at this time",
    "however one dealer who asked not to be named told",
    "in the first week of march",
    "in the last quarter of the",
    "in your inbox sign up for",
    "is the only one with a",
    "issued a statement on monday saying the",
    "it s worth noting that the",
    "last until the end of the",
    "may not be published broadcast or",
    "more at the end of the",
    "more than the rest of the",
    "officials who spoke on condition of",
    "people to stay away from the",
    "said a statement issued by the",
    "said a statement released by the",
    "said going on to say that the",
    "said in a statement and the",
    "said in an interview that her",
    "socket socket socket af inet socket sock stream",  # the socket API, in a fetch test
    "the answer is the same as",
    "the death toll had risen to",
    "the rest of the body is",
    "the river is not expected to",
    "was built in the 1970s and",
)
#: The record fields that name the story of a record (the first one present).
GROUP_KEYS = ("cluster", "story", "id", "file")

WORD = re.compile(r"[^\W_]+")
UP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿ"
CAP = rf"[{UP}](?:['’][{UP}])?[{LOW}]+(?:[{UP}][{LOW}]+)?(?:-[{UP}][{LOW}]+)?(?:['’]s)?"
POSSESSIVE = re.compile(r"['’]s\b")
NAME = re.compile(rf"(?<![\w'’-]){CAP}(?:(?:[ \t]+|[ \t]*\n[ \t]*){CAP})+(?![\w'’-])")
TAG = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)


@dataclass(frozen=True)
class Hit:
    """One place in the project: a copied run of words, or a name."""

    path: str
    line: int
    kind: str  # "run" or "name"
    words: str


def words(text: str) -> list[str]:
    """``text`` lower-cased into words, punctuation (apostrophes too) stripped."""
    return WORD.findall(text.lower())


def windows(ws: list[str]) -> Iterator[tuple[str, ...]]:
    """Every run of ``N`` consecutive words."""
    return zip(*(ws[i:] for i in range(N)), strict=False)


def strings(obj: object) -> Iterator[str]:
    """Every string inside a JSON value, keys excluded."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from strings(value)


def page_text(raw: bytes) -> str:
    """The visible text of a saved HTML page: scripts, styles, comments and tags dropped."""
    return html.unescape(TAG.sub(" ", raw.decode("utf-8", "replace")))


def _group(record: object, default: str) -> str:
    """The story a record tells: its cluster, story or id (a cluster's summaries share it)."""
    if isinstance(record, dict):
        for key in GROUP_KEYS:
            if isinstance(record.get(key), (str, int)):
                return str(record[key])
    return default


def eval_texts(base: Path) -> Iterator[tuple[str, str, str]]:
    """``(source, story, text)`` for every text of the evaluation data under ``base``."""
    for path in sorted(base.rglob("*")):
        source = SOURCE_OF.get(path.stem, path.stem)
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for n, line in enumerate(lines):
                    if line.strip():
                        record = json.loads(line)
                        group = _group(record, f"{path.name}:{n}")
                        yield from ((source, group, s) for s in strings(record))
        elif path.suffix == ".json":
            record = json.loads(path.read_text("utf-8"))
            yield from ((source, path.name, s) for s in strings(record))
        elif path.name.endswith(".html.gz"):
            text = page_text(gzip.decompress(path.read_bytes()))
            yield SOURCE_OF["pages"], path.name, text


def tracked(root: Path, parts: Iterable[str]) -> list[tuple[str, str]]:
    """``(path, text)`` of the tracked text files of ``root`` under ``parts``."""
    names = subprocess.run(
        ["git", "-C", str(root), "ls-files", "-z"], capture_output=True, check=True, text=True
    ).stdout.split("\0")
    prefixes = tuple(parts)
    found = []
    for name in names:
        if not name.startswith(prefixes) or not (root / name).is_file():
            continue
        try:
            found.append((name, (root / name).read_text("utf-8")))
        except UnicodeDecodeError:
            continue  # binary
    return found


@dataclass
class _File:
    """A project file as word positions, with the line of each word."""

    path: str
    words: list[str]
    lines: list[int]
    names: list[tuple[int, str]]  # (line, the name as written)


def _wordy(gram: tuple[str, ...]) -> bool:
    """Prose, not numbers or code: at least four words of three letters or more."""
    return sum(len(w) > 2 and w.isalpha() for w in gram) >= 4


def _file(path: str, text: str) -> _File:
    breaks = [m.start() for m in re.finditer("\n", text)]
    found = [(m.group().lower(), m.start()) for m in WORD.finditer(text)]
    names = [(bisect_right(breaks, m.start()) + 1, m.group()) for m in NAME.finditer(text)]
    return _File(
        path, [w for w, _ in found], [bisect_right(breaks, at) + 1 for _, at in found], names
    )


def _surname(name: str) -> tuple[str, str] | None:
    """The last two words of a name (a possessive dropped): a first name and surname, or a
    title and surname; a name whose first names alone are in the data is not reported."""
    ws = words(POSSESSIVE.sub("", name))
    return (ws[-2], ws[-1]) if len(ws) > 1 else None


def _common(counts: Counter[str]) -> set[str]:
    """The lower-case words written in lower case at least as often as capitalised."""
    capitalised: Counter[str] = Counter()
    for word, n in counts.items():
        if not word.islower():
            capitalised[word.lower()] += n
    return {w for w, n in counts.items() if w.islower() and n >= capitalised[w]}


def find(
    project: list[tuple[str, str]],
    seeds: list[str],
    texts: Iterable[tuple[str, str, str]],
    min_sources: int = 2,
    min_stories: int = 3,
    allowed: frozenset[str] = ALLOWED,
    common: Iterable[str] = COMMON_RUNS,
) -> list[Hit]:
    """Where ``project`` holds runs and names of ``texts`` that ``seeds`` do not hold."""
    files = [_file(path, text) for path, text in project]
    grams = {hash(g) for f in files for g in windows(f.words) if _wordy(g)}
    pairs = {p for f in files for _, name in f.names if (p := _surname(name))}
    for phrase in common:
        grams.difference_update(map(hash, windows(words(phrase))))
    for seed in seeds:
        ws = words(seed)
        grams.difference_update(map(hash, windows(ws)))
        pairs.difference_update(pairwise(ws))
    sources: dict[int, set[str]] = {}
    stories: dict[int, set[str]] = {}
    named: set[tuple[str, str]] = set()
    counts: Counter[str] = Counter()
    for source, story, text in texts:
        ws = words(text)
        for h in grams.intersection(map(hash, windows(ws))):
            sources.setdefault(h, set()).add(source)
            stories.setdefault(h, set()).add(f"{source}:{story}")
        named.update(pairs.intersection(pairwise(ws)))
        if source not in UNCASED:
            counts.update(WORD.findall(text))
    leaked = {
        h
        for h, found in sources.items()
        if len(found) < min_sources and len(stories[h]) < min_stories
    }
    lower = _common(counts)
    hits = []
    for f in files:
        hits.extend(_runs(f, leaked))
        for line, name in f.names:
            pair = _surname(name)
            if pair in named and not lower.intersection(pair) and " ".join(pair) not in allowed:
                hits.append(Hit(f.path, line, "name", " ".join(name.split())))
    return hits


def _runs(f: _File, leaked: set[int]) -> Iterator[Hit]:
    """The maximal runs of ``f`` covered by leaked windows, one hit each."""
    start = end = -1
    for i, gram in enumerate(windows(f.words)):
        if hash(gram) not in leaked:
            continue
        if i > end:
            if end >= 0:
                yield Hit(f.path, f.lines[start], "run", " ".join(f.words[start:end]))
            start = i
        end = i + N
    if end >= 0:
        yield Hit(f.path, f.lines[start], "run", " ".join(f.words[start:end]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="only these project files (default: all)")
    parser.add_argument("--fail", action="store_true", help="exit 1 when anything is found")
    parser.add_argument(
        "--min-sources",
        type=int,
        default=2,
        help="a 6-word window in this many evaluation sources is common phrasing (default 2)",
    )
    parser.add_argument(
        "--min-stories",
        type=int,
        default=3,
        help="... or in this many stories of the evaluation data (default 3)",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the project (default: this one)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    # this file's own lists are the judged phrases and names: not a leak of anything
    project = [(p, t) for p, t in tracked(root, PROJECT_PARTS) if p != SELF]
    if args.paths:
        wanted, outside = set(), []
        for name in args.paths:
            path = Path(name).resolve()
            if not path.is_file():
                parser.error(f"{name}: no such file")
            if path.is_relative_to(root):
                wanted.add(str(path.relative_to(root)))
            else:  # a file outside the project (a closing note, a draft) is checked as it is
                outside.append((name, path.read_text(encoding="utf-8", errors="replace")))
        project = [(p, t) for p, t in project if p in wanted] + outside
    seeds = [text for _, text in tracked(root, ("seeds/",))]
    texts = eval_texts(eval_dir())
    hits = find(project, seeds, texts, args.min_sources, args.min_stories)
    for hit in hits:
        print(f"{hit.path}:{hit.line}: {hit.kind}: {hit.words}")
    runs = sum(hit.kind == "run" for hit in hits)
    files = len({hit.path for hit in hits})
    print(f"{runs} runs, {len(hits) - runs} names, in {files} files")
    return 1 if hits and args.fail else 0


if __name__ == "__main__":
    sys.exit(main())
