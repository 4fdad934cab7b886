"""Concept coverage in the ICSISumm manner (Gillick & Favre 2009), solved exactly, bounded.

A *concept* is a bigram of stems (stop words kept in place, a bigram of two stop words
dropped: ``vectors.featurize``). Its weight is the share of articles that carry it, counted
only when enough articles carry it (``min_support``): a fact many outlets report weighs more,
and a concept counts once however many chosen units carry it, which is what removes
repetition across sources. The summary maximises

    sum of w_c over concepts c covered            (w = share of articles, x focus boost)
    + UNIGRAM_WEIGHT * sum of w_u over content stems u covered     (a tie-breaker)
    + POSITION_WEIGHT * PRIOR_WORDS / budget * sum over chosen units of words / sqrt(1 + position)

under the length budget, as an integer program (``scipy.optimize.milp``, HiGHS) with a time
limit; a greedy solution (best gain per word, then compared with the best single unit) is
always computed too and wins when the solver fails or runs out of time, or the set is larger
than ``MAX_EXACT_UNITS``. The solver sees at
most ``SHORTLIST`` candidates (``solvers.shortlist``), so its work is bounded by the
program's size, decided up front, and the time limit is only a guard far above it. Units
that overlap in their article, units of two articles that state the same figures
(``overlaps.FigureReader``), or whose cosine reaches ``REDUNDANCY``, never go together
(pairwise constraints in both solvers).

The set's units and their matrices, which no setting changes, are prepared in ``prepared``
(``prepare``, ``Prepared``, which this module re-exports); it weighs them into a program and
solves it. The constants are few and were chosen on all dev sets together by cross-validation
(``benchmarks/rouge.py --folds 5``; curves in ``docs/decisions.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from brief.summary.overlaps import FigureReader, overlapping_pairs
from brief.summary.prepared import MIN_WORDS, Prepared, prepare, prepare_units
from brief.summary.select import concept_weights
from brief.summary.solvers import (
    Problem,
    end_nearer,
    greedy_is_optimal,
    greedy_valued,
    objective,
    shortlist,
    solve_exact,
    solve_greedy,
)
from brief.summary.subsets import settle

__all__ = [
    "MIN_WORDS",
    "Prepared",
    "Problem",
    "objective",
    "prepare",
    "prepare_units",
    "solve_exact",
    "solve_greedy",
]

POSITION_WEIGHT = 1.0
"""Per-word weight of the lead prior at a budget of ``PRIOR_WORDS`` words (concept weights are
shares of articles, in [0, 1])."""
PRIOR_WORDS = 100
"""The per-word bonuses (lead prior, focus relevance) are spread over the budget: x
``PRIOR_WORDS / budget words`` (with ``--sentences N`` the budget is N x
``WORDS_PER_SENTENCE``). Coverage grows slower than the budget (a concept counts once) while
a per-word bonus grows with it, so a fixed per-word weight pulled long summaries toward the
leads harder than short ones (the 250-word set wanted 0.25 per word, the 100-word sets 1.0);
spread, a summary of any length gets the same total bonus, and the CV folds agree. It is the
unit the weights are quoted in, not a fitted value (decisions.md, tenth round)."""
POSITION_EXPONENT = 0.5
"""Lead prior ``1 / (1 + position) ** POSITION_EXPONENT``: news puts the main facts first."""
UNIGRAM_WEIGHT = 0.1
"""Content stems are concepts too, each at this fraction of a bigram's weight (share of
articles, same ``min_support``). Small on purpose: a tie-breaker among summaries that cover
the same bigrams, toward the one that also names more of the widely reported words. 0.1 is
at or above bigrams alone on every dev set in R-1 and every DUC set in R-2; 0.05 and 0.15 are
within 0.1 of it in macro, 0.2 and more lose (curve and CV in decisions.md, eighth round)."""
CENTRALITY = True
"""The lead prior is multiplied by LexRank centrality (mean 1): a lead sentence that tells
what the other articles tell counts more than a lead that does not (chosen in every CV fold)."""
REDUNDANCY = 0.5
"""Cosine (smoothed-idf stem vectors) at or above which two units never go together."""
FOCUS_WEIGHT = 1.5
"""With a focus: concept weight x (1 + FOCUS_WEIGHT x share of its stems in the focus), and a
per-word bonus of FOCUS_WEIGHT x FOCUS_WORD_BONUS x relevance (``FOCUS_SHAPE``) (spread over the
budget like the lead prior, ``PRIOR_WORDS``). Chosen across the two sets that carry topics:
chosen on either one, 1.5 wins on the other (decisions.md)."""
FOCUS_SHAPE = 0.5
"""A unit's relevance to the focus is ``(cosine / best unit's cosine) ** FOCUS_SHAPE``: the
square root lets a unit half as close as the best keep most of the focus boost (a title names
few of the words its answers use). 0.25 / 0.5 / 0.75 / 1 / 2 / 3 measured on the 55 topic
clusters; 5-fold CV chose 0.5 or 0.75 in every fold, never 1 (decisions.md, nineteenth round)."""
FOCUS_WORD_BONUS = 1.0
"""Per-word value of a unit's cosine with the focus (before ``FOCUS_WEIGHT``). Spread over the
budget, 0.5 / 1 / 1.5 / 2 were measured and CV'd on the 55 topic clusters: 1.0 is the best over
both forms of the topic (decisions.md, tenth round)."""
WORDS_PER_SENTENCE = 40
"""With ``--sentences N`` the budget is N units and at most N x this many words: the count is
what binds (a news sentence is 20-25 words), the words only keep the program from filling the
N slots with run-ons of up to ``units.MAX_WORDS``."""
FILL = "ratio"
"""How ``--words N`` ends: ``Settings.fill``."""
MAX_EXACT_UNITS = 3000
"""Above this many candidate units the greedy answer is used without trying the solver (a
set that large, e.g. a whole day's feed, is a digest, and its summary stays as fast as it was)."""
SHORTLIST = 300
"""The exact solver sees at most this many candidates: those worth most per word alone,
plus the greedy answer (``solvers.shortlist``). On every dev cluster the shortlist's optimum
is the full program's (200 lost 0.008 of the objective on one DUC 2006 cluster); the
solver's work then depends on the set, not on the machine's load (decisions.md)."""
TIME_LIMIT = 20.0
"""Seconds the exact solver may take; past them the greedy answer is used. A guard only: a
shortlisted program took at most 1.4 s of CPU on the dev sets (loaded 2-core machine), so
the clock, which would make the answer depend on the machine's load, is never what decides."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob of the selector, so benchmarks can vary one at a time."""

    position_weight: float = POSITION_WEIGHT
    position_exponent: float = POSITION_EXPONENT
    min_words: int = MIN_WORDS
    redundancy: float | None = REDUNDANCY
    shared_figures: bool = True
    """Units of two articles stating the same figures never go together (``FigureReader``)."""
    focus_weight: float = FOCUS_WEIGHT
    focus_shape: float = FOCUS_SHAPE
    unigram_weight: float = UNIGRAM_WEIGHT
    """Content stems as concepts too, at this weight relative to bigrams (0 = ICSISumm)."""
    centrality: bool = CENTRALITY
    """Multiply the lead prior by LexRank centrality (mean 1), as ``lexrank``'s salience does."""
    per_summary: bool = True
    """Spread the per-word bonuses over the budget (``PRIOR_WORDS``); False: per word (round 9)."""
    concept_position: float = 0.0
    """Concept weight x ``1 / (1 + earliest position of a unit holding it) ** this``."""
    support: str = "third"
    """``third``: a third of the articles, 1 to 3 (``min_support``); ``one``: any article."""
    fill: str = FILL
    """``--words N`` is about N words (``solvers.end_nearer``): the last unit may pass N when
    it ends nearer to N, chosen by gain per word (``ratio``) or in total (``total``);
    ``none``: at most N words."""
    solver: str = "exact"
    """``exact`` (milp, then greedy if it fails or is too slow) or ``greedy``."""
    time_limit: float = TIME_LIMIT
    shortlist: int = SHORTLIST
    max_exact_units: int = MAX_EXACT_UNITS


DEFAULT = Settings()


def min_support(articles: int) -> int:
    """Articles that must carry a concept for it to count: a third of them, 1 to 3."""
    return min(3, max(1, round(articles / 3)))


def build_problem(
    prepared: Prepared, settings: Settings, *, sentences: int, words: int | None
) -> Problem:
    import numpy as np

    from brief.summary.sparse_ops import kept_columns, rows_of

    p, s = prepared, settings
    floor = min_support(p.articles) if s.support == "third" else 1
    weights = concept_weights(p.bigrams, p.article, p.articles, floor)
    if s.concept_position > 0:
        weights = weights * _earliest(p.bigrams, p.positions) ** -s.concept_position
    matrices = [p.bigrams]
    if s.unigram_weight > 0:
        uni = concept_weights(p.unigrams, p.article, p.articles, floor) * s.unigram_weight
        weights = np.concatenate([weights, uni])
        matrices.append(p.unigrams)
    width = sum(m.shape[1] for m in matrices)
    keep = weights > 0
    # only concepts that count enter the program (most columns are below the support floor):
    # each matrix is cut to them before they are joined, so the join stays cheap
    occurs = kept_columns(matrices, keep)
    weights_kept = weights[keep]
    prior = 1.0 / (1.0 + p.positions) ** s.position_exponent
    if s.centrality:
        prior = prior * _centrality(p)
    # the lead prior is in units of the set's mean concept value per word, so one weight
    # means the same on 2 articles (every concept weighs 1/2 or more) and on 25
    density = float((occurs @ weights_kept).sum() / max(p.lengths.sum(), 1.0))
    budget = float(words) if words is not None else float(max(sentences, 0) * WORDS_PER_SENTENCE)
    per_word = density * p.lengths * (PRIOR_WORDS / max(budget, 1.0) if s.per_summary else 1.0)
    bonus = s.position_weight * per_word * prior
    if p.focus_stems is not None and s.focus_weight > 0:
        relevance = _relevance(p, s.focus_shape)
        weights_kept = weights_kept * (
            1.0 + s.focus_weight * _focus_share(p, width, relevance)[keep]
        )
        bonus = bonus + s.focus_weight * FOCUS_WORD_BONUS * per_word * relevance
    count = 10**9 if words is not None else max(sentences, 0)
    about = words is not None and s.fill != "none"
    fits = p.lengths < (2 * budget if s.fill != "any" else 10**9) if about else p.lengths <= budget
    long_enough = p.lengths >= s.min_words
    if not (fits & long_enough).any():
        long_enough[:] = True  # a set of short notes still gets a summary
    candidates = np.flatnonzero(fits & long_enough)
    similar = p.similar  # every unit a candidate (nearly every story): the rows as they are
    if len(candidates) < len(p.units):
        occurs, similar = rows_of(occurs, candidates), rows_of(similar, candidates)
    return Problem(
        occurs=occurs,
        weights=weights_kept,
        bonus=bonus[candidates],
        lengths=p.lengths[candidates],
        candidates=candidates,
        overlaps=overlapping_pairs(p.units, p.article, candidates),
        similar=similar,
        redundancy=s.redundancy,
        words=budget,
        units=count,
        required=_closest_to_focus(p, candidates, budget) if s.focus_weight > 0 else None,
        about=about,
        figures=FigureReader(p.units, p.article) if s.shared_figures else None,
    )


def _earliest(occurs: Any, positions: Any) -> Any:
    """Per column, 1 + the smallest position of a unit that holds it (1 + 1e9 if none)."""
    import numpy as np

    by_column = occurs.T.tocsr()
    out = np.full(by_column.shape[0], 1e9)
    starts = by_column.indptr[:-1]
    held = np.diff(by_column.indptr) > 0
    if held.any():
        values = positions[by_column.indices]
        out[held] = np.minimum.reduceat(values, starts[held])
    return 1.0 + out


def _closest_to_focus(p: Prepared, candidates: Any, budget: float) -> int | None:
    """The candidate most like the focus (a focused summary answers it first), if any is."""
    import numpy as np

    if p.focus_similarity is None or not len(candidates):
        return None
    relevance = np.where(p.lengths[candidates] <= budget, p.focus_similarity[candidates], 0.0)
    best = int(np.argmax(relevance))
    return best if relevance[best] > 0 else None


def _centrality(p: Prepared) -> Any:
    from brief.summary.lexrank import lexrank
    from brief.summary.vectors import tfidf

    if p.centrality is None:
        scores = lexrank(tfidf(p.counts))
        object.__setattr__(p, "centrality", scores * len(scores))
    return p.centrality


def _relevance(p: Prepared, shape: float) -> Any:
    """Each unit's relevance to the focus in [0, 1]: (cosine / the best cosine) ** shape."""
    top = float(p.focus_similarity.max()) if len(p.focus_similarity) else 0.0
    return (p.focus_similarity / max(top, 1e-9)) ** shape


def _focus_share(p: Prepared, width: int, per_unit: Any) -> Any:
    """Per concept, how on-focus it is, in [0, 1].

    A content stem is on-focus when the focus names it. A bigram's own stems are not kept
    (``featurize`` numbers pairs, not their parts), so a bigram takes the mean relevance
    (``_relevance``) of the units that hold it: a concept told in sentences about the focus
    is boosted, one told elsewhere is not.
    """
    import numpy as np

    held = np.asarray(p.bigrams.sum(axis=0)).ravel()
    held[held == 0] = 1.0
    share = np.zeros(width)
    bigram_share = np.asarray(p.bigrams.T @ per_unit).ravel() / held
    share[: len(bigram_share)] = bigram_share
    if width > len(bigram_share):
        share[len(bigram_share) :] = p.focus_stems.astype(np.float64)
    return share


def choose(
    prepared: Prepared,
    settings: Settings = DEFAULT,
    *,
    sentences: int = 7,
    words: int | None = None,
) -> list[int]:
    """Indices into ``prepared.units`` of the chosen units (set order)."""
    return solve(build_problem(prepared, settings, sentences=sentences, words=words), settings)


def solve(problem: Problem, settings: Settings = DEFAULT) -> list[int]:
    """The exact answer when the solver finds a better one in time, else the greedy one."""
    greedy, value = greedy_valued(problem)
    best = greedy
    if (
        settings.solver == "exact"
        and len(problem.candidates) <= settings.max_exact_units
        and not greedy_is_optimal(problem, greedy, value)
    ):
        # (when greedy reaches the bound, the solver could not do better: skipped)
        settled = settle(problem, greedy, value)  # small programs: exact, by enumeration
        if settled is not None:
            best = settled
        else:
            small, kept = shortlist(problem, settings.shortlist, greedy)
            found = solve_exact(small, settings.time_limit)
            exact = None if found is None else [int(kept[k]) for k in found]
            if exact is not None and objective(problem, exact) > value + 1e-9:
                best = exact
    best = end_nearer(problem, best, settings.fill)
    return sorted(int(problem.candidates[k]) for k in best)


def unit_values(prepared: Prepared, problem: Problem) -> Any:
    """What each unit would be worth alone (its concepts plus its bonus; 0 if not a candidate)."""
    import numpy as np

    values = np.zeros(len(prepared.units))
    values[problem.candidates] = problem.occurs @ problem.weights + problem.bonus
    return values


def with_settings(**changes: Any) -> Settings:
    """The default settings with some changed (benchmarks and tests)."""
    return replace(DEFAULT, **changes)
