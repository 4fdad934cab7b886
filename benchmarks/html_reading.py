"""HTML reading: brief's article text against plain trafilatura, scored on expected snippets.

Usage: python benchmarks/html_reading.py [--eval DIR] [--limit N] [--own-only] [--show-empty]
                                          [--folds]
       python benchmarks/html_reading.py --sweep [--limit N]

Two sets, each scored with the snippet method of ``../shared/eval/html/score_snippets.py``
(a ``with`` snippet found in the article text is a true positive, a ``without`` snippet
found is a false positive):

* ``own``: the pages under ``tests/data/html/`` (written for brief, expected snippets in
  ``tests/data/html/expected.jsonl``), loaded together as one set, as a user would;
* ``real``: ``../shared/eval/html`` when present (990 real pages), each page loaded alone.
  Its own scorer is run on the predictions when it is there.

brief's article text is the text of the paragraphs whose role is ``body``. Rows: brief,
brief with its subheadings too (the snippets count section headings as article text;
brief keeps them out of the body on purpose, so they never become summary sentences),
``trafilatura.extract(html)`` with default settings, and with ``favor_precision=True``.
``--folds`` adds each row on two fixed halves of the real pages (a rule that only one
half likes is fitted to it). Pages with text for which brief yields an empty article are
listed. ``--sweep`` varies each constant of the role rules on both halves instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
OWN = ROOT / "tests" / "data" / "html"
EVAL = eval_dir("html")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def score(gold: list[dict], predictions: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of snippets, as ``score_snippets.py`` counts them."""
    tp = fn = fp = 0
    for page in gold:
        text = _norm(predictions.get(page["file"], ""))
        for snippet in page["with"]:
            if _norm(snippet) in text:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for snippet in page["without"] if _norm(snippet) in text)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def _official(gold_path: Path, predictions: dict[str, str]) -> dict | None:
    scorer = gold_path.parent / "score_snippets.py"
    if not scorer.exists():
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for name, text in predictions.items():
            f.write(json.dumps({"file": name, "text": text}) + "\n")
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold_path), f.name],
        capture_output=True,
        text=True,
        check=False,
    )
    Path(f.name).unlink()
    return json.loads(out.stdout)["all"] if out.returncode == 0 else None


BODY = ("body",)
HEADINGS = ("body", "subheading")
WITH_HEADINGS = "brief, body + subheadings"
RUNS = ("brief", WITH_HEADINGS, "trafilatura", "trafilatura precision")


def body_text(article, roles: tuple[str, ...] = BODY) -> str:
    """brief's article text: the body paragraphs (and maybe others), one a line."""
    return "\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.role in roles)


def _decode(data: bytes) -> str:
    from brief.ingest.decode import DecodeError, decode

    try:
        return decode(data)
    except DecodeError:
        return data.decode("utf-8", "replace")


def _trafilatura(html: str, **options) -> str:
    import trafilatura

    try:
        return trafilatura.extract(html, **options) or ""
    except Exception:  # a crash of the reference counts as empty text
        return ""


def _fold(name: str) -> str:
    """A or B: a fixed split of the pages, to see that a figure holds on both halves."""
    return "AB"[zlib.crc32(name.encode()) % 2]


def run_real(limit: int | None, show_empty: bool, folds: bool) -> list[str]:
    from brief.ingest import load_paths

    gold_path = EVAL / "evaldata.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    gold = gold[:limit] if limit else gold
    runs: dict[str, dict[str, str]] = {name: {} for name in RUNS}
    seconds = dict.fromkeys(runs, 0.0)
    empty, warned = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for page in gold:
            data = gzip.decompress((EVAL / "pages" / (page["file"] + ".gz")).read_bytes())
            html = _decode(data)
            path = Path(tmp) / "page.html"
            path.write_bytes(data)
            start = time.perf_counter()
            result = load_paths([str(path)])
            seconds["brief"] += time.perf_counter() - start
            article = result.articles[0] if result.articles else None
            warned.extend(f"{page['file']}: {w.reason}" for w in result.warnings)
            runs["brief"][page["file"]] = body_text(article) if article else ""
            runs[WITH_HEADINGS][page["file"]] = body_text(article, HEADINGS) if article else ""
            for name, options in (
                ("trafilatura", {}),
                ("trafilatura precision", {"favor_precision": True}),
            ):
                start = time.perf_counter()
                runs[name][page["file"]] = _trafilatura(html, **options)
                seconds[name] += time.perf_counter() - start
            has_text = article is not None or runs["trafilatura"][page["file"]].strip()
            if has_text and not runs["brief"][page["file"]].strip():
                empty.append(page["file"])
    rows = []
    for name, predictions in runs.items():
        official = _official(gold_path, predictions) if not limit else None
        p, r, f1 = (
            (official["P"], official["R"], official["F1"]) if official else score(gold, predictions)
        )
        took = f"{seconds[name]:.0f} s" if seconds.get(name) else ""
        rows.append(
            f"| real ({len(gold)} pages) | {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {took} |"
        )
        if folds:
            for fold in "AB":
                part = [page for page in gold if _fold(page["file"]) == fold]
                p, r, f1 = score(part, predictions)
                rows.append(
                    f"| real, half {fold} ({len(part)}) | {name} | {p:.3f} | {r:.3f} | {f1:.3f} | |"
                )
    print("\n".join(rows))
    if show_empty or empty:
        print(f"\nreal pages with text where brief's article is empty: {len(empty)}")
        for name in empty:
            print(f"  {name}")
    if warned:
        print(f"\nwarnings: {len(warned)}")
        for line in warned[:20]:
            print(f"  {line}")
    return empty


