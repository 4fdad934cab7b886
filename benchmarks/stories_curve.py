"""Story grouping: one constant's curve on every labelled pile, and ECB+ by halves.

Run from the repository root::

    python benchmarks/stories_curve.py                         # defaults, every pile
    python benchmarks/stories_curve.py loose_share=0,0.2,0.3   # a Settings field's curve
    python benchmarks/stories_curve.py --halves ...            # ... plus ECB+ in two halves
    python benchmarks/stories_curve.py --quakes ...            # ... plus Multi-News quakes

In-process (``brief.stories.group_ids`` on the loaded articles, the same grouping the CLI
runs), so a curve of many values costs one ingest per pile. ECB+ is small (40 stories), so
a constant that only moves it is suspect: ``--halves`` also scores its odd and even topics
as two separate piles, each holding both sibling incidents of its topics, so a change that
helps one half and not the other shows. ``--quakes`` adds a pile of the Multi-News source
articles of every cluster one of whose leads states an earthquake's magnitude (51 articles,
23 quakes, most of them in no other pile): one quake per cluster, told in the words of every
other, so it measures the magnitude guard of ``brief.stories.facts`` on unseen quakes.
Scores are those of ``benchmarks/stories.py``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import fields, replace
from pathlib import Path

from stories import EVAL, PILES, Labels, scores


def write_quakes(folder: Path) -> Labels:
    """Multi-News source articles of the clusters where some lead states a magnitude."""
    from brief.stories.facts import lead_magnitude

    folder.mkdir(parents=True)
    with (EVAL / "scale" / "multinews_sources.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    quakes = {r["cluster"] for r in rows if lead_magnitude(r["text"]) is not None}
    labels = {}
    for number, row in enumerate(r for r in rows if r["cluster"] in quakes):
        (folder / f"q{number:04d}.txt").write_text(row["text"], encoding="utf-8")
        labels[f"q{number:04d}"] = (row["cluster"], row["cluster"])
    return labels


def _halves(labels: Labels, articles: list) -> dict[str, tuple[Labels, list]]:  # type: ignore[type-arg]
    out = {}
    for parity, name in ((1, "ECB+ odd topics"), (0, "ECB+ even topics")):
        keep = [a for a in articles if int(labels[a.id][1]) % 2 == parity]
        out[name] = ({a.id: labels[a.id] for a in keep}, keep)
    return out


def main() -> None:
    from brief.ingest import load_paths
    from brief.stories import DEFAULT, group_ids

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("curve", nargs="?", default="", help="FIELD=v1,v2,... of Settings")
    parser.add_argument("--halves", action="store_true", help="also ECB+ odd / even topics")
    parser.add_argument("--quakes", action="store_true", help="also Multi-News quake clusters")
    args = parser.parse_args()
    values: list[object] = [None]
    field = ""
    if args.curve:
        field, _, listed = args.curve.partition("=")
        kinds = {f.name: type(getattr(DEFAULT, f.name)) for f in fields(DEFAULT)}
        if field not in kinds:
            raise SystemExit(f"unknown setting {field!r}; one of: {', '.join(kinds)}")
        kind = kinds[field]
        values = [  # bool("False") is True: a switch is read as 1/0, true/false
            v.strip().casefold() in ("1", "true", "yes") if kind is bool else kind(v)
            for v in listed.split(",")
        ]
    piles: dict[str, tuple[Labels, list]] = {}  # type: ignore[type-arg]
    writers = dict(PILES) | ({"Multi-News quakes": write_quakes} if args.quakes else {})
    with tempfile.TemporaryDirectory(prefix="brief-stories-") as tmp:
        for number, (name, writer) in enumerate(writers.items()):
            folder = Path(tmp) / f"pile{number}"
            labels = writer(folder)
            piles[name] = (labels, list(load_paths([str(folder)]).articles))
            if args.halves and name.startswith("ECB+"):
                piles |= _halves(*piles[name])
    print(f"{'setting':<22} {'pile':<24} {'stories':>9} {'pair F1':>7} {'B3 F1':>6} {'w/ sib':>7}")
    for value in values:
        settings = DEFAULT if value is None else replace(DEFAULT, **{field: value})
        label = "defaults" if value is None else f"{field}={value}"
        for name, (labels, articles) in piles.items():
            ids = [a.id for a in articles]
            groups = [[ids[i] for i in g] for g in group_ids(articles, settings)]
            s = scores(labels, groups)
            print(
                f"{label:<22} {name:<24} {s['stories']:>4}/{s['gold']:<4} {s['pair_f']:>7.3f} "
                f"{s['b3_f']:>6.3f} {s['with_sibling']:>7.1%}",
                flush=True,
            )


if __name__ == "__main__":
    main()
