"""The garbage collector is off while the app starts and on again once it has painted
(``brief.collector``). Each case runs in a fresh interpreter: the collector's state is
the process's own, and the test process's must not change."""

from __future__ import annotations

from pathlib import Path

from test_tui_support import run_script

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

STATES = """
import gc, json
from brief import collector

out = {"start": gc.isenabled()}
collector.pause()
out["paused"] = [gc.isenabled(), collector.paused()]
collector.resume()
out["resumed"] = [gc.isenabled(), collector.paused(), gc.get_freeze_count() > 0]
collector.resume()
out["again"] = gc.isenabled()
gc.disable()  # a program that turned it off itself: pause and resume leave it off
collector.pause()
collector.resume()
out["theirs"] = gc.isenabled()
gc.enable()
collector.pause()
collector.in_child()  # a forked child collects as usual
out["child"] = [gc.isenabled(), collector.paused()]
print(json.dumps(out))
"""


def test_pause_and_resume() -> None:
    out = run_script(STATES)
    assert out["start"] is True
    assert out["paused"] == [False, True]
    assert out["resumed"] == [True, False, True]  # on again, start-up's objects frozen
    assert out["again"] is True
    assert out["theirs"] is False
    assert out["child"] == [True, False]


APP = """
import asyncio, gc, json, sys
from textual.app import App
from brief.cli import app_for, build_parser

app = app_for(build_parser()[0].parse_args(sys.argv[1:]))
out = {"built": gc.isenabled()}
frames = []
display = App._display

def recording(self, screen, renderable):
    frames.append(gc.isenabled())
    return display(self, screen, renderable)

App._display = recording

async def main():
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):
            if app.main.articles and frames:
                break
            await pilot.pause(0.01)
        await pilot.pause()
        out["first_frame"] = frames[0]
        out["headlines"] = bool(app.main.articles)
        out["settled"] = gc.isenabled()
        out["frozen"] = gc.get_freeze_count() > 0

asyncio.run(main())
print(json.dumps(out))
"""


def test_the_app_paints_first_then_collects() -> None:
    out = run_script(APP, str(SEEDS), "--no-cache")
    assert out["built"] is False  # off while Textual, the UI and the first frame are built
    assert out["first_frame"] is False and out["headlines"] is True
    assert out["settled"] is True  # on again once painted
    assert out["frozen"] is True
