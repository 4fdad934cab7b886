"""Every cross-source credit of the summary, to read: does the credited article say the same?

For each pile, the default summary (``summarize`` with ``AnalysisOptions()``) is made and each
of its sentences' credited sources other than its own is listed with that source's unit
closest to it (the one a reader checks) and their cosine. Run from the repository root::

    python benchmarks/credits.py --out /tmp/credits.json              # sample, BBC 100, DUC
    python benchmarks/credits.py --folder my_pile --out /tmp/mine.json  # one folder of your own

The default piles: the sample (``seeds/``), the first 100 BBC articles of ``benchmarks/scale.py``'s
shuffle, and the first 15 DUC 2004 dev clusters. Prints the number of credits per pile; the JSON
(one object per credit: pile, summary sentence, source, closest unit, cosine) is for reading.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from shared_data import eval_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def piles(tmp: Path, folders: Sequence[str]) -> Iterator[tuple[str, Path]]:
    """(name, folder) of each pile to summarise."""
    if folders:
        for folder in folders:
            yield Path(folder).name, Path(folder)
        return
    from mds import write_cluster
    from scale import build_set

    yield "sample", ROOT / "seeds"
    yield "bbc100", build_set(100, tmp)
    with (eval_dir("mds") / "duc2004_dev.jsonl").open(encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()][:15]
    for cluster in clusters:
        folder = tmp / cluster["id"]
        folder.mkdir()
        write_cluster(cluster["documents"], folder)
        yield cluster["id"], folder


def cross_credits(folder: Path) -> list[dict[str, Any]]:
    """The cross-source credits of ``folder``'s default summary."""
    import brief.summary.attribution as attribution
    from brief.ingest import load_paths
    from brief.model import AnalysisOptions
    from brief.summary import summarize

    calls: list[tuple[Any, Any, list[int], Any]] = []
    original = attribution.carriers

    def spy(units: Any, vectors: Any, chosen: Sequence[int]) -> Any:
        out = original(units, vectors, chosen)
        calls.append((units, vectors, list(chosen), out))
        return out

    attribution.carriers = spy
    try:
        summarize(load_paths([str(folder)]).articles, AnalysisOptions())
    finally:
        attribution.carriers = original
    rows = []
    for units, vectors, chosen, carried in calls:
        similarity = (vectors @ vectors[chosen].T).toarray()
        for column, item in enumerate(carried):
            for source in item.sources[1:]:
                rows_of = [r for r, unit in enumerate(units) if unit.article == source]
                best = max(rows_of, key=lambda r: similarity[r, column])
                rows.append(
                    {
                        "summary": units[item.unit].text,
                        "source": source,
                        "closest": units[best].text,
                        "cosine": round(float(similarity[best, column]), 3),
                    }
                )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", action="append", default=[], help="a pile of your own")
    parser.add_argument("--out", required=True, help="JSON file for the credits")
    args = parser.parse_args(argv)
    found: list[dict[str, Any]] = []
    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="brief-credits-") as tmp:
        for name, folder in piles(Path(tmp), args.folder):
            names.append(name)
            found.extend({"pile": name, **row} for row in cross_credits(folder))
    Path(args.out).write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    counts = Counter(row["pile"] for row in found)
    for name in names:
        print(f"{name}: {counts[name]} cross-source credits")
    print(f"{len(found)} in all -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
