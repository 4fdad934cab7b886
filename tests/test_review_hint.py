"""``brief export`` without ``--review`` says when the app saved a review or moves for the
set: else the reviewed brief a user made in the app silently is not the one written."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import write_story

from brief.cli import main
from brief.ingest import load_paths
from brief.model import Review
from brief.store import save_review
from tests.stories_pile import write_pile

HINT = "--review applies"


def test_a_saved_review_is_named_when_not_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_story(tmp_path / "story")
    args = ["export", "--no-timestamp", "--no-cache", str(folder)]
    assert main(args) == 0
    assert HINT not in capsys.readouterr().err  # nothing saved: nothing said
    save_review(load_paths([str(folder)]).articles, Review(algorithm="lexrank"))
    assert main(args) == 0
    assert capsys.readouterr().err.count(HINT) == 1
    assert main([*args, "--review"]) == 0
    assert HINT not in capsys.readouterr().err  # applied


def test_moves_between_stories_are_named_when_not_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brief.stories.overrides import save_moves

    write_pile(tmp_path / "pile")
    args = ["export", "--stories", "--no-timestamp", "--no-cache", str(tmp_path / "pile")]
    assert main([*args, "-o", str(tmp_path / "a")]) == 0
    assert HINT not in capsys.readouterr().err
    pile = load_paths([str(tmp_path / "pile")]).articles
    save_moves(pile, {pile[0].id: None})
    assert main([*args, "-o", str(tmp_path / "b")]) == 0
    assert capsys.readouterr().err.count(HINT) == 1
    save_moves(pile, {})  # every move undone: nothing to apply, nothing said
    assert main([*args, "-o", str(tmp_path / "c")]) == 0
    assert HINT not in capsys.readouterr().err


def test_a_pile_s_story_review_is_named_when_its_whole_brief_is_asked_reviewed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA (eighteenth round): ``brief export PILE --review`` said only "no review saved for
    this article set" when the app had saved the review of one of its stories."""
    from brief.stories import group_stories

    write_pile(tmp_path / "pile")
    args = ["export", "--no-timestamp", "--no-cache", "--review", str(tmp_path / "pile")]
    assert main(args) == 0
    assert "--stories --review" not in capsys.readouterr().err  # nothing saved
    story = group_stories(load_paths([str(tmp_path / "pile")]).articles)[0]
    save_review(story.articles, Review(algorithm="lexrank"))
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "no review saved for this article set" in err
    assert "'brief export --stories --review'" in err


def test_a_review_of_one_story_is_named_and_a_review_of_another_set_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brief.stories import group_stories

    write_pile(tmp_path / "pile")
    args = ["export", "--stories", "--format", "json", "--no-timestamp", "--no-cache"]
    args.append(str(tmp_path / "pile"))
    other = write_story(tmp_path / "other")
    save_review(load_paths([str(other)]).articles, Review(algorithm="lexrank"))
    assert main(args) == 0
    assert HINT not in capsys.readouterr().err  # a review, but of no story of this pile
    stories = group_stories(load_paths([str(tmp_path / "pile")]).articles)
    save_review(stories[-1].articles, Review(algorithm="lexrank"))
    assert main(args) == 0
    assert capsys.readouterr().err.count(HINT) == 1


def test_the_keys_of_a_pile_and_its_stories_are_each_set_key() -> None:
    from brief.model import Article
    from brief.store import set_key, set_keys

    pile = [Article(id=f"a{n}", path=f"a{n}.txt", text=f"Report number {n}.") for n in range(5)]
    stranger = Article(id="a1", path="b.txt", text="Another text under a known id.")
    parts = [pile[:2], pile[3:], [pile[4], pile[0]], [stranger, pile[2]]]
    whole, keys = set_keys(pile, parts)
    assert whole == set_key(pile)
    assert keys == [set_key(part) for part in parts]
