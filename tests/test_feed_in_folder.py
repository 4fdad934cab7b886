"""A list of feeds (OPML) or a feed saved inside a folder given to brief: the folder's
articles are read, nothing is fetched, and one line says how to fetch what the file lists
(it said "unsupported file type ('.opml')", though brief reads the same file named).

Feeds come from the local server of ``fetch_server.py`` on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.cli import main
from tests.fetch_server import opml, rss

ARTICLE = (
    "Ferry strike halts Marrow Bay crossings\n\nFerry crews at Marrow Bay walked out on "
    "Tuesday, the union said, halting every crossing to the islands until Friday."
)


def test_an_opml_file_in_a_folder_is_named_with_how_to_fetch_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], web
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    subs = folder / "subs.opml"
    subs.write_text(opml([web.url("/rss.xml")]), encoding="utf-8")
    (folder / "saved.xml").write_text(rss(web.base, [web.url("/a1")]), encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    before = web.hits["/rss.xml"]
    args = ["export", str(folder), "--allow-private-network", "--host-delay", "0"]
    assert main([*args, "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert [s["path"] for s in json.loads(captured.out)["sources"]] == [str(folder / "ferry.txt")]
    assert web.hits["/rss.xml"] == before  # a folder is read, never fetched
    lines = captured.err.splitlines()
    [opml_line] = [line for line in lines if str(subs) in line]
    assert "a list of feeds (OPML)" in opml_line and "unsupported" not in opml_line
    assert "only when the file itself is named" in opml_line
    [feed_line] = [line for line in lines if "saved.xml" in line]
    assert "a news feed (RSS)" in feed_line
    [other] = [line for line in lines if "scan.pdf" in line]
    assert "unsupported" in other and "saved.xml" not in other  # other files as before
    # what the line says to do works: the file named fetches its feed
    named = ["export", str(subs), *args[2:], "--max-items-per-feed", "1", "--format", "json"]
    assert main(named) == 0
    assert web.hits["/rss.xml"] == before + 1
    assert len(json.loads(capsys.readouterr().out)["sources"]) == 1
