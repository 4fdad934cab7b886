"""A web archive's note about the crawl that saved a page, kept by a plain-text copy of the
archived page: page furniture in ingest when it is a paragraph of its own, and no summary
unit (nor an antecedent) when it is run into the article's paragraph
(``boilerplate.is_crawl_note``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.ingest.boilerplate import furniture_reason, is_crawl_note
from brief.summary.units import article_units

NOTE = (
    "Since 2001, a search company has been giving its crawl data to a web archive. "
    "Arriving every night, these data are added to the archive's collection after a delay."
)
STORY = (
    "The harbour ferry will stop running on Sundays from next month, the port authority said "
    "on Tuesday. The authority blamed a shortage of trained crews and the rising cost of fuel "
    "for the change. Islanders who work on the mainland said they would have to find rooms in "
    "town for the weekend."
)


@pytest.mark.parametrize(
    "text",
    [
        "Since 2001, a search company has been giving its crawl data to a web archive.",
        "The first host list for this crawl came from the archive's own index of sites.",
        "Focused crawls gather web crawl data from a narrow set of sites, often a single domain.",
        "These crawls are part of an effort to archive pages as they are written.",
    ],
)
def test_crawl_notes(text: str) -> None:
    assert is_crawl_note(text)
    assert furniture_reason(text, in_tail=False)


@pytest.mark.parametrize(
    "text",
    [
        # the verb, not the archive's noun
        "The injured hiker crawled out of the ravine and was found by a passing cyclist.",
        "Archive footage shows the climber starting to crawl along the narrow ledge.",
        # a crawl with no archiving
        "The traffic slowed to a crawl on the bridge as the snow kept falling all morning.",
        "The town's annual pub crawls raised money for the lifeboat crew again this year.",
        # archiving with no crawl
        "The city archive holds the council's minutes from every year since 1850.",
    ],
)
def test_prose_about_crawling_or_archives_is_not(text: str) -> None:
    assert not is_crawl_note(text)
    assert furniture_reason(text, in_tail=False) == ""


def test_a_crawl_note_run_into_the_article_is_no_unit(tmp_path: Path) -> None:
    # a plain-text copy with no paragraph breaks: the note opens the story's paragraph
    (tmp_path / "a.txt").write_text(f"{NOTE} {STORY}\n", encoding="utf-8")
    (article,) = load_paths([str(tmp_path)]).articles
    texts = [unit.text for unit in article_units(article)]
    assert texts[0].startswith("The harbour ferry will stop running")
    # the note's second sentence points back at it: with no antecedent it is no unit either
    assert not any("crawl" in text or "these data" in text for text in texts)
    for unit in article_units(article):
        assert " ".join(article.text[unit.start : unit.end].split()) == unit.text


def test_a_crawl_note_paragraph_is_furniture(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Ferry cuts\n\n{NOTE}\n\n{STORY}\n", encoding="utf-8")
    (article,) = load_paths([str(tmp_path)]).articles
    assert not any("crawl" in s.text for s in article.body_sentences)
    assert article.body_sentences[0].text.startswith("The harbour ferry")
