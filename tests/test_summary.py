"""The multi-document summary on the sample and on small invented sets, every algorithm."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.model import AnalysisOptions, Article, LoadResult, Paragraph, Sentence, SummarySentence
from brief.summary import ALGORITHMS, summarize
from brief.text.tokens import content_stems


def _analysed(result: LoadResult) -> list[Article]:
    return [a for a in result.articles if a.duplicate_of is None]


def _load(tmp_path: Path, files: dict[str, str]) -> list[Article]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return _analysed(load_paths([str(tmp_path)]))


def _folded(text: str) -> str:
    return " ".join(text.split())


def _check_provenance(summary: tuple[SummarySentence, ...], articles: list[Article]) -> None:
    """Every sentence comes from its source, at its span, from body text only."""
    by_id = {a.id: a for a in articles}
    for item in summary:
        article = by_id[item.source]
        start, end = item.span
        assert _folded(article.text[start:end]) == item.text
        assert item.supporting_sources[0] == item.source
        assert len(set(item.supporting_sources)) == len(item.supporting_sources)
        assert set(item.supporting_sources) <= set(by_id)
        covering = [p for p in article.paragraphs if p.start <= start and end <= p.end]
        assert covering and all(p.role == "body" for p in covering)
        first = next(s for s in article.sentences if s.start == start)
        assert first.index == item.sentence_index and first.role == "body"


def _stem_overlap(a: str, b: str) -> float:
    x, y = set(content_stems(a)), set(content_stems(b))
    return len(x & y) / max(1, min(len(x), len(y)))


@pytest.fixture(scope="module")
def analysed(sample: LoadResult) -> list[Article]:
    return _analysed(sample)


@pytest.fixture(scope="module")
def default_summary(analysed: list[Article]) -> tuple[SummarySentence, ...]:
    return summarize(analysed, AnalysisOptions())


def test_default_is_seven_sentences_with_right_sources_and_spans(
    default_summary: tuple[SummarySentence, ...], analysed: list[Article]
) -> None:
    assert len(default_summary) == 7
    _check_provenance(default_summary, analysed)


def test_no_boilerplate_heading_or_question(
    default_summary: tuple[SummarySentence, ...], analysed: list[Article], seed_gold: dict
) -> None:
    furniture = [line for a in analysed for line in a.boilerplate]
    furniture += seed_gold["boilerplate_lines"]
    titles = [a.title for a in analysed]
    for item in default_summary:
        assert not any(line in item.text or item.text in line for line in furniture if line)
        assert item.text not in titles
        assert "?" not in item.text


def test_no_two_near_duplicates(default_summary: tuple[SummarySentence, ...]) -> None:
    for a, b in itertools.combinations(default_summary, 2):
        assert _stem_overlap(a.text, b.text) < 0.6, (a.text, b.text)


def test_restricted_calls_sentence_lists_the_outlets_carrying_it(
    default_summary: tuple[SummarySentence, ...], analysed: list[Article]
) -> None:
    about_calls = [
        s
        for s in default_summary
        if re.search(r"\bcalls?\b", s.text) and re.search(r"restrict|block|limit", s.text)
    ]
    assert about_calls
    best = max(about_calls, key=lambda s: len(s.supporting_sources))
    assert len(best.supporting_sources) >= 2
    by_id = {a.id: a for a in analysed}
    for source in best.supporting_sources:
        # every listed outlet really tells of calls being restricted
        assert any(
            re.search(r"\bcalls?\b", s.text) and re.search(r"restrict|block|limit", s.text)
            for s in by_id[source].body_sentences
        )


def test_covers_most_gold_facts(
    default_summary: tuple[SummarySentence, ...], seed_gold: dict
) -> None:
    text = " ".join(s.text for s in default_summary)
    found = [
        fact["id"]
        for fact in seed_gold["summary_facts"]
        if any(k in text for k in fact.get("any", [""]))
        and all(k in text for k in fact.get("all", []))
    ]
    assert len(found) >= 5, found


def test_opens_with_a_lead(
    default_summary: tuple[SummarySentence, ...], analysed: list[Article]
) -> None:
    """Reading order: the first fact is one some outlet leads with."""
    by_id = {a.id: a for a in analysed}
    first = default_summary[0]
    leads = {a.id: a.body_sentences[0].text for a in analysed}
    carriers = [by_id[s] for s in first.supporting_sources]
    assert any(_stem_overlap(first.text, leads[a.id]) >= 0.5 for a in carriers)


def test_same_input_same_summary(analysed: list[Article]) -> None:
    for algorithm in ("lexrank", "textrank"):
        options = AnalysisOptions(algorithm=algorithm)
        assert summarize(analysed, options) == summarize(analysed, options)
        assert summarize(list(reversed(analysed)), options) == summarize(
            list(reversed(analysed)), options
        )


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_gives_a_clean_summary(algorithm: str, analysed: list[Article]) -> None:
    summary = summarize(analysed, AnalysisOptions(algorithm=algorithm, sentences=5))
    assert len(summary) == 5
    _check_provenance(summary, analysed)
    keys = [s.key for s in summary]
    assert len(set(keys)) == len(keys)
    for a, b in itertools.combinations(summary, 2):
        assert _stem_overlap(a.text, b.text) < 0.8


def test_unknown_algorithm_names_the_valid_ones(analysed: list[Article]) -> None:
    with pytest.raises(ValueError, match="lexrank, textrank"):
        summarize(analysed, AnalysisOptions(algorithm="nope"))


@pytest.mark.parametrize("algorithm", ["concepts", "lexrank", "luhn"])
@pytest.mark.parametrize("words", [15, 60, 100])
def test_length_in_words(words: int, algorithm: str, analysed: list[Article]) -> None:
    """Every algorithm reads ``--words N`` alike: about N words."""
    summary = summarize(analysed, AnalysisOptions(algorithm=algorithm, words=words))
    lengths = [len(s.text.split()) for s in summary]
    total = sum(lengths)
    assert summary
    if total > words:  # about N words: one sentence past N that ends nearer to N
        assert any(total - n < words and total - words < words - (total - n) for n in lengths)
    # the budget is used
    assert total >= words * 0.6


def test_more_sentences_when_asked(analysed: list[Article]) -> None:
    assert len(summarize(analysed, AnalysisOptions(sentences=1))) == 1
    assert len(summarize(analysed, AnalysisOptions(sentences=12))) == 12


def test_one_article(tmp_path: Path) -> None:
    articles = _load(
        tmp_path,
        {
            "only.txt": "Heavy snow closed the main mountain pass on Friday morning.\n"
            "Police said about 300 vehicles were stuck for several hours near the summit.\n"
            "Snowploughs reopened one lane by the evening, the roads agency said.\n"
            "Forecasters expect more snow over the weekend across the region.\n"
        },
    )
    summary = summarize(articles, AnalysisOptions(sentences=2))
    assert len(summary) == 2
    _check_provenance(summary, articles)
    assert all(s.supporting_sources == ("only",) for s in summary)


def test_one_sentence(tmp_path: Path) -> None:
    line = "The bridge over the river reopened to traffic today."
    articles = _load(tmp_path, {"one.txt": line + "\n"})
    summary = summarize(articles, AnalysisOptions())
    assert [s.text for s in summary] == [line]


def test_identical_articles_give_each_fact_once_with_every_source(tmp_path: Path) -> None:
    text = (
        "The central library will close for renovation from next Monday.\n"
        "Books can be returned at the two branch libraries in the meantime.\n"
        "The work is planned to take eight months and cost 3 million euros.\n"
    )
    # different ids and wording around, the same wire text inside
    articles = [
        Article(
            id=f"outlet{i}",
            path=f"outlet{i}.txt",
            text=text,
            paragraphs=tuple(
                Paragraph(text.index(line), text.index(line) + len(line))
                for line in text.splitlines()
            ),
            sentences=tuple(
                Sentence(f"outlet{i}", n, n, text.index(line), text.index(line) + len(line), line)
                for n, line in enumerate(text.splitlines())
            ),
        )
        for i in range(4)
    ]
    for algorithm in ALGORITHMS:
        summary = summarize(articles, AnalysisOptions(algorithm=algorithm))
        texts = [s.text for s in summary]
        assert len(texts) == len(set(texts)) == 3, algorithm
        for item in summary:
            assert sorted(item.supporting_sources) == [f"outlet{i}" for i in range(4)]


def test_every_sentence_identical(tmp_path: Path) -> None:
    line = "Officials confirmed that the border crossing will reopen on Tuesday morning."
    articles = _load(tmp_path, {f"{n}.txt": f"{line}\n{line}\n{line}\n" for n in "abc"})
    summary = summarize(articles, AnalysisOptions())
    assert [s.text for s in summary] == [line]
    assert set(summary[0].supporting_sources) == {a.id for a in articles}


def test_empty_and_furniture_only_articles_give_an_empty_summary(tmp_path: Path) -> None:
    empty = Article(id="empty", path="empty.txt", text="")
    furniture = _load(
        tmp_path,
        {
            "f.txt": "Share this article\nSubscribe to our newsletter\n"
            "Advertisement\nRead more\n© 2024 Example Media. All rights reserved.\n"
        },
    )
    for algorithm in ALGORITHMS:
        assert summarize([], AnalysisOptions(algorithm=algorithm)) == ()
        assert summarize([empty], AnalysisOptions(algorithm=algorithm)) == ()
        assert summarize([empty, *furniture], AnalysisOptions(algorithm=algorithm)) == ()


def test_questions_fragments_and_headings_never_enter(tmp_path: Path) -> None:
    articles = _load(
        tmp_path,
        {
            "q.txt": "Water Prices To Rise\n"
            "The regional water company will raise prices by 9 percent from January.\n"
            "Why are prices going up so much this year?\n"
            "Prices up.\n"
            "The company blamed higher energy costs and new treatment rules for the rise.\n",
            "r.txt": "What does the price rise mean for households?\n"
            "A typical household will pay about 40 euros more a year, the company said.\n"
            "The regional water company says energy costs forced the 9 percent rise.\n",
        },
    )
    for algorithm in ALGORITHMS:
        summary = summarize(articles, AnalysisOptions(algorithm=algorithm, sentences=10))
        assert summary
        for item in summary:
            assert "?" not in item.text
            assert len(item.text.split()) >= 8
            assert item.text != "Water Prices To Rise"


def test_a_dangling_sentence_comes_with_the_one_before(tmp_path: Path) -> None:
    lead = "The port authority approved a plan to deepen the harbour channel on Monday."
    dangling = "This includes dredging two kilometres of the channel and moving a pier."
    articles = _load(
        tmp_path,
        {
            "a.txt": f"{lead} {dangling}\n"
            "Shipping firms welcomed the harbour channel plan, saying bigger ships can dock.\n",
            "b.txt": "Dredging two kilometres of the harbour channel will start next year.\n"
            "Moving a pier and dredging the channel will cost 50 million, officials said.\n",
        },
    )
    for algorithm in ALGORITHMS:
        summary = summarize(articles, AnalysisOptions(algorithm=algorithm, sentences=4))
        for item in summary:
            assert not item.text.startswith("This includes")
            if dangling in item.text:
                assert item.text == f"{lead} {dangling}"
        _check_provenance(summary, articles)


def test_zero_length_asks_for_nothing(analysed: list[Article]) -> None:
    assert summarize(analysed, AnalysisOptions(sentences=0)) == ()


def test_sumy_rank_only_their_capped_leading_units(
    analysed: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On sets too large for sumy, it ranks the leading units and nothing else is picked."""
    import brief.summary as summary_module

    monkeypatch.setitem(summary_module.SUMY_MAX_UNITS, "textrank", len(analysed))
    summary = summarize(analysed, AnalysisOptions(algorithm="textrank", sentences=10))
    assert 1 <= len(summary) <= len(analysed)
    leads = {a.id: a.body_sentences[0].start for a in analysed}
    assert all(item.span[0] == leads[item.source] for item in summary)


