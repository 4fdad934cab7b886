"""A poll's findings are its statement, with or without "that"; nothing else's bare
finding is (rule "poll finding", ``brief.quotes.findings``). Invented sentences only."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of
from brief.quotes.rules import switched_off


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour race tightens\n\n" + body + "\n", encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def said(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    return [(v.speaker, v.text) for v in statements(tmp_path, body)]


def test_a_poll_finding_without_that_is_the_pollsters_statement(tmp_path: Path) -> None:
    body = (
        "Ann Keel and Tom Reid met the editors of the Keelby Herald on Friday.\n\n"
        "The latest Harbour Watch opinion poll released Monday showed Keel doing better "
        "than in other polls.\n\n"
        "The Keelby Herald's Harbour States average shows Keel ahead by 3.7 points."
    )
    assert said(tmp_path, body) == [
        ("Harbour Watch", "Keel doing better than in other polls"),
        ("Keelby Herald", "Keel ahead by 3.7 points"),
    ]
    with switched_off("poll finding"):
        assert said(tmp_path, body) == []


def test_a_poll_that_names_no_pollster_speaks_for_nobody(tmp_path: Path) -> None:
    body = (
        "Ann Keel and Tom Reid meet again on Friday.\n\n"
        "Recent polls in Keelby and Westby have shown Keel's lead eroding.\n\n"
        "Polling averages show Keel ahead by a slim margin of two points.\n\n"
        "Instant polls showed Keel was the winner of the debate."
    )
    assert said(tmp_path, body) == [
        ("unattributed", "Keel's lead eroding"),
        ("unattributed", "Keel ahead by a slim margin of two points"),
        ("unattributed", "Keel was the winner of the debate"),
    ]


def test_the_poll_speaks_for_the_pollster_named_before(tmp_path: Path) -> None:
    body = (
        "A Westby Times poll shows that Ann Keel leads the race. Keel beats Tom Reid by 46 "
        "percent to 42 percent, the poll shows.\n\n"
        "The Harbour Watch/Keel Line poll showed Keel doing better than in other polls."
    )
    assert said(tmp_path, body) == [
        ("Westby Times", "that Ann Keel leads the race"),
        ("Westby Times", "Keel beats Tom Reid by 46 percent to 42 percent"),
        ("Harbour Watch", "Keel doing better than in other polls"),
    ]


def test_a_bare_finding_of_anything_but_a_poll_is_no_statement(tmp_path: Path) -> None:
    body = (
        "The video showed him running towards the pier. Divers found the boat on Monday.\n\n"
        "The harbour survey showed in detail how the pier was built."
    )
    assert said(tmp_path, body) == []


def test_a_sentence_opened_by_its_poll_is_the_polls_finding(tmp_path: Path) -> None:
    body = (
        "A Westby Times poll shows that Ann Keel leads the race.\n\n"
        "In this poll, Tom Reid rose one point since the debate while Keel fell by the same "
        "margin.\n\n"
        "In a poll released Friday by the Keelby Herald, Keel leads by two points."
    )
    assert said(tmp_path, body) == [
        ("Westby Times", "that Ann Keel leads the race"),
        (
            "Westby Times",
            "Tom Reid rose one point since the debate while Keel fell by the same margin",
        ),
        ("Keelby Herald", "Keel leads by two points"),
    ]


def test_an_opening_in_polls_or_a_short_clause_is_no_finding(tmp_path: Path) -> None:
    body = "In polls, anything can happen. In the poll, Keel won. In the harbour poll room, we met."
    assert said(tmp_path, body) == []


def test_a_finding_inside_a_report_stays_the_reporters(tmp_path: Path) -> None:
    body = (
        "Harbour surveys suggest a stronger season than official estimates, Ann Keel said.\n\n"
        "Recent surveys from the Keelby Herald and Harbour Watch have indicated fares are "
        "still rising."
    )
    assert said(tmp_path, body) == [
        ("Ann Keel", "Harbour surveys suggest a stronger season than official estimates"),
        ("Harbour Watch", "fares are still rising"),
    ]


def test_how_a_poll_was_made_is_no_finding(tmp_path: Path) -> None:
    body = (
        "Tom Reid runs the ferry line.\n\n"
        "In the survey, the riders were asked for three boats they would like to see.\n\n"
        "In a survey, it discovered that fares paid by riders vary by as much as half.\n\n"
        "In last year's survey, the Keel Line was followed by the Reid Line and Harbour Boats."
    )
    found = said(tmp_path, body)
    assert (
        "unattributed",
        "the Keel Line was followed by the Reid Line and Harbour Boats",
    ) in found
    assert all("were asked" not in text for _, text in found)
    assert all(speaker != "Tom Reid" for speaker, _ in found)


def test_a_study_speaks_through_its_findings_as_a_poll_does(tmp_path: Path) -> None:
    body = (
        "A 2014 study by Ann Keel found 31 cases of fare dodging out of a million trips.\n\n"
        "One study found the levy would raise fares for most riders.\n\n"
        "A fresh report shows more rain may come soon. The harbour records show the pier "
        "was built in 1902."
    )
    assert said(tmp_path, body) == [
        ("Ann Keel", "31 cases of fare dodging out of a million trips"),
        ("unattributed", "the levy would raise fares for most riders"),
    ]


def test_what_the_polls_makers_did_is_its_method_not_a_finding(tmp_path: Path) -> None:
    body = (
        "Tom Reid runs the ferry line.\n\n"
        "In the harbour survey, 12 teams of inspectors sent to four ports looked at 900 "
        "riders under ten.\n\n"
        "In the study, the researchers visited 600 riders on the night boats.\n\n"
        "In the survey, volunteers measured the fares paid on every boat in the bay.\n\n"
        "In the poll, we tracked 400 commuters over two winters on the boats.\n\n"
        "In the harbour poll, its own staff called 900 homes on the island."
    )
    assert said(tmp_path, body) == []


def test_a_finding_with_a_research_word_stays_a_finding(tmp_path: Path) -> None:
    body = (
        "In the harbour poll, Keel followed Reid by two points among older riders.\n\n"
        "In the survey, most experts expected fares to rise by a tenth next year.\n\n"
        "In the survey, half of the children tested positive for a harbour fever.\n\n"
        "In the poll, Keel led Reid by five points and Reid followed closely in the suburbs."
    )
    assert [text for _, text in said(tmp_path, body)] == [
        "Keel followed Reid by two points among older riders",
        "most experts expected fares to rise by a tenth next year",
        "half of the children tested positive for a harbour fever",
        "Keel led Reid by five points and Reid followed closely in the suburbs",
    ]
