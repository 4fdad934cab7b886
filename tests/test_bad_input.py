"""Bad input: one clear line per file, the others still load, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from brief.cli import main
from brief.ingest import MB, Limits, load_paths

GOOD = "Lawmakers passed the transport bill on Thursday after months of talks.\n"


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n  \n")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    locked = folder / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    (folder / "empty-folder").mkdir()
    return folder


def _reasons(result) -> dict[str, str]:
    return {Path(w.path).name: w.reason for w in result.warnings}


def test_each_bad_file_gets_one_warning_and_good_files_load(messy: Path) -> None:
    result = load_paths([str(messy), str(messy / "missing.txt"), str(messy / "empty-folder")])
    assert [a.id for a in result.articles] == ["good"] + (["locked"] if os.geteuid() == 0 else [])
    reasons = _reasons(result)
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "empty" in reasons["blank.md"]
    assert "unsupported file type" in reasons["notes.pdf"]
    assert "no such file" in reasons["missing.txt"]
    assert "no article files" in reasons["empty-folder"]
    if os.geteuid() != 0:  # root can read anything
        assert "permission denied" in reasons["locked.txt"]
    assert len(result.warnings) == len(reasons)


def test_file_over_the_size_limit_is_skipped_with_the_way_to_raise_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * MB)
    (tmp_path / "small.txt").write_text(GOOD)
    result = load_paths([str(tmp_path)], Limits(max_article_bytes=10 * MB))
    assert [a.id for a in result.articles] == ["small"]
    assert "too large" in result.warnings[0].reason and "--max-size" in result.warnings[0].reason


def test_set_size_limit_says_what_was_skipped(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"Story {n}. " + GOOD)
    result = load_paths([str(tmp_path)], Limits(max_articles=3))
    assert len(result.articles) == 3
    # one line for every file past the limit, named by the first of them
    (warning,) = result.warnings
    assert warning.path.endswith("3.txt")
    assert "this file and 1 more were not read" in warning.reason
    assert "--max-articles" in warning.reason


def test_a_json_lines_file_that_crosses_the_limit_is_read_up_to_it(tmp_path: Path) -> None:
    records = [{"title": f"Ferry {n}", "text": f"Ferry {n} sailed late. " + GOOD} for n in range(5)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (tmp_path / "b.txt").write_text("Another story. " + GOOD)
    result = load_paths([str(tmp_path)], Limits(max_articles=3))
    assert [a.title for a in result.articles] == ["Ferry 0", "Ferry 1", "Ferry 2"]
    cut, skipped = result.warnings
    assert cut.path.endswith("a.jsonl") and cut.partly
    assert "2 more records were not read" in cut.reason and "--max-articles" in cut.reason
    assert skipped.path.endswith("b.txt") and "this file was not read" in skipped.reason


def test_limits_come_from_the_config_file_and_flags_win(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brief.config import Config, save_config

    save_config(Config(max_size_mb=0.001, max_articles=2))  # about 1 KB
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "0big.txt").write_text(GOOD * 40)  # about 2.9 KB, read second
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Story {n}. " + GOOD)
    assert main(["export", str(folder), "--no-timestamp"]) == 0
    err = capsys.readouterr().err
    assert "0big.txt: too large" in err and "max_size_mb in config.toml" in err
    assert err.count("the set already has 2 articles") == 1
    assert main(["export", str(folder), "--max-size", "1", "--max-articles", "9"]) == 0
    assert capsys.readouterr().err == ""


def test_cli_warns_once_per_file_and_exits_zero_while_one_loads(
    messy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", str(messy), "--no-timestamp"])
    out, err = capsys.readouterr()
    assert code == 0
    lines = err.strip().splitlines()
    assert all(line.startswith("brief: skipped ") for line in lines)
    assert any("binary.txt" in line for line in lines)
    assert "Traceback" not in err
    assert out.startswith("# ")


def test_cli_no_readable_article_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["export", str(tmp_path)]) == 1
    assert "no readable article" in capsys.readouterr().err


def test_terminal_escapes_in_file_names_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "evil\x1b]0;PWNED\x07.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text(GOOD)
    assert main(["export", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b]0;PWNED\\x07" in err


def test_huge_one_line_headline_and_fields_are_cut_to_a_label(tmp_path: Path) -> None:
    """A text file that is one huge line, or a field holding a whole article, is no label:
    the title, outlet, byline and date are cut, so no list row or heading carries megabytes."""
    import json

    from brief.export.markdown import to_markdown
    from brief.model import Brief
    from brief.text.clean import LABEL_MAX_CHARS

    (tmp_path / "line.txt").write_text("x" * 200_000 + "\n\n" + GOOD, encoding="utf-8")
    words = " ".join(["word"] * 20_000)
    record = {"title": words, "outlet": words, "author": words, "date": words, "text": GOOD}
    (tmp_path / "fields.json").write_text(json.dumps(record), encoding="utf-8")
    articles = {a.id: a for a in load_paths([str(tmp_path)]).articles}
    line, fields = articles["line"], articles["fields"]
    assert len(line.title) <= LABEL_MAX_CHARS and line.title.endswith("…")
    assert line.title.startswith("xxxx")
    for value in (fields.title, fields.outlet, fields.author):
        assert len(value) <= LABEL_MAX_CHARS and value.endswith("word…")
    assert fields.date == ""  # no date: unknown, and the warning quotes a few words of it
    (warning,) = load_paths([str(tmp_path / "fields.json")]).warnings
    assert len(warning.reason) < 200 and warning.partly
    assert len(fields.text) > len(GOOD) - 2  # the body itself is kept whole
    markdown = to_markdown(Brief(title="", generated="", sources=(line, fields)))
    assert max(len(row) for row in markdown.splitlines()) < 4 * LABEL_MAX_CHARS


def test_clip_keeps_short_text_and_cuts_after_a_whole_word() -> None:
    from brief.text.clean import clip

    assert clip("  A  short\theadline ") == "A short headline"
    assert clip("alpha beta gamma delta", 12) == "alpha beta…"
    assert clip("x" * 50, 10) == "x" * 9 + "…"


def test_absurdly_nested_json_and_front_matter_are_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Thousands of nested brackets make Python's parsers give up (RecursionError): one
    warning for that file, and the good files are still briefed (it was an internal error)."""
    deep = "[" * 100_000
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "deep.json").write_text(deep)
    (tmp_path / "deep.jsonl").write_text('{"text": "A line."}\n' + deep + "\n")
    (tmp_path / "deep.md").write_text(f"---\ntitle: {deep}\n---\n\n{GOOD}")
    result = load_paths([str(tmp_path)])
    # the markdown's text is read without its metadata; the JSON files hold nothing else
    assert [a.id for a in result.articles] == ["deep", "good"]
    reasons = _reasons(result)
    assert reasons["deep.json"] == "JSON nested too deeply to read"
    assert reasons["deep.jsonl"] == "JSON nested too deeply to read (line 2)"
    assert reasons["deep.md"] == (
        "YAML front matter nested too deeply to read; the text was read without it"
    )
    assert main(["export", "--no-timestamp", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "Lawmakers passed the transport bill" in out
    assert len(err.splitlines()) == 3 and "internal error" not in err


def test_absurdly_nested_json_feed_is_a_feed_error() -> None:
    from brief.fetch.feeds import FeedError, _json_feed

    body = b'{"version": "https://jsonfeed.org/version/1.1", "items": ' + b"[" * 100_000
    with pytest.raises(FeedError, match="nested too deeply"):
        _json_feed(body, "")


def test_opening_words_of_a_file_without_spaces_are_cut(tmp_path: Path) -> None:
    """The "no headline" lede of the export and the story list's lead quote a few words: a
    file written without spaces is one "word", and was quoted whole."""
    from brief.export.markdown import to_markdown
    from brief.model import Brief
    from brief.tui.screens.stories import lead

    (tmp_path / "blob.txt").write_text("y" * 100_000 + ".\n", encoding="utf-8")
    (article,) = load_paths([str(tmp_path)]).articles
    assert article.title == "blob"  # a sentence, not a headline: no title of its own
    markdown = to_markdown(Brief(title="", generated="", sources=(article,)))
    assert "*No headline:*" in markdown
    assert max(len(row) for row in markdown.splitlines()) < 400
    assert len(lead(article)) <= 24 * 12 and lead(article).endswith("…")


@pytest.mark.parametrize(
    "data", [b"ab\0\0\0\0\0\0\0", b"hello\0wor", b"\0\0\0\0\0\0\0x\n", b"x\0y\0\0\0z\0\0\0\0"]
)
def test_a_tiny_file_of_nul_bytes_is_binary_however_short(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "tiny.txt").write_bytes(data)
    result = load_paths([str(tmp_path / "tiny.txt")])
    assert not result.articles
    assert [w.reason for w in result.warnings] == ["binary data, not text"]


def test_a_stray_nul_or_a_few_controls_in_an_article_are_tolerated(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(GOOD.encode().replace(b" bill", b"\0bill"))
    (tmp_path / "esc.txt").write_bytes(b"\x1b[1m" + GOOD.encode() + b"\x07\x1b[0m")
    result = load_paths([str(tmp_path)])
    assert sorted(a.id for a in result.articles) == ["esc", "nul"]
    assert not result.warnings


def test_a_terminal_escape_sequence_is_blanked_whole(tmp_path: Path) -> None:
    """Not only its ESC: "[31m" or "]0;title" left behind read as words of the article."""
    title = "\x1b]0;window title\x07\x1b[1;31mHarbor bridge closes\x1b[0m"
    body = "The council closed the bridge\x1b[K on Monday, \x1b]8;;http://x.test\x1b\\a link."
    (tmp_path / "term.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (article,) = load_paths([str(tmp_path)]).articles
    assert article.title == "Harbor bridge closes"
    assert " ".join(article.text.split()) == (
        "Harbor bridge closes The council closed the bridge on Monday, a link."
    )
    assert len(article.text) == len(f"{title}\n\n{body}\n")  # offsets kept


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b"\0" * 20, "binary data")])
def test_a_skipped_standard_input_is_named_as_such(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes, reason: str
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["export", "-"]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(f"brief: skipped standard input: {reason}")


def _jsonl(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n")


def test_a_jsonl_file_with_a_cut_off_line_keeps_its_other_records(tmp_path: Path) -> None:
    import json

    records = [json.dumps({"id": f"r{n}", "text": f"Story {n}. " + GOOD}) for n in range(5)]
    records[2] = records[2][:30]  # a download cut off mid-line
    records[4] = records[4][:10]
    _jsonl(tmp_path / "feed.jsonl", records)
    result = load_paths([str(tmp_path / "feed.jsonl")])
    assert [a.id for a in result.articles] == ["feed-r0", "feed-r1", "feed-r3"]
    [warning] = result.warnings
    assert warning.reason.startswith("line 3 (invalid JSON: ")
    assert warning.reason.endswith("and 1 more bad line; the other 3 lines were read")


def test_a_file_of_mostly_bad_lines_is_no_jsonl_file(tmp_path: Path) -> None:
    import json

    pretty = json.dumps([{"text": GOOD}], indent=2).splitlines()  # an array saved as .jsonl
    _jsonl(tmp_path / "array.jsonl", pretty)
    result = load_paths([str(tmp_path / "array.jsonl")])
    assert not result.articles
    assert [w.reason for w in result.warnings] == [
        "invalid JSON on line 1: Expecting value"
    ]  # fmt: skip


def test_a_yaml_alias_bomb_in_front_matter_costs_nothing(tmp_path: Path) -> None:
    """Nine lists of nine aliases each: as text, 9**9 words (it took 5 GB and over a minute
    when a list was turned into a string); a list of lists is no headline, and is left."""
    import subprocess
    import sys

    lines = ["---", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    lines += ["title: *i", "author: [*i, *h]", "outlet: {name: *i}", "---", GOOD]
    (tmp_path / "bomb.md").write_text("\n".join(lines) + "\n")
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "from brief.ingest import load_paths\n"
        "[a] = load_paths([sys.argv[1]]).articles\n"
        "print(a.title, '|', a.author, '|', a.outlet)\n"
    )
    import os

    import brief

    # the brief under test, not whichever one the interpreter would import from tmp_path
    env = {**os.environ, "PYTHONPATH": str(Path(brief.__file__).resolve().parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "bomb.md")],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-300:]
    assert done.stdout.strip() == "bomb |  |"


def test_a_file_with_no_article_text_is_skipped_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text file holding only a headline, or only lines such as "Share this article",
    was a source with nothing in it: counted in "N sources", its own story in a mixed set,
    an empty brief on its own (exit 0). It is skipped with a line saying why, as an empty
    file is."""
    (tmp_path / "headline.txt").write_text("Harbour board raises ferry fares\n", "utf-8")
    (tmp_path / "links.txt").write_text("Share this article\nSubscribe to our newsletter\n")
    body = "The harbour board voted on Tuesday to raise ferry fares, its chair said.\n"
    (tmp_path / "ok.txt").write_text(body, encoding="utf-8")
    assert main(["export", str(tmp_path), "--format", "json", "--no-timestamp"]) == 0
    captured = capsys.readouterr()
    assert [s["id"] for s in json.loads(captured.out)["sources"]] == ["ok"]
    lines = captured.err.splitlines()
    assert f"brief: skipped {tmp_path / 'headline.txt'}: no article text, only a headline" in lines
    links = [line for line in lines if "links.txt" in line]
    assert len(links) == 1 and "no article text" in links[0]
    assert main(["export", str(tmp_path / "headline.txt")]) == 1
    assert "brief: no readable article" in capsys.readouterr().err


def test_records_without_text_are_named_not_dropped_unseen(tmp_path: Path) -> None:
    records = [{"id": "a", "text": GOOD}, {"id": "b", "title": "Only a headline"}, ["x"]]
    records.append({"id": "d", "text": "Second. " + GOOD})
    (tmp_path / "list.json").write_text(json.dumps(records))
    result = load_paths([str(tmp_path / "list.json")])
    assert [a.id for a in result.articles] == ["list-a", "list-d"]
    assert [w.reason for w in result.warnings] == [
        "record 2 and 1 more: no text field (text/body/content); the other 2 records were read"
    ]
    lines = [json.dumps(r) for r in records[:2]] + ["{cut", json.dumps(records[3])]
    _jsonl(tmp_path / "feed.jsonl", lines)
    result = load_paths([str(tmp_path / "feed.jsonl")])
    assert [a.id for a in result.articles] == ["feed-a", "feed-d"]
    [warning] = result.warnings
    assert warning.reason.startswith("line 3 (invalid JSON: ")
    assert warning.reason.endswith(
        "; line 2: no text field (text/body/content); the other 2 lines were read"
    )


def test_a_file_named_twice_is_one_source(tmp_path: Path) -> None:
    """`brief export *.txt .` or a link beside its file: one article, the repeat named."""
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("Police closed the bridge on Friday for repairs.\n")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    a = str(tmp_path / "a.txt")
    result = load_paths([a, str(tmp_path), a], stdin=lambda: GOOD.encode())
    assert sorted(Path(x.path).name for x in result.articles) == ["a.txt", "b.txt"]
    reasons = [(Path(w.path).name, w.reason) for w in result.warnings]
    assert reasons == [
        ("a.txt", "named twice, read once"),
        ("link.txt", f"the same file as {a}"),
        ("a.txt", "named twice, read once"),
    ]
    result = load_paths(["-", "-"], stdin=lambda: GOOD.encode())
    assert len(result.articles) == 1
    assert [w.reason for w in result.warnings] == ["named twice, read once"]


def test_a_page_saved_complete_is_one_source_and_its_files_one_line(tmp_path: Path) -> None:
    """A browser's "save page, complete" writes ``page.html`` and ``page_files/`` (scripts,
    styles, images, an ad's frame as ``saved_resource.html``): one skip line per page per
    file before, and the frame read as an article; now the folder is one line."""
    folder = tmp_path / "saved"
    (folder / "page_files").mkdir(parents=True)
    (folder / "page.html").write_text(f"<html><body><p>{GOOD}</p></body></html>", "utf-8")
    for name in ("app.js", "site.css", "logo.png", "a.gif"):
        (folder / "page_files" / name).write_text("x", encoding="utf-8")
    ad = "<html><body><p>Win a cruise for two: enter our draw before Friday.</p></body></html>"
    (folder / "page_files" / "saved_resource.html").write_text(ad, encoding="utf-8")
    (folder / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder
    (folder / "notes_files" / "n.txt").write_text(GOOD, encoding="utf-8")
    result = load_paths([str(folder)])
    assert sorted(Path(a.path).name for a in result.articles) == ["n.txt", "page.html"]
    assert [(Path(w.path).name, "saved page" in w.reason) for w in result.warnings] == [
        ("page_files", True)
    ]


def test_a_file_of_web_addresses_is_no_article(tmp_path: Path) -> None:
    """A reading list saved beside the articles was read as prose: a source whose text
    is addresses, a story of its own in a mixed set."""
    folder = tmp_path / "day"
    folder.mkdir()
    (folder / "story.txt").write_text(GOOD * 3, encoding="utf-8")
    (folder / "links.txt").write_text(
        "# to read\nhttps://news.example/a/1\n\n- https://news.example/a/2\n<http://x.example/b>\n",
        encoding="utf-8",
    )
    (folder / "prose.txt").write_text(  # an address inside prose is no list
        "Read the ruling at https://court.example/r/1 before Friday's hearing, lawyers said.\n",
        encoding="utf-8",
    )
    result = load_paths([str(folder)])
    assert sorted(Path(a.path).name for a in result.articles) == ["prose.txt", "story.txt"]
    (warning,) = result.warnings
    assert Path(warning.path).name == "links.txt" and "--urls" in warning.reason


def test_a_folder_of_unreadable_files_is_one_line_naming_them(tmp_path: Path) -> None:
    """Thirty PDFs and an image beside one article were thirty-one "skipped" lines."""
    folder = tmp_path / "day"
    (folder / "scans").mkdir(parents=True)
    for n in range(1, 31):
        (folder / f"r{n:02}.pdf").write_bytes(b"%PDF-1.4")
    (folder / "scans" / "map.PNG").write_bytes(b"\x89PNG")
    (folder / "good.txt").write_text(GOOD)
    result = load_paths([str(folder)])
    assert [a.id for a in result.articles] == ["good"]
    [warning] = result.warnings
    assert warning.path == str(folder)
    assert warning.reason.startswith("31 files of types brief cannot read (.pdf, .png): ")
    assert "r01.pdf, r02.pdf, r03.pdf and 28 more" in warning.reason
    assert "brief reads .txt" in warning.reason
    # named as the user gave it, a file is its own line still; so is a folder's only one
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "notes.pdf").write_bytes(b"%PDF-1.4")
    alone = load_paths([str(folder / "r05.pdf"), str(tmp_path / "one")]).warnings
    assert [(Path(w.path).name, "unsupported file type ('.pdf')" in w.reason) for w in alone] == [
        ("r05.pdf", True),
        ("notes.pdf", True),
    ]


def test_a_page_of_menu_items_is_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A saved page holding only its navigation ("Home", "News"), or a text of menu lines,
    was a source: its brief summed it up as "- Home [1]" with exit 0 and no word. Short
    real texts stay articles: a one-line report, a two-word sentence, a script written
    without spaces."""
    (tmp_path / "nav.html").write_text(
        '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a> '
        '<a href="/n">News</a></nav></body></html>',
        encoding="utf-8",
    )
    (tmp_path / "row.html").write_text(
        '<html><body><div><a href="/">Home</a> | <a href="/n">News</a> | '
        '<a href="/s">Sport</a></div><p><a href="/in">Sign in</a></p></body></html>',
        encoding="utf-8",
    )
    (tmp_path / "menu.txt").write_text("Menu\n\nHome\n\nNews\n\nSport\nWeather\n", "utf-8")
    (tmp_path / "brief.txt").write_text("Minister resigns.\n", encoding="utf-8")
    (tmp_path / "one.txt").write_text("Bridge shut\n\nPolice closed the bridge for repairs\n")
    chinese = "渡轮涨价\n\n港口管理局周二投票决定提高渡轮票价并延长夜间航班服务时间\n"
    (tmp_path / "zh.txt").write_text(chinese, encoding="utf-8")
    assert main(["export", str(tmp_path), "--format", "json", "--no-timestamp"]) == 0
    captured = capsys.readouterr()
    assert sorted(s["id"] for s in json.loads(captured.out)["sources"]) == ["brief", "one", "zh"]
    for name in ("nav.html", "row.html", "menu.txt"):
        assert (
            f"brief: skipped {tmp_path / name}: no article text (only short lines such as "
            "menu items or link labels)"
        ) in captured.err.splitlines()
    assert main(["export", str(tmp_path / "nav.html")]) == 1
    assert "brief: no readable article" in capsys.readouterr().err
