"""Story grouping: quality on labelled piles, speed and memory at 1,000 / 10,000 articles.

Run from the repository root::

    python benchmarks/stories.py                  # quality: ECB+ dev and the DUC 2004 pile
    python benchmarks/stories.py --extra          # ... plus the DUC 2003/2006/2007 dev pile
    python benchmarks/stories.py --calibrate      # leave-one-pile-out choice of the constants
    python benchmarks/stories.py --speed          # 1,000 and 10,000 Multi-News leads, BBC
    python benchmarks/stories.py --errors         # ECB+ false merges, with their signals
    python benchmarks/stories.py --breakdown      # CPU time of each --stories stage

Quality runs the whole command, ``brief export DIR --stories --format json``, in a
subprocess on the articles written as ``.txt`` files, and scores the stories it prints:
pairwise and B-cubed precision / recall / F1, the share of false-merge pairs that join two
sibling incidents of one topic, and the share of articles whose story holds a sibling
incident. Beside it: brief's own ingest of the same files (``load_paths`` in a subprocess).

Speed: the same command on Multi-News leads and BBC articles (shuffled with a fixed seed),
its wall time as a ratio to brief's ingest of the same files timed in the same run, its
peak RSS (the child's ``ru_maxrss``), and grouping alone (``brief.stories.group_ids`` on
already loaded articles, in a fresh process with the libraries imported before the clock).

Data: ``../shared/eval/stories/ecbplus_dev.jsonl`` and ``../shared/eval/mds/*.jsonl``
(measurement only; nothing from them is copied into brief).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from shared_data import eval_dir
from stories_scores import Labels, scores

ROOT = Path(__file__).resolve().parents[1]
EVAL = eval_dir()
SEED = 20_250_813
sys.path.insert(0, str(ROOT))

# --- data --------------------------------------------------------------------------------


def write_ecb(folder: Path) -> Labels:
    folder.mkdir(parents=True)
    labels = {}
    with (EVAL / "stories" / "ecbplus_dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            (folder / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
            labels[row["id"]] = (row["story"], str(row["topic"]))
    return labels


def write_duc(folder: Path, name: str) -> Labels:
    """Every cluster of ``mds/<name>.jsonl`` concatenated into one pile."""
    folder.mkdir(parents=True)
    labels = {}
    with (EVAL / "mds" / f"{name}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            documents = cluster["documents"]
            if isinstance(documents, str):
                documents = ast.literal_eval(documents)
            for number, doc in enumerate(documents):
                stem = f"{cluster['id']}-{number:02d}"
                title = (doc.get("title") or "").strip()
                text = f"{title}\n\n{doc['text']}" if title else doc["text"]
                (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
                labels[stem] = (cluster["id"], cluster["id"])
    return labels


def write_scale(folder: Path, source: str, size: int) -> Path:
    with (EVAL / "scale" / source).open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    random.Random(SEED).shuffle(rows)
    folder.mkdir(parents=True)
    for number, row in enumerate(rows[:size]):
        title = (row.get("title") or "").strip()
        text = f"{title}\n\n{row['text']}" if title else row["text"]
        (folder / f"a{number:05d}.txt").write_text(text, encoding="utf-8")
    return folder


# --- running brief -------------------------------------------------------------------------


CPU: dict[str, float] = {}
"""CPU seconds (user + system) of the last child run by ``run_measured``, under ``"last"``:
on a shared machine the wall time of a run moves with other load, its CPU time much less."""


def run_measured(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of ``command`` run as a child process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        CPU["last"] = usage.ru_utime + usage.ru_stime
        out.seek(0)
        text = out.read().decode("utf-8")
    if child.returncode:
        raise SystemExit(f"{' '.join(command)} failed with exit code {child.returncode}")
    return seconds, usage.ru_maxrss / 1024, text


def export_stories(folder: Path) -> tuple[float, float, list[list[str]]]:
    command = [sys.executable, "-m", "brief", "export", str(folder), "--stories"]
    seconds, rss, text = run_measured([*command, "--format", "json", "--no-timestamp"])
    return seconds, rss, [s["sources"] for s in json.loads(text)["stories"]]


def ingest_time(folder: Path) -> tuple[float, float]:
    code = f"from brief.ingest import load_paths; load_paths([{str(folder)!r}])"
    seconds, rss, _ = run_measured([sys.executable, "-c", code])
    return seconds, rss


# --- modes --------------------------------------------------------------------------------


PILES = {
    "ECB+ dev": lambda folder: write_ecb(folder),
    "DUC 2004 dev pile": lambda folder: write_duc(folder, "duc2004_dev"),
    "DUC 2003/06/07 dev pile": lambda folder: write_duc(folder, "duc_extra_dev"),
}
BASELINES = """Figures to beat (../shared/eval/stories/README.md):
  TF-IDF + average-link, threshold tuned on the test itself: pairwise F1 0.78-0.84,
    B-cubed F1 0.85-0.88 (ECB+, DUC 2004, Google News snippets); 92-100 % of its ECB+ false
    merges join siblings.
  Same baseline, threshold from the dev half: B-cubed 0.894 dev, 0.838 held out (pair 0.761).
  Streaming, learned similarity (Miranda et al. 2018): pairwise F1 0.94 (P 0.98, R 0.90).
