"""A quotation in one outlet and a reworded report of it in another: one statement when
the speaker is the same named person, the wording shares what was said and the figures
agree; never across two speakers, a denial, a different figure or a description."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.model import QuoteCluster
from brief.quotes import extract_quotes, paraphrase

QUOTED = '"We will shut the ferry pier for urgent repairs," Ann Keel said on Monday.'
REPORTED = (
    "Ann Keel said on Tuesday that the harbour would shut its ferry pier next month so "
    "that crews can repair it."
)


def panel(tmp_path: Path, bodies: dict[str, str]) -> tuple[QuoteCluster, ...]:
    folder = tmp_path / "set"
    folder.mkdir(parents=True)
    for name, body in bodies.items():
        (folder / f"{name}.txt").write_text(f"Harbour news from the coast\n\n{body}\n")
    return extract_quotes(load_paths([str(folder)]).articles)


def about_the_pier(clusters: tuple[QuoteCluster, ...]) -> list[QuoteCluster]:
    return [c for c in clusters if any("ferry pier" in v.text for v in c.variants)]


def test_a_quotation_and_its_paraphrase_in_another_outlet_are_one_statement(
    tmp_path: Path,
) -> None:
    found = about_the_pier(panel(tmp_path, {"a": QUOTED, "b": REPORTED}))
    assert len(found) == 1
    assert found[0].sources == ("a", "b")
    assert found[0].speaker == "Ann Keel"


def test_two_speakers_saying_the_same_thing_stay_two_statements(tmp_path: Path) -> None:
    other = REPORTED.replace("Ann Keel", "Tom Brand")
    found = about_the_pier(panel(tmp_path, {"a": QUOTED, "b": other}))
    assert sorted(c.speaker for c in found) == ["Ann Keel", "Tom Brand"]


def test_a_statement_and_its_denial_stay_apart(tmp_path: Path) -> None:
    denied = REPORTED.replace("said on Tuesday", "denied on Tuesday")
    negated = REPORTED.replace("would shut", "would not shut")
    for text in (denied, negated):
        found = about_the_pier(panel(tmp_path / str(len(text)), {"a": QUOTED, "b": text}))
        assert len(found) == 2, text


def test_different_figures_are_different_statements(tmp_path: Path) -> None:
    quoted = QUOTED.replace("the ferry pier", "two ferry piers")
    reported = REPORTED.replace("its ferry pier", "three ferry piers")
    assert len(about_the_pier(panel(tmp_path, {"a": quoted, "b": reported}))) == 2


def test_a_description_is_not_joined_across_outlets(tmp_path: Path) -> None:
    """'officials' in two outlets may be different people: only a name joins."""
    bodies = {"a": QUOTED.replace("Ann Keel", "officials"),
              "b": REPORTED.replace("Ann Keel", "officials")}  # fmt: skip
    assert len(about_the_pier(panel(tmp_path, bodies))) == 2


def test_one_outlet_quoting_and_reporting_keeps_both(tmp_path: Path) -> None:
    """Within one article a quotation and a reworded sentence are two statements."""
    found = about_the_pier(panel(tmp_path, {"a": f"{QUOTED}\n\n{REPORTED}"}))
    assert len(found) == 2


def test_one_part_of_a_broken_quotation_matches_the_report(tmp_path: Path) -> None:
    """ "A," she said. "B." in one outlet; the other reports only A in its own words."""
    broken = (
        '"We will shut the ferry pier for urgent repairs," Ann Keel said on Monday. "After '
        'that, the council will decide on the budget for the new ticket office."'
    )
    found = about_the_pier(panel(tmp_path, {"a": broken, "b": REPORTED}))
    assert len(found) == 1
    assert found[0].sources == ("a", "b")


def test_a_paraphrase_naming_another_party_stays_apart(tmp_path: Path) -> None:
    """The shorter wording may name no one the longer one leaves out."""
    quoted = '"Grants from Keelby matter most to our harbour and its fleet," Ann Keel said.'
    reported = (
        "Ann Keel said grants from Wexmouth mattered most to the harbour, whose boats need repairs."
    )
    found = panel(tmp_path, {"a": quoted, "b": reported})
    assert len([c for c in found if c.speaker == "Ann Keel"]) == 2
    same = panel(tmp_path / "same", {"a": quoted, "b": reported.replace("Wexmouth", "Keelby")})
    assert len([c for c in same if c.speaker == "Ann Keel"]) == 1


def test_a_figure_only_one_outlet_gives_is_no_conflict(tmp_path: Path) -> None:
    reported = REPORTED.replace("next month", "for 12 weeks")
    found = about_the_pier(panel(tmp_path, {"a": QUOTED, "b": reported}))
    assert len(found) == 1


def test_the_quoted_words_of_a_mixed_report_are_compared(tmp_path: Path) -> None:
    """A report around a short quotation: the quotation is what was said, the words
    around it (here most of the variant) are the outlet's."""
    reported = REPORTED.replace("the harbour", "the port")
    mixed = (
        "Ann Keel said the harbour board, after long talks with the council about budgets, "
        'tickets, timetables and staff, "will shut the ferry pier for urgent repairs."'
    )
    found = about_the_pier(panel(tmp_path, {"a": reported, "b": mixed}))
    assert len(found) == 1
    assert found[0].sources == ("a", "b")


