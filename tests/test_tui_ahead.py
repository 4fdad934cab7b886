"""The analysis ahead (a forked child fills the cache while the app starts) and the cheap
height of a wrapped option line. The app runs in a fresh interpreter: forking is only
allowed from a single-threaded process, and what the parent imports is then its own."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_tui_support import run_script
from textual.content import Content

from brief.analysis import build_brief
from brief.cli import build_parser
from brief.ingest import load_paths
from brief.model import AnalysisOptions
from brief.tui import ahead
from brief.tui.text import wrapped_height

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

OPEN = """
import asyncio, json, sys
from brief.cli import app_for, build_parser

app = app_for(build_parser()[0].parse_args(sys.argv[1:]))
started = app.ahead.__class__.__name__ == "Ahead"
from brief.tui.app import BriefApp

analysed = []
analyse = BriefApp._analyse

def counting(self, *args):  # an analysis worker started (the brief was not in the cache)
    analysed.append(1)
    return analyse(self, *args)

BriefApp._analyse = counting

async def main():
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(1000):
            if app.brief is not None:
                break
            await pilot.pause(0.02)
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(200):  # a child still running when the brief showed is reaped once done
            if not started or app.ahead._beside._pid is None:
                break
            await pilot.pause(0.05)
        print(json.dumps({
            "ahead": started,
            "reaped": not started or app.ahead._beside._pid is None,
            "workers": len(analysed),
            "summary": [s.text for s in app.brief.summary] if app.brief else None,
            "quotes": len(app.brief.quotes) if app.brief else -1,
            "notices": [n.message for n in app._notifications],
            "modules": sorted(sys.modules),
        }))

asyncio.run(main())
"""


def _open(*argv: str) -> dict:
    return run_script(OPEN, *argv)


@pytest.fixture
def cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared cache fixture, with the early analysis child left on."""
    monkeypatch.delenv("BRIEF_AHEAD", raising=False)
    return cache


