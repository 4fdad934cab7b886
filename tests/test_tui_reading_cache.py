"""A seen small set is not read again: its articles come from the cache, keyed by its bytes."""

from __future__ import annotations

from pathlib import Path

from test_tui_support import fixed_brief, run_script, settle

from brief import analysis_cache
from brief.tui.app import make_app
from brief.tui.warm_start import input_fingerprint

SIZE = (120, 40)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

OPEN = """
import asyncio, hashlib, json, sys
from brief.tui.app import BriefApp, make_app

read = []
loaded = BriefApp.group_or_open

def recording(self, articles, *args):  # what the app got from reading (or from the cache)
    read.append(articles)
    return loaded(self, articles, *args)

BriefApp.group_or_open = recording

async def main():
    app = make_app([sys.argv[1]])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):
            if read:
                break
            await pilot.pause(0.02)
        for _ in range(6):  # settled: quitting mid-start is not what is tested here
            await app.workers.wait_for_complete()
            await pilot.pause(0.05)
        articles = read[0]
        print(json.dumps({
            "articles": [(a.id, hashlib.sha256(repr(a).encode()).hexdigest()) for a in articles],
            "texts": [a.text for a in articles],
            "modules": sorted(sys.modules),
        }))

asyncio.run(main())
"""


def copy_of_seeds(folder: Path) -> Path:
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_a_seen_set_opens_without_the_ingest_and_with_the_same_articles(
    cache: Path, tmp_path: Path
) -> None:
    folder = copy_of_seeds(tmp_path / "set")
    first = run_script(OPEN, str(folder))
    assert any(m.startswith("brief.ingest") for m in first["modules"])
    second = run_script(OPEN, str(folder))
    assert second["articles"] == first["articles"]  # every field of every article
    assert not [m for m in second["modules"] if m.startswith(("brief.ingest", "punkt"))]


def test_an_edited_or_added_file_is_read_again(cache: Path, tmp_path: Path) -> None:
    folder = copy_of_seeds(tmp_path / "set")
    first = run_script(OPEN, str(folder))
    edited = sorted(folder.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA closing line.\n", "utf-8")
    second = run_script(OPEN, str(folder))
    assert any("A closing line." in text for text in second["texts"])
    assert len(second["articles"]) == len(first["articles"])
    (folder / "extra.txt").write_text("An extra story\n\nIt has one sentence.\n", "utf-8")
    third = run_script(OPEN, str(folder))
    assert len(third["articles"]) == len(first["articles"]) + 1


async def test_a_corrupt_reading_entry_is_read_again(cache: Path, tmp_path: Path) -> None:
    folder = copy_of_seeds(tmp_path / "set")
    counts = []
    for _ in range(2):
        app = make_app([str(folder)], builder=fixed_brief)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.session is not None
            counts.append(len(app.session.articles))
        for entry in cache.glob(f"*{analysis_cache.SUFFIX}"):
            entry.write_bytes(b"not a cache entry")
    assert counts[0] == counts[1] == len(list(SEEDS.glob("*.txt")))


def test_the_fingerprint_follows_names_bytes_and_settings(tmp_path: Path) -> None:
    folder = copy_of_seeds(tmp_path / "set")
    paths = [str(folder)]
    base = input_fingerprint(paths, "a")
    assert base is not None and base == input_fingerprint(paths, "a")
    assert input_fingerprint(paths, "b") != base  # other reading options
    (folder / ".hidden.txt").write_text("skipped by the ingest\n", "utf-8")
    assert input_fingerprint(paths, "a") == base
    first = sorted(folder.glob("*.txt"))[0]
    first.rename(folder / "renamed.txt")
    renamed = input_fingerprint(paths, "a")
    assert renamed != base
    (folder / "renamed.txt").write_bytes((folder / "renamed.txt").read_bytes() + b" ")
    assert input_fingerprint(paths, "a") not in (base, renamed)
    assert input_fingerprint(["-"], "a") is None  # standard input is never cached
    link = tmp_path / "link"
    link.symlink_to(folder)
    assert input_fingerprint([str(link)], "a") is None
