"""A story's one-line lead in the story list tells the story: an opening question or a bare
quotation (a sports report opening with a coach's rhetorical question) is passed over for
the first sentence that is neither. Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.stories import stories_of
from brief.tui.screens.stories import lead, story_prompt, tells

TELLING = "Harbour Rovers beat Fenwick Athletic 3-1 on Saturday to go top of the league."


def _lead_line(tmp_path: Path, body: str, title: str = "Rovers go top") -> str:
    (tmp_path / "a.md").write_text(f"---\ntitle: {title}\n---\n\n{body}\n", "utf-8")
    [article] = load_paths([str(tmp_path / "a.md")]).articles
    [story] = stories_of([article], [[0]])
    return story_prompt(story).plain.split("\n")[2]


@pytest.mark.parametrize(
    "opening",
    [
        '"Who can stop us now?"',
        "“Who can stop us now?”",
        "What is left for the visitors to play for?",
        '"We were simply better on the day."',
        "‘Nobody gave us a chance...’",
        '"Who can stop us now?" "Nobody, on this form."',
    ],
)
def test_an_opening_question_or_bare_quotation_is_passed_over(tmp_path: Path, opening: str) -> None:
    assert _lead_line(tmp_path, f"{opening} {TELLING} The coach praised the defence.") == TELLING


def test_a_quotation_with_its_speaker_tells_the_story(tmp_path: Path) -> None:
    for opening in (
        '"We were simply better," said Rovers coach Mara Lind after the 3-1 win.',
        "“We were better,” said coach Mara Lind, “and the table shows it.”",
        "'We won,' she said, 'and we deserved it.'",
    ):
        assert tells(opening), opening
        assert _lead_line(tmp_path, f"{opening} {TELLING}") == opening


def test_with_nothing_else_the_first_sentence_is_the_lead(tmp_path: Path) -> None:
    body = '"Who can stop us now?" "Nobody can."'
    assert _lead_line(tmp_path, body).startswith('"Who can stop us now?"')


def test_an_untitled_report_opening_with_a_question_leads_with_the_telling_sentence(
    tmp_path: Path,
) -> None:
    """The title is made of the opening question's words; the line under it is the
    sentence that tells the story, and the filter reads that sentence too."""
    (tmp_path / "q.txt").write_text(f"Who can stop Harbour Rovers now? {TELLING}\n", "utf-8")
    [article] = load_paths([str(tmp_path / "q.txt")]).articles
    [story] = stories_of([article], [[0]])
    assert story_prompt(story).plain.split("\n")[2] == TELLING
    assert lead(article) == TELLING


def test_a_question_in_brackets_does_not_make_the_sentence_a_question() -> None:
    assert tells("Rovers offer their striker a new deal (five more years?)")
    assert not tells("Will the striker sign for five more years?")


@pytest.mark.parametrize(
    "opening",
    [
        "Harbour Rovers have won six games in a row, but can they keep it up until May?",
        "The council approved the new ferry timetable - but will passengers notice any change?",
        "A new tram is being built on the hill route but who will ride it in the winter?",
        "The town's bakers open early for the fair (did you try the plum loaf last year?",
    ],
)
def test_a_statement_with_a_question_after_it_is_the_lead(tmp_path: Path, opening: str) -> None:
    """What is stated before the question tells the story; the next sentence does not."""
    assert tells(opening)
    assert _lead_line(tmp_path, f"{opening} {TELLING}") == opening


@pytest.mark.parametrize(
    "opening",
    [
        "And can the Rovers keep winning until May?",
        "Rovers top of the league?",
        "Really, who can stop them?",
        "Who can stop them now, and who would want to?",
        "Isn't it time, after all these years, for a change at the club?",
        "So what, in the end, did the coach change at half-time?",
        "“Can we keep this up, after a run like that?”",
    ],
)
def test_a_question_with_a_break_in_it_is_still_a_question(opening: str) -> None:
    assert not tells(opening)
