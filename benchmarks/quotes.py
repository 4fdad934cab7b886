"""Measure brief's quote extraction against annotated news quotations.

Run from the repository root::

    python benchmarks/quotes.py ../shared/eval/quotes/ggt_dev49.jsonl [--pred-out FILE]
    python benchmarks/quotes.py ../shared/eval/quotes/polnear_dev.jsonl
    python benchmarks/quotes.py --speed 1000
    python benchmarks/quotes.py --errors [DIR]     # both dev sets, errors by cause
    python benchmarks/quotes.py --ablate           # what each frame rule gains
    python benchmarks/quotes.py --halves           # even and odd articles apart
    python benchmarks/quotes.py --ablate --halves  # what each rule gains on each half
    python benchmarks/quotes.py --json             # through brief export --format json

Every article's ``text`` is written to a temporary ``.txt`` file and read back through
brief's own ingest (``load_paths``), exactly as ``brief export DIR`` would read it; the
statements ``brief.quotes.statements_of`` finds are written one line per article in the
format of ``../shared/eval/quotes/score_quotes.py`` (offsets into the gold ``text``, which
for a ``.txt`` file is ``Article.text`` itself, control characters blanked to spaces; the
script checks the lengths agree) and that scorer's
table is printed.

A quotation broken by its attribution (``"A," she said. "B."``) is one variant with two
``parts``; ``brief export --format json`` writes each part as an entry with its own ``span``,
so by default each part is scored as a statement, on every set. ``--join-parts`` reads them in
the convention of the set scored (``JOINS_PARTS``): one two-span statement on PolNeAR, two on
the Gender Gap Tracker; ``--read-span`` reads one span from the first part's start to the last
part's end.

``--speed N`` times quote extraction (``extract_quotes``, clustering included) on the
first N articles of ``../shared/eval/scale/bbc_news.jsonl`` (beyond 2,000:
``multinews_sources.jsonl``) after ingest, which is timed in the same run as the floor:
the figure for "1,000 articles in under 10 s", and for linearity (time per 1,000 words
and the ratio to ingest at 1,000 and 10,000 articles).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

from quotes_json import predict_json
from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = eval_dir()
SCORER = SHARED / "quotes" / "score_quotes.py"
SCALE = SHARED / "scale" / "bbc_news.jsonl"
MULTINEWS = SHARED / "scale" / "multinews_sources.jsonl"

sys.path.insert(0, str(ROOT))

from brief.ingest import load_paths  # noqa: E402
from brief.model import Article  # noqa: E402
from brief.quotes import extract_quotes, statements_of  # noqa: E402


def load_articles(records: list[dict], folder: Path) -> dict[str, Article]:
    """Write each record's text to ``folder`` and load them all through ingest."""
    names = {}
    for number, record in enumerate(records):
        name = f"a{number:05d}"
        (folder / f"{name}.txt").write_text(record["text"], encoding="utf-8")
        names[name] = record.get("id", name)
    result = load_paths([str(folder)])
    return {names[a.id]: a for a in result.articles if a.id in names}


#: The annotation conventions of the gold sets for a quotation broken by its attribution
#: (``"A," she said. "B."``), which brief writes as one variant with two ``parts``: PolNeAR
#: annotates one statement with two spans, the Gender Gap Tracker two statements.
JOINS_PARTS = {"polnear": True, "ggt": False}
#: How a variant is read: "convention" (each set's own, above), "apart" (every part a
#: statement of its own on every set) or "span" (the variant's ``span`` only, ``parts``
#: ignored: what a scorer that reads only ``span`` from the JSON sees).
READING = "apart"
#: ``--json``: predict from ``brief export DIR --format json`` rather than ``statements_of``.
FROM_JSON = False


def _read(variant, source: str) -> list[list[list[int]]]:
    """The quote spans one variant gives the scorer: one list per predicted quote."""
    return read_spans(list(variant.span), [list(p) for p in variant.parts], source)


