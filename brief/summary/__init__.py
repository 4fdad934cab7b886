"""Multi-document extractive summary (first version: sumy's LexRank over all sentences)."""

from __future__ import annotations

from collections.abc import Sequence

from brief.model import AnalysisOptions, Article, SummarySentence

ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "edmundson", "reduction")
"""Names accepted by ``--algorithm``; ``lexrank`` is the default."""


def summarize(articles: Sequence[Article], options: AnalysisOptions) -> tuple[SummarySentence, ...]:
    """Rank the body sentences of all ``articles`` together and pick the best."""
    from brief.summary.sumy_adapter import rank_with_sumy

    pool = [s for a in articles for s in a.body_sentences if not s.text.endswith("?")]
    if not pool:
        return ()
    scores = rank_with_sumy(pool, options.algorithm)
    order = sorted(range(len(pool)), key=lambda i: (-scores[i], i))[: options.sentences]
    chosen = sorted(order)
    return tuple(
        SummarySentence(
            text=pool[i].text,
            source=pool[i].article,
            span=pool[i].span,
            supporting_sources=(pool[i].article,),
            score=scores[i],
            sentence_index=pool[i].index,
        )
        for i in chosen
    )
