"""The "carries the same information" threshold, checked on invented same-fact pairs.

``tests/data/same_fact.json`` holds invented stories, each told by three outlets, with the
groups of sentences that report one fact in different words. Every cross-article pair of a
story is classified with brief's similarity at ``SUPPORT``. Run this file as a script to print
precision and recall at other thresholds (the table in ``docs/decisions.md``).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np

from brief.ingest import load_paths
from brief.summary.attribution import SUPPORT, carriers
from brief.summary.units import collect_units
from brief.summary.vectors import featurize, similarity_vectors

DATA = Path(__file__).parent / "data" / "same_fact.json"


def _pairs(root: Path) -> list[tuple[float, bool]]:
    """(similarity, same fact?) for every cross-article pair of sentences of every story."""
    out: list[tuple[float, bool]] = []
    stories = json.loads(DATA.read_text(encoding="utf-8"))["stories"]
    for number, story in enumerate(stories):
        folder = root / f"story{number}"
        folder.mkdir()
        for name, sentences in story["articles"].items():
            (folder / f"{name}.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
        articles = load_paths([str(folder)]).articles
        units = collect_units(articles)
        where = {}
        for i, unit in enumerate(units):
            texts = story["articles"][unit.article]
            if unit.text in texts:
                where[i] = (unit.article, texts.index(unit.text))
        same = set()
        for group in story["facts"]:
            for a, b in itertools.combinations(group, 2):
                if a[0] != b[0]:
                    same.add(frozenset([tuple(a), tuple(b)]))
        vectors = similarity_vectors(featurize([u.text for u in units]).unigrams)
        similarity = (vectors @ vectors.T).toarray()
        for i, j in itertools.combinations(sorted(where), 2):
            if units[i].article != units[j].article:
                out.append((float(similarity[i, j]), frozenset([where[i], where[j]]) in same))
    return out


def _precision_recall(pairs: list[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    scores = np.array([p[0] for p in pairs])
    truth = np.array([p[1] for p in pairs])
    predicted = scores >= threshold - 1e-9
    hits = int((predicted & truth).sum())
    return hits / max(int(predicted.sum()), 1), hits / max(int(truth.sum()), 1)


def test_calibration_data_is_well_formed() -> None:
    stories = json.loads(DATA.read_text(encoding="utf-8"))["stories"]
    assert len(stories) >= 5
    for story in stories:
        assert len(story["articles"]) == 3
        for group in story["facts"]:
            for article, index in group:
                assert 0 <= index < len(story["articles"][article])


def test_support_threshold_is_precise_and_finds_most_pairs(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path)
    assert sum(same for _, same in pairs) >= 25
    precision, recall = _precision_recall(pairs, SUPPORT)
    assert precision >= 0.9
    assert recall >= 0.75


def test_carriers_list_each_article_once_own_first(tmp_path: Path) -> None:
    for name, text in {
        "a": "Storm Vera cut power to 80,000 homes on the east coast on Sunday night.\n",
        "b": "About 80,000 homes on the east coast lost power as Storm Vera hit on Sunday.\n"
        "Power to 80,000 east coast homes was cut by Storm Vera, the utility said.\n",
        "c": "A new museum of modern art opened in the capital with a free weekend.\n",
    }.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    units = collect_units(articles)
    vectors = similarity_vectors(featurize([u.text for u in units]).unigrams)
    (carried,) = carriers(units, vectors, [0])
    assert units[0].article == "a"
    assert carried.sources == ("a", "b")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        measured = _pairs(Path(tmp))
    positives = sum(same for _, same in measured)
    print(f"{positives} same-fact pairs among {len(measured)} cross-article pairs")
    print("| threshold | precision | recall |\n|---|---|---|")
    for value in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        p, r = _precision_recall(measured, value)
        print(f"| {value:.2f} | {p:.2f} | {r:.2f} |")
    sys.exit(0)