@pytest.fixture
def pile(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    shutil.copytree(SEEDS, folder)
    return folder


def test_the_child_analyses_and_the_app_only_reads_its_cache(cache: Path, pile: Path) -> None:
    opened = _open(str(pile))
    assert opened["ahead"] is True
    # the same brief the analysis gives in this process
    articles = load_paths([str(pile)]).articles
    brief = build_brief(articles, AnalysisOptions())
    assert opened["summary"] == [s.text for s in brief.summary]
    assert opened["quotes"] == len(brief.quotes)
    # the app's own process took grouping and brief from the cache the child filled
    # nor the extraction's modules: the panel's grouping reads only light word lists
    heavy = ("numpy", "scipy", "brief.quotes.extract", "brief.quotes.descriptions")
    assert [m for m in opened["modules"] if m.startswith(heavy)] == []
    assert opened["reaped"]
    assert opened["workers"] == 0  # the grouping worker brought the child's brief along
    again = _open(str(pile))  # a seen set: shown from the cache, no worker waits on the child
    assert again["ahead"] is True and again["summary"] == opened["summary"]
    assert again["reaped"]  # the finished child was reaped, not left a zombie


def test_without_the_child_the_app_analyses_itself(
    cache: Path, pile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEF_AHEAD", "0")
    opened = _open(str(pile))
    assert opened["ahead"] is False
    assert opened["summary"] and "numpy" in opened["modules"]
    assert opened["workers"] == 1


def test_an_unreadable_review_is_left_to_the_app(cache: Path, pile: Path) -> None:
    """The child stops at it; the app moves it aside once and says so."""
    from brief.store import review_path

    articles = load_paths([str(pile)]).articles
    path = review_path(articles)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    opened = _open(str(pile))
    assert opened["ahead"] is True and opened["summary"]
    assert len(list(path.parent.glob(f"{path.name}.corrupt-*"))) == 1
    assert any("unreadable" in n for n in opened["notices"])


def test_no_child_from_a_threaded_process_or_without_cache(cache: Path, pile: Path) -> None:
    args = build_parser()[0].parse_args([str(pile)])
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert ahead.start(args, [str(pile)], AnalysisOptions()) is None
    finally:
        stop.set()
        thread.join()
    no_cache = build_parser()[0].parse_args([str(pile), "--no-cache"])
    assert ahead.start(no_cache, [str(pile)], AnalysisOptions()) is None


TEXTS = [
    "",
    "one",
    "A plain sentence that will wrap at some widths and not at others.",
    "Supercalifragilisticexpialidocious-and-then-some-more-unbroken-text here",
    "  leading and trailing spaces  ",
    "spaces    inside     the     line and more words to wrap",
    "東京で記者会見が開かれ、首相は新しい政策を発表した。 Then English words follow.",
    "Emoji 👍🏽 and accents: café, naïve, Ångström — dashes – and quotes “like this”.",
]


def test_the_cheap_height_is_textuals_height() -> None:
    texts = TEXTS + [s.text for a in load_paths([str(SEEDS)]).articles for s in a.sentences]
    for overflow in ("fold", "ellipsis", "clip"):
        rules = {"text_overflow": overflow}
        for text in texts:
            content = Content(text)
            for width in range(1, 70):
                expected = Content(text).get_height(rules, width)  # type: ignore[arg-type]
                assert wrapped_height(content, rules, width) == expected, (text, width)  # type: ignore[arg-type]
    # what it does not cover falls back to Textual's own measure
    assert wrapped_height(Content("a\nb"), {}, 10) == 2  # type: ignore[arg-type]


def test_the_childs_reading_is_the_one_the_app_asks_for(
    cache: Path, pile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child stores what it read under the app's reading key: the app then reads no file
    (no ingest imported) and gets the articles its own reading gives."""
    from brief import analysis_cache
    from brief.config import load_config
    from brief.tui.warm_start import input_fingerprint, reading_settings

    args = build_parser()[0].parse_args([str(pile)])
    paths = [str(pile)]
    ahead._fill_cache(args, paths, AnalysisOptions(), print)  # the child's job, in this process
    flags = (args.max_size, args.max_articles)
    key = input_fingerprint(paths, reading_settings(args, flags, load_config(print)))
    assert key is not None
    stored = analysis_cache.known_reading(key)
    assert stored is not None and stored.articles == load_paths(paths).articles
    monkeypatch.setenv("BRIEF_AHEAD", "0")  # the app alone, on the cache the child filled
    opened = _open(str(pile))
    assert opened["ahead"] is False and opened["summary"]
    assert not [m for m in opened["modules"] if m.startswith(("brief.ingest", "punkt", "numpy"))]


def test_a_cache_test_keys_with_the_code_as_it_is_now(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test above failed once in a full run: the pytest process had memoised brief's code
    fingerprint at the session's first analysis, a module changed before this test, and the
    app's fresh interpreter asked for other keys than the ones filled here. The ``cache``
    fixture takes the fingerprint afresh (here: a stale memo is set before it runs)."""
    from brief import analysis_cache

    monkeypatch.setattr(analysis_cache, "_FINGERPRINT", ["taken before an edit"])
    request.getfixturevalue("cache")
    analysis_cache.analysis_key((), "x")
    assert [analysis_cache._code_fingerprint()] == analysis_cache._FINGERPRINT


BLAS_THREADS = """
import json, os, sys
from brief.tui import ahead

if sys.argv[1] == "child":
    ahead.single_threaded_blas()
import numpy

numpy.ones((64, 64)) @ numpy.ones((64, 64))
print(json.dumps({"threads": len(os.listdir("/proc/self/task"))}))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_child_runs_numpy_on_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    assert run_script(BLAS_THREADS, "child")["threads"] == 1
    if (os.cpu_count() or 1) > 1:  # what it avoids: a thread per core
        assert run_script(BLAS_THREADS, "parent")["threads"] > 1


LATE_BRIEF = """
import asyncio, json, sys, time
import brief.analysis_cache as analysis_cache

build = analysis_cache.cached_build

def late_build(*args, **kwargs):  # in the child: the brief comes well after the grouping
    time.sleep(1.0)
    return build(*args, **kwargs)

analysis_cache.cached_build = late_build
from brief.cli import app_for, build_parser

app = app_for(build_parser()[0].parse_args(sys.argv[1:]))
from brief.ingest import load_paths
from brief.tui.app import BriefApp

on_load = BriefApp.on_load

def late_load(self):  # the app reads after the child has grouped (a slow start)
    articles = load_paths(self.paths).articles
    for _ in range(400):
        if analysis_cache.known_groups(articles) is not None:
            break
        time.sleep(0.01)
    self.grouped_first = analysis_cache.known_groups(articles) is not None
    return on_load(self)

BriefApp.on_load = late_load
analysed = []
analyse = BriefApp._analyse

def counting(self, *args):
    analysed.append(1)
    return analyse(self, *args)

BriefApp._analyse = counting

async def main():
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(1000):
            if app.brief is not None:
                break
            await pilot.pause(0.02)
        await app.workers.wait_for_complete()
        print(json.dumps({
            "grouped_first": app.grouped_first,
            "workers": len(analysed),
            "quotes": len(app.brief.quotes) if app.brief else -1,
            "numpy": "numpy" in sys.modules,
        }))

asyncio.run(main())
"""


def test_a_child_that_grouped_but_has_no_brief_yet_is_waited_for(cache: Path, pile: Path) -> None:
    """The race behind an intermittent failure of the first test: when the app reads after
    the child stored the grouping but before it stored the brief, the app used to take the
    cached grouping and start an analysis worker; now the grouping worker waits for the
    child and brings its brief along, as on any first open."""
    opened = run_script(LATE_BRIEF, str(pile))
    assert opened["grouped_first"] is True  # the race was set up
    assert opened["workers"] == 0
    assert opened["quotes"] > 0 and opened["numpy"] is False


def test_the_child_lowers_its_priority_once_its_reading_is_stored(
    cache: Path, pile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading (what the app's first frame needs) runs at the app's priority; the
    grouping and the brief after it at ``NICE``."""
    from brief import analysis_cache

    steps: list[str] = []
    store, groups = analysis_cache.store_reading, analysis_cache.cached_groups
    monkeypatch.setattr(
        analysis_cache, "store_reading", lambda *a: (steps.append("stored"), store(*a))[1]
    )
    monkeypatch.setattr(
        analysis_cache, "cached_groups", lambda *a: (steps.append("grouped"), groups(*a))[1]
    )
    args = build_parser()[0].parse_args([str(pile)])
    ahead._fill_cache(
        args, [str(pile)], AnalysisOptions(), print, read=lambda: steps.append("nice")
    )
    assert steps == ["stored", "nice", "grouped"]


def test_on_a_seen_set_the_child_takes_the_stored_reading(
    cache: Path, pile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second open: the child does not read the files again (it would compete with the
    app's first frame for nothing); it takes the reading stored under the app's key."""
    from brief import cli_fetch

    args = build_parser()[0].parse_args([str(pile)])
    reads: list[int] = []
    read = cli_fetch.read_for_app
    monkeypatch.setattr(
        cli_fetch, "read_for_app", lambda *a, **k: (reads.append(1), read(*a, **k))[1]
    )
    ahead._fill_cache(args, [str(pile)], AnalysisOptions(), print)
    assert reads == [1]
    ahead._fill_cache(args, [str(pile)], AnalysisOptions(), print)
    assert reads == [1]  # the second time: from the cache
    (pile / "extra.txt").write_text("A new headline\n\nA new sentence here.\n", encoding="utf-8")
    ahead._fill_cache(args, [str(pile)], AnalysisOptions(), print)
    assert reads == [1, 1]  # another set: read again


@given(
    st.text(
        alphabet=st.sampled_from("ab cdefghij   .,-\u2019\u201c\u00e9\u6771\U0001f44d"),
        max_size=120,
    ),
    st.integers(min_value=1, max_value=40),
    st.booleans(),
)
@settings(max_examples=400, deadline=None)
def test_the_single_cell_count_is_rich_s_cut_count(text: str, width: int, fold: bool) -> None:
    from rich._wrap import divide_line
    from rich.cells import cell_len

    from brief.tui.text import _single_cell_cuts

    if all(cell_len(c) == 1 for c in text):  # the only texts it is used for
        assert _single_cell_cuts(text, width, fold) == len(divide_line(text, width, fold=fold))
