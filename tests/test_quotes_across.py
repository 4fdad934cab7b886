"""Speakers joined across the articles of one pile (invented articles only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.quotes import by_speaker, extract_quotes
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


SPELLINGS = [
    "KeelScope said the pier is rotten and must close.",
    "The ferry will stop running in March, Keelscope said on Monday.",
    "Keelscope said the pier was built in 1890.",
    "HARBOUR WATCH said the fares will rise in May.",
    "Harbour Watch said the fares would rise by a third.",
    "Jean-Luc Keel said the boats are too old to sail.",
    "The boats need new engines, Jean Luc Keel said.",
    "KEELTO said the quay must be dredged.",
    "Keelto said the dredging will take a year.",
]


def test_spellings_differing_in_case_or_hyphen_are_one_speaker(tmp_path: Path) -> None:
    found = speakers(tmp_path, SPELLINGS)
    # the spelling most statements use, whichever outlet wrote it first
    assert found["the pier is rotten and must close"] == "Keelscope"
    assert found["The ferry will stop running in March"] == "Keelscope"
    # a tie goes to a spelling not shouted in capitals, even when the capitals came first
    assert found["the fares would rise by a third"] == "Harbour Watch"
    assert found["the fares will rise in May"] == "Harbour Watch"
    # one word in capitals may be an acronym: its tie goes to the first, as any other
    assert found["the dredging will take a year"] == "KEELTO"
    assert found["The boats need new engines"] == "Jean-Luc Keel"
    with switched_off("one spelling"):
        found = speakers(tmp_path, SPELLINGS)
    assert found["the pier is rotten and must close"] == "KeelScope"
    assert found["The boats need new engines"] == "Jean Luc Keel"


def test_the_panel_heads_a_respelled_speaker_once_in_the_usual_spelling(tmp_path: Path) -> None:
    for n, body in enumerate(SPELLINGS[:3]):
        (tmp_path / f"{n}.txt").write_text("Harbour pier to close\n\n" + body, encoding="utf-8")
    quotes = extract_quotes(load_paths([str(tmp_path)]).articles)
    assert [name for name, _ in by_speaker(quotes)] == ["Keelscope"]
    assert {q.speaker for q in quotes} == {"Keelscope"}


def test_names_written_together_or_apart_or_acronyms_stay_two_speakers(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Mark Lee said the quay wall is cracked.",
            "Marklee said the harbour needs a new crane.",
            "Ann Keel said the tide is late.",
            "Ann Keeling said the tide is early.",
            "AIM said the levy is too high.",
            "Aim said the levy was fair.",
        ],
    )
    assert found["the quay wall is cracked"] == "Mark Lee"
    assert found["the harbour needs a new crane"] == "Marklee"
    assert found["the tide is late"] == "Ann Keel"
    assert found["the tide is early"] == "Ann Keeling"
    # a short word in capitals is an acronym, not another spelling of a word
    assert found["the levy is too high"] == "AIM"
    assert found["the levy was fair"] == "Aim"
