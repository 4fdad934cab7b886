"""Speakers joined across the articles of one pile (invented articles only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.quotes import extract_quotes
from brief.quotes.rules import switched_off


def speakers(tmp_path: Path, bodies: list[str]) -> dict[str, str]:
    tmp_path.mkdir(exist_ok=True)
    for n, body in enumerate(bodies):
        (tmp_path / f"{n}.txt").write_text("Harbour pier to close\n\n" + body, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    return {v.text: v.speaker for c in extract_quotes(articles) for v in c.variants}


OUTLETS = [
    "Ann Keel, the Keelby harbour chief, said the pier is rotten and must close.",
    "The ferry will stop running in March, the harbour chief said on Monday.",
    "Harbour Chief Ann Keel said the pier was built in 1890.",
]


def test_a_role_one_outlet_describes_is_the_person_another_names(tmp_path: Path) -> None:
    found = speakers(tmp_path, OUTLETS)
    assert found["The ferry will stop running in March"] == "Ann Keel"
    with switched_off("role across articles"):
        found = speakers(tmp_path, OUTLETS)
    assert found["The ferry will stop running in March"] == "harbour chief"


def test_no_join_when_two_people_hold_the_role_or_the_role_is_new(tmp_path: Path) -> None:
    two = [*OUTLETS, "Tom Brand, the Westport harbour chief, said his pier is sound."]
    assert speakers(tmp_path / "a", two)["The ferry will stop running in March"] == (
        "harbour chief"
    )
    # "a harbour chief" is somebody the outlet introduces, not the one another names
    fresh = [OUTLETS[0], "The ferry will stop running in March, a harbour chief said."]
    assert speakers(tmp_path / "b", fresh)["The ferry will stop running in March"] == (
        "harbour chief"
    )
