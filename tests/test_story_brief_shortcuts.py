"""Work a story's brief skips where its answer is already known (issue 13, twenty-first
round): each shortcut gives what the full path gives, compared here on invented inputs, and
the skipped work is really skipped."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.sparse import csr_matrix

import brief.summary.concepts as concepts
import brief.summary.solvers as solvers
import brief.summary.subsets as subsets
import brief.text.tokens as tokens
from brief.ingest import load_paths
from brief.model import Article, SummarySentence
from brief.summary.overlaps import SHARED_FIGURES, FigureReader
from brief.summary.units import Unit
from brief.support_quotes import _QUOTED, FRAME_MAX, MIN_STEMS, SHARE, _stems, without_unquoted

# --- summary sentences of one source: their words are not stemmed ---------------------------

LINES = [
    '"The new ferry will carry twice as many cyclists as the old boat did," harbour master '
    "Odile Brannagh said.",
    '"We have waited eleven years for a bridge that never came," said councillor Tam Ruvé.',
    "The ferry between Quellport and Ostrand will run every forty minutes from the spring.",
    '"Nobody asked the fishermen where the new pier should stand," a net mender said.',
    "Harbour master Odile Brannagh said the new ferry would carry twice as many cyclists.",
    "Councillor Tam Ruvé said the town had waited eleven years for a bridge.",
    '"Tickets will cost the same as a bus fare," the operator said in a statement.',
]


def _articles(tmp_path: Path) -> list[Article]:
    rng = random.Random(3)
    for name in "abcd":
        lines = rng.sample(LINES, 4)
        text = f"Quellport ferry {name}\n\n" + " ".join(lines) + "\n"
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return list(load_paths([str(tmp_path)]).articles)


def _old_without_unquoted(summary: tuple, articles: Sequence[Article]) -> tuple:
    """The rule as it read before: every sentence's words stemmed, then its sources read."""
    by_id = {a.id: a for a in articles}
    stems_of: dict[str, list[set[str]]] = {}
    out = []
    for item in summary:
        marked = item.text.replace("``", '"').replace("''", '"')
        quoted = set(tokens.content_stems(" ".join(_QUOTED.findall(marked))))
        said = set(tokens.content_stems(_QUOTED.sub(" ", marked))) - quoted
        if len(item.supporting_sources) < 2 or len(quoted) < MIN_STEMS or len(said) > FRAME_MAX:
            out.append(item)
            continue
        need = SHARE * len(quoted)
        kept = tuple(
            source
            for source in item.supporting_sources
            if source == item.source
            or source not in by_id
            or any(len(quoted & stems) >= need for stems in _stems(by_id[source], stems_of))
        )
        out.append(
            item if kept == item.supporting_sources else replace(item, supporting_sources=kept)
        )
    return tuple(out)


def test_sources_dropped_as_the_full_reading_drops_them(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    ids = [a.id for a in articles]
    rng = random.Random(11)
    for _ in range(200):
        summary = []
        for _ in range(rng.randint(0, 6)):
            article = rng.choice(articles)
            sentence = rng.choice(article.body_sentences).text
            others = rng.sample(ids, rng.randint(0, 3))
            sources = tuple(dict.fromkeys([article.id, *others]))[: rng.randint(0, 4)]
            summary.append(SummarySentence(sentence, article.id, (0, 1), sources, 1.0))
        assert without_unquoted(tuple(summary), articles) == _old_without_unquoted(
            tuple(summary), articles
        )


def test_a_sentence_of_one_source_is_not_stemmed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles(tmp_path)
    summary = tuple(
        SummarySentence(s.text, a.id, (0, 1), (a.id,), 1.0)
        for a in articles
        for s in a.body_sentences
    )

    def refuse(text: str) -> list[str]:
        raise AssertionError(f"stemmed: {text}")

    monkeypatch.setattr(tokens, "content_stems", refuse)
    assert without_unquoted(summary, articles) == summary


# --- the greedy's value summed once ---------------------------------------------------------


def _random_problem(rng: random.Random, n: int) -> solvers.Problem:
    concepts_count = rng.randint(n, 3 * n)
    rows, cols = [], []
    for j in range(n):
        for c in rng.sample(range(concepts_count), rng.randint(1, min(6, concepts_count))):
            rows.append(j)
            cols.append(c)
    occurs = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, concepts_count))
    similar = csr_matrix(np.array([[rng.random() for _ in range(5)] for _ in range(n)]))
    norms = np.sqrt(np.asarray(similar.multiply(similar).sum(axis=1)).ravel())
    similar = csr_matrix(similar.multiply(1 / norms[:, None]))
    return solvers.Problem(
        occurs=occurs,
        weights=np.array([rng.random() for _ in range(concepts_count)]),
        bonus=np.array([rng.random() * 0.5 for _ in range(n)]),
        lengths=np.array([float(rng.randint(8, 40)) for _ in range(n)]),
        candidates=np.arange(n),
        overlaps=[(j, j + 1) for j in range(n - 1) if rng.random() < 0.3],
        similar=similar,
        redundancy=0.97,
        words=float(rng.choice([30, 80, 200])),
        units=rng.choice([1, 3, 7]),
    )


