"""Persistence of what the user decides: the review of each article set (the config is in
``brief.config``).

Core module: never imports textual or rich. Every write is atomic (temp file beside the
target, fsync, ``os.replace``), so quitting or a crash leaves either the old file or the new
one. A file that cannot be read is never silently reset: it is renamed
``<name>.corrupt-<timestamp>`` and a one-line notice says so.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from brief.atomic import write_bytes_atomic
from brief.model import Article, Review
from brief.store_keys import (  # re-exported: callers name a set's keys through the store
    folders_key,
    folders_keys,
    key_of,
    placed,
    review_key,
    review_keys,
    set_key,
    set_keys,
    text_digests,
)

__all__ = ["folders_key", "folders_keys", "review_key", "set_key", "set_keys"]

APP_NAME = "brief"
REVIEW_VERSION = 1
DEFAULT_THEME = "brief-dark"

Notice = Callable[[str], None]
"""Receives one line for the user (the app shows it as a notification)."""


def stderr_notice(message: str) -> None:
    from brief.text.clean import printable

    sys.stderr.write(f"brief: {printable(message)}\n")


# --- locations -------------------------------------------------------------------------


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME)


def config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME)


def reviews_dir() -> Path:
    return data_dir() / "reviews"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def config_path() -> Path:
    return config_dir() / "config.toml"


# --- atomic files ----------------------------------------------------------------------


def write_file_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step; raises ``OSError`` on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, text.encode("utf-8"))


def move_aside(path: Path, why: str, notice: Notice | None) -> Path | None:
    """Rename an unreadable file to ``*.corrupt-<timestamp>`` and tell the user."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        path.replace(target)
    except OSError as error:
        (notice or stderr_notice)(
            f"{path} is unreadable ({why}) and could not be moved aside: "
            f"{(error.strerror or str(error)).lower()}"
        )
        return None
    # the whole path: a user who never opened ~/.config/brief must learn where it lives
    (notice or stderr_notice)(f"{path} was unreadable ({why}); kept it as {target.name}")
    return target


# --- reviews ---------------------------------------------------------------------------


RECENT_REVIEWS = 20
"""Reviews remembered per folder: a pile's stories each have their own."""


def review_path(articles: Sequence[Article]) -> Path:
    """Where the review of this set, made in the folders it is in, is written."""
    return reviews_dir() / f"{review_key(articles)}.json"


def saved_review_path(articles: Sequence[Article]) -> Path | None:
    """The file that holds the review of this set, if any: its own, or the one saved before
    the twenty-third round under the texts alone when it was made in these folders."""
    found = _saved_review(articles)
    return None if found is None else found[0]


def _saved_review(articles: Sequence[Article]) -> tuple[Path, bool] | None:
    """``saved_review_path``, and whether the file is named the old way."""
    texts = set_key(articles)  # every text hashed once
    folder = reviews_dir()
    path = folder / f"{placed(texts, folders_key(articles))}.json"
    if path.exists():
        return path, False
    old = folder / f"{texts}.json"
    if old != path and old.exists() and _made_here(texts, folders_keys(articles), owners()):
        return old, True
    return None


def owners() -> dict[str, set[str]]:
    """Each review key listed in a ``<folders key>.recent`` file, and those folder keys."""
    found: dict[str, set[str]] = {}
    with contextlib.suppress(OSError):
        for path in reviews_dir().glob("*.recent"):
            if not path.name.endswith(".stories.recent"):  # the moves' lists
                for key in recent_keys(path.name):
                    found.setdefault(key, set()).add(path.name.removesuffix(".recent"))
    return found


def _made_here(old_key: str, folders: Sequence[str], listed: dict[str, set[str]]) -> bool:
    """Whether a review saved under ``old_key`` (texts alone) was made in ``folders``: its
    folders' list of recent reviews names it, or no list does (it fell off one, after
    ``RECENT_REVIEWS`` newer ones; or it is older than the lists). A review another folder
    lists is that folder's, not this one's."""
    made_in = listed.get(old_key)
    return made_in is None or not made_in.isdisjoint(folders)


