"""Error analysis for ``benchmarks/quotes.py --errors``: every miss and false alarm by cause.

Matching is the scorer's own (``score_quotes._match`` at 0.3 coverage), so the counts here
add up to the scorer's table: misses = gold - detected, false alarms = predicted - detected,
speaker errors = detected quotes whose speaker ``score_quotes.speaker_ok`` rejects.

Causes, in the order they are tried:

misses
  ``boundary``           a prediction overlaps the gold quote but covers 30 % of it or less,
                         or it was taken by another gold quote (two statements joined);
  ``short direct``       a quotation of four words or fewer: the scare-quote rule drops it;
  ``no cue``             the annotators give no cue (a floating or headline statement);
  ``cue not speech``     the cue is no speech verb of the lexicon ("wants", "plans", ":");
  ``cue missed``         the cue is one of brief's verbs but no frame was found.
false alarms
  ``split``              inside a gold quote that another prediction already matched (the
                         second half of a quote broken by its attribution);
  ``boundary``           overlaps a gold quote that stayed unmatched;
  ``not a quote: direct`` / ``not a quote: reported``   overlaps no gold quote at all.
speaker errors (detected quotes only)
  ``unattributed``       brief gave no speaker, the gold has one;
  ``pronoun``            brief's speaker is a pronoun (never acceptable);
  ``description``        brief's speaker is a lower-case description ("officials");
  ``wrong name``         brief named somebody else.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from brief.quotes.lexicon import CUE_FORMS, PRONOUNS

SHORT_DIRECT_WORDS = 4
MISS_CAUSES = ("boundary", "short direct", "no cue", "cue not speech", "cue missed")
ALARM_CAUSES = ("split", "boundary", "not a quote: direct", "not a quote: reported")
SPEAKER_CAUSES = ("unattributed", "pronoun", "description", "wrong name")


def _chars(scorer, quote: dict) -> set[int]:
    return scorer._chars(scorer._spans(quote))


def _miss_cause(gold: dict, text: str, overlapping: bool) -> str:
    if overlapping:
        return "boundary"
    words = len(" ".join(text[s:e] for s, e in gold["quote_spans"]).split())
    if gold["kind"] == "direct" and words <= SHORT_DIRECT_WORDS:
        return "short direct"
    cue = [w.strip(".,:;\"'\u2019").lower() for w in (gold.get("cue") or "").split()]
    cue = [w for w in cue if w]
    if not cue:
        return "no cue"
    if not any(w in CUE_FORMS or w == "according" for w in cue):
        return "cue not speech"
    return "cue missed"


def _speaker_cause(pred: str) -> str:
    name = (pred or "").strip()
    if name.lower() in ("", "unattributed", "unknown"):
        return "unattributed"
    if name.lower() in PRONOUNS:
        return "pronoun"
    if name.split()[-1][:1].islower():
        return "description"
    return "wrong name"


def analyse(scorer, records: list[dict], lines: list[dict]) -> dict[str, list[dict]]:
    """Every miss, false alarm and speaker error of one dev set, each with its cause."""
    preds = {line["id"]: line["quotes"] for line in lines}
    out: dict[str, list[dict]] = {"miss": [], "false alarm": [], "speaker": []}
    for record in records:
        text = record["text"]
        gold = [q for q in record["quotes"] if scorer._spans(q)]
        pred = [q for q in preds.get(record["id"], []) if scorer._spans(q)]
        pairs = scorer._match(gold, pred, 0.3)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        pred_chars = [(p, _chars(scorer, p)) for p in pred]
        gold_chars = [(g, _chars(scorer, g)) for g in gold]
        for g, chars in gold_chars:
            if id(g) in matched_gold:
                continue
            overlapping = any(chars & pc for _, pc in pred_chars)
            out["miss"].append(
                {
                    "article": record["id"],
                    "cause": _miss_cause(g, text, overlapping),
                    "kind": g["kind"],
                    "cue": g.get("cue", ""),
                    "speaker": g.get("speaker", ""),
                    "text": " ".join(text[s:e] for s, e in g["quote_spans"]),
                }
            )
        for p, chars in pred_chars:
            if id(p) in matched_pred:
                continue
            hit = [g for g, gc in gold_chars if chars & gc]
            if any(id(g) in matched_gold for g in hit):
                cause = "split"
            elif hit:
                cause = "boundary"
            else:
                cause = "not a quote: direct" if p["kind"] == "direct" else "not a quote: reported"
            out["false alarm"].append(
                {
                    "article": record["id"],
                    "cause": cause,
                    "kind": p["kind"],
                    "speaker": p.get("speaker", ""),
                    "text": p.get("text", ""),
                }
            )
        for g, p in pairs:
            if scorer.speaker_ok(p.get("speaker", ""), g.get("speaker", "")):
                continue
            out["speaker"].append(
                {
                    "article": record["id"],
                    "cause": _speaker_cause(p.get("speaker", "")),
                    "gold": g.get("speaker", ""),
                    "mention": g.get("speaker_mention", ""),
                    "predicted": p.get("speaker", ""),
                    "text": p.get("text", "")[:160],
                }
            )
    return out


def cause_table(results: dict[str, dict[str, list[dict]]]) -> str:
    """One markdown table: rows are causes, columns the dev sets."""
    names = list(results)
    rows = ["| error | cause | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for group, causes in (
        ("miss", MISS_CAUSES),
        ("false alarm", ALARM_CAUSES),
        ("speaker", SPEAKER_CAUSES),
    ):
        counts = {name: Counter(e["cause"] for e in results[name][group]) for name in names}
        for cause in causes:
            cells = " | ".join(str(counts[name][cause]) for name in names)
            rows.append(f"| {group} | {cause} | {cells} |")
        totals = " | ".join(f"**{len(results[name][group])}**" for name in names)
        rows.append(f"| {group} | all | {totals} |")
    return "\n".join(rows)


def write(folder: Path, name: str, found: dict[str, list[dict]]) -> Path:
    """Every error of one dev set, grouped by cause, one JSON object a line."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.errors.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for group, items in found.items():
            for item in sorted(items, key=lambda e: e["cause"]):
                f.write(json.dumps({"error": group, **item}, ensure_ascii=False) + "\n")
    return path
