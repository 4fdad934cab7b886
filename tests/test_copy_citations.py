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


OTHER = (
    "Harwick library opens its doors\n\n"
    "Crowds queued outside the new Harwick library before it opened on Monday morning. "
    "The building cost 12 million pounds and holds 80,000 books, the council said. "
    "Children's author Mina Fell read the first story in the new reading room. "
    "The old library on Mill Street will become a youth centre next year. "
    "Parking near the building is limited, and the council urged visitors to walk. "
    "A cafe on the ground floor will be run by a local charity.\n"
)


def test_a_copy_that_cut_the_sentence_its_original_carries_is_not_cited(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY.format(cost=12), encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    cut = OTHER.replace("The building cost 12 million pounds and holds 80,000 books, the council "
                        "said. ", "")  # fmt: skip
    (tmp_path / "c.txt").write_text(cut, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert [a.duplicate_of for a in articles] == [None, None, "b"]
    brief = build_brief(articles, AnalysisOptions(sentences=10), timestamp=False)
    cost = next(s for s in brief.summary if "million" in s.text)
    assert "b" in cost.supporting_sources and "c" not in cost.supporting_sources
    crowds = [s for s in brief.summary if "Crowds" in s.text or "youth centre" in s.text]
    assert crowds and all("c" in s.supporting_sources for s in crowds)


def test_a_copy_that_drops_a_word_still_carries_the_sentence(tmp_path: Path) -> None:
    # an editor's trim ("public" cut) keeps the fact and its figures: still cited
    (tmp_path / "a.txt").write_text(STORY.format(cost=12), encoding="utf-8")
    trimmed = STORY.format(cost=12).replace("a new public library", "a new library")
    (tmp_path / "b.txt").write_text(trimmed, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert [a.duplicate_of for a in articles] == [None, "a"]
    brief = build_brief(articles, AnalysisOptions(sentences=10), timestamp=False)
    opened = next(s for s in brief.summary if "opened" in s.text)
    assert "public" in opened.text and opened.supporting_sources == ("a", "b")


def test_a_statement_counts_the_copies_that_keep_it(tmp_path: Path) -> None:
    # QA (seventeenth round): the panel said "1 source" for a line three files carry
    (tmp_path / "a.txt").write_text(STORY.format(cost=12), encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.format(cost=12), encoding="utf-8")
    cut = STORY.format(cost=12).replace(
        "Head librarian Tom Asker said", "Tom Asker, who runs it, said"
    )
    (tmp_path / "c.txt").write_text(cut, encoding="utf-8")  # the quote kept, its frame reworded
    unquoted = STORY.format(cost=12).replace(
        'Head librarian Tom Asker said "We want every child in town to have a card by summer." ',
        "Every child in town can get a card, the library said. ",
    )
    (tmp_path / "d.txt").write_text(unquoted, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert [a.duplicate_of for a in articles] == [None, "a", "a", "a"]
    brief = build_brief(articles, AnalysisOptions(), timestamp=False)
    (quote,) = [q for q in brief.quotes if "every child" in q.text]
    assert quote.sources == ("a", "b", "c")  # d does not quote him
    assert {v.source for v in quote.variants} == {"a"}  # copies are not analysed


def test_a_short_line_must_be_in_the_copy_word_for_word(tmp_path: Path) -> None:
    # "We want cards" has too few content words to be matched by a share of them: any
    # sentence naming cards would do
    short = STORY.format(cost=12).replace(
        '"We want every child in town to have a card by summer."', '"We want cards."'
    )
    (tmp_path / "a.txt").write_text(short + "Cards are free for children.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        short.replace('said "We want cards."', "said cards are coming.")
        + "Cards are free for children.\n",
        encoding="utf-8",
    )
    articles = load_paths([str(tmp_path)]).articles
    assert [a.duplicate_of for a in articles] == [None, "a"]
    brief = build_brief(articles, AnalysisOptions(), timestamp=False)
    (quote,) = [q for q in brief.quotes if q.text.startswith("We want cards")]
    assert quote.sources == ("a",)
