"""The concept-coverage summarizer (the default): bounded solver, fallback, focus, order."""

from __future__ import annotations

import itertools
import random
import time
from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.model import AnalysisOptions, Article
from brief.summary import concepts as C
from brief.summary import subsets, summarize
from brief.summary.attribution import Carried
from brief.summary.order import date_order, resolved
from brief.summary.units import Unit, dangles

ECONOMY = [
    "Prices of bread and fuel rose sharply in the capital markets this week, traders said.",
    "The central bank warned that inflation could reach ten percent before the end of the year.",
    "Exporters reported that shipments of grain fell by a third compared with last spring.",
    "Shares of the largest banks dropped after investors sold holdings across the markets.",
]
HEALTH = [
    "Hospitals in the northern region admitted hundreds of patients with breathing problems.",
    "Doctors said the clinics were short of oxygen and that nurses worked double shifts.",
    "The health ministry sent vaccines and medical teams to the villages hit by the outbreak.",
    "Patients waited for hours outside the emergency wards as beds ran out, nurses said.",
]
EVENT = "Heavy floods swept through the river valley on Monday, forcing thousands from their homes."


def _load(tmp_path: Path, files: dict[str, str]) -> list[Article]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [a for a in load_paths([str(tmp_path)]).articles if a.duplicate_of is None]


def _story(tmp_path: Path, outlets: int = 4) -> list[Article]:
    """Invented outlets telling one event with both angles, in varying order and mix."""
    rng = random.Random(7)
    files = {}
    for k in range(outlets):
        body = [*rng.sample(ECONOMY, 3), *rng.sample(HEALTH, 3)]
        rng.shuffle(body)
        files[f"outlet{k}.txt"] = "\n\n".join([EVENT, *body])
    return _load(tmp_path, files)


def _big_set(tmp_path: Path, articles: int = 40, sentences: int = 30) -> list[Article]:
    """Many articles of random sentences over a shared vocabulary: a hard program."""
    rng = random.Random(11)
    vocabulary = [f"word{n}" for n in range(300)]
    files = {}
    for a in range(articles):
        lines = []
        for _ in range(sentences):
            words = rng.sample(vocabulary, rng.randint(9, 24))
            lines.append(" ".join(words).capitalize() + ".")
        files[f"a{a:03d}.txt"] = "\n\n".join(lines)
    return _load(tmp_path, files)


def _check_verbatim(summary, articles):  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in articles}
    for item in summary:
        start, end = item.span
        assert " ".join(by_id[item.source].text[start:end].split()) == item.text
        assert item.supporting_sources[0] == item.source


def assert_about(lengths, words: int) -> None:  # type: ignore[no-untyped-def]
    """``--words N`` is about N words: at most N, or one unit past N that ends nearer to N
    than the summary without it (its overshoot is smaller than the gap it filled)."""
    total = int(sum(lengths))
    if total <= words:
        return
    assert any(
        total - length < words and total - words < words - (total - length) for length in lengths
    ), (list(lengths), words)


def test_default_algorithm_is_concepts() -> None:
    assert AnalysisOptions().algorithm == "concepts"


