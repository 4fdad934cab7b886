"""A sentence with two reporting frames ("X said on Monday that A, Y said") and reported
speech whose verb names a listener ("X told reporters that A"): never "Said that on Monday
that A" nor "Told A" (invented sentences only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.quotes import statements_of
from brief.quotes.reading import as_read, read_variant

FERRY = "that the ferry would run all winter"


def _read(tmp_path: Path, sentence: str) -> list[tuple[str, str]]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + sentence + "\n", encoding="utf-8")
    found = statements_of(load_paths([str(path)]).articles[0])
    return [(read_variant(v), v.speaker) for v in found]


@pytest.mark.parametrize(
    ("inner", "outer", "speaker"),
    [
        ("Officials said on Monday", "the mayor said", "mayor"),
        ("The harbour board said in a statement", "its chair said", "chair"),
        ("Ministers said last week", "Ann Keel told reporters", "Ann Keel"),
        ("The captains told reporters on Friday", "the union said", "union"),
    ],
)
def test_the_outer_speaker_of_a_doubled_frame_says_the_whole_clause(
    tmp_path: Path, inner: str, outer: str, speaker: str
) -> None:
    """The last speaker reports what the first said: one statement, the inner frame in it
    (it was "Said that on Monday that the ferry ...": the inner frame cut after its verb)."""
    found = _read(tmp_path, f"{inner} {FERRY}, {outer}.")
    shown = inner[0].lower() + inner[1:]  # "The", and group nouns: "officials", "ministers"
    assert found == [(f"Said that {shown} {FERRY}", speaker)]


def test_one_frame_with_adverbials_reads_without_them(tmp_path: Path) -> None:
    assert _read(tmp_path, f"Officials said on Monday {FERRY}.") == [(f"Said {FERRY}", "officials")]
    # a day and its part of the day: it read "Said that evening that the ferry ..."
    for when in ("on Thursday evening", "on Friday night", "Monday morning"):
        found = _read(tmp_path, f"Officials said {when} {FERRY}.")
        assert found == [(f"Said {FERRY}", "officials")], when
    assert _read(tmp_path, "The ferry would run all winter, Ann Keel told reporters.") == [
        (f"Said {FERRY}", "Ann Keel")
    ]


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("that the ferry was late", "told", "Said that the ferry was late"),
        ("that the court delay the case", "asked", "Asked that the court delay the case"),
        ("that the board resign", "demanded", "Demanded that the board resign"),
        ("the board to resign", "urged", "Urged the board to resign"),  # no "that": as before
        ("the mayor of lying", "accused", "Accused the mayor of lying"),
    ],
)
def test_a_that_clause_after_a_listener_verb_keeps_its_that(
    content: str, cue: str, expected: str
) -> None:
    assert as_read(content, "indirect", cue) == expected


def test_according_to_inside_a_that_clause_takes_no_frame_with_it(tmp_path: Path) -> None:
    """ "according to" names a source of the figures, not a speaker of the sentence: no
    statement made of the first frame alone ("The board said that")."""
    sentence = (
        "The harbour board said that, according to figures from the ministry, "
        "ferry traffic rose by 2% last year."
    )
    assert all(not read.endswith("said that") for read, _ in _read(tmp_path, sentence))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Officials said the ferry was late", "Said that officials said the ferry was late"),
        ("Residents feared the worst", "Said that residents feared the worst"),
        ("Democrats said the ferry was late", "Said that Democrats said the ferry was late"),
        ("Keel said the ferry was late", "Said that Keel said the ferry was late"),
    ],
)
def test_a_reported_clause_opening_with_a_group_noun_reads_in_lower_case(
    content: str, expected: str
) -> None:
    assert as_read(content, "indirect", "said") == expected
