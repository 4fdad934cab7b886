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


def _dateline_brief(tmp_path: Path) -> tuple[Brief, SummarySentence, str]:
    (tmp_path / "b.txt").write_text(
        "Mill Reopens\n"
        "LEEDS, England (AP) -- The old textile mill reopened on Friday as a museum of the "
        "town's industry.\n"
        "Visitors queued from early morning to see the restored looms.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    units = article_units(article)
    items = tuple(
        SummarySentence(
            text=u.text,
            source=article.id,
            span=u.span,
            supporting_sources=(article.id,),
            score=1.0,
            sentence_index=u.index,
        )
        for u in units[:2]
    )
    brief = Brief(title="Mill", generated="", sources=(article,), summary=items)
    sentence = next(s for s in article.sentences if s.start <= items[0].span[0] < s.end)
    assert sentence.key != items[0].key  # the unit starts past the dateline
    return brief, items[0], sentence.key


def test_a_drop_saved_under_the_whole_sentence_still_holds(tmp_path: Path) -> None:
    from brief.tui.session import summary_rows, toggle_drop

    brief, unit, old_key = _dateline_brief(tmp_path)
    review = Review(dropped=frozenset({old_key}))
    assert unit.key not in {s.key for s in apply(brief, review).summary}
    assert len(apply(brief, review).summary) == 1
    rows = summary_rows(brief, review)
    assert [row.dropped for row in rows] == [True, False]
    # Keeping it again clears the old key too, so the sentence really comes back.
    kept = toggle_drop(review, unit.key, rows[0].names)
    assert kept.dropped == frozenset()
    assert len(apply(brief, kept).summary) == 2
    # Dropping it now stores the unit's own key.
    assert toggle_drop(kept, unit.key, rows[0].names).dropped == {unit.key}
