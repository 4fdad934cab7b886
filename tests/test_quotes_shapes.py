"""Shapes of reported speech a verb of saying takes, and their look-alikes (invented
sentences only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.quotes import statements_of


def found(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return [(v.text, v.speaker) for v in statements_of(load_paths([str(path)]).articles[0])]


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        (
            "More than half of the ferry trips run late, according to federal statistics.",
            "More than half of the ferry trips run late",
            "federal statistics",
        ),
        (
            "More than half of the ferry trips run late \u2014 according to Ann Keel, the mayor.",
            "More than half of the ferry trips run late",
            "Ann Keel",
        ),
        (
            "Too often, Ms. Ann Keel said, the debate over the ferry is driven by anger.",
            "Too often, Ms. Ann Keel said, the debate over the ferry is driven by anger",
            "Ann Keel",
        ),
        (
            "The harbour, Mayor Ann Keel said, needed several new cranes and a bigger dock.",
            "The harbour, Mayor Ann Keel said, needed several new cranes and a bigger dock",
            "Ann Keel",
        ),
        (
            "Tom Reid, a lawyer for the families, said no decision had been made on an appeal.",
            "no decision had been made on an appeal",
            "Tom Reid",
        ),
        (
            "The new ferry will sink the budget within a year, experts said.",
            "The new ferry will sink the budget within a year",
            "experts",
        ),
        (
            "Republican and Democratic lawmakers said the two firms raised $30 million.",
            "the two firms raised $30 million",
            "Republican and Democratic lawmakers",
        ),
        (
            "The council now includes Tom Reid, who in 2019 said the harbour was too small.",
            "the harbour was too small",
            "Tom Reid",
        ),
        (
            "The show took calls from listeners who said they had doubts about the ferry.",
            "they had doubts about the ferry",
            "listeners",
        ),
        (
            "Mayor Ann Keel described the ferry plan as a costly gamble for the island.",
            "the ferry plan as a costly gamble for the island",
            "Ann Keel",
        ),
    ],
)
def test_a_statement_and_its_speaker(tmp_path: Path, body: str, text: str, speaker: str) -> None:
    assert found(tmp_path, body) == [(text, speaker)]


@pytest.mark.parametrize(
    "body",
    [
        "The mayor said no to the new ferry plan on Monday.",
        "Late in the evening, the mayor said goodbye to the last ferry crew.",
        "The mayor described the scene at the harbour on Monday.",
        # an aside inside a relative clause is part of the sentence around it
        "Riders crowd the routes which the mayor says serve thousands of commuters.",
    ],
)
def test_look_alikes_are_not_statements(tmp_path: Path, body: str) -> None:
    assert found(tmp_path, body) == []


def test_a_relative_after_a_preposition_opens_a_statement(tmp_path: Path) -> None:
    body = (
        "Mayor Ann Keel gave a long interview, in which she said the ferry would keep "
        "running all winter."
    )
    assert ("the ferry would keep running all winter", "Ann Keel") in found(tmp_path, body)


def test_a_middle_initial_does_not_cut_the_speaker_name(tmp_path: Path) -> None:
    body = "Mayor Ann B. Keel said the ferry will keep running all winter."
    assert found(tmp_path, body) == [("the ferry will keep running all winter", "Ann B. Keel")]


def test_a_name_inside_the_speakers_apposition_is_not_the_next_he(tmp_path: Path) -> None:
    body = (
        '"We have to protect the water," said Tom Hale, a retired Harbour Birds and Tides '
        "warden, on Sunday.\n\nHe and his colleagues signed the petition because he said "
        "there had been false rumours about the plan."
    )
    speakers = [speaker for _, speaker in found(tmp_path, body)]
    assert speakers == ["Tom Hale", "Tom Hale"]


def test_an_apposition_holding_a_list_belongs_to_the_name_before_it(tmp_path: Path) -> None:
    body = (
        "Ann Keel, Minister of Harbours, Ferries and Bridges, said in an interview that the "
        "ferry will keep running."
    )
    assert found(tmp_path, body) == [("that the ferry will keep running", "Ann Keel")]


def test_a_plural_role_noun_opening_a_sentence_is_no_name(tmp_path: Path) -> None:
    body = (
        "Mayors were worried about the cost of the new ferry line.\n\n"
        "The agency told reporters it has not done any study of the cost."
    )
    assert [speaker for _, speaker in found(tmp_path, body)] == ["agency"]


def test_a_name_set_off_after_its_role_is_the_next_she(tmp_path: Path) -> None:
    body = (
        '"The first group sent the letters," said Tom Reid of the police.\n\n'
        "Head of research at the harbour firm Tidewell, Ann Keel, agreed with this finding.\n\n"
        '"We believe it is the same group," she confirmed.'
    )
    assert [speaker for _, speaker in found(tmp_path, body)] == ["Tom Reid", "Ann Keel"]


def test_the_holder_of_an_office_named_in_apposition_speaks(tmp_path: Path) -> None:
    body = "Keeper of the Harbour's Seal, Tom Reid, said the council met on Monday."
    assert found(tmp_path, body) == [("the council met on Monday", "Tom Reid")]


def test_two_appositions_in_a_row_keep_the_name_before_them(tmp_path: Path) -> None:
    body = (
        "Rep. Ann Keel, D-Maine, the incoming chairwoman of the harbour subcommittee, said in "
        "an interview that her staff are drafting a bill."
    )
    assert found(tmp_path, body) == [("that her staff are drafting a bill", "Ann Keel")]


@pytest.mark.parametrize(
    "body",
    [
        '"Why should anyone care about the old ferry?" Tom Reid said.',
        "\"Some would say, 'Who cares about the old ferry at all?'\" Tom Reid said.",
    ],
)
def test_an_attribution_after_a_question_keeps_its_quotation(tmp_path: Path, body: str) -> None:
    ((text, speaker),) = found(tmp_path, body)
    assert "old ferry" in text and speaker == "Tom Reid"


def test_a_reported_clause_with_its_own_speaker_stays_the_outer_statement(tmp_path: Path) -> None:
    body = (
        "OTTAWA \u2014 Harbour Minister Ann Keel says Canada has asked the ferry company to keep "
        "the winter timetable."
    )
    assert found(tmp_path, body) == [
        ("Canada has asked the ferry company to keep the winter timetable", "Ann Keel")
    ]


def test_a_cue_word_inside_the_next_speaker_phrase_is_a_noun(tmp_path: Path) -> None:
    body = "Meanwhile, some local reports suggest the old ferry may have been sold to a rival line."
    assert found(tmp_path, body) == [
        ("the old ferry may have been sold to a rival line", "unattributed")
    ]


def test_an_inverted_speaker_after_an_organisation_with_and_is_the_person(
    tmp_path: Path,
) -> None:
    body = (
        '"Results for the first 500 riders are truly thrilling," says Heart and Lung senior '
        "manager Ann Keel, who leads the project."
    )
    assert found(tmp_path, body) == [
        ("Results for the first 500 riders are truly thrilling", "Ann Keel")
    ]