def test_budget_words_and_sentences(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    for words in (20, 45, 80):
        summary = summarize(articles, AnalysisOptions(words=words))
        assert summary
        assert_about([len(s.text.split()) for s in summary], words)
    for sentences in (1, 3, 5):
        summary = summarize(articles, AnalysisOptions(sentences=sentences))
        assert 1 <= len(summary) <= sentences
    _check_verbatim(summarize(articles, AnalysisOptions(sentences=5)), articles)


def test_same_input_same_summary(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    first = summarize(articles, AnalysisOptions(words=60))
    again = summarize(articles, AnalysisOptions(words=60))
    assert first == again


def test_no_two_chosen_units_repeat_each_other(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None
    chosen = C.choose(prepared, sentences=6)
    vectors = prepared.similar[chosen]
    similarity = (vectors @ vectors.T).toarray()
    for a, b in itertools.combinations(range(len(chosen)), 2):
        assert similarity[a, b] < C.REDUNDANCY


def test_exact_is_never_worse_than_greedy(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None
    for words in (25, 50, 100):
        problem = C.build_problem(prepared, C.DEFAULT, sentences=7, words=words)
        exact = C.solve_exact(problem, 5.0)
        assert exact is not None
        assert sum(problem.lengths[exact]) <= words
        assert C.objective(problem, exact) >= C.objective(problem, C.solve_greedy(problem)) - 1e-9


def test_solver_is_bounded_in_time(tmp_path: Path) -> None:
    articles = _big_set(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None
    problem = C.build_problem(prepared, C.DEFAULT, sentences=7, words=250)
    started = time.perf_counter()
    C.solve_exact(problem, 0.2)
    # HiGHS checks its clock between nodes: allow setup time, never an unbounded search
    assert time.perf_counter() - started < 10.0
    settings = C.with_settings(time_limit=0.2)
    started = time.perf_counter()
    chosen = C.choose(prepared, settings, words=250)
    assert time.perf_counter() - started < 15.0
    assert chosen
    assert_about(prepared.lengths[chosen], 250)


def test_greedy_answer_when_the_solver_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _story(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None
    greedy = C.choose(prepared, C.with_settings(solver="greedy"), words=60)
    monkeypatch.setattr(subsets, "MAX_UNITS", 0)  # HiGHS's own path, not enumeration
    monkeypatch.setattr(C, "solve_exact", lambda problem, limit: None)
    assert C.choose(prepared, words=60) == greedy
    assert greedy and sum(prepared.lengths[greedy]) <= 60


def test_large_sets_skip_the_solver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _story(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None

    def refuse(problem, limit):  # type: ignore[no-untyped-def]
        raise AssertionError("the exact solver ran on a set above max_exact_units")

    monkeypatch.setattr(C, "solve_exact", refuse)
    chosen = C.choose(prepared, C.with_settings(max_exact_units=3), words=60)
    assert chosen


def test_large_sets_are_solved_on_a_shortlist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The solver never sees more than ``shortlist`` candidates (plus the greedy answer), and
    its answer maps back to units of the whole set."""
    articles = _story(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None
    seen: list[int] = []
    solve_exact = C.solve_exact

    def recording(problem, limit):  # type: ignore[no-untyped-def]
        seen.append(len(problem.candidates))
        return solve_exact(problem, limit)

    monkeypatch.setattr(C, "solve_exact", recording)
    monkeypatch.setattr(subsets, "MAX_UNITS", 0)  # HiGHS's own path, not enumeration
    settings = C.with_settings(shortlist=1)
    problem = C.build_problem(prepared, settings, sentences=7, words=60)
    greedy = C.solve_greedy(problem)
    chosen = C.choose(prepared, settings, words=60)
    assert seen and seen[0] <= 1 + len(greedy) < len(problem.candidates)
    assert chosen and set(chosen) <= set(problem.candidates.tolist())
    assert_about(prepared.lengths[chosen], 60)


def _angle(summary, sentences: list[str]) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for s in summary if any(s.text == t for t in sentences))


@pytest.mark.parametrize("algorithm", ["concepts", "textrank", "luhn"])
def test_focus_ranks_toward_the_angle_asked(tmp_path: Path, algorithm: str) -> None:
    articles = _story(tmp_path)
    economy = summarize(
        articles,
        AnalysisOptions(algorithm, 3, focus="economic impact: prices, markets, banks"),
    )
    health = summarize(
        articles, AnalysisOptions(algorithm, 3, focus="hospitals, patients and doctors")
    )
    assert _angle(economy, ECONOMY) > _angle(health, ECONOMY)
    assert _angle(health, HEALTH) > _angle(economy, HEALTH)
    _check_verbatim(economy, articles)
    _check_verbatim(health, articles)
    for item in economy:  # still cited: every source telling the sentence is listed
        tellers = {a.id for a in articles if item.text in " ".join(a.text.split())}
        assert tellers <= set(item.supporting_sources)


def test_blank_focus_is_the_general_summary(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    assert summarize(articles, AnalysisOptions(words=60, focus="  ")) == summarize(
        articles, AnalysisOptions(words=60)
    )


def _unit(article: str, index: int, text: str, sentences: int = 1) -> Unit:
    return Unit(article, index, index, index * 100, index * 100 + len(text), text, sentences)


def test_dangling_sentence_follows_its_antecedent_or_goes() -> None:
    units = [
        _unit("a", 0, "The regulator limited calls on two apps on Wednesday afternoon."),
        _unit("a", 1, "It said the step would help police fight fraud across the country."),
        _unit("b", 0, "Officials in the capital met the company executives on Thursday."),
        _unit("b", 5, "This was the third such meeting in as many months, they said."),
    ]
    assert dangles(units[1].text) and dangles(units[3].text)
    carried = [Carried(i, (units[i].article,)) for i in (1, 2, 0, 3)]
    out = [c.unit for c in resolved(carried, units)]
    # 1 moves right after its antecedent 0; 3 has no antecedent in the summary and goes
    assert out == [2, 0, 1]
    for before, after in itertools.pairwise(out):
        if dangles(units[after].text):
            assert units[before].article == units[after].article
            assert units[before].index + units[before].sentences == units[after].index


def test_no_summary_sentence_opens_with_an_unresolved_reference(tmp_path: Path) -> None:
    files = {
        "one.txt": "\n\n".join(
            [
                "Parliament passed the new water law late on Tuesday after a long debate.",
                "It will force every city to publish the quality of its tap water monthly.",
                "The move was welcomed by consumer groups, who had campaigned for years.",
                "Farmers said the rules on river use were unclear and asked for guidance.",
            ]
        ),
        "two.txt": "\n\n".join(
            [
                "Lawmakers approved the water law on Tuesday evening by a wide margin.",
                "He said the law was the most important reform of the session so far.",
                "Cities will have to publish tap water quality every month under the law.",
            ]
        ),
    }
    articles = _load(tmp_path, files)
    for options in (AnalysisOptions(sentences=4), AnalysisOptions(words=50)):
        summary = summarize(articles, options)
        assert summary
        for previous, item in itertools.pairwise((None, *summary)):
            if dangles(item.text):
                assert previous is not None and previous.source == item.source


def test_dated_sources_are_told_in_date_order() -> None:
    units = [
        _unit("late", 0, "Markets recovered on Friday after the central bank intervened."),
        _unit("early", 2, "Markets fell sharply on Tuesday when the bank raised rates."),
    ]
    carried = [Carried(0, ("late",)), Carried(1, ("early",))]
    dated = date_order(carried, units, {"late": "2024-03-08", "early": "2024-03-05"})
    assert [c.unit for c in dated] == [1, 0]
    # one undated source: dates cannot order the set, the given order stays
    undated = date_order(carried, units, {"late": "2024-03-08"})
    assert [c.unit for c in undated] == [0, 1]


@pytest.mark.parametrize("solver", ["exact", "greedy"])
def test_the_unit_closest_to_the_focus_is_always_in(tmp_path: Path, solver: str) -> None:
    articles = _story(tmp_path)
    focus = "how long did patients wait at the emergency wards"
    prepared = C.prepare(articles, focus=focus)
    assert prepared is not None
    closest = int(prepared.focus_similarity.argmax())
    for words in (30, 60):
        chosen = C.choose(prepared, C.with_settings(solver=solver), words=words)
        assert closest in chosen
        assert_about(prepared.lengths[chosen], words)


def test_a_solver_stopped_by_the_clock_gives_the_greedy_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    from brief.summary import highs

    articles = _story(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None
    greedy = C.choose(prepared, C.with_settings(solver="greedy"), words=60)
    core = highs._load_core()
    assert core is not None

    class Stopped(core._Highs):  # HiGHS's answer at its time limit: a best-so-far x
        def getModelStatus(self):  # HiGHS's name
            super().getModelStatus()
            return core.HighsModelStatus.kTimeLimit

    clock = types.SimpleNamespace(**{k: getattr(core, k) for k in dir(core) if k[0] != "_"})
    clock._Highs = Stopped
    monkeypatch.setattr(highs, "_load_core", lambda: clock)
    monkeypatch.setattr(subsets, "MAX_UNITS", 0)  # HiGHS's own path, not enumeration
    problem = C.build_problem(prepared, C.DEFAULT, sentences=7, words=60)
    assert C.solve_exact(problem, 1.0) is None
    assert C.choose(prepared, words=60) == greedy


def test_upper_bound_holds_and_the_skip_never_loses(tmp_path: Path) -> None:
    """Whenever the greedy answer reaches the bound, the solver cannot beat it (so skipping
    it changes no summary); the bound is never below the solver's answer."""
    from brief.summary.solvers import greedy_is_optimal, upper_bound

    skipped = 0
    for outlets in (1, 2, 4):
        (tmp_path / f"o{outlets}").mkdir()
        prepared = C.prepare(_story(tmp_path / f"o{outlets}", outlets))
        assert prepared is not None
        for words in (None, 20, 60, 400):
            problem = C.build_problem(prepared, C.DEFAULT, sentences=7, words=words)
            exact = C.solve_exact(problem, 5.0)
            assert exact is not None
            assert C.objective(problem, exact) <= upper_bound(problem) + 1e-9
            greedy = C.solve_greedy(problem)
            if greedy_is_optimal(problem, greedy):
                skipped += 1
                assert C.objective(problem, exact) <= C.objective(problem, greedy) + 1e-9
    assert skipped  # the case the skip is for occurs (short budgets on one outlet)


def test_upper_bound_counts_held_columns_as_the_sparse_sum_does() -> None:
    """The columns held, counted from the stored entries, are those whose sum is above 0;
    a matrix with a negative entry is summed as before."""
    from dataclasses import replace

    import numpy as np
    from scipy.sparse import csr_matrix

    from brief.summary.solvers import upper_bound

    occurs = csr_matrix(np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 0.0, 1.0, 0.0]]))
    problem = C.Problem(
        occurs=occurs,
        weights=np.array([0.5, 2.0, 0.25, 4.0]),
        bonus=np.array([0.125, 0.0625]),
        lengths=np.array([10.0, 12.0]),
        candidates=np.arange(2),
        overlaps=[],
        similar=occurs,
        redundancy=None,
        words=100.0,
        units=1,
    )
    assert upper_bound(problem) == 0.5 + 0.25 + 0.125  # columns 0 and 2, the best bonus
    cancelled = csr_matrix(np.array([[1.0, 0.0, 1.0, 0.0], [-1.0, 0.0, 1.0, 0.0]]))
    assert upper_bound(replace(problem, occurs=cancelled)) == 0.25 + 0.125  # sums to 0


def test_a_short_article_needs_no_solver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Everything fits and nothing conflicts: the greedy answer is provably the best."""
    articles = _load(tmp_path, {"short.txt": "\n\n".join([EVENT, ECONOMY[0]])})
    prepared = C.prepare(articles)
    assert prepared is not None
    expected = C.choose(prepared)

    def refuse(problem, limit):  # type: ignore[no-untyped-def]
        raise AssertionError("the exact solver ran where greedy is provably optimal")

    monkeypatch.setattr(C, "solve_exact", refuse)
    assert C.choose(prepared) == expected


@pytest.mark.parametrize("solver", ["exact", "greedy"])
def test_words_ends_nearest_to_the_budget(tmp_path: Path, solver: str) -> None:
    """A last unit passes N only when it ends nearer to N; with ``fill="none"`` never."""
    articles = _story(tmp_path)
    prepared = C.prepare(articles)
    assert prepared is not None
    passed = 0
    for words in range(15, 130, 3):
        about = C.choose(prepared, C.with_settings(solver=solver), words=words)
        assert_about(prepared.lengths[about], words)
        at_most = C.choose(prepared, C.with_settings(solver=solver, fill="none"), words=words)
        assert sum(prepared.lengths[at_most]) <= words
        passed += sum(prepared.lengths[about]) > words
        # the rule only adds: what fits whole is chosen as before
        assert set(at_most) <= set(about) and len(about) - len(at_most) <= 1
    assert passed  # the rule is not idle on this story


def test_ends_nearer_means_nearer_to_the_budget() -> None:
    import numpy as np

    from brief.summary.select import ends_nearer

    lengths = np.array([5, 8, 10, 15, 16, 20])
    # 8 words left: 5 and 8 fit whole (not "passing"); 10 and 15 end 2 and 7 past, nearer
    # than 8 short; 16 ends exactly as far past as stopping is short, 20 farther
    assert ends_nearer(lengths, 8).tolist() == [False, False, True, True, False, False]
    assert not ends_nearer(lengths, 0).any()


def test_the_per_word_bonuses_are_spread_over_the_budget(tmp_path: Path) -> None:
    """A summary of any length gets the same total lead prior and focus bonus: per word they
    shrink as the budget grows (coverage grows slower than the budget; decisions.md)."""
    articles = _story(tmp_path)
    for focus in ("", "hospitals oxygen"):
        prepared = C.prepare(articles, focus=focus)
        assert prepared is not None
        spread = {
            words: C.build_problem(prepared, C.DEFAULT, sentences=7, words=words).bonus
            for words in (50, 150)
        }
        assert spread[50].max() > 0
        assert spread[50] == pytest.approx(3 * spread[150])
        flat = C.with_settings(per_summary=False)
        fixed = [C.build_problem(prepared, flat, sentences=7, words=w).bonus for w in (50, 150)]
        assert fixed[0] == pytest.approx(fixed[1])
        # at PRIOR_WORDS the two forms agree
        at = C.PRIOR_WORDS
        assert C.build_problem(prepared, C.DEFAULT, sentences=7, words=at).bonus == pytest.approx(
            C.build_problem(prepared, flat, sentences=7, words=at).bonus
        )


def test_a_unit_partly_like_the_focus_keeps_more_than_its_linear_share(tmp_path: Path) -> None:
    # a short focus names few of the words its answers use: a unit half as close to it as the
    # closest one still gets more than half of the closest one's focus bonus per word
    articles = _story(tmp_path)
    prepared = C.prepare(articles, focus="patients waited for beds as nurses worked double shifts")
    assert prepared is not None
    generic = C.build_problem(prepared, C.with_settings(focus_weight=0.0), sentences=0, words=60)
    focused = C.build_problem(prepared, C.DEFAULT, sentences=0, words=60)
    assert (generic.candidates == focused.candidates).all()
    per_word = (focused.bonus - generic.bonus) / focused.lengths
    cosine = prepared.focus_similarity[focused.candidates]
    top = int(cosine.argmax())
    share = per_word / per_word[top]
    partial = (cosine > 0) & (cosine < cosine[top])
    assert partial.any()
    linear = cosine[partial] / cosine[top]
    assert (share[partial] > linear + 1e-9).all()
    assert (share[partial] < 1.0).all()  # the closest unit still gets the most
    assert (share[cosine == 0] == 0).all()
