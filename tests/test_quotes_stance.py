"""Verbs of belief and stance with a that-clause, and naming ("called Y a Z"), as
statements; their look-alikes are not (invented sentences only)."""

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
    "body",
    [
        "Many residents worry that the new ferry will drive the fish away from the bay.",
        "The harbour board expects that fares will rise again next spring.",
        "The appeals court ruled that the ferry contract was awarded unfairly.",
        "Residents are demanding that the council publish the ferry contract.",
    ],
)
def test_a_stance_verb_with_a_that_clause_is_a_statement(tmp_path: Path, body: str) -> None:
    texts = [text for text, _ in found(tmp_path, body)]
    assert len(texts) == 1 and texts[0].startswith("that "), texts


@pytest.mark.parametrize(
    "body",
    [
        # knowing is no statement: a fact the writer reports
        "Local fishermen know that the new ferry will drive the fish away from the bay.",
        # "that" opening a relative clause, not a statement
        "They counted the costs they worry that could come with a new owner of the line.",
        # a state of mind in a participle
        "The board signed the contract, assuming that the ferry would be ready by May.",
        # a stance verb with an infinitive or an object says nothing
        "But unlike the old operator, the new company expects to make money from the start.",
        "Mayor Ann Keel called the police at once.",
        # a stance verb as a noun, or with nothing after it
        "The harbour board won praise from riders for its new ferry timetable.",
        "The new ferry timetable was widely praised.",
        'The state ferry app called "Tide" is popular with commuters on the island.',
    ],
)
def test_look_alikes_are_not_statements(tmp_path: Path, body: str) -> None:
    assert found(tmp_path, body) == []


def test_a_belief_after_its_content_ends_the_sentence(tmp_path: Path) -> None:
    body = "The new ferry will sink the island's budget within a year, experts believe."
    assert found(tmp_path, body) == [
        ("The new ferry will sink the island's budget within a year", "experts")
    ]


def test_naming_with_a_quotation_keeps_the_speaker(tmp_path: Path) -> None:
    body = 'Tom Reid, a local fisherman, called the ferry plan "reckless" at the meeting.'
    ((text, speaker),) = found(tmp_path, body)
    assert text.startswith("the ferry plan") and speaker == "Tom Reid"


def test_a_stance_inside_a_statement_is_part_of_it(tmp_path: Path) -> None:
    body = (
        "Tom Reid said his son ran the ferry for years until he decided that he wanted "
        "to build boats instead."
    )
    assert found(tmp_path, body) == [
        (
            "his son ran the ferry for years until he decided that he wanted to build boats "
            "instead",
            "Tom Reid",
        )
    ]


def test_a_stance_object_is_no_inverted_speaker_and_reads_without_that(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    path = tmp_path / "story.txt"
    path.write_text(
        "Harbour board weighs new ferry plan\n\n"
        "Other unions, including the teachers' union, have also endorsed Ann Keel for a "
        "second term.\n\n"
        "Tom Reid slammed the harbour board for the fare rise.\n\n"
        "The ferry will keep running all winter, also said Ann Keel.\n",
        encoding="utf-8",
    )
    variants = statements_of(load_paths([str(path)]).articles[0])
    assert [(read_variant(v), v.speaker) for v in variants] == [
        ("Endorsed Ann Keel for a second term", "unions"),
        ("Slammed the harbour board for the fare rise", "Tom Reid"),
        ("Said that the ferry will keep running all winter", "Ann Keel"),
    ]


def test_an_appeal_to_somebody_is_read_as_urge_is(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    path = tmp_path / "story.txt"
    path.write_text(
        "Harbour board weighs new ferry plan\n\n"
        "Mayor Ann Keel encouraged island families to take the early ferry this winter.\n\n"
        "Tom Reid implored the board to keep the winter fares as they are.\n\n"
        "The new fares were encouraged by the drop in fuel prices last spring.\n",
        encoding="utf-8",
    )
    variants = statements_of(load_paths([str(path)]).articles[0])
    assert [(read_variant(v), v.speaker) for v in variants] == [
        # the one appealed to is part of the appeal (it read "Encouraged to take ...")
        ("Encouraged island families to take the early ferry this winter", "Ann Keel"),
        ("Implored the board to keep the winter fares as they are", "Tom Reid"),
    ]


def test_a_naming_with_describe_reads_with_its_object(tmp_path: Path) -> None:
    from brief.quotes.reading import as_read, read_variant

    path = tmp_path / "story.txt"
    path.write_text(
        "Harbour board weighs new ferry plan\n\n"
        "Tom Reid described the plan as a gamble for the island.\n",
        encoding="utf-8",
    )
    variants = statements_of(load_paths([str(path)]).articles[0])
    assert [read_variant(v) for v in variants] == ["Described the plan as a gamble for the island"]
    assert as_read("that the fares will rise", "indirect", "described") == (
        "Described that the fares will rise"
    )


@pytest.mark.parametrize(
    "verb", ["lauded", "decried", "derided", "lambasted", "rebuked", "commended", "bemoaned"]
)
def test_verbs_of_evaluation_in_words_report_their_object(tmp_path: Path, verb: str) -> None:
    assert found(tmp_path, f"Mayor Ann Keel {verb} the harbour board's new fare plan.") == [
        ("the harbour board's new fare plan", "Ann Keel")
    ]


def test_a_verb_of_evaluation_in_the_passive_or_as_a_noun_says_nothing(tmp_path: Path) -> None:
    assert found(tmp_path, "The new fare plan was widely derided on the island.") == []
    assert found(tmp_path, "The harbour board drew a rebuke from riders for the fares.") == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Economists speculated that the fares might rise in spring.", "that the fares"),
        ("Riders grumbled that the new timetable starts too early.", "that the new timetable"),
        ('"The ferry stays," Ann Keel whispered.', "The ferry stays"),
    ],
)
def test_less_common_verbs_of_saying_take_a_that_clause_or_a_quotation(
    tmp_path: Path, body: str, text: str
) -> None:
    texts = [t for t, _ in found(tmp_path, body)]
    assert len(texts) == 1 and texts[0].startswith(text), texts


def test_a_verb_of_saying_used_as_a_noun_says_nothing(tmp_path: Path) -> None:
    assert found(tmp_path, "The shouts from the pier were heard across the bay.") == []
