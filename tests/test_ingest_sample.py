"""Ingest on the bundled sample: boilerplate, headlines, dates, offsets."""

from __future__ import annotations

from pathlib import Path

from brief.model import LoadResult


def _by_id(sample: LoadResult) -> dict:
    return {a.id: a for a in sample.articles}


def test_sample_loads_all_five_without_warnings(sample: LoadResult) -> None:
    assert len(sample.articles) == 5
    assert sample.warnings == ()


def test_every_gold_boilerplate_line_is_separated(sample: LoadResult, seed_gold: dict) -> None:
    furniture = [line for a in sample.articles for line in a.boilerplate]
    missing = [
        marker
        for marker in seed_gold["boilerplate_lines"]
        if not any(" ".join(marker.split()) in line for line in furniture)
    ]
    assert not missing, f"not separated as boilerplate: {missing}"


def test_no_boilerplate_reaches_a_body_sentence(sample: LoadResult, seed_gold: dict) -> None:
    for article in sample.articles:
        for sentence in article.body_sentences:
            for marker in seed_gold["boilerplate_lines"]:
                assert marker not in sentence.text, (article.id, sentence.text)


def test_headlines_and_dates_follow_the_gold(sample: LoadResult, seed_gold: dict) -> None:
    articles = _by_id(sample)
    for article_id, expected in seed_gold["sources"].items():
        article = articles[article_id]
        if expected["title"]:
            assert article.title == expected["title"]
        else:  # no headline in the text: the title falls back to the file name
            assert article.title == article_id
        if expected["date"]:
            assert article.date == expected["date"]


def test_date_marker_leaves_the_text(sample: LoadResult) -> None:
    for article in sample.articles:
        if article.date:
            first = article.body_sentences[0]
            assert not first.text.lower().startswith("date"), first.text


def test_sentence_offsets_point_into_the_original_file(sample: LoadResult) -> None:
    for article in sample.articles:
        original = Path(article.path).read_text(encoding="utf-8")
        assert len(original) == len(article.text)
        for sentence in article.sentences:
            piece = original[sentence.start : sentence.end]
            assert " ".join(piece.split()) == sentence.text


def test_body_keeps_subheadings_out_of_sentences(sample: LoadResult) -> None:
    for article in sample.articles:
        for sentence in article.body_sentences:
            assert not sentence.text.endswith("?") or len(sentence.text.split()) > 14
