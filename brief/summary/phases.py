"""The summaries of many sets at once, in phases: ``summarize`` of each, the same output.

A story export summarises thousands of small sets. Made one at a time, each summary's
LexRank is a hundred power steps of a dozen numpy calls on a vector of a few dozen
sentences, whose cost is the calls. Here every set is prepared first, then the centralities
of all of them are found together (``lexrank.lexrank_many``: the same bits, one call per
step for all the sets of as many sentences), then each program is built, solved and
finished as ``summarize`` does. Only the concept selector (the default) is run in phases;
any other algorithm, or a budget of nothing, is ``summarize`` of each set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from brief.model import AnalysisOptions, Article, SummarySentence

if TYPE_CHECKING:
    from brief.summary.prepared import Prepared


def summarize_many(
    sets: Sequence[Sequence[Article]], options: AnalysisOptions
) -> list[tuple[SummarySentence, ...]]:
    """``[summarize(articles, options) for articles in sets]``, built in phases."""
    from brief import numpy_imports
    from brief.summary import DEFAULT_ALGORITHM, summarize, summarize_prepared

    algorithm = (options.algorithm or DEFAULT_ALGORITHM).lower()
    words = options.words
    if (
        algorithm != "concepts"
        or (words is not None and words < 1)
        or (words is None and options.sentences < 1)
    ):
        return [summarize(articles, options) for articles in sets]
    from brief.summary.concepts import DEFAULT
    from brief.summary.prepared import prepare

    numpy_imports.defer()
    focus = getattr(options, "focus", "") or ""
    prepared = [
        prepare(articles, min_words=DEFAULT.min_words, focus=focus, words=words)
        for articles in sets
    ]
    if DEFAULT.centrality:
        centralities(p for p in prepared if p is not None)
    return [
        summarize_prepared(articles, p, options.sentences, words)
        for articles, p in zip(sets, prepared, strict=True)
    ]


def centralities(prepared: Iterable[Prepared]) -> None:
    """Fill in ``Prepared.centrality`` (what ``concepts._centrality`` finds on first use)
    of every prepared set that lacks it, their LexRanks run together."""
    from brief.summary.lexrank import lexrank_many
    from brief.summary.vectors import tfidf

    missing = [p for p in prepared if p.centrality is None]
    found = lexrank_many([tfidf(p.counts) for p in missing])
    for p, scores in zip(missing, found, strict=True):
        object.__setattr__(p, "centrality", scores * len(scores))
