"""``brief export URL...``, feeds, --urls, --opml, --offline, the cache command, no terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brief.cli import main

FAST = ["--allow-private-network", "--host-delay", "0", "--no-timestamp"]


def export_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict, str]:
    code = main(["export", *FAST, "--format", "json", *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out), captured.err


def test_urls_and_a_feed_with_provenance_and_gaps(web, capsys: pytest.CaptureFixture[str]) -> None:
    data, err = export_json(
        capsys, web.url("/a/2.html"), web.url("/r1"), "--max-items-per-feed", "3",
        web.url("/missing"), web.url("/to-file"), web.url("/atom.xml"),  # options mixed in
    )  # fmt: skip
    sources = {s["url"]: s for s in data["sources"]}
    assert web.url("/r1") in sources  # the URL as given, not where it led
    redirected = sources[web.url("/r1")]
    assert redirected["final_url"] == web.url("/a/1.html")
    assert redirected["canonical_url"].startswith("https://news.example/")
    assert redirected["fetched_at"].endswith("Z") and redirected["via_feed"] == ""
    from_feed = [s for s in data["sources"] if s["via_feed"] == web.url("/atom.xml")]
    assert len(from_feed) == 3
    unread = {u["url"]: u["reason"] for u in data["unread"]}
    assert unread[web.url("/missing")] == "not found (HTTP 404)"
    assert "file:" in unread[web.url("/to-file")]
    assert f"could not read {web.url('/missing')}: not found" in err


def test_markdown_lists_provenance_and_what_could_not_be_read(
    web, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", *FAST, web.url("/a/2.html"), web.url("/image.png"),
                 web.url("/teaser"), web.url("/paywall")]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert f"<{web.url('/a/2.html')}> · fetched " in out
    assert "## Could not be read" in out
    assert "could not be read: not an article (image/png)" in out
    assert "teaser · could not be read: behind a paywall (only a teaser is readable)" in out
    assert "paywall · could not be read: behind a paywall (HTTP 402)" in out


def test_a_typed_loopback_url_names_the_flag(web, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", web.url("/a/1.html")]) == 1
    err = capsys.readouterr().err
    assert "--allow-private-network" in err and "loopback" in err
    assert "Traceback" not in err


def test_urls_file_and_opml_file(web, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "links.txt"
    listing.write_text(f"# from the chat\n{web.url('/a/3.html')}\n\n"
                       f"{web.url('/a/4.html')}  # the second one\n", encoding="utf-8")  # fmt: skip
    from fetch_server import opml

    outline = tmp_path / "subs.xml"
    outline.write_text(opml([web.url("/feed.json")]), encoding="utf-8")
    data, _ = export_json(capsys, "--urls", str(listing), "--opml", str(outline),
                          "--max-items-per-feed", "2")  # fmt: skip
    urls = [s["url"] for s in data["sources"]]
    assert urls[:2] == [web.url("/a/3.html"), web.url("/a/4.html")]
    assert sum(1 for s in data["sources"] if s["via_feed"] == web.url("/feed.json")) == 2


def test_an_opml_address_is_fetched_not_taken_for_a_missing_file(
    web, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--opml URL` read "no such file or folder"; the same URL as PATH was read."""
    data, err = export_json(capsys, "--opml", web.url("/subs.opml"), "--max-items-per-feed", "1")
    assert "no such file" not in err
    feeds = {s["via_feed"] for s in data["sources"]}
    assert feeds and feeds <= {web.url("/rss.xml"), web.url("/atom.xml")}