def _read_json(variant: dict, source: str) -> list[list[list[int]]]:
    """The same for an entry of ``brief export --format json``, where each part of a broken
    statement is an entry of its own (``part`` 1, 2, ...): read apart, each entry is its
    ``span``; in PolNeAR's convention the first part's entry stands for all of ``parts``."""
    parts = variant.get("parts") or [variant["span"]]
    if READING == "convention" and JOINS_PARTS.get(source) and len(parts) > 1:
        return [parts] if variant.get("part", 1) == 1 else []
    return [[variant["span"]]]


def read_spans(span: list[int], parts: list[list[int]], source: str) -> list[list[list[int]]]:
    parts = parts or [span]
    if READING == "span":
        return [[span]]
    if READING == "convention" and JOINS_PARTS.get(source):
        return [parts]
    return [[part] for part in parts]


def predict(records: list[dict]) -> tuple[list[dict], float]:
    with tempfile.TemporaryDirectory() as tmp:
        articles = load_articles(records, Path(tmp))
    lines = []
    elapsed = 0.0
    for record in records:
        article = articles.get(record["id"])
        quotes = []
        if article is not None:
            if len(article.text) != len(record["text"]):
                # ingest only blanks control characters, never removes any: offsets hold
                raise SystemExit(f"{record['id']}: ingest changed the text; offsets would move")
            began = time.perf_counter()
            variants = statements_of(article)
            elapsed += time.perf_counter() - began
            for variant in variants:
                for spans in _read(variant, record.get("source", "")):
                    quotes.append(
                        {
                            "quote_spans": spans,
                            "speaker": variant.speaker,
                            "speaker_spans": [list(variant.speaker_span)]
                            if variant.speaker_span
                            else [],
                            "kind": variant.kind,
                            "text": variant.text,
                        }
                    )
        lines.append({"id": record["id"], "quotes": quotes})
    return lines, elapsed


def _scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def print_table(name: str, result: dict) -> None:
    print(f"\n{name}: {result['gold_quotes']} gold quotes, {result['pred_quotes']} predicted\n")
    print("| metric | P | R | F1 |")
    print("|---|---|---|---|")
    for key in ("detection@0.3", "detection@0.8", "exact", "end_to_end@0.3"):
        row = result[key]
        print(f"| {key} | {row['P']} | {row['R']} | {row['F1']} |")
    kinds = ", ".join(f"{k} {v}" for k, v in result["recall@0.3_by_kind"].items())
    print(f"\nrecall@0.3 by kind: {kinds}")
    print(f"canonical speaker accuracy (detected quotes): {result['speaker_accuracy']}%")
    if result.get("mention_overlap") is not None:
        print(f"speaker mention overlap: {result['mention_overlap']}%")


def speed(count: int, corpus: str = "") -> None:
    """Time quote extraction (clustering included) on ``count`` articles after ingest,
    which is timed in the same run as the floor: the quote stage is linear when its time
    per 1,000 words and its ratio to ingest stay flat as ``count`` grows. Up to 2,000
    articles come from bbc_news (whole articles), more from multinews_sources (leads)."""
    source = {"bbc": SCALE, "multinews": MULTINEWS}.get(corpus) or (
        SCALE if count <= 2000 else MULTINEWS
    )
    records = []
    with source.open(encoding="utf-8") as f:
        for line in f:
            records.append(json.loads(line))
            if len(records) >= count:
                break
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        articles = list(load_articles(records, Path(tmp)).values())
        ingest = time.perf_counter() - began
    words = sum(len(a.text.split()) for a in articles)
    from brief.quotes.across import merge_speakers
    from brief.quotes.cluster import cluster_variants

    extract_quotes(articles[:20])  # warm the lazy imports (stemmer, rapidfuzz) untimed
    best = (float("inf"), float("inf"))
    clusters = 0
    for _ in range(2 if count <= 2000 else 1):
        began = time.perf_counter()
        per_article = [statements_of(article) for article in articles]
        found = time.perf_counter()
        clusters = len(cluster_variants(merge_speakers(per_article)))
        done = time.perf_counter()
        if done - began < sum(best):
            best = (found - began, done - found)
    statements, clustering = best
    total = statements + clustering
    print(
        f"{len(articles)} articles of {source.name} ({words / 1000:.0f}k words): ingest "
        f"{ingest:.2f} s; quotes {total:.2f} s = statements {statements:.2f} s + speakers "
        f"merged and clustered {clustering:.2f} s ({clusters} clusters); per 1,000 words: "
        f"statements {1000 * statements / (words / 1000):.1f} ms, clustering "
        f"{1000 * clustering / (words / 1000):.1f} ms; quotes / ingest = {total / ingest:.2f}"
    )