Targets: ECB+ B-cubed F1 >= 0.92, pairwise F1 >= 0.88, < 5 % of articles with a sibling;
  DUC 2004 pile B-cubed F1 >= 0.95."""


def quality(extra: bool) -> None:
    names = list(PILES) if extra else list(PILES)[:2]
    print(
        f"{'pile':<24} {'n':>5} {'stories':>9} {'pair P':>7} {'pair R':>7} {'pair F1':>7} "
        f"{'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'sib/FM':>7} {'w/ sib':>7} "
        f"{'export s':>9} {'ingest s':>9} {'ratio':>6}"
    )
    with tempfile.TemporaryDirectory(prefix="brief-stories-") as tmp:
        for number, name in enumerate(names):
            folder = Path(tmp) / f"pile{number}"
            labels = PILES[name](folder)
            seconds, _, groups = export_stories(folder)
            floor, _ = ingest_time(folder)
            s = scores(labels, groups)
            print(
                f"{name:<24} {len(labels):>5} {s['stories']:>4}/{s['gold']:<4} "
                f"{s['pair_p']:>7.3f} {s['pair_r']:>7.3f} {s['pair_f']:>7.3f} "
                f"{s['b3_p']:>6.3f} {s['b3_r']:>6.3f} {s['b3_f']:>6.3f} "
                f"{s['sibling_share']:>7.1%} {s['with_sibling']:>7.1%} "
                f"{seconds:>9.1f} {floor:>9.1f} {seconds / floor:>6.2f}",
                flush=True,
            )
    print("sib/FM: share of false-merge pairs joining sibling incidents of one topic;")
    print("w/ sib: share of articles in a story holding a sibling incident (ECB+ only).")
    print(BASELINES)


def calibrate() -> None:
    """Leave one pile out: choose the constants on the other piles, score the held-out one."""
    from dataclasses import replace

    from brief.ingest import load_paths
    from brief.stories import DEFAULT, group_ids

    grid = [
        replace(DEFAULT, threshold=t, entity_weight=w, length_power=p)
        for t in (0.09, 0.1, 0.11, 0.12, 0.15)
        for w in (0.35, 0.5, 0.7, 1.0)
        for p in (0.0, 0.25)
    ]
    table: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="brief-stories-") as tmp:
        for number, (name, writer) in enumerate(PILES.items()):
            folder = Path(tmp) / f"pile{number}"
            labels = writer(folder)
            articles = load_paths([str(folder)]).articles
            ids = [a.id for a in articles]
            table[name] = []
            for settings in grid:
                groups = [[ids[i] for i in g] for g in group_ids(articles, settings)]
                table[name].append(scores(labels, groups)["b3_f"])
            print(f"scored {len(grid)} settings on {name}", flush=True)
    print(f"\n{'held out':<24} {'chosen on the others':<44} {'held-out B3 F1':>14} {'best':>6}")
    for held in table:
        others = [n for n in table if n != held]
        best = max(range(len(grid)), key=lambda k: sum(table[n][k] for n in others))
        s = grid[best]
        chosen = f"threshold {s.threshold}, names x{s.entity_weight}, power {s.length_power}"
        print(f"{held:<24} {chosen:<44} {table[held][best]:>14.3f} {max(table[held]):>6.3f}")
    k = grid.index(DEFAULT) if DEFAULT in grid else None
    if k is not None:
        print("defaults: " + ", ".join(f"{n} {table[n][k]:.3f}" for n in table))


def errors() -> None:
    """Every predicted ECB+ story that joins two gold stories, with each side's signals:
    its size, days, and the names most of its articles carry (for studying false merges)."""
    from brief.ingest import load_paths
    from brief.stories import group_ids
    from brief.stories.features import features_of

    with tempfile.TemporaryDirectory(prefix="brief-stories-") as tmp:
        labels = write_ecb(Path(tmp) / "ecb")
        articles = load_paths([str(Path(tmp) / "ecb")]).articles
    ids = [a.id for a in articles]
    features = {a.id: features_of(a) for a in articles}
    merged = 0
    for group in group_ids(articles):
        members = [ids[i] for i in group]
        by_story: dict[str, list[str]] = {}
        for item in members:
            by_story.setdefault(labels[item][0], []).append(item)
        if len(by_story) < 2:
            continue
        merged += len(members)
        print(f"\n== predicted story of {len(members)} articles, {len(by_story)} gold stories")
        for story, items in sorted(by_story.items(), key=lambda kv: -len(kv[1])):
            days = sorted({str(features[i].day) for i in items if features[i].day})
            names = Counter(n for i in items for n in set(features[i].entities) if " " not in n)
            core = [n for n, c in names.most_common(8) if c >= 0.5 * len(items)]
            print(f"  {story:<12} {len(items):>3}  days {days[:3]}{'...' if len(days) > 3 else ''}")
            print(f"               names {core}")
    print(f"\narticles in a story joining two gold stories: {merged} of {len(ids)}")


BREAKDOWN = """
import json, sys, time
from collections import defaultdict
clock = time.process_time
start = clock()
from brief.ingest import load_paths
articles = load_paths([sys.argv[1]]).articles
took = {"ingest": clock() - start}
mark = clock()
from brief.stories import group_stories
stories = group_stories(articles)
took["grouping"] = clock() - mark
from brief.analysis import _discrepancies
from brief.export.json_export import to_dict
from brief.model import AnalysisOptions, Brief
from brief.quotes import quotes_from, statements_of
from brief.stories.documents import json_ahead
from brief.summary import summarize
mark = clock()
said = {a.id: statements_of(a) for a in articles if a.duplicate_of is None}
took["statements (once per article)"] = clock() - mark
options = AnalysisOptions()
by_size = defaultdict(lambda: defaultdict(float))
count = defaultdict(int)
briefs = []
for story in stories:
    size = {1: "1", 2: "2"}.get(len(story.articles), "3+")
    count[size] += 1
    analysed = [a for a in story.articles if a.duplicate_of is None]
    mark = clock()
    summary = summarize(analysed, options)
    by_size[size]["summary"] += clock() - mark
    mark = clock()
    quotes = quotes_from([said[a.id] for a in analysed])
    by_size[size]["quote clusters"] += clock() - mark
    mark = clock()
    figures = _discrepancies(analysed)
    by_size[size]["figures"] += clock() - mark
    briefs.append(Brief(story.title, "", story.articles, summary=summary, quotes=quotes,
                        discrepancies=figures, options=options))
