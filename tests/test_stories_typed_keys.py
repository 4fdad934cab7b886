"""A pile's moves and the story last opened, remembered by an older brief under the folder as
it was typed, are still found now that folders are keyed absolute."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.model import Article


def _pile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *texts: str) -> tuple[Article, ...]:
    (tmp_path / "news").mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tuple(
        Article(id=f"a{i}", path=f"news/a{i}.txt", text=text) for i, text in enumerate(texts)
    )


def test_moves_remembered_under_the_typed_folder_carry_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brief.store import folders_key, remember, reviews_dir
    from brief.stories.overrides import load_moves, save_moves

    before = _pile(tmp_path, monkeypatch, "one report", "two report")
    path = save_moves(before, {"a1": None})
    (reviews_dir() / f"{folders_key(before)}.stories.recent").unlink()  # as an older brief
    remember(  # kept it: by the folder as typed
        f"{folders_key(before, as_given=True)}.stories.recent",
        path.name.removesuffix(".stories.json"),
    )
    after = (*before, Article(id="a2", path="news/a2.txt", text="a third report"))
    assert load_moves(after, lambda _: None) == {"a1": None}


def test_the_story_last_opened_under_the_typed_folder_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brief.store import folders_key, reviews_dir
    from brief.stories.overrides import last_opened

    pile = _pile(tmp_path, monkeypatch, "one report", "two report", "three report")
    reviews_dir().mkdir(parents=True, exist_ok=True)
    typed = reviews_dir() / f"{folders_key(pile, as_given=True)}.stories.last"
    typed.write_text('{"version": 1, "sources": ["a2"]}\n', encoding="utf-8")
    assert folders_key(pile) != folders_key(pile, as_given=True)
    assert last_opened(pile, [("a0", "a1"), ("a2",)]) == 1
