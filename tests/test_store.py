"""Review and config persistence: keyed by article set, atomic, corrupt files kept aside."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brief.config import Config, load_config, save_config
from brief.model import Article, Review
from brief.store import (
    config_path,
    load_review,
    review_from_dict,
    review_path,
    save_review,
    set_key,
)


def articles(*texts: str) -> tuple[Article, ...]:
    return tuple(Article(id=f"a{i}", path=f"a{i}.txt", text=t) for i, t in enumerate(texts))


FULL = Review(
    dropped=frozenset({"a0:0", "a1:12"}),
    pinned=("a1:40", "a0:7"),
    order=("a1:12", "a0:0"),
    rejected_quotes=frozenset({"q1"}),
    excluded_sources=frozenset({"a1"}),
    algorithm="textrank",
    sentences=4,
    title="My title",
)


def test_set_key_depends_on_ids_and_text_not_order() -> None:
    one = articles("first text", "second text")
    assert set_key(one) == set_key(tuple(reversed(one)))
    assert set_key(one) != set_key(articles("first text", "second text!"))
    renamed = (Article(id="other", path="x", text="first text"), one[1])
    assert set_key(one) != set_key(renamed)
    assert len(set_key(one)) == 32 and set_key(one).isalnum()


def test_review_round_trip_in_the_user_data_folder(tmp_path: Path) -> None:
    data = os.environ["XDG_DATA_HOME"]
    set_ = articles("x", "y")
    assert load_review(set_) is None
    path = save_review(set_, FULL)
    assert path == review_path(set_)
    assert str(path).startswith(data) and path.parent.name == "reviews"
    assert load_review(set_) == FULL
    assert load_review((Article(id="b0", path="b0.txt", text="x"),)) is None  # another set
    assert not list(path.parent.glob(".*.tmp"))


def test_an_edited_article_keeps_the_rest_of_the_review() -> None:
    """A typo fixed in one file (or a page fetched again) used to start an empty review
    with no word; now only the choices pointing into the changed text are let go."""
    before = articles("first text", "second text")
    save_review(before, FULL)  # drops and pins in a0 and a1, a1 excluded
    after = articles("first text", "second text, corrected")
    notices: list[str] = []
    review = load_review(after, notices.append)
    assert review is not None
    assert review.dropped == {"a0:0"} and review.pinned == ("a0:7",) and review.order == ("a0:0",)
    assert review.rejected_quotes == FULL.rejected_quotes
    assert review.excluded_sources == FULL.excluded_sources
    assert (review.algorithm, review.sentences, review.title) == ("textrank", 4, "My title")
    assert len(notices) == 1 and "a1 changed since" in notices[0]
    assert load_review(before) == FULL  # the review of the old text is kept as it was
    again: list[str] = []
    assert load_review(after, again.append) == review and again == []  # now saved as is
    # a new article beside them: the review carries over, and the notice says so
    grown = (*after, Article(id="a2", path="a2.txt", text="third text"))
    news: list[str] = []
    assert load_review(grown, news.append) == review
    assert len(news) == 1 and "a2 is new" in news[0]
    # a review of two articles is not the review of a pile they are a small part of
    pile = (*grown, *(Article(id=f"z{i}", path=f"z{i}.txt", text=f"z{i}") for i in range(4)))
    assert load_review(pile) is None
    # standard input is a new article each time, not the same file edited
    piped = (Article(id="stdin", path="-", text="one"),)
    save_review(piped, FULL)
    assert load_review((Article(id="stdin", path="-", text="two"),)) is None


def test_a_carried_over_review_is_saved_only_once_told() -> None:
    """The app's forked child stops at its first notice (it never reports): had it saved
    the carried-over review first, the app would find it saved and never say so."""
    save_review(articles("one", "two"), FULL)
    edited = articles("one", "two, edited")

    def stop(message: str) -> None:
        raise RuntimeError(message)

    with pytest.raises(RuntimeError, match="a1 changed"):
        load_review(edited, stop)
    assert not review_path(edited).exists()
    told: list[str] = []
    assert load_review(edited, told.append) is not None and len(told) == 1


def test_a_review_carries_over_however_the_folder_was_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA (seventeenth round): reviewed through `brief /abs/news`, then `cd /abs; brief
    export news --review` after a typo fix said "no review saved": the folder was keyed by
    the path as typed."""
    (tmp_path / "news").mkdir()
    monkeypatch.chdir(tmp_path)

    def at(folder: str, *texts: str) -> tuple[Article, ...]:
        return tuple(
            Article(id=f"a{i}", path=f"{folder}/a{i}.txt", text=t) for i, t in enumerate(texts)
        )

    save_review(at(str(tmp_path / "news"), "first text", "second text"), FULL)
    review = load_review(at("news", "first text", "second text, corrected"), lambda _: None)
    assert review is not None and review.dropped == {"a0:0"}
    # and the other way round, from the folder itself
    save_review(at(".", "one text", "two text"), FULL)
    review = load_review(at(str(tmp_path), "one text", "two text, fixed"), lambda _: None)
    assert review is not None and review.pinned == ("a0:7",)


