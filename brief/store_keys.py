"""The names under which what the user decides is saved: an article set's key (its texts),
the key of the folders a set lives in, and a review's key (both: a review belongs to the
brief it was made in, not to every pile that holds the same texts).

Core module, string and hash work only: nothing is read or written here (``brief.store``
does that).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from brief.model import Article


def text_digests(articles: Sequence[Article]) -> dict[str, str]:
    return {
        a.id: hashlib.sha256(a.text.encode("utf-8", "surrogatepass")).hexdigest() for a in articles
    }


def set_key(articles: Sequence[Article]) -> str:
    """A stable name for an article set: a hash of every article's id and text.

    Order-independent (folders may list differently); any edit to any article gives a
    new key, so a review is never applied to text it was not made on.
    """
    return key_of(text_digests(articles))


def set_keys(whole: Sequence[Article], parts: Sequence[Sequence[Article]]) -> tuple[str, list[str]]:
    """``set_key`` of ``whole`` and of each of ``parts`` (sets of its articles), each text
    hashed once: a pile's stories checked for a saved review hashed every text twice."""
    digests = text_digests(whole)
    known = {a.id: a.text for a in whole}
    keys = []
    for part in parts:
        if all(known.get(a.id) is a.text for a in part):
            keys.append(key_of({a.id: digests[a.id] for a in part}))
        else:  # an article not of ``whole`` (or another text under its id)
            keys.append(set_key(part))
    return key_of(digests), keys


def key_of(digests: dict[str, str]) -> str:
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


def review_key(articles: Sequence[Article]) -> str:
    """The name of the review of this set: its texts and the folders they are in.

    Before the twenty-third round a review was named by the texts alone, so the same five
    files copied into another folder, or a story of another pile made of them, opened with
    the sources excluded and the sentences dropped in the first (QA, twenty-second round).
    Standard input has no folder: its review is named by its text, as before."""
    return placed(set_key(articles), folders_key(articles))


def placed(texts_key: str, folders: str | None) -> str:
    """A set's key (``set_key``) made the key of its review in ``folders``."""
    if folders is None:
        return texts_key
    return hashlib.sha256(f"{folders}\n{texts_key}".encode()).hexdigest()[:32]


def review_keys(
    whole: Sequence[Article], parts: Sequence[Sequence[Article]]
) -> tuple[str, list[tuple[str, str]]]:
    """``set_key`` of ``whole``, and for each of ``parts`` its review's key and its key
    before the twenty-third round (``set_key``), each text hashed once."""
    pile, olds = set_keys(whole, parts)
    return pile, [(placed(old, folders_key(p)), old) for old, p in zip(olds, parts, strict=True)]
