"""Apply a ``Review`` to a ``Brief``: the same code path for the app and ``brief export``."""

from __future__ import annotations

from dataclasses import replace

from brief.model import AnalysisOptions, Brief, QuoteCluster, Review, SummarySentence
from brief.quote_ids import kept


def options_under(review: Review, base: AnalysisOptions) -> AnalysisOptions:
    """The analysis options a review leaves in force: its algorithm, length and focus over
    ``base`` (the command line's). The app's brief and ``brief export --review`` alike: the
    export gave the command line's, so a focus or a length set in the app was lost."""
    if review.sentences is not None:
        sentences, words = review.sentences, None
    else:
        sentences, words = base.sentences, base.words
    focus = base.focus if review.focus is None else review.focus
    return AnalysisOptions(review.algorithm or base.algorithm, sentences, words, focus)


def apply(brief: Brief, review: Review) -> Brief:
    """Return the brief with the user's drops, pins, order and rejections applied.

    Excluded sources are expected to be left out of the analysis by the caller (so
    summary and quotes are recomputed without them); here they are also removed from
    supporting sources and quote variants, so nothing cites an excluded source.
    """
    excluded = review.excluded_sources
    summary = [
        s
        for s in brief.summary
        if s.source not in excluded and not is_dropped(brief, s, review.dropped)
    ]
    present = {s.key for s in summary}
    for key in review.pinned:
        if key in present or key in review.dropped:
            continue
        pinned = _pinned_sentence(brief, key)
        if pinned is not None and pinned.source not in excluded and not _told(summary, pinned):
            summary.append(pinned)
            present.add(key)
    summary = _ordered(summary, review.order)
    summary = [_without_sources(s, excluded) for s in summary]
    quotes = [
        q
        for q in (_quote_without(q, excluded) for q in kept(brief.quotes, review.rejected_quotes))
        if q is not None
    ]
    return replace(
        brief,
        title=review.title or brief.title,
        summary=tuple(summary),
        quotes=tuple(quotes),
    )


def names_of(brief: Brief, item: SummarySentence) -> tuple[str, ...]:
    """Every key a review may use for ``item``: its own, and its source sentence's.

    A summary unit may start past its sentence's dateline; a review saved when the
    summary showed the whole sentence names it by the sentence's start, and that drop
    must still hold.
    """
    try:
        article = brief.source(item.source)
    except KeyError:
        return (item.key,)
    start = item.span[0]
    for sentence in article.sentences:
        if sentence.start <= start < sentence.end:
            return (item.key,) if sentence.start == start else (item.key, sentence.key)
    return (item.key,)


def is_dropped(brief: Brief, item: SummarySentence, dropped: frozenset[str]) -> bool:
    return bool(dropped) and any(key in dropped for key in names_of(brief, item))


def _pinned_sentence(brief: Brief, key: str) -> SummarySentence | None:
    article_id, _, start = key.rpartition(":")
    try:
        article = brief.source(article_id)
    except KeyError:
        return None
    for sentence in article.sentences:
        if str(sentence.start) == start:
            return SummarySentence(
                text=sentence.text,
                source=article.id,
                span=sentence.span,
                supporting_sources=(article.id,),
                score=0.0,
                sentence_index=sentence.index,
                pinned=True,
            )
    return None


def _told(summary: list[SummarySentence], pinned: SummarySentence) -> bool:
    """The pinned sentence is already in the summary under another span (a unit that starts
    past its dateline, or that carries it as the antecedent of the next sentence)."""
    start, end = pinned.span
    return any(s.source == pinned.source and s.span[0] < end and start < s.span[1] for s in summary)


def _ordered(summary: list[SummarySentence], order: tuple[str, ...]) -> list[SummarySentence]:
    if not order:
        return summary
    rank = {key: i for i, key in enumerate(order)}
    natural = {s.key: i for i, s in enumerate(summary)}
    return sorted(summary, key=lambda s: (rank.get(s.key, len(rank)), natural[s.key]))


def _without_sources(item: SummarySentence, excluded: frozenset[str]) -> SummarySentence:
    if not excluded:
        return item
    kept = tuple(s for s in item.supporting_sources if s not in excluded)
    return replace(item, supporting_sources=kept)


def _quote_without(quote: QuoteCluster, excluded: frozenset[str]) -> QuoteCluster | None:
    if not excluded:
        return quote
    variants = tuple(v for v in quote.variants if v.source not in excluded)
    if not variants:
        return None
    sources = tuple(s for s in quote.sources if s not in excluded)
    return replace(quote, variants=variants, sources=sources)


def without_source(review: Review, article_id: str) -> Review:
    """``review`` less the choices that name ``article_id``'s sentences or exclude it: what
    still holds for the set once that article has left it (moved to another story)."""

    def kept(key: str) -> bool:
        return key.rpartition(":")[0] != article_id

    return replace(
        review,
        dropped=frozenset(filter(kept, review.dropped)),
        pinned=tuple(filter(kept, review.pinned)),
        order=tuple(filter(kept, review.order)),
        excluded_sources=review.excluded_sources - {article_id},
    )