def moves_path(articles: Sequence[Article]) -> Path:
    """Where the moves between stories of this pile are kept (``brief.stories.overrides``)."""
    return reviews_dir() / f"{set_key(articles)}.stories.json"


def review_to_dict(review: Review) -> dict[str, Any]:
    """A JSON-ready dict; sets are written sorted so the file is stable."""
    return {
        "version": REVIEW_VERSION,
        "dropped": sorted(review.dropped),
        "pinned": list(review.pinned),
        "order": list(review.order),
        "rejected_quotes": sorted(review.rejected_quotes),
        "excluded_sources": sorted(review.excluded_sources),
        "algorithm": review.algorithm,
        "sentences": review.sentences,
        "title": review.title,
        "focus": review.focus,
    }


def review_from_dict(data: object) -> Review:
    """Parse a saved review; raises ``ValueError`` naming the first bad field."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    version = data.get("version", REVIEW_VERSION)
    if not isinstance(version, int) or version > REVIEW_VERSION:
        raise ValueError(f"unsupported version {version!r}")

    def strings(name: str) -> tuple[str, ...]:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{name!r} is not a list of strings")
        return tuple(value)

    def optional(name: str, kind: type) -> Any:
        value = data.get(name)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            raise ValueError(f"{name!r} is not a {kind.__name__}")
        return value

    sentences = optional("sentences", int)
    if sentences is not None and sentences < 1:
        raise ValueError("'sentences' is below 1")
    return Review(
        dropped=frozenset(strings("dropped")),
        pinned=strings("pinned"),
        order=strings("order"),
        rejected_quotes=frozenset(strings("rejected_quotes")),
        excluded_sources=frozenset(strings("excluded_sources")),
        algorithm=optional("algorithm", str),
        sentences=sentences,
        # shown in the header, the summary's title and the export: a hand-edited or planted
        # file must not put an escape sequence there
        title=_one_line(optional("title", str)),
        focus=_one_line(optional("focus", str)),
    )


def _one_line(value: str | None) -> str | None:
    from brief.text.clean import one_line

    return None if value is None else one_line(value)


def load_review(articles: Sequence[Article], notice: Notice | None = None) -> Review | None:
    """The review saved for this article set, or None when there is none.

    A corrupt file is moved aside with a notice (to stderr unless ``notice`` is given).
    """
    if not articles:
        return None
    found = _saved_review(articles)
    if found is None:
        return _carried_over(articles, notice or stderr_notice)
    path, named_the_old_way = found
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:  # removed since it was found
        return None
    except (OSError, UnicodeDecodeError) as error:
        (notice or stderr_notice)(f"cannot read the saved review {path}: {error}")
        return None
    try:
        review = review_from_dict(json.loads(raw))
    except ValueError as error:  # json.JSONDecodeError is a ValueError
        move_aside(path, str(error).splitlines()[0][:120], notice)
        return None
    if named_the_old_way:  # saved under the texts alone: kept under its own name too (the
        with contextlib.suppress(OSError):  # old file stays, listed in these folders)
            save_review(articles, review)
    return review


def saved_exclusions(
    whole: Sequence[Article], parts: Sequence[Sequence[Article]]
) -> list[frozenset[str]]:
    """The sources excluded in the review saved for each of ``parts`` (a pile's stories:
    the app's list counted a source its brief leaves out). Only a review saved under the
    story's exact set is read, with no notice: a missing or bad one is an empty set here,
    and opening the story says what is wrong with it."""
    none: frozenset[str] = frozenset()
    folder = reviews_dir()
    try:
        saved = {path.name for path in folder.iterdir() if path.name.endswith(".json")}
    except OSError:
        saved = set()
    if not saved:  # most piles: no text is hashed
        return [none] * len(parts)
    found = []
    for name in saved_review_names(saved, review_keys(whole, parts)[1], parts):
        excluded = none
        if name is not None:
            with contextlib.suppress(OSError, ValueError):  # JSON and field errors too
                data = json.loads((folder / name).read_bytes())
                excluded = review_from_dict(data).excluded_sources
        found.append(excluded)
    return found


def saved_review_names(
    saved: set[str], keys: Sequence[tuple[str, str]], parts: Sequence[Sequence[Article]]
) -> list[str | None]:
    """The file name, of ``saved`` (the reviews folder's), holding the review of each of
    ``parts`` given its keys (``review_keys``): as ``saved_review_path``, in one pass."""
    listed: dict[str, set[str]] | None = None
    names: list[str | None] = []
    for (key, old), part in zip(keys, parts, strict=True):
        name = f"{key}.json" if f"{key}.json" in saved else None
        if name is None and old != key and f"{old}.json" in saved:
            listed = owners() if listed is None else listed
            name = f"{old}.json" if _made_here(old, folders_keys(part), listed) else None
        names.append(name)
    return names


def save_review(articles: Sequence[Article], review: Review) -> Path:
    """Write the review for this set atomically; raises ``OSError`` when it cannot.

    The file also holds each article's text digest, and ``<folders key>.recent`` lists the
    latest reviews made in the same folders, so a review made before an article changed
    or joined can be found and carried over.
    """
    digests = text_digests(articles)  # hashed once: a 1,000-article set takes ~3 ms
    folders = folders_key(articles)
    path = reviews_dir() / f"{placed(key_of(digests), folders)}.json"
    data = review_to_dict(review) | {"texts": digests}
    write_file_atomic(path, json.dumps(data, indent=2) + "\n")
    if folders is not None:
        remember(f"{folders}.recent", path.stem)
    return path


def remember(name: str, key: str) -> None:
    """Put ``key`` first in the list of recent keys ``name`` (beside the reviews)."""
    recent = recent_keys(name)
    if recent[:1] != [key]:
        keys = [key, *(k for k in recent if k != key)][:RECENT_REVIEWS]
        write_file_atomic(reviews_dir() / name, "\n".join(keys) + "\n")


def recent_keys(name: str) -> list[str]:
    try:
        text = (reviews_dir() / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [line for line in text.split() if line.isalnum()]


def _carried_over(articles: Sequence[Article], notice: Notice) -> Review | None:
    """The latest review of a set these articles contain (the same files, some edited or
    fetched again, maybe with new ones beside them), without the choices that point into a
    changed text (sentences are keyed by offset); None if there is none.

    A typo fixed in one file, a page fetched again, or a new report dropped into the folder
    used to start an empty review with no word: everything decided was lost.
    """
    keys = list(
        dict.fromkeys(k for f in folders_keys(articles) for k in recent_keys(f"{f}.recent"))
    )
    if not keys:
        return None
    now = text_digests(articles)
    for key in keys:
        try:
            data = json.loads((reviews_dir() / f"{key}.json").read_text(encoding="utf-8"))
            old = review_from_dict(data)
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        saved = data.get("texts")
        # all of its articles are here, and they are most of this set (not one story of a
        # pile given to a brief of the whole pile)
        if isinstance(saved, dict) and saved.keys() <= now.keys() and 2 * len(saved) >= len(now):
            break
    else:
        return None
    changed = sorted(name for name in saved if saved[name] != now[name])
    added = sorted(now.keys() - saved.keys())
    if not changed and not added:
        return None

    def kept(key: str) -> bool:
        return key.rpartition(":")[0] in saved and key.rpartition(":")[0] not in changed

    review = replace(
        old,
        dropped=frozenset(filter(kept, old.dropped)),
        pinned=tuple(filter(kept, old.pinned)),
        order=tuple(filter(kept, old.order)),
    )
    news = [f"{_listed(added)} {'is' if len(added) == 1 else 'are'} new"] if added else []
    if changed:
        news.append(
            f"{_listed(changed)} changed since, so the sentences you dropped, pinned or moved "
            "there start afresh"
        )
    notice("Restored your review; " + "; ".join(news))  # first: the app's child stops here
    with contextlib.suppress(OSError):  # kept under the new key: the next open finds it
        save_review(articles, review)
    return review


def _listed(names: Sequence[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
