"""brief's own exports written into the folder it reads are skipped, named, on the next run."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from brief.cli import main
from brief.ingest import load_paths
from brief.ingest.own import INDEX
from brief.model import Review
from brief.store import save_review
from brief.stories.overrides import save_moves


@pytest.fixture
def pile(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "pile"
    shutil.copytree(seeds_dir, folder)
    return folder


def _ids(folder: Path) -> list[str]:
    return sorted(a.id for a in load_paths([str(folder)]).articles)


def test_every_kind_of_export_into_the_input_folder_is_skipped_next_time(
    pile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_ids = _ids(pile)
    fast = ["--algorithm", "luhn", "--no-timestamp"]
    assert main(["export", str(pile), *fast, "-o", str(pile / "brief.md")]) == 0
    assert main(["export", str(pile), *fast, "-o", str(pile / "brief.json")]) == 0
    assert main(["export", str(pile), *fast, "--front-matter", "-o", str(pile / "fm.md")]) == 0
    assert main(["export", str(pile), *fast, "-o", str(pile / "as-text.txt")]) == 0
    assert main(["export", str(pile), *fast, "--stories", "-o", str(pile / "stories")]) == 0
    assert main(["export", str(pile), *fast, "--stories", "-o", str(pile / "st.json")]) == 0
    capsys.readouterr()
    assert main(["export", str(pile), *fast, "--stories", "--title", "Day"]) == 0
    (pile / "all.md").write_text(capsys.readouterr().out)
    written = sorted(p for p in pile.rglob("*") if p.is_file() and p.stem not in seed_ids)
    assert len(written) == 8  # the six above, the stories folder's index and its one brief

    result = load_paths([str(pile)])
    assert sorted(a.id for a in result.articles) == seed_ids
    reasons = {Path(w.path): w.reason for w in result.warnings}
    assert sorted(reasons) == written
    assert all("brief's own export" in reason for reason in reasons.values())
    assert "index" in reasons[pile / "stories" / "index.md"]

    assert main(["export", str(pile), *fast, "-o", "-"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == len(written)
    assert all(line.startswith("brief: skipped ") and "own export" in line for line in err)


def test_saved_reviews_given_as_input_are_named_as_such(pile: Path) -> None:
    articles = load_paths([str(pile)]).articles
    reviews = pile / "reviews"
    reviews.mkdir()
    shutil.copy(save_review(articles, Review(dropped=frozenset({"x"}))), reviews / "r.json")
    shutil.copy(save_moves(articles, {articles[0].id: None}), reviews / "m.json")
    result = load_paths([str(reviews)])
    assert not result.articles
    assert [w.reason for w in result.warnings] == ["a review saved by brief, not an article"] * 2


NOTES = """# Notes on the bridge story

*3 sources to call back*

The council met on Tuesday and the bridge stays closed until the inspection ends.

## Sources

### Source 1

The engineer I spoke to on Monday.
"""


def test_a_users_notes_that_share_one_part_of_the_shape_are_read(tmp_path: Path) -> None:
    # each has one of the two parts a brief has: the overview line, or the source list
    (tmp_path / "notes.md").write_text(NOTES.split("## Sources")[0])
    (tmp_path / "list.md").write_text(NOTES.replace("*3 sources to call back*", "Draft"))
    (tmp_path / "index.md").write_text("# My index\n\nThree stories I follow, newest first.\n")
    result = load_paths([str(tmp_path)])
    assert sorted(a.id for a in result.articles) == ["index", "list", "notes"]
    assert not result.warnings


def test_a_json_article_with_brief_like_keys_is_still_read(tmp_path: Path) -> None:
    record = (
        '{"title": "Bridge", "text": "The bridge reopened on Friday after repairs.", '
        '"sources": [], "summary": [], "quotes": [], "algorithm": "x"}'
    )
    (tmp_path / "a.json").write_text(record)
    assert [a.title for a in load_paths([str(tmp_path)]).articles] == ["Bridge"]


def test_a_brief_saved_again_with_windows_line_ends_is_still_recognised(
    pile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(pile), "--algorithm", "luhn", "--no-timestamp"]) == 0
    text = capsys.readouterr().out
    (pile / "brief.md").write_bytes(text.replace("\n", "\r\n").encode())
    (pile / "index.md").write_bytes(
        b"# Stories\r\n\r\n2 stories from 5 articles, newest first.\r\n"
    )
    result = load_paths([str(pile)])
    assert sorted(w.path for w in result.warnings) == [
        str(pile / "brief.md"),
        str(pile / "index.md"),
    ]


def test_an_index_of_undated_stories_says_its_order_and_is_recognised(tmp_path: Path) -> None:
    """A folder without dates got "newest first" over a list ordered by size."""
    from brief.stories.documents import index_markdown

    def story(sid: str, size: int, first: str):  # type: ignore[no-untyped-def]
        return SimpleNamespace(id=sid, articles=[None] * size, outlets_label="", first=first,
                               last=first)  # fmt: skip

    briefs = {k: SimpleNamespace(title=f"Story {k}") for k in "abc"}
    names = {k: f"{k}.md" for k in "abc"}
    for firsts, order in (
        (("", "", ""), "largest first (none is dated)."),
        (("2026-12-01", "", "2026-12-02"), "newest first, then the undated, largest first."),
        (("2026-12-01", "2026-12-03", "2026-12-02"), "newest first."),
    ):
        pairs = [
            (story(k, 3 - n, f), briefs[k])
            for n, (k, f) in enumerate(zip("abc", firsts, strict=True))
        ]
        index = index_markdown(pairs, names)  # type: ignore[arg-type]
        assert f"3 stories from 6 articles, {order}" in index
        (tmp_path / "index.md").write_text(index, encoding="utf-8")
        assert [w.reason for w in load_paths([str(tmp_path)]).warnings] == [INDEX]
