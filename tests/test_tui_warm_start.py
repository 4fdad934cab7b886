"""A seen set opens complete: sources, summary, quotes and the review in the first frame that
shows anything, without the NLP stack. The second open runs in a fresh interpreter, so what
it imports is its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import first_frame_has_headlines, run_script, screen_text, settle

import brief.stories
from brief import analysis_cache
from brief.ingest import load_paths
from brief.tui.app import make_app
from brief.tui.warm_start import SMALL_BYTES, SMALL_FILES, small_local_set
from tests.stories_pile import write_pile

SIZE = (120, 40)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HEAVY = ("numpy", "scipy", "nltk", "sumy.summarizers", "brief.summary", "brief.quotes.extract")

SECOND_OPEN = """
import asyncio, json, sys
from textual.app import App
from brief.tui.app import make_app
from brief.tui.screens.main import MainScreen

from brief.tui.widgets.source_pane import SourcePane

seen = []
built = []
display, prompt = App._display, SourcePane._prompt

def recording(self, screen, renderable):
    # each frame written: did it show the sources, and the summary with them?
    if renderable is not None and isinstance(screen, MainScreen) and screen.articles:
        if not seen:  # sentences built before the first frame, and those it shows
            shown = sum(len(p.article.sentences) for p in screen.panes if p.article)
            built.append((len(built_now), shown))
        seen.append((screen.brief is not None, len(screen.rows)))
    return display(self, screen, renderable)

built_now = []

def counting(self, sentence):
    built_now.append(sentence.key)
    return prompt(self, sentence)

App._display = recording
SourcePane._prompt = counting

async def main():
    app = make_app([sys.argv[1]])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):
            if seen and app.brief is not None:
                break
            await pilot.pause(0.02)
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = "\\n".join(s.text for s in app.screen._compositor.render_strips())
        rows = app.main.rows
        print(json.dumps({
            "first_frames": seen,
            "built": built,
            "dropped_first": bool(rows) and rows[0].dropped,
            "quotes": len(app.brief.quotes) if app.brief else -1,
            "text": text,
            "modules": sorted(sys.modules),
        }))

asyncio.run(main())
"""


def _second_open(path: Path) -> dict:
    return run_script(SECOND_OPEN, str(path))


async def test_a_seen_set_paints_complete_in_one_frame_with_its_review(cache: Path) -> None:
    app = make_app([str(SEEDS)])
    async with app.run_test(size=SIZE) as pilot:  # the first open: analysed, then reviewed
        await settle(pilot)
        assert app.brief is not None and app.brief.quotes
        await pilot.press("s", "d")  # drop the first summary sentence
        await settle(pilot)
        assert app.main.rows[0].dropped
        quotes = len(app.brief.quotes)

    second = _second_open(SEEDS)
    # the first frame written with the sources already shows the summary
    assert second["first_frames"] and second["first_frames"][0][0] is True
    assert second["first_frames"][0][1] > 0
    built, shown = second["built"][0]
    assert built == shown > 0  # each sentence built once, with its mark (not again for it)
    assert second["dropped_first"] is True  # the review came back with the sources
    assert second["quotes"] == quotes
    assert "your earlier review was restored" in second["text"]
    assert "Summarising" not in second["text"]
    loaded = [m for m in second["modules"] if m.startswith(HEAVY)]
    assert loaded == []
    # one story: neither the story scorer nor the story list's titles (they stem every
    # headline and opening) are needed before the brief opens
    story_list = ("brief.stories.score", "brief.text.tokens", "brief.tui.screens.stories")
    assert [m for m in second["modules"] if m.startswith(story_list)] == []
    assert "brief.tui.screens.help" not in second["modules"]  # the key list waits for "?"
    assert "brief.stories" not in second["modules"]  # no moves saved: no stories package


async def test_a_changed_set_is_analysed_again(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app([str(folder)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.brief is not None
    first = sorted(folder.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")

    second = _second_open(folder)
    assert second["first_frames"][0][0] is False  # sources first, the analysis after
    assert second["quotes"] > 0
    assert any(m.startswith("brief.summary") for m in second["modules"])


async def test_a_seen_mixed_pile_lists_its_stories_without_grouping_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pile"
    write_pile(folder)
    calls: list[int] = []
    group_ids = brief.stories.group_ids

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return group_ids(*args, **kwargs)

    monkeypatch.setattr(brief.stories, "group_ids", counting)
    titles = []
    for _ in range(2):
        app = make_app([str(folder)])
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "5 stories" in screen_text(pilot)
            titles.append([s.title for s in app.stories])
    assert len(calls) == 1
    assert titles[0] == titles[1]


def test_cached_groups_survive_a_corrupt_entry(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pile"
    write_pile(folder)
    articles = load_paths([str(folder)]).articles
    calls: list[int] = []

    def group(found):  # type: ignore[no-untyped-def]
        calls.append(1)
        return brief.stories.group_ids(found)

    groups = analysis_cache.cached_groups(articles, group)
    assert analysis_cache.cached_groups(articles, group) == groups and len(calls) == 1
    for entry in cache.glob(f"*{analysis_cache.SUFFIX}"):
        entry.write_bytes(b"not a cache entry")
    assert analysis_cache.known_groups(articles) is None  # ignored and removed
    assert analysis_cache.cached_groups(articles, group) == groups and len(calls) == 2
    assert analysis_cache.known_groups(articles[1:]) is None  # another pile, another key


async def test_a_small_set_shows_its_headlines_in_the_first_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app([str(SEEDS)], cache=False)
    assert await first_frame_has_headlines(monkeypatch, app, SIZE)


def test_only_a_few_local_files_are_read_before_the_first_frame(tmp_path: Path) -> None:
    assert small_local_set([str(SEEDS)])
    assert not small_local_set(["-"])
    assert not small_local_set([str(tmp_path / "missing")])
    many = tmp_path / "many"
    many.mkdir()
    for number in range(SMALL_FILES + 1):
        (many / f"{number}.txt").write_text("A line.\n", encoding="utf-8")
    assert not small_local_set([str(many)])
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (SMALL_BYTES // 5 + 1))
    assert not small_local_set([str(big)])


FIRST_FRAME_MODULES = """
import asyncio, json, sys
from textual.app import App
from brief.tui.app import make_app
from brief.tui.screens.main import MainScreen

at_first = []
display = App._display

def recording(self, screen, renderable):
    if renderable is not None and isinstance(screen, MainScreen) and screen.articles:
        if not at_first:
            at_first.append(sorted(sys.modules))
    return display(self, screen, renderable)

App._display = recording

async def main():
    app = make_app([sys.argv[1]], cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):
            if at_first:
                break
            await pilot.pause(0.02)
        app.exit()
    print(json.dumps({"modules": at_first[0] if at_first else None}))

asyncio.run(main())
"""


def test_a_first_open_paints_its_sources_before_importing_the_quote_modules() -> None:
    modules = run_script(FIRST_FRAME_MODULES, str(SEEDS))["modules"]
    assert modules is not None and "brief.tui.widgets.quote_panel" in modules
    assert [m for m in modules if m.startswith("brief.quotes")] == []
