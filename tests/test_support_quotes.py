"""A summary sentence quoting someone is cited only to the sources carrying the quotation.

QA (eighteenth round): "Our drivers have waited three years ...," union leader X said was
cited to four outlets by the overlap of its frame ("union leader X said"), two of which
quoted X saying something else; the quote panel listed it under the two that carry it.
"""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import Article, SummarySentence
from brief.support_quotes import without_unquoted

WAITED = (
    '"Our gardeners have not had a real pay rise in four years, and they are tired of '
    'waiting," said union leader Mirela Stoyan.'
)
READY = (
    '"We are ready to talk, but we will not accept less than 6 percent," said union leader '
    "Mirela Stoyan."
)
PARAPHRASE = "Union leader Mirela Stoyan said the gardeners would not accept less than 6 percent."


def _articles(tmp_path: Path) -> list[Article]:
    texts = {
        "a": f"Velm strike\n\nPark gardeners in Velm went on strike on Monday. {WAITED}\n",
        "b": f"Velm parks close\n\nGardeners in Velm stopped work over pay. {WAITED}\n",
        "c": f"Velm talks resume\n\nTalks in the gardeners' dispute resume on Friday. {READY}\n",
        "d": f"Velm strike ends\n\nThe Velm gardeners' strike ended on Wednesday. {PARAPHRASE}\n",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return list(load_paths([str(tmp_path)]).articles)


def _item(text: str, source: str, sources: tuple[str, ...]) -> SummarySentence:
    return SummarySentence(text=text, source=source, span=(0, len(text)),
                           supporting_sources=sources, score=1.0)  # fmt: skip


def test_a_quotation_is_not_cited_to_a_source_quoting_something_else(tmp_path: Path) -> None:
    (waited, ready) = without_unquoted(
        (_item(WAITED, "a", ("a", "b", "c", "d")), _item(READY, "c", ("a", "b", "c", "d"))),
        _articles(tmp_path),
    )
    assert waited.supporting_sources == ("a", "b")
    assert ready.supporting_sources == ("c", "d")  # "d" paraphrases it


def test_a_sentence_stating_facts_beside_a_quotation_is_left_alone(tmp_path: Path) -> None:
    text = (
        "The Velm gardeners' strike, which closed four parks and the botanical garden for "
        'two days in the busiest week of the season, ended after the mayor called it "a '
        'dispute we must settle quickly and fairly".'
    )
    (item,) = without_unquoted((_item(text, "d", ("d", "a")),), _articles(tmp_path))
    assert item.supporting_sources == ("d", "a")


def test_the_brief_cites_a_quotation_as_the_quote_panel_does(tmp_path: Path) -> None:
    from brief.analysis import build_brief
    from brief.model import AnalysisOptions

    brief = build_brief(_articles(tmp_path), AnalysisOptions(sentences=8), timestamp=False)
    waited = next(s for s in brief.summary if "tired of waiting" in s.text)
    quote = next(q for q in brief.quotes if "tired of waiting" in q.text)
    assert set(waited.supporting_sources) == set(quote.sources) == {"a", "b"}
