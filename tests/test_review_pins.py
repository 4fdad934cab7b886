"""Pinning a source sentence the summary already tells (``brief.review.apply``)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import Brief, Review, SummarySentence
from brief.review import apply
from brief.summary.units import article_units


def test_pinning_a_sentence_shown_past_its_dateline_adds_no_copy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Ferry Strike Ends\n"
        "PORTSMOUTH, England (AP) -- Ferry workers ended a five-day strike on Sunday after "
        "a pay deal was reached with the operator.\n"
        "Crews returned to the island routes on Monday morning as the operator had planned.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    first = article_units(article)[0]
    item = SummarySentence(
        text=first.text,
        source=article.id,
        span=first.span,
        supporting_sources=(article.id,),
        score=1.0,
        sentence_index=first.index,
    )
    brief = Brief(title="Ferry", generated="", sources=(article,), summary=(item,))
    bodies = [s for s in article.sentences if s.role == "body"]
    assert bodies[0].start < item.span[0]  # the summary shows it past its dateline
    assert bodies[0].key != item.key
    pinned = apply(brief, Review(pinned=tuple(s.key for s in bodies)))
    # the sentence already told is not added again; the other one is
    assert [s.text for s in pinned.summary] == [item.text, bodies[1].text]