def _old_solve(problem: solvers.Problem, settings: Any) -> list[int]:
    """``concepts.solve`` as it read before: the greedy's value summed where each step
    needed it."""
    greedy = solvers.solve_greedy(problem)
    best = greedy
    if (
        settings.solver == "exact"
        and len(problem.candidates) <= settings.max_exact_units
        and not solvers.greedy_is_optimal(problem, greedy)
    ):
        settled = subsets.settle(problem, greedy)
        if settled is not None:
            best = settled
        else:
            small, kept = solvers.shortlist(problem, settings.shortlist, greedy)
            found = solvers.solve_exact(small, settings.time_limit)
            exact = None if found is None else [int(kept[k]) for k in found]
            if (
                exact is not None
                and solvers.objective(problem, exact) > solvers.objective(problem, greedy) + 1e-9
            ):
                best = exact
    best = solvers.end_nearer(problem, best, settings.fill)
    return sorted(int(problem.candidates[k]) for k in best)


def test_the_greedy_s_value_is_its_objective_and_solve_answers_as_before() -> None:
    rng = random.Random(21)
    for _ in range(300):
        problem = _random_problem(rng, rng.randint(1, 12))
        chosen, value = solvers.greedy_valued(problem)
        assert chosen == solvers.solve_greedy(problem)
        assert value == solvers.objective(problem, chosen)  # the same float, bit for bit
        assert concepts.solve(problem) == _old_solve(problem, concepts.DEFAULT)


def test_the_greedy_s_choice_is_valued_once(monkeypatch: pytest.MonkeyPatch) -> None:
    real = solvers.objective
    valued: dict[tuple[int, ...], int] = defaultdict(int)

    def counted(problem: solvers.Problem, chosen: Sequence[int]) -> float:
        valued[tuple(chosen)] += 1
        return real(problem, chosen)

    for module in (solvers, subsets, concepts):
        monkeypatch.setattr(module, "objective", counted)
    rng = random.Random(8)
    reached = 0
    for _ in range(60):
        problem = _random_problem(rng, rng.randint(4, 10))
        greedy = tuple(solvers.greedy_valued(problem)[0])
        if solvers.greedy_is_optimal(problem, list(greedy)):
            continue
        valued.clear()
        concepts.solve(problem)
        reached += 1
        assert valued[greedy] == 1  # before: once in the greedy, once per check after it
    assert reached >= 20


# --- figure pairs of a one-article program ---------------------------------------------------


FIGURE_LINES = [
    "The pier will cost 4,200 pounds and open in 2031.",
    "Work on the 4200 pound pier starts in 2029 and ends in 2031.",
    "About 350 boats use the harbour, 40 more than in 2020.",
    "The 350 boats of the harbour pay 40 pounds a year.",
    "No figure is given for the new road.",
]


def _old_pairs(reader: FigureReader, article: Any, candidates: Any) -> list[tuple[int, int]]:
    holders: dict[str, list[int]] = defaultdict(list)
    for position, unit in enumerate(candidates.tolist()):
        for figure in reader(unit):
            holders[figure].append(position)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for members in holders.values():
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                counts[(a, b)] += 1
    return sorted(
        pair
        for pair, n in counts.items()
        if n >= SHARED_FIGURES and article[candidates[pair[0]]] != article[candidates[pair[1]]]
    )


def test_figure_pairs_as_the_full_reading_finds_them() -> None:
    rng = random.Random(4)
    for _ in range(300):
        n = rng.randint(0, 8)
        units = [Unit("x", j, j, 0, 1, rng.choice(FIGURE_LINES)) for j in range(n)]
        article = np.array(
            [rng.randint(0, rng.choice([0, 1, 2])) for _ in range(n)], dtype=np.int64
        )
        candidates = np.array(sorted(rng.sample(range(n), rng.randint(0, n))), dtype=np.int64)
        found = FigureReader(units, article).pairs(candidates)
        assert found == _old_pairs(FigureReader(units, article), article, candidates)


def test_one_article_s_figures_are_not_read_for_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.summary.overlaps as overlaps

    def refuse(text: str) -> frozenset[str]:
        raise AssertionError(f"read: {text}")

    monkeypatch.setattr(overlaps, "figures", refuse)
    units = [Unit("a", j, j, 0, 1, FIGURE_LINES[j]) for j in range(4)]
    assert FigureReader(units, np.zeros(4, dtype=np.int64)).pairs(np.arange(4)) == []


# --- a program of every unit reads the units' vectors as they are -----------------------------


def test_every_unit_a_candidate_keeps_the_units_vectors(tmp_path: Path) -> None:
    from brief.summary.sparse_ops import rows_of

    articles = _articles(tmp_path)
    seen = set()
    for count in (1, 2, 4):
        prepared = concepts.prepare(articles[:count])
        assert prepared is not None
        for words in (None, 8, 30):
            problem = concepts.build_problem(prepared, concepts.DEFAULT, sentences=7, words=words)
            every = len(problem.candidates) == len(prepared.units)
            seen.add(every)
            if every:
                assert problem.similar is prepared.similar  # no copy of its rows
            # the arrays are those of the rows taken one by one, bit for bit
            rows = rows_of(prepared.similar, problem.candidates)
            for name in ("data", "indices", "indptr"):
                mine, theirs = getattr(problem.similar, name), getattr(rows, name)
                assert mine.dtype == theirs.dtype and mine.tobytes() == theirs.tobytes()
            assert problem.similar.shape == rows.shape
    assert seen == {True, False}  # both cases met: a short budget leaves the longest out