DEV_SETS = ("ggt_dev49.jsonl", "polnear_dev.jsonl")


def evaluate(gold: Path, pred_out: str | None = None) -> tuple[dict, list[dict], list[dict], float]:
    """Predict one gold file and score it: (scores, gold records, predictions, seconds)."""
    records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    lines, elapsed = predict_json(records, _read_json) if FROM_JSON else predict(records)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(pred_out) if pred_out else Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        result = _scorer().score(str(gold), str(pred))
    return result, records, lines, elapsed


def halves(golds: list[Path]) -> None:
    """Each dev set scored on its even and its odd articles apart: a rule that only one
    half likes is fitted to it (the figures of both halves should move together)."""
    print("\n| set | half | articles | detection@0.3 P | R | F1 | exact F1 | speaker accuracy |")
    print("|---|---|---|---|---|---|---|---|")
    for gold in golds:
        records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        for name, part in (("even", records[0::2]), ("odd", records[1::2])):
            with tempfile.TemporaryDirectory() as tmp:
                subset = Path(tmp) / gold.name
                subset.write_text(
                    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                    encoding="utf-8",
                )
                row = evaluate(subset)[0]
            det = row["detection@0.3"]
            print(
                f"| {gold.name} | {name} | {len(part)} | {det['P']} | {det['R']} | {det['F1']} "
                f"| {row['exact']['F1']} | {row['speaker_accuracy']}% |"
            )


def split_halves(golds: list[Path], folder: Path) -> list[Path]:
    """Each dev set's even and odd articles as files of their own in ``folder`` (the split
    of ``--halves``: by position in the file, so the same on every run)."""
    out = []
    for gold in golds:
        records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        for name, part in (("even", records[0::2]), ("odd", records[1::2])):
            subset = folder / f"{gold.stem}.{name}.jsonl"
            subset.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8"
            )
            out.append(subset)
    return out


def ablate(golds: list[Path], only: list[str] | None = None, by_half: bool = False) -> None:
    """One row per rule: how many statements, detection points, exact points and speaker
    accuracy points each dev set loses when that rule alone is switched off (positive =
    the rule gains that). ``by_half`` scores each set's even and odd articles apart
    (statements, detection F1, exact F1 and speaker accuracy only): a rule that gains on
    one half and loses on the other is fitted to its dev set."""
    if by_half:
        with tempfile.TemporaryDirectory() as tmp:
            _ablate(split_halves(golds, Path(tmp)), only, compact=True)
        return
    _ablate(golds, only)