def test_a_part_sharing_a_few_words_with_another_statement_stays_apart(tmp_path: Path) -> None:
    """A host's calls from listeners and, in another outlet, one part of his account of one
    particular call: a fragment shares the story's words (answered, phone call, the town)
    with another statement too easily; a part must hold most of the other wording."""
    bodies = {
        "a": '"I was answering phone calls from listeners about the smoke in Elmford," radio '
        "host Remy Falk said on Friday.",
        "b": '"It was 1.30 when I answered the phone call of a man claiming he had set the fire '
        'in Elmford," Remy Falk said. "I kept him talking until the police arrived."',
    }
    found = [c for c in panel(tmp_path, bodies) if c.speaker == "Remy Falk"]
    assert sorted(c.sources for c in found) == [("a",), ("b",)]


def test_a_broken_quotation_is_compared_whole_as_well(tmp_path: Path) -> None:
    """No one part of the second outlet's broken quotation holds enough of the first
    outlet's wording, the two parts together do: one statement."""
    bodies = {
        "a": '"Thanks to every crew who worked in the storm - the coffee is on me at the depot," '
        "Mara Oduya said.",
        "b": '"The crews worked extremely hard," Mara Oduya said. "They know who they are. The '
        'coffee is on me at the depot."',
    }
    found = [c for c in panel(tmp_path, bodies) if c.speaker == "Mara Oduya"]
    assert [c.sources for c in found] == [("a", "b")]


QUAY = (
    '"We expect to reopen the north quay for cargo ships within two weeks," harbour master '
    "Ann Keel said on Monday."
)


def about_the_quay(tmp_path: Path, report: str) -> list[QuoteCluster]:
    clusters = panel(tmp_path, {"a": QUAY, "b": report})
    return [c for c in clusters if c.speaker == "Ann Keel"]


def test_a_report_keeping_the_quotation_s_sentence_joins_it(tmp_path: Path) -> None:
    """Three of the quotation's seven words changed (reopen, cargo, ships): containment
    4/7, under the tier's 0.65, but the sentence is the quotation's, word for word around
    them (its frame)."""
    report = (
        "Ann Keel said on Tuesday that the port expected to open the north quay for freight "
        "boats within two weeks."
    )
    assert [c.sources for c in about_the_quay(tmp_path, report)] == [("a", "b")]


def test_the_same_words_in_another_sentence_stay_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: the same four shared words at the same containment, dice and order,
    in a sentence of its own (frame 0.38): another statement; only the frame keeps it out."""
    report = (
        "Ann Keel said on Tuesday that she could only expect worse damage at their north quay "
        "after storms in the last two weeks."
    )
    found = about_the_quay(tmp_path / "frame", report)
    assert sorted(c.sources for c in found) == [("a",), ("b",)]
    monkeypatch.setattr(paraphrase, "FRAME", 0.0)
    assert [c.sources for c in about_the_quay(tmp_path / "none", report)] == [("a", "b")]
