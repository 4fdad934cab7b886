"""The app paints, then thinks: panels fill in stage by stage; a reopened set comes from cache."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from test_tui_support import screen_text, settle

import brief.analysis
import brief.quotes
from brief.tui.app import make_app
from brief.tui.screens.main import MainScreen
from brief.tui.widgets.summary_panel import SummaryPanel

SIZE = (120, 40)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


async def _wait(pilot, condition, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("timed out")


async def test_summary_shows_while_the_quotes_are_still_being_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    extract = brief.quotes.extract_quotes

    def slow_quotes(articles):  # type: ignore[no-untyped-def]
        assert release.wait(30)
        return extract(articles)

    monkeypatch.setattr(brief.quotes, "extract_quotes", slow_quotes)
    app = make_app([str(SEEDS)], cache=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        summary = screen.query_one(SummaryPanel)
        await _wait(pilot, lambda: len(summary.rows) > 0)
        # the stage's name reaches the status bar in a message of its own, maybe a frame later
        stage = "Finding quotes… (step 2 of 3)"
        await _wait(pilot, lambda: stage in screen_text(pilot))
        text = screen_text(pilot)
        assert "Finding quotes…" in text  # the quote panel waits, saying so
        assert stage in text  # the stage in the status bar
        assert app.brief is None  # nothing exportable yet
        await pilot.press("s")  # keys work while the stage runs
        assert app.focused is summary
        await pilot.press("e")
        await pilot.pause()
        assert any("still being computed" in str(n.message) for n in app._notifications)
        release.set()
        await settle(pilot)
        assert app.brief is not None and app.brief.quotes
        text = screen_text(pilot)
        assert "Finding quotes…" not in text
        assert "ready" in text


async def test_second_open_of_an_unchanged_set_reuses_the_analysis(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEF_NO_CACHE", raising=False)
    calls: list[int] = []
    build = brief.analysis.build_brief

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return build(*args, **kwargs)

    monkeypatch.setattr(brief.analysis, "build_brief", counting)
    briefs = []
    for _ in range(2):
        app = make_app([str(SEEDS)])
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await _wait(pilot, lambda app=app: app.brief is not None)
            assert "Brief of 5 sources ready" in screen_text(pilot)
            if not briefs:  # a review to restore on the second open
                await pilot.press("s", "d")
                await settle(pilot)
            else:
                assert "your earlier review was restored" in screen_text(pilot)
                assert app.main.rows[0].dropped
            briefs.append(app.brief)
    assert len(calls) == 1
    assert briefs[0].summary == briefs[1].summary and briefs[0].quotes == briefs[1].quotes


async def test_a_set_without_quotes_says_so_while_figures_are_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    compare = brief.analysis._discrepancies

    def slow_figures(articles):  # type: ignore[no-untyped-def]
        assert release.wait(30)
        return compare(articles)

    monkeypatch.setattr(brief.quotes, "extract_quotes", lambda articles: ())
    monkeypatch.setattr(brief.analysis, "_discrepancies", slow_figures)
    app = make_app([str(SEEDS)], cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await _wait(pilot, lambda: "No quotes found." in screen_text(pilot))
        assert "Comparing figures… (step 3 of 3)" in screen_text(pilot)
        assert app.brief is None
        release.set()
        await settle(pilot)
        assert app.brief is not None and "No quotes found." in screen_text(pilot)


async def test_a_workers_messages_after_quitting_are_dropped() -> None:
    """Quitting mid-analysis: the worker's last messages find no screen and must not raise."""
    from brief.tui.messages import AnalysisPartial, AnalysisProgress, AnalysisReady

    app = make_app([str(SEEDS)], cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        brief_, links = app.brief, app.main.links
        generation = app._generation
        assert brief_ is not None
    assert app.closing and not app.screen_stack  # the app is gone: its screens too
    app._progress(AnalysisProgress(generation, "quotes", 1, 3))
    app._partial(AnalysisPartial(generation, brief_, links))
    app._analysis_ready(AnalysisReady(generation, ("key",), brief_, links))
