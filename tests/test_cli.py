"""The command line: help, version, usage errors, export formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from brief import __version__
from brief.cli import main
from brief.model import Review


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brief", *args], capture_output=True, text=True, timeout=120
    )


def test_help_and_version() -> None:
    assert "export" in _run("--help").stdout
    assert "--format" in _run("export", "--help").stdout
    version = _run("--version")
    assert version.returncode == 0 and __version__ in version.stdout


def test_help_names_every_algorithm() -> None:
    from brief.summary import ALGORITHMS

    for args in (["--help"], ["export", "--help"]):
        text = " ".join(_run(*args).stdout.split())
        assert ", ".join(ALGORITHMS) in text, args


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "pdf"],
        ["export", "--sentences", "0"],
        ["--bogus"],
        ["export", "--algorithm", "nope"],
        ["export", "--sentences", "3", "--words", "10"],
        ["export", "--since", "2026-13-01"],
    ],
)
def test_usage_errors_exit_two_with_one_line(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err  # not argparse's ten-line usage block
    assert "--help" in err


def test_a_wrong_cache_action_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cache", "purge"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "brief cache: error:" in err, err


def test_review_without_a_saved_review_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    from brief.ingest import load_paths
    from brief.resources import sample_dir
    from brief.store import save_review

    assert main(["export", "--review", "--no-timestamp"]) == 0
    first = capsys.readouterr()
    assert "no review saved" in first.err and first.out.startswith("# ")
    save_review(load_paths([str(sample_dir())]).articles, Review(dropped=frozenset({"x:0"})))
    assert main(["export", "--review", "--no-timestamp"]) == 0
    assert "no review saved" not in capsys.readouterr().err  # a saved one is applied quietly


def test_unknown_algorithm_lists_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--algorithm", "nope"])
    err = capsys.readouterr().err
    assert "lexrank" in err and "textrank" in err


def test_json_export_matches_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"title", "generated", "sources", "summary", "quotes"}
    assert len(data["sources"]) == 5
    for source in data["sources"]:
        assert set(source) >= {"id", "title", "outlet", "date", "path", "url", "boilerplate"}
    ids = {s["id"] for s in data["sources"]}
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in data["sources"]}
    assert data["summary"]
    for item in data["summary"]:
        assert set(item) >= {"text", "source", "span", "supporting_sources", "score"}
        start, end = item["span"]
        assert " ".join(texts[item["source"]][start:end].split()) == item["text"]
        assert (
            set(item["supporting_sources"]) <= ids and item["source"] in item["supporting_sources"]
        )
    assert data["quotes"]
    for quote in data["quotes"]:
        assert quote["kind"] in {"direct", "indirect", "mixed"}
        assert set(quote["sources"]) <= ids
        for variant in quote["variants"]:
            assert set(variant) >= {"source", "text", "span", "speaker_mention"}
            start, end = variant["span"]
            assert " ".join(texts[variant["source"]][start:end].split()) == " ".join(
                variant["text"].split()
            )


def test_markdown_export_parses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--no-timestamp"]) == 0
    tokens = MarkdownIt("commonmark").parse(capsys.readouterr().out)
    headings = [t for t in tokens if t.type == "heading_open"]
    assert headings and headings[0].tag == "h1"
    assert not [t for t in tokens if t.type in {"html_block", "html_inline"}]


def test_output_file_is_never_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.md"
    target.write_text("my notes")
    assert main(["export", "-o", str(target)]) == 2
    assert target.read_text() == "my notes"
    assert main(["export", "-o", str(target), "--force"]) == 0
    assert target.read_text().startswith("# ")
    json_target = tmp_path / "brief.json"
    assert main(["export", "-o", str(json_target)]) == 0
    json.loads(json_target.read_text())


def test_output_in_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "-o", str(tmp_path / "nope" / "b.md")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope").exists()


def test_theme_help_names_every_bundled_theme() -> None:
    """QA (twenty-first round): ``--theme`` named no theme; a new user had to guess."""
    from brief.cli_parser import build_parser
    from brief.resources import themes_dir

    app, _ = build_parser()
    text = " ".join(app.format_help().split())
    names = sorted(path.stem for path in themes_dir().glob("*.toml"))
    assert names, "the bundled themes are missing"
    for name in names:
        assert name in text, name


def test_limit_help_names_its_config_key() -> None:
    """QA (twenty-first round): the limits' help did not say config.toml sets them too."""
    from dataclasses import fields

    from brief.cli_parser import build_parser
    from brief.config import Config

    keys = [f.name for f in fields(Config) if f.name != "theme"]
    for parser in build_parser():
        text = " ".join(parser.format_help().split())
        for key in keys:
            assert f"{key} in config.toml" in text, (parser.prog, key)