def test_a_very_long_request_is_bounded(analysed: list[Article]) -> None:
    from brief.summary.select import MAX_UNITS

    summary = summarize(analysed, AnalysisOptions(words=100_000))
    assert 7 < len(summary) <= MAX_UNITS
    assert len({s.key for s in summary}) == len(summary)


def test_facts_are_told_in_the_order_their_articles_tell_them(
    default_summary: tuple[SummarySentence, ...], analysed: list[Article]
) -> None:
    by_id = {a.id: a for a in analysed}

    def body_position(item: SummarySentence) -> int:
        body = by_id[item.source].body_sentences
        return next(i for i, s in enumerate(body) if s.start == item.span[0])

    positions = [body_position(s) for s in default_summary]
    assert positions == sorted(positions)


def test_a_set_of_short_notes_still_gets_a_summary(tmp_path: Path) -> None:
    """Length limits give way only when nothing else is left; questions never do."""
    articles = _load(
        tmp_path,
        {
            "a.txt": "The council budget passed on Monday.\nWho pays for it now?\n",
            "b.txt": "Council passes the budget.\n",
        },
    )
    for algorithm in ALGORITHMS:
        summary = summarize(articles, AnalysisOptions(algorithm=algorithm))
        assert summary, algorithm
        assert all("?" not in s.text for s in summary)
        _check_provenance(summary, articles)