def test_a_review_remembered_under_the_typed_path_is_still_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brief.store import folders_key, remember

    (tmp_path / "news").mkdir()
    monkeypatch.chdir(tmp_path)
    before = tuple(Article(id=f"a{i}", path=f"news/a{i}.txt", text=t) for i, t in
                   enumerate(["first text", "second text"]))  # fmt: skip
    path = save_review(before, FULL)
    (path.parent / f"{folders_key(before)}.recent").unlink()  # as an older brief kept it:
    remember(f"{folders_key(before, as_given=True)}.recent", path.stem)  # by the typed path
    after = (before[0], Article(id="a1", path="news/a1.txt", text="second text, corrected"))
    assert load_review(after, lambda _: None) is not None


def test_saved_review_file_is_plain_json(tmp_path: Path) -> None:
    set_ = articles("x")
    data = json.loads(save_review(set_, FULL).read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["dropped"] == ["a0:0", "a1:12"]
    assert data["pinned"] == ["a1:40", "a0:7"]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2]",
        '{"dropped": "a0:0"}',
        '{"sentences": 0}',
        '{"sentences": true}',
        '{"version": 99}',
        '{"pinned": [1]}',
    ],
)
def test_corrupt_review_is_moved_aside_with_a_notice(content: str) -> None:
    set_ = articles("x")
    path = review_path(set_)
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    notices: list[str] = []
    assert load_review(set_, notices.append) is None
    assert len(notices) == 1 and "unreadable" in notices[0]
    kept = list(path.parent.glob(f"{path.name}.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    assert not path.exists()
    save_review(set_, FULL)  # the set can be reviewed again afterwards
    assert load_review(set_) == FULL


def test_corrupt_review_notice_goes_to_stderr_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_ = articles("x")
    path = review_path(set_)
    path.parent.mkdir(parents=True)
    path.write_text("{", encoding="utf-8")
    assert load_review(set_) is None
    assert "unreadable" in capsys.readouterr().err


def test_failed_save_keeps_the_previous_review(monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.atomic as atomic

    set_ = articles("x")
    save_review(set_, FULL)

    def broken(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch, pytest.raises(OSError):
        patch.setattr(atomic.os, "fsync", broken)
        save_review(set_, Review())
    assert load_review(set_) == FULL
    assert not list(review_path(set_).parent.glob(".*.tmp"))


def test_review_from_dict_accepts_missing_fields() -> None:
    assert review_from_dict({}) == Review()


def test_config_round_trip_and_defaults() -> None:
    assert load_config() == Config()
    assert Config().theme == "brief-dark"
    save_config(Config(theme="brief-light"))
    assert load_config().theme == "brief-light"
    assert config_path().read_text(encoding="utf-8").count("brief-light") == 1


def test_unknown_config_keys_are_ignored() -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text('theme = "brief-light"\nfuture_setting = 3\n', encoding="utf-8")
    assert load_config().theme == "brief-light"


def test_limits_round_trip_and_unset_limits_are_left_out() -> None:
    save_config(Config(theme="brief-light", max_size_mb=2.5, max_articles=300))
    assert load_config() == Config(theme="brief-light", max_size_mb=2.5, max_articles=300)
    save_config(Config(theme="brief-light"))
    assert "max_" not in config_path().read_text(encoding="utf-8")
    assert load_config() == Config(theme="brief-light")


@pytest.mark.parametrize(
    "content",
    [
        "theme = [",
        "theme = 5\n",
        'theme = ""\n',
        "max_articles = 0\n",
        "max_articles = 2.5\n",
        'max_size_mb = "big"\n',
        "max_size_mb = -1\n",
    ],
)
def test_corrupt_config_is_moved_aside(content: str) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    notices: list[str] = []
    assert load_config(notices.append) == Config()
    assert len(notices) == 1 and str(path) in notices[0]  # where it is, not only its name
    assert len(list(path.parent.glob("config.toml.corrupt-*"))) == 1


def test_store_never_imports_the_ui() -> None:
    code = (
        "import sys, brief.store\n"
        "print(','.join(m for m in ('textual', 'rich', 'brief.tui') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_review_title_and_focus_are_read_as_one_printable_line() -> None:
    """The review's title and focus reach the header, the summary title and the export: an
    escape sequence written into the file (by hand or by another program) stays out."""
    review = review_from_dict(
        {"title": "Harbour \x1b]0;PWN\x07 \u202eclosure\n", "focus": "\x1b[2Jwho\tpaid"}
    )
    assert review.title == "Harbour ]0;PWN closure"
    assert review.focus == "[2Jwho paid"
    assert review_from_dict({"title": None}).title is None
