"""Reported speech, in the brief and the app, is led by the statement's own verb."""

from __future__ import annotations

import pytest

from brief.quotes.reading import as_read, past_tense


@pytest.mark.parametrize(
    ("cue", "past"),
    [
        ("said", "said"),
        ("says", "said"),
        ("stating", "stated"),
        ("claiming", "claimed"),
        ("arguing", "argued"),
        ("noting", "noted"),
        ("alleging", "alleged"),
        ("argue", "argued"),
        ("warns", "warned"),
        ("vowed", "vowed"),
        ("told", "told"),
        ("according to", "said"),
        ("", "said"),
        ("quoted as saying", "said"),
        ("denying", "denied"),
        ("testifying", "testified"),
        ("agreeing", "agreed"),
        ("conveying", "conveyed"),
        ("written", "wrote"),
        ("reads", "read"),
        ("shows", "showed"),
        ("admits", "admitted"),
    ],
)
def test_past_tense_of_speech_verbs(cue: str, past: str) -> None:
    assert past_tense(cue) == past


def test_reported_speech_reads_naturally() -> None:
    assert as_read("that the plan failed", "indirect", "warning") == ("Warned that the plan failed")
    assert as_read("to keep fighting", "indirect", "vowed") == "Vowed to keep fighting"
    assert as_read("the mayor of lying", "indirect", "accused") == ("Accused the mayor of lying")
    assert as_read("We will win,", "direct", "said") == "\u201cWe will win\u201d"


@pytest.mark.parametrize(
    ("cue", "content", "expected"),
    [
        ("warning of", "job losses in the north", "Warned of job losses in the north"),
        ("called for", "a ban on cars", "Called for a ban on cars"),
        ("complains about", "the delays", "Complained about the delays"),
        ("pointed out", "the deal expires", "Pointed out that the deal expires"),
    ],
)
def test_a_cue_with_its_particle_keeps_it(cue: str, content: str, expected: str) -> None:
    assert as_read(content, "indirect", cue) == expected


def test_what_was_expressed_leads_the_statement() -> None:
    """Rule "expressed": the feeling is part of the cue, and reads before the content."""
    assert as_read("the fees could rise", "indirect", "expressed concern") == (
        "Expressed concern that the fees could rise"
    )
    assert as_read("the state of the pier", "indirect", "expressed deep concern about") == (
        "Expressed deep concern about the state of the pier"
    )
