"""Multi-document extractive summary: rank the sentences of all articles together, then pick.

Pipeline: ``units`` (eligible sentences, provenance by position) -> ``vectors`` (sparse stem
and stem-bigram counts, tf-idf) -> a choice (``concepts``: concept coverage solved exactly;
or a ranking, brief's vectorised LexRank or one of sumy's summarizers through
``sumy_adapter``, then ``select``) -> ``attribution`` (every article carrying each fact) ->
``order`` (reading order, no sentence pointing back at nothing).

``concepts`` (the default, ``concepts.py``) covers the stem bigrams most articles share, under
the length, with a lead prior; a focus (``AnalysisOptions.focus``) boosts what is like it.
``lexrank`` (the default before it) is brief's own: continuous LexRank computed with sparse products
(linear in the size of the set), combined with a lead prior and a coverage objective over
the stems and stem bigrams the articles share. The other names run sumy's summarizer of that
name on the same units and keep its ranking; ``lexrank-sumy`` is sumy's own (quadratic)
LexRank, the reference the vectorised one is tested against.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.model import AnalysisOptions, Article, SummarySentence

ALGORITHMS = (
    "concepts",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "kl",
    "sumbasic",
    "edmundson",
    "reduction",
    "lexrank-sumy",
)
"""Names accepted by ``--algorithm``; ``concepts`` is the default."""

DEFAULT_ALGORITHM = "concepts"

SUMY_MAX_UNITS = {
    "lexrank-sumy": 600,
    "textrank": 800,
    "lsa": 500,
    "luhn": 3000,
    "kl": 150,
    "sumbasic": 2000,
    "edmundson": 3000,
    "reduction": 600,
}
"""sumy's summarizers run in pure Python, quadratic (KL-Sum cubic) in the number of sentences:
on larger sets each ranks only the leading units of every article, taken round-robin by
position, up to its cap here (about 5 s of ranking on this 2-core machine; measured with
``brief.summary.sumy_adapter.rank_with_sumy`` on BBC sentences: KL-Sum takes 12 s for 200
units and 105 s for 400, sumy's LexRank about 3 s for 400)."""


def summarize(articles: Sequence[Article], options: AnalysisOptions) -> tuple[SummarySentence, ...]:
    """Summarise the articles together; never raises on empty or degenerate input."""
    from brief import numpy_imports
    from brief.summary.units import collect_units

    algorithm = (options.algorithm or DEFAULT_ALGORITHM).lower()
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown algorithm {algorithm!r}; choose from: {', '.join(ALGORITHMS)}")
    words = options.words
    if (words is not None and words < 1) or (words is None and options.sentences < 1):
        return ()
    focus = getattr(options, "focus", "") or ""
    numpy_imports.defer()  # before scipy's first import (about 70 ms less)
    if algorithm == "concepts":
        return _summarize_concepts(articles, options.sentences, words, focus)
    units = collect_units(articles, words=words)
    if not units:
        return ()
    return _summarize_units(articles, units, algorithm, options.sentences, words, focus)


def _summarize_concepts(articles, sentences, words, focus):  # type: ignore[no-untyped-def]
    from brief.summary.concepts import DEFAULT, prepare

    prepared = prepare(articles, min_words=DEFAULT.min_words, focus=focus, words=words)
    return summarize_prepared(articles, prepared, sentences, words)


def summarize_prepared(articles, prepared, sentences, words):  # type: ignore[no-untyped-def]
    """The concept selector's summary of ``articles`` from their ``concepts.prepare`` (None:
    nothing to choose from); ``summary.phases`` prepares many sets before it calls this."""
    from brief.summary.concepts import DEFAULT, build_problem, solve, unit_values

    if prepared is None:
        return ()
    problem = build_problem(prepared, DEFAULT, sentences=sentences, words=words)
    chosen = solve(problem, DEFAULT)
    values = unit_values(prepared, problem)
    return finish(articles, prepared.units, prepared.similar, chosen, values)


def finish(articles, units, similar, chosen, scores):  # type: ignore[no-untyped-def]
    """Attribution, reading order and the ``SummarySentence`` records of chosen units."""
    from brief.summary.attribution import carriers, reading_order
    from brief.summary.order import date_order, resolved

    dates = {a.id: a.date for a in articles}
    ordered = reading_order(carriers(units, similar, chosen), units, dates)
    ordered = resolved(date_order(ordered, units, dates), units)
    return tuple(
        SummarySentence(
            text=units[item.unit].text,
            source=units[item.unit].article,
            span=units[item.unit].span,
            supporting_sources=item.sources,
            score=round(float(scores[item.unit]), 6),
            sentence_index=units[item.unit].index,
        )
        for item in ordered
    )


def _summarize_units(articles, units, algorithm, sentences, words, focus="", rated=None):  # type: ignore[no-untyped-def]
    """The other algorithms; a focus scales their ranking by each unit's likeness to it.

    ``rated``: sumy's ratings of ``units`` when already known (benchmarks cache them)."""
    import numpy as np

    from brief.summary.lexrank import lexrank
    from brief.summary.select import lead_prior, select_coverage, select_ranked
    from brief.summary.vectors import featurize, similarity_vectors, tfidf

    features = featurize([u.text for u in units])
    matrix = tfidf(features.unigrams)
    similar = similarity_vectors(features.unigrams)
    relevance = _focus_relevance(units, focus) if focus.strip() else None
    if algorithm == "lexrank":
        centrality = lexrank(matrix)
        if relevance is not None:
            centrality = centrality * (1.0 + relevance)
        positions = np.array([u.position for u in units], dtype=np.float64)
        scores = centrality * len(units) * lead_prior(positions)
        chosen = select_coverage(
            units, features, similar, centrality, sentences=sentences, words=words
        )
    else:
        if rated is None:
            from brief.summary.sumy_scores import sumy_scores

            rated = sumy_scores(articles, units, algorithm)
        scores = np.asarray(rated, dtype=np.float64)
        if relevance is not None:
            # rank percentile (1 = sumy's best) plus likeness to the focus (0 to 1)
            order = np.argsort(np.argsort(scores, kind="stable"), kind="stable")
            ranked = np.where(np.isneginf(scores), -np.inf, order / max(len(scores) - 1, 1))
            scores = ranked + relevance
        chosen = select_ranked(units, features, similar, scores, sentences=sentences, words=words)
    return finish(articles, units, similar, chosen, scores)


def _focus_relevance(units, focus):  # type: ignore[no-untyped-def]
    """Cosine of each unit with the focus text, scaled so the closest unit has 1."""
    import numpy as np

    from brief.summary.vectors import featurize, similarity_vectors

    vectors = similarity_vectors(featurize([*(u.text for u in units), focus]).unigrams)
    relevance = np.asarray((vectors[: len(units)] @ vectors[len(units)].T).todense()).ravel()
    top = float(relevance.max()) if len(relevance) else 0.0
    return relevance / top if top > 0 else relevance
