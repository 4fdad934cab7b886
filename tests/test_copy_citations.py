"""A syndicated copy is cited only for the summary sentences it carries in the same words.

QA (seventeenth round): a copy that corrected one figure of its original (13 million for
12 million) is still a copy (80 % of its sentences shared), and the brief cited it for the
original's "12 million" sentence, a figure it does not state.
"""

from __future__ import annotations

from pathlib import Path

from brief.analysis import build_brief
from brief.ingest import load_paths
from brief.model import AnalysisOptions

STORY = (
    "Harwick opens new library\n\n"
    "The town of Harwick opened a new public library on Monday after four years of building. "
    "The building cost {cost} million pounds and holds 80,000 books, the council said. "
    'Head librarian Tom Asker said "We want every child in town to have a card by summer." '
    "Local schools will visit the library every week from January. "
    "Some residents complained about the loss of the old park where the library now stands. "
    "The library will open seven days a week, from eight in the morning until nine at night.\n"
)


def test_a_copy_is_not_cited_for_a_sentence_it_words_otherwise(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY.format(cost=12), encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.format(cost=13), encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY.format(cost=12), encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert [a.duplicate_of for a in articles] == [None, "a", "a"]
    brief = build_brief(articles, AnalysisOptions(sentences=10), timestamp=False)
    by_text = {s.text: s.supporting_sources for s in brief.summary}
    cost = next(t for t in by_text if "million" in t)
    assert "12 million" in cost
    assert by_text[cost] == ("a", "c")  # b says 13 million
    schools = next(t for t in by_text if "schools" in t)
    assert by_text[schools] == ("a", "b", "c")  # what the copy does say is still cited to it