def _ablate(golds: list[Path], only: list[str] | None, compact: bool = False) -> None:
    from brief.quotes.rules import RULES, switched_off

    def figures() -> dict[str, dict]:
        return {gold.name: evaluate(gold)[0] for gold in golds}

    base = figures()
    names = [g.name.removesuffix(".jsonl") for g in golds]
    print("\nAll rules on:")
    for gold in golds:
        row = base[gold.name]
        det, exact = row["detection@0.3"], row["exact"]
        print(
            f"- {gold.name}: {row['pred_quotes']} statements; detection@0.3 P {det['P']} "
            f"R {det['R']} F1 {det['F1']}; exact F1 {exact['F1']}; "
            f"speaker accuracy {row['speaker_accuracy']}%"
        )
    print("\nWhat each rule gains (all on minus that rule off; detection at 0.3):\n")
    keys = ("F1",) if compact else ("R", "P", "F1")
    header = " | ".join(
        f"{n} statements | "
        + " | ".join(f"{n} {k}" for k in keys)
        + f" | {n} exact F1 | {n} speaker"
        for n in names
    )
    print(f"| rule | {header} |")
    print("|---|" + "---|" * ((3 + len(keys)) * len(golds)))
    for rule in only or RULES:
        with switched_off(rule):
            off = figures()
        cells = []
        for gold in golds:
            on, cut = base[gold.name], off[gold.name]
            cells.append(str(on["pred_quotes"] - cut["pred_quotes"]))
            for key in keys:
                delta = on["detection@0.3"][key] - cut["detection@0.3"][key]
                cells.append(f"{delta:+.1f}")
            cells.append(f"{on['exact']['F1'] - cut['exact']['F1']:+.1f}")
            # speaker rules move no span: who speaks is what they gain
            cells.append(f"{on['speaker_accuracy'] - cut['speaker_accuracy']:+.1f}")
        print(f"| {rule} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "gold", nargs="*", help="JSONL files of ../shared/eval/quotes/ (default: both dev sets)"
    )
    parser.add_argument("--pred-out", help="also write the predictions here (one gold file)")
    parser.add_argument("--speed", type=int, metavar="N", help="time N articles of bbc_news")
    parser.add_argument(
        "--errors",
        nargs="?",
        const=str(Path(tempfile.gettempdir()) / "brief-quote-errors"),
        metavar="DIR",
        help="write every miss, false alarm and speaker error by cause to DIR "
        "(default: the temp folder; never inside the project: it quotes the eval data)",
    )
    parser.add_argument(
        "--corpus",
        choices=("bbc", "multinews"),
        default="",
        help="the scale file --speed reads (default: bbc up to 2,000 articles, else multinews)",
    )
    parser.add_argument(
        "--ablate",
        nargs="?",
        const="",
        metavar="RULES",
        help="switch each frame rule off in turn and print what it gains on each dev set "
        "(RULES: only these, comma-separated)",
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="score each dev set's even and odd articles apart (a check against overfitting; "
        "with --ablate, what each rule gains on each half)",
    )
    parser.add_argument(
        "--join-parts",
        action="store_true",
        help="read a quotation broken by its attribution in each set's own convention "
        "(PolNeAR: one two-span statement); by default each part is a statement, as every "
        "JSON entry's span says",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="predict from `brief export DIR --format json` (each set one brief), as the "
        "held-out scorer does",
    )
    parser.add_argument(
        "--read-span",
        action="store_true",
        help="read a broken statement as one span from its first part to its last",
    )
    args = parser.parse_args()
    global READING, FROM_JSON
    FROM_JSON = args.json
    READING = "span" if args.read_span else "convention" if args.join_parts else "apart"
    if args.ablate is not None:
        golds = [Path(g) for g in args.gold] or [SHARED / "quotes" / name for name in DEV_SETS]
        ablate(golds, [r for r in args.ablate.split(",") if r] or None, by_half=args.halves)
        return
    if args.halves:
        halves([Path(g) for g in args.gold] or [SHARED / "quotes" / name for name in DEV_SETS])
        return
    if args.speed:
        speed(args.speed, args.corpus)
        if not args.gold and not args.errors:
            return
    golds = [Path(g) for g in args.gold] or [SHARED / "quotes" / name for name in DEV_SETS]
    if args.pred_out and len(golds) > 1:
        parser.error("--pred-out takes one gold file")
    found: dict[str, dict] = {}
    for gold in golds:
        result, records, lines, elapsed = evaluate(gold, args.pred_out)
        print_table(gold.name, result)
        print(f"extraction time: {elapsed:.2f} s for {len(records)} articles")
        if args.errors:
            from quote_errors import analyse, write

            name = gold.name.removesuffix(".jsonl")
            found[name] = analyse(_scorer(), records, lines)
            print(f"errors written to {write(Path(args.errors), name, found[name])}")
    if found:
        from quote_errors import cause_table

        print("\nerrors by cause (detection at 0.3; speaker errors among detected quotes)\n")
        print(cause_table(found))


if __name__ == "__main__":
    main()
