"""A source without a headline has one name everywhere: app, markdown, JSON, citation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_tui_support import STORY, fixed_brief, screen_text, settle

from brief.export.provenance import citation
from brief.ingest import load_paths
from brief.naming import headline, opening_words, source_name
from brief.tui.app import make_app

# a plain-text copy with no headline line: its file name is all it had to be named by
BARE = (
    "On Tuesday the council of the harbor city voted seven to two for a footbridge over the "
    "old harbor, after a debate of four hours.\n\n"
    "The footbridge will cost 12 million dollars and open in two years, officials said.\n\n"
    '"It will join two neighborhoods apart for fifty years," said Mayor Lena Ortiz.\n'
)
WORDS = "On Tuesday the council of the harbor city voted seven to two…"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    for name, text in STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "x93f0a7c2.txt").write_text(BARE, encoding="utf-8")
    return folder


def test_the_rule_headline_else_opening_words(tmp_path: Path) -> None:
    articles = {a.id: a for a in load_paths([str(_folder(tmp_path))]).articles}
    bare, titled = articles["x93f0a7c2"], articles["gazette"]
    assert headline(bare) == "" and opening_words(bare) == WORDS == source_name(bare)
    assert source_name(titled) == headline(titled) == "Council approves harbor footbridge"
    assert WORDS in citation(bare) and "x93f0a7c2" not in citation(bare)


def test_markdown_and_json_name_it_alike(tmp_path: Path) -> None:
    folder = str(_folder(tmp_path))
    run = [sys.executable, "-m", "brief", "export", folder, "--no-timestamp"]
    data = json.loads(subprocess.run([*run, "--format", "json"], capture_output=True, text=True,
                                     check=True).stdout)  # fmt: skip
    titles = {s["id"]: s["title"] for s in data["sources"]}
    assert titles["x93f0a7c2"] == WORDS  # was the file stem
    assert titles["wire"] == "Harbor footbridge wins 7-2 council vote"
    markdown = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert f"*No headline:* “{WORDS}”" in markdown


async def test_the_app_names_it_by_its_opening_words(tmp_path: Path) -> None:
    app = make_app([str(_folder(tmp_path))], builder=fixed_brief)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        app.main.show_source("x93f0a7c2")
        await settle(pilot)
        text = screen_text(pilot)
        # the list and the pane's title (its foot names the file it came from, as before)
        assert text.count("“On Tuesday the council") == 2, text
        assert text.count("x93f0a7c2") == 1, text