mark = clock()
for brief in briefs:
    json_ahead(brief)
took["json (the command's writer)"] = clock() - mark
mark = clock()
json.dumps({"stories": [to_dict(b) for b in briefs]}, ensure_ascii=False, indent=2)
took["json (json.dumps, indent=2)"] = clock() - mark
print(json.dumps({"took": took, "by_size": by_size, "count": count}))
"""
"""CPU seconds of each stage of ``--stories`` in one process, the per-story stages summed by
story size (1, 2, 3+ articles): where the time goes. As in the command, an article's quote
statements are found once (they do not depend on its story: the command finds them in
forked children, ``brief.stories.ahead``) and each story clusters its articles' statements;
each brief is written by the command's JSON writer (``json_ahead``, the same text as
``json.dumps(..., indent=2)``, timed beside it). Unlike the command, each summary is made
alone (the command makes a batch's together, ``summary.phases``: the same summaries) and
everything runs in one process."""


def breakdown(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="brief-stories-") as tmp:
        for size in sizes:
            folder = write_scale(Path(tmp) / f"mn{size}", "multinews_sources.jsonl", size)
            _, _, out = run_measured([sys.executable, "-c", BREAKDOWN, str(folder)])
            data = json.loads(out.strip().splitlines()[-1])
            took, by_size, count = data["took"], data["by_size"], data["count"]
            floor = took["ingest"]
            print(f"Multi-News {size:,}: CPU seconds (x ingest)")
            for stage, seconds in took.items():
                print(f"  {stage:<28} {seconds:>7.2f}  {seconds / floor:>6.2f}x")
            for key in sorted(by_size):
                parts = by_size[key]
                total = sum(parts.values())
                detail = ", ".join(f"{k} {v:.2f}" for k, v in parts.items())
                label = f"briefs of {key}-article stories"
                print(
                    f"  {label:<28} {total:>7.2f}  {total / floor:>6.2f}x  "
                    f"({count[key]} stories: {detail})"
                )


GROUPING = """
import sys, time
import scipy.sparse  # one-off imports before the clock starts: they are not grouping
from brief.ingest import load_paths
from brief.stories import group_ids
from brief.text.tokens import stem
stem("warm")
articles = load_paths([sys.argv[1]]).articles
start = time.perf_counter()
group_ids(articles)
print(time.perf_counter() - start)
"""
"""Grouping alone, in a fresh process per set (no stem cache carried from a smaller set)."""


def speed(sizes: list[int]) -> None:
    print(
        f"{'set':<22} {'ingest s':>9} {'--stories s':>12} {'ratio':>6} {'CPU ratio':>10} "
        f"{'peak RSS MB':>12} {'grouping s':>11} {'stories':>8}"
    )
    grouping: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="brief-stories-") as tmp:
        runs = [("multinews_sources.jsonl", n, f"Multi-News {n:,}") for n in sizes]
        runs.append(("bbc_news.jsonl", 2225, "BBC 2,225"))
        for source, size, name in runs:
            folder = write_scale(Path(tmp) / name.replace(" ", "").replace(",", ""), source, size)
            floor, _ = ingest_time(folder)
            floor_cpu = CPU["last"]
            seconds, rss, groups = export_stories(folder)
            cpu = CPU["last"] / floor_cpu
            _, _, out = run_measured([sys.executable, "-c", GROUPING, str(folder)])
            grouping[name] = float(out)
            print(
                f"{name:<22} {floor:>9.1f} {seconds:>12.1f} {seconds / floor:>6.2f} {cpu:>10.2f} "
                f"{rss:>12.0f} {grouping[name]:>11.2f} {len(groups):>8}",
                flush=True,
            )
    if len(sizes) >= 2:
        small, large = f"Multi-News {min(sizes):,}", f"Multi-News {max(sizes):,}"
        print(
            f"grouping alone, {max(sizes):,} vs {min(sizes):,} articles: "
            f"{grouping[large] / grouping[small]:.1f}x (linear would be "
            f"{max(sizes) / min(sizes):.0f}x; target within 12x)"
        )
    print("ratio: wall time over ingest's; CPU ratio: CPU seconds over ingest's (steadier when")
    print("the machine is shared). Targets: --stories on 10,000 leads < 3x ingest, RSS < 1 GB.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extra", action="store_true", help="also the DUC 2003/06/07 pile")
    parser.add_argument("--calibrate", action="store_true", help="leave-one-pile-out choice")
    parser.add_argument("--speed", action="store_true", help="speed and memory at scale")
    parser.add_argument("--errors", action="store_true", help="ECB+ false merges in detail")
    parser.add_argument("--breakdown", action="store_true", help="CPU time of each stage")
    parser.add_argument("--sizes", default="1000,10000", help="Multi-News sizes for --speed")
    args = parser.parse_args()
    if not (EVAL / "stories" / "ecbplus_dev.jsonl").is_file():
        raise SystemExit(f"evaluation data not found under {EVAL}")
    if args.calibrate:
        calibrate()
    elif args.errors:
        errors()
    elif args.breakdown:
        breakdown([int(n) for n in args.sizes.split(",")])
    elif args.speed:
        speed([int(n) for n in args.sizes.split(",")])
    else:
        quality(args.extra)


if __name__ == "__main__":
    main()