#: Constants of the role rules and the values ``--sweep`` tries (each alone, others fixed).
SWEEP = {
    "brief.ingest.html_roles": {
        "LINK_DENSE": [0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
        "PROSE_WORDS": [15, 20, 25, 35, 50],
        "STANDFIRST_WORDS": [10, 14, 20, 30, 10_000],
    },
    "brief.ingest.boilerplate": {"CALL_MAX_WORDS": [0, 10, 15, 20]},
    "brief.ingest.layout": {"LABEL_MAX_WORDS": [0, 5, 8, 12]},
}


def run_sweep(limit: int | None) -> None:
    """F1 of brief's body on each half of the real pages as each constant varies.

    Pages are read once (trafilatura is the slow part); only the roles are recomputed.
    """
    import importlib

    from brief.ingest import _build, _Pending
    from brief.ingest.layout import lines_of, take_markers
    from brief.ingest.readers import ReadError, read
    from brief.text.clean import blank_controls

    gold_path = EVAL / "evaldata.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    gold = gold[:limit] if limit else gold
    docs = []
    for page in gold:
        data = gzip.decompress((EVAL / "pages" / (page["file"] + ".gz")).read_bytes())
        try:
            (doc,) = read(blank_controls(_decode(data)), ".html")
        except ReadError:
            continue
        doc.text = blank_controls(doc.text)
        docs.append((page["file"], doc))

    def halves() -> str:
        predictions = {}
        for name, doc in docs:
            lines = lines_of(doc.text, 0, markdown=False)
            lines, markers = take_markers(doc.text, lines, dict(doc.meta))
            pending = _Pending(name, "page", doc, lines, markers)
            predictions[name] = body_text(_build([pending])[0]) if lines else ""
        scores = [score([p for p in gold if _fold(p["file"]) == f], predictions) for f in "AB"]
        return " | ".join(f"{f1:.3f}" for _, _, f1 in scores)

    print("| constant | value | F1 half A | F1 half B |")
    print("|---|---|---|---|")
    for module_name, constants in SWEEP.items():
        module = importlib.import_module(module_name)
        for constant, values in constants.items():
            kept = getattr(module, constant)
            for value in values:
                setattr(module, constant, value)
                mark = " (kept)" if value == kept else ""
                print(f"| {constant} | {value}{mark} | {halves()} |", flush=True)
            setattr(module, constant, kept)


def run_own() -> list[str]:
    from brief.ingest import load_paths

    gold = [
        json.loads(line)
        for line in (OWN / "expected.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    result = load_paths([str(OWN / page["file"]) for page in gold])
    by_name = {Path(a.path).name: a for a in result.articles}
    runs: dict[str, dict[str, str]] = {name: {} for name in RUNS}
    empty = []
    for page in gold:
        html = (OWN / page["file"]).read_text(encoding="utf-8")
        article = by_name.get(page["file"])
        runs["brief"][page["file"]] = body_text(article) if article else ""
        runs[WITH_HEADINGS][page["file"]] = body_text(article, HEADINGS) if article else ""
        runs["trafilatura"][page["file"]] = _trafilatura(html)
        runs["trafilatura precision"][page["file"]] = _trafilatura(html, favor_precision=True)
        if not runs["brief"][page["file"]].strip():
            empty.append(page["file"])
    for name, predictions in runs.items():
        p, r, f1 = score(gold, predictions)
        print(f"| own ({len(gold)} pages) | {name} | {p:.3f} | {r:.3f} | {f1:.3f} | |")
    for page in gold:
        text = _norm(runs["brief"][page["file"]])
        missed = [s for s in page["with"] if _norm(s) not in text]
        kept = [s for s in page["without"] if _norm(s) in text]
        for snippet in missed:
            print(f"    {page['file']}: missed {snippet[:70]!r}", file=sys.stderr)
        for snippet in kept:
            print(f"    {page['file']}: kept furniture {snippet[:70]!r}", file=sys.stderr)
    if empty:
        print(f"\nown pages where brief's article is empty: {', '.join(empty)}")
    return empty


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval", type=Path, help="folder of the real pages (evaldata.jsonl)")
    parser.add_argument("--limit", type=int, help="score only the first N real pages")
    parser.add_argument("--own-only", action="store_true", help="skip the real pages")
    parser.add_argument("--show-empty", action="store_true")
    parser.add_argument("--folds", action="store_true", help="also score each half of the pages")
    parser.add_argument(
        "--sweep", action="store_true", help="vary each constant of the rules on both halves"
    )
    args = parser.parse_args()
    global EVAL
    if args.eval:
        EVAL = args.eval
    if args.sweep:
        run_sweep(args.limit)
        return
    print("| set | extractor | P | R | F1 | time |")
    print("|---|---|---|---|---|---|")
    if (OWN / "expected.jsonl").exists():
        run_own()
    if not args.own_only and (EVAL / "evaldata.jsonl").exists():
        run_real(args.limit, args.show_empty, args.folds)


if __name__ == "__main__":
    main()
