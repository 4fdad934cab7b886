"""Persistence of what the user decides: the review of each article set (the config is in
``brief.config``).

Core module: never imports textual or rich. Every write is atomic (temp file beside the
target, fsync, ``os.replace``), so quitting or a crash leaves either the old file or the new
one. A file that cannot be read is never silently reset: it is renamed
``<name>.corrupt-<timestamp>`` and a one-line notice says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from brief.atomic import write_bytes_atomic
from brief.model import Article, Review

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


def _text_digests(articles: Sequence[Article]) -> dict[str, str]:
    return {
        a.id: hashlib.sha256(a.text.encode("utf-8", "surrogatepass")).hexdigest() for a in articles
    }


def set_key(articles: Sequence[Article]) -> str:
    """A stable name for an article set: a hash of every article's id and text.

    Order-independent (folders may list differently); any edit to any article gives a
    new key, so a review is never applied to text it was not made on.
    """
    return _key_of(_text_digests(articles))


def set_keys(whole: Sequence[Article], parts: Sequence[Sequence[Article]]) -> tuple[str, list[str]]:
    """``set_key`` of ``whole`` and of each of ``parts`` (sets of its articles), each text
    hashed once: a pile's stories checked for a saved review hashed every text twice."""
    digests = _text_digests(whole)
    known = {a.id: a.text for a in whole}
    keys = []
    for part in parts:
        if all(known.get(a.id) is a.text for a in part):
            keys.append(_key_of({a.id: digests[a.id] for a in part}))
        else:  # an article not of ``whole`` (or another text under its id)
            keys.append(set_key(part))
    return _key_of(digests), keys


def _key_of(digests: dict[str, str]) -> str:
    named = sorted(f"{name}\0{digest}" for name, digest in digests.items())
    return hashlib.sha256("\n".join(named).encode("utf-8")).hexdigest()[:32]


def folders_key(articles: Sequence[Article], *, as_given: bool = False) -> str | None:
    """A name for where a set's articles live (their folders, or sites), whatever the files
    in them; None with standard input, whose text is a different article each time.

    A file's folder is taken absolute, so `brief news` from home and `brief ~/news` are the
    same folder (QA, seventeenth round: a review made through one was not carried over to
    an edited set opened through the other). The bundled sample's folder is named, not
    placed: it sits where brief was installed, which a reinstall or another environment
    moves (QA, nineteenth round). ``as_given`` is the key as it was before, from the paths
    as typed, to find what was remembered under it."""
    if any(a.path == "-" for a in articles):
        return None
    folders = {a.path.replace("\\", "/").rpartition("/")[0] for a in articles}
    if not as_given:  # a file's folder, not a web address's; abspath (unlike resolve) is
        # string work, with no call to the disk per folder
        folders = {_folder_now(f) for f in folders}
    return hashlib.sha256("\n".join(sorted(folders)).encode("utf-8")).hexdigest()[:32]


def _folder_now(folder: str) -> str:
    from brief.resources import SAMPLE_NAME, sample_folder

    if "://" in folder:
        return folder
    return SAMPLE_NAME if sample_folder(folder) else os.path.abspath(folder or ".")  # noqa: PTH100


def folders_keys(articles: Sequence[Article]) -> list[str]:
    """The keys to look under for what was remembered of these folders: today's key, then
    the key as typed, which versions before the seventeenth round wrote; empty with
    standard input."""
    now, typed = folders_key(articles), folders_key(articles, as_given=True)
    return [] if now is None or typed is None else list(dict.fromkeys([now, typed]))


RECENT_REVIEWS = 20
"""Reviews remembered per folder: a pile's stories each have their own."""


def review_path(articles: Sequence[Article]) -> Path:
    return reviews_dir() / f"{set_key(articles)}.json"


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
    path = review_path(articles)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _carried_over(articles, notice or stderr_notice)
    except (OSError, UnicodeDecodeError) as error:
        (notice or stderr_notice)(f"cannot read the saved review {path}: {error}")
        return None
    try:
        return review_from_dict(json.loads(raw))
    except ValueError as error:  # json.JSONDecodeError is a ValueError
        move_aside(path, str(error).splitlines()[0][:120], notice)
        return None


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
    for key in set_keys(whole, parts)[1]:
        excluded = none
        if f"{key}.json" in saved:
            with contextlib.suppress(OSError, ValueError):  # JSON and field errors too
                data = json.loads((folder / f"{key}.json").read_bytes())
                excluded = review_from_dict(data).excluded_sources
        found.append(excluded)
    return found


def save_review(articles: Sequence[Article], review: Review) -> Path:
    """Write the review for this set atomically; raises ``OSError`` when it cannot.

    The file also holds each article's text digest, and ``<folders key>.recent`` lists the
    latest reviews made in the same folders, so a review made before an article changed
    or joined can be found and carried over.
    """
    digests = _text_digests(articles)  # hashed once: a 1,000-article set takes ~3 ms
    path = reviews_dir() / f"{_key_of(digests)}.json"
    data = review_to_dict(review) | {"texts": digests}
    write_file_atomic(path, json.dumps(data, indent=2) + "\n")
    folders = folders_key(articles)
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
    now = _text_digests(articles)
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