def test_stories_fetch_web_sources_as_a_single_brief_does(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--stories` read a URL as a missing file, and a --urls list as an article."""
    listing = tmp_path / "links.txt"
    listing.write_text(f"# today\n{web.url('/a/3.html')}\n", encoding="utf-8")
    stories, err = export_json(
        capsys, "--stories", web.url("/a/1.html"), "--urls", str(listing), web.url("/missing")
    )
    urls = {s["url"] for story in stories["stories"] for s in story["brief"]["sources"]}
    assert urls == {web.url("/a/1.html"), web.url("/a/3.html")}
    assert "no such file" not in err and "# today" not in json.dumps(stories)
    assert f"could not read {web.url('/missing')}: not found" in err


def test_a_feed_of_an_opml_that_fails_is_listed_in_it_not_an_item_of_it(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fetch_server import opml

    outline = tmp_path / "subs.opml"
    outline.write_text(opml([web.url("/missing"), web.url("/feed.json")]), encoding="utf-8")
    assert main(["export", *FAST, "--opml", str(outline), "--max-items-per-feed", "1"]) == 0
    captured = capsys.readouterr()
    gone = web.url("/missing")
    assert f"could not read {gone} (listed in {outline}): " in captured.err
    assert "item of" not in captured.err
    line = next(x for x in captured.out.splitlines() if "could not be read" in x)
    assert "listed in" in line and "via feed" not in line


def test_a_feed_file_is_recognised_by_content(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fetch_server import rss

    feed = tmp_path / "saved.txt"  # a .txt that is an RSS feed
    feed.write_text(rss(web.base, [web.url("/a/7.html"), web.url("/a/8.html")]), encoding="utf-8")
    data, _ = export_json(capsys, str(feed))
    assert {s["via_feed"] for s in data["sources"]} == {str(feed)}
    assert len(data["sources"]) == 2


def test_wrong_charset_header_is_read_correctly(web, capsys: pytest.CaptureFixture[str]) -> None:
    data, _ = export_json(capsys, web.url("/charset"))
    assert data["sources"][0]["title"] == "Café owners in Zürich say naïve plans «won’t work»"


def test_offline_after_a_fetch(web, capsys: pytest.CaptureFixture[str]) -> None:
    online, _ = export_json(capsys, web.url("/a/10.html"), web.url("/a/11.html"))
    hits = sum(web.hits.values())
    offline, _ = export_json(capsys, "--offline", web.url("/a/10.html"), web.url("/a/11.html"),
                               web.url("/a/12.html"))  # fmt: skip
    assert sum(web.hits.values()) == hits
    assert [s["title"] for s in offline["sources"]] == [s["title"] for s in online["sources"]]
    assert "--offline" in offline["unread"][0]["reason"]


def test_cache_info_and_clear(web, capsys: pytest.CaptureFixture[str]) -> None:
    export_json(capsys, web.url("/a/13.html"))
    assert main(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert "entries: 1" in out and "responses.sqlite" in out
    assert "analyses: 1 " in out  # the export's analysis is cached too
    assert main(["cache", "clear"]) == 0
    err = capsys.readouterr().err
    assert "cleared 1 cached response" in err and "cleared 1 cached analysis" in err
    main(["cache", "info"])
    out = capsys.readouterr().out
    assert "entries: 0" in out and "analyses: 0 " in out


def _brief(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "brief", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
                            **kwargs)  # type: ignore[call-overload]  # fmt: skip


def test_two_processes_share_the_cache(web, tmp_path: Path) -> None:
    urls = [web.url(f"/a/{n}.html") for n in range(20, 26)]
    runs = [_brief("export", *FAST, "--format", "json", "--refresh", *urls) for _ in range(2)]
    outputs = [run.communicate(timeout=180) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "locked" not in err and "cache" not in err
        assert len(json.loads(out)["sources"]) == 6
    info = subprocess.run([sys.executable, "-m", "brief", "cache", "info"], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert "entries: 6" in info.stdout


def test_without_a_terminal_the_app_says_to_use_export() -> None:
    run = subprocess.run([sys.executable, "-m", "brief"], capture_output=True, text=True,
                         timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "brief export" in lines[0]
    assert run.stdout == ""  # no escape codes painted into the pipe


def test_piped_text_for_the_app_says_why_it_cannot_open(tmp_path: Path) -> None:
    """``cat a.txt | brief -`` in a terminal: the terminal is there, the keyboard is not."""
    import pty

    leader, follower = pty.openpty()  # stdout is a terminal, stdin the pipe
    try:
        run = subprocess.run(
            [sys.executable, "-m", "brief", "-"], input="Some text.\n", stdout=follower,
            stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    finally:
        os.close(follower)
        os.close(leader)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "standard input" in lines[0] and "brief export -" in lines[0]


def test_bad_lists_get_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    not_opml = tmp_path / "feeds.opml"
    not_opml.write_text("just some words", encoding="utf-8")
    code = main(["export", "--urls", str(tmp_path / "missing.txt"), "--urls", str(empty),
                 "--opml", str(not_opml), "--opml", str(tmp_path / "gone.opml"),
                 "--urls", str(tmp_path)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    # worded as a missing article file is (not the system's "no such file or directory")
    assert f"skipped {tmp_path / 'missing.txt'}: no such file or folder" in err
    assert f"skipped {tmp_path / 'gone.opml'}: no such file or folder" in err
    assert f"skipped {tmp_path}: a folder, not a file" in err
    assert f"skipped {empty}: no URL in the file" in err
    assert f"skipped {not_opml}: not an OPML file" in err


def test_feed_title_and_date_fill_in_for_a_bare_page(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fetch_server import json_feed

    feed = tmp_path / "feed.json"
    feed.write_text(json_feed(web.base, [web.url("/bare"), web.url("/a/9.html")]), "utf-8")
    data, _ = export_json(capsys, str(feed))
    by_url = {s["url"]: s for s in data["sources"]}
    bare, full = by_url[web.url("/bare")], by_url[web.url("/a/9.html")]
    assert (bare["title"], bare["date"]) == ("Item 0", "2026-11-10")  # from the feed
    assert full["title"].startswith("Dock workers strike")  # the page's own title wins
    assert full["date"] == "2026-11-20"  # the page says so; the feed said 2026-11-11


NOTHING_TO_FETCH = """
import json, sys
from brief.cli import build_parser
from brief.cli_fetch import nothing_to_fetch

parse = build_parser()[0].parse_args
out = {"folder": nothing_to_fetch(parse([sys.argv[1]]))}
out["feeds_loaded"] = "brief.fetch.feeds" in sys.modules  # a folder is never a feed file
out["feed_file"] = nothing_to_fetch(parse([sys.argv[2]]))
out["text_file"] = nothing_to_fetch(parse([sys.argv[3]]))
out["url"] = nothing_to_fetch(parse(["https://example.org/a"]))
print(json.dumps(out))
"""


def test_only_local_files_means_nothing_to_fetch(tmp_path: Path) -> None:
    from test_tui_support import run_script

    feed = tmp_path / "news.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
        encoding="utf-8",
    )
    text = tmp_path / "a.txt"
    text.write_text("A headline\n\nA sentence.\n", encoding="utf-8")
    out = run_script(NOTHING_TO_FETCH, str(tmp_path), str(feed), str(text))
    assert out == {
        "folder": True, "feeds_loaded": False, "feed_file": False, "text_file": True,
        "url": False,
    }  # fmt: skip
