"""``brief export --review`` writes the brief the app shows: the algorithm, summary length
and focus chosen in the app are part of the saved review (they were left out: the export
took the command line's, so a focus set in the app was lost on the way to the newsletter)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.cli import main
from brief.ingest import load_paths
from brief.model import AnalysisOptions, Review
from brief.review import options_under
from brief.store import save_review
from tests.stories_pile import write_pile

CHOSEN = Review(algorithm="luhn", sentences=2, focus="harbour inspection")


def test_the_review_s_choices_win_over_the_command_line_s() -> None:
    base = AnalysisOptions("concepts", 7, 120, "")
    assert options_under(Review(), base) == base
    assert options_under(CHOSEN, base) == AnalysisOptions("luhn", 2, None, "harbour inspection")
    # a length chosen in the app leaves word mode; a focus cleared in the app stays cleared
    assert options_under(Review(focus=""), AnalysisOptions(focus="bridge")).focus == ""


def test_export_review_uses_the_algorithm_length_and_focus_chosen_in_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pile"
    labels = write_pile(folder)
    for name in [n for n, label in labels.items() if label != "quake-b"]:
        (folder / f"{name}.txt").unlink()  # one story: its three reports of the harbour quake
    save_review(load_paths([str(folder)]).articles, CHOSEN)
    assert main(["export", str(folder), "--review", "--format", "json", "--no-timestamp"]) == 0
    brief = json.loads(capsys.readouterr().out)
    assert (brief["algorithm"], brief["focus"]) == ("luhn", "harbour inspection")
    assert len(brief["summary"]) == 2
    assert main(["export", str(folder), "--format", "json", "--no-timestamp"]) == 0
    unreviewed = json.loads(capsys.readouterr().out)
    assert (unreviewed["algorithm"], unreviewed["focus"]) == ("concepts", "")


def test_export_stories_review_uses_each_story_s_own_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pile"
    write_pile(folder)
    args = ["export", str(folder), "--stories", "--format", "json", "--no-timestamp"]
    assert main(args) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    harbour = next(s for s in stories if any(i.startswith("quake-b") for i in s["sources"]))
    articles = [a for a in load_paths([str(folder)]).articles if a.id in harbour["sources"]]
    save_review(articles, CHOSEN)
    assert main([*args, "--review"]) == 0
    reviewed = {s["id"]: s["brief"] for s in json.loads(capsys.readouterr().out)["stories"]}
    chosen = reviewed.pop(harbour["id"])
    assert (chosen["algorithm"], chosen["focus"], len(chosen["summary"])) == (
        "luhn",
        "harbour inspection",
        2,
    )
    before = {s["id"]: s["brief"] for s in stories if s["id"] != harbour["id"]}
    assert reviewed == before  # the other stories keep the command line's options
