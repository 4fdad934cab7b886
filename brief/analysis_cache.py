"""A cache of finished analyses, so reopening an unchanged set costs only its reading.

The usual review loop is open, review, quit, reopen: the second open reads the files again
(that is the floor) and finds the summary, quotes and figures here instead of recomputing
them. An entry is keyed by a hash of everything the analysis depends on:

- the ingested articles, every field (text, metadata, paragraphs, sentences): a changed
  file, a file added or removed, or a changed ingest gives another key;
- the analysis options (algorithm, length);
- brief's version, the entry format, and a fingerprint of brief's own source files (so an
  upgraded or edited brief never reads an analysis made by other code).

Entries live under the user cache folder (``platformdirs``; ``BRIEF_CACHE_DIR`` overrides it,
``BRIEF_NO_CACHE=1`` turns the cache off). Each is a pickle of the brief without its sources
(the caller has them), written to a temporary file and renamed into place: concurrent writers
each write a whole entry and the last rename wins; a reader sees a whole entry or none. An
entry that cannot be read (corrupt, truncated, another format) is ignored, removed and
rebuilt: the cache never makes brief fail, it can only make it faster. The folder is kept
under ``MAX_BYTES`` by removing the entries used least recently. The app keeps the story
grouping of a pile here too (``cached_groups``): a seen pile opens without numpy.

Only brief writes this folder, in the user's own cache directory, so unpickling its files
trusts nothing a stranger can write (the same trust as the user's own config).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from brief import __version__
from brief.model import AnalysisOptions, Article, Brief, LoadResult

FORMAT = 1
"""Bump when the entry layout or the meaning of a cached value changes."""
MAX_BYTES = 256 * 1024**2
SUFFIX = ".brief-analysis"
_MAGIC = b"brief-analysis\n"


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    if os.environ.get("BRIEF_NO_CACHE", "").strip() not in ("", "0"):
        return None
    override = os.environ.get("BRIEF_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("brief", appauthor=False) / "analysis"


def _code_fingerprint(root: str | None = None) -> str:
    """Size and modification time of brief's own source files.

    ``os.scandir`` rather than ``Path.rglob``: the same lines in the same order (paths
    relative to the package, sorted by their parts) at a third of the cost, which the app
    pays before its first frame (~1.5 ms for brief's ~150 modules).
    """
    files: list[tuple[tuple[str, ...], os.DirEntry[str]]] = []

    def walk(folder: str, parts: tuple[str, ...]) -> None:
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, (*parts, entry.name))
                elif entry.name.endswith(".py"):
                    files.append(((*parts, entry.name), entry))

    walk(root or str(Path(__file__).resolve().parent), ())
    digest = hashlib.sha256()
    for parts, entry in sorted(files, key=lambda item: item[0]):
        with contextlib.suppress(OSError):
            stat = entry.stat()
            digest.update(f"{'/'.join(parts)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


_FINGERPRINT: list[str] = []


def analysis_key(articles: Sequence[Article], options: AnalysisOptions | str) -> str:
    """A hex digest naming the analysis of ``articles`` with ``options`` (or another name)."""
    if not _FINGERPRINT:
        _FINGERPRINT.append(_code_fingerprint())
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}\n{__version__}\n{_FINGERPRINT[0]}\n{options!r}\n".encode())
    for article in articles:
        digest.update(_article_bytes(article))
    return digest.hexdigest()


def _article_bytes(article: Article) -> bytes:
    """Every field of ``article`` that the analysis reads, in a fixed order.

    Sentences and paragraphs are located by their offsets, roles and paragraph numbers (their
    text is ``article.text`` at those offsets): a third of the cost of hashing their repr.
    """
    head = (article.id, article.path, article.title, article.outlet, article.date, article.url,
            article.author, article.duplicate_of, article.format, len(article.text))  # fmt: skip
    paragraphs = [(p.start, p.end, p.role, p.reason) for p in article.paragraphs]
    sentences = [(s.index, s.paragraph, s.start, s.end, s.role) for s in article.sentences]
    layout = repr((head, paragraphs, sentences))
    return b"%s\0%s\0" % (layout.encode("utf-8", "surrogatepass"),
                           article.text.encode("utf-8", "surrogatepass"))  # fmt: skip


def load(key: str, articles: Sequence[Article], folder: Path | None = None) -> Brief | None:
    """The cached brief for ``key`` with ``articles`` as its sources, or None."""
    brief = _read(key, folder)
    if not isinstance(brief, Brief):
        return None
    return replace(brief, sources=tuple(articles))


def store(key: str, brief: Brief, folder: Path | None = None) -> bool:
    """Save ``brief`` (without its sources) under ``key``; False when it could not be."""
    return _write(key, replace(brief, sources=()), folder)


def _read(key: str, folder: Path | None = None) -> object | None:
    """The value stored under ``key``, or None (no entry, or one that cannot be read)."""
    folder = folder or cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}{SUFFIX}"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        if not data.startswith(_MAGIC):
            raise ValueError("not a brief cache entry")
        stored_key, value = pickle.loads(data[len(_MAGIC) :])
        if stored_key != key:
            raise ValueError("another entry")
    except Exception:  # corrupt, truncated or another format: rebuild, never fail
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used now: the last to be pruned
    return value


def _write(key: str, value: object, folder: Path | None = None) -> bool:
    """Save ``value`` under ``key``; False when it could not be."""
    folder = folder or cache_dir()
    if folder is None:
        return False
    try:
        payload = _MAGIC + pickle.dumps((key, value), protocol=5)
    except Exception:  # e.g. a value too deeply nested to pickle: simply not cached
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        tmp = Path(name)
        try:
            with os.fdopen(handle, "wb") as f:
                f.write(payload)
            tmp.replace(folder / f"{key}{SUFFIX}")  # atomic: a whole entry or none
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    except OSError:
        return False
    prune(folder)
    return True


def usage(folder: Path | None = None) -> tuple[int, int]:
    """``(entries, bytes)`` held in the cache folder (``brief cache info``)."""
    folder = folder or cache_dir()
    count = size = 0
    with contextlib.suppress(OSError):
        for path in folder.iterdir() if folder is not None else ():
            if path.name.endswith(SUFFIX):
                with contextlib.suppress(OSError):
                    size += path.stat().st_size
                    count += 1
    return count, size


def clear(folder: Path | None = None) -> int:
    """Remove every entry (``brief cache clear``); returns how many there were."""
    folder = folder or cache_dir()
    if folder is None:
        return 0
    count, _ = usage(folder)
    prune(folder, 0)
    return count - usage(folder)[0]


def prune(folder: Path, max_bytes: int = MAX_BYTES) -> None:
    """Remove the least recently used entries until the folder holds at most ``max_bytes``."""
    entries = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.name.endswith(SUFFIX):
                with contextlib.suppress(OSError):
                    stat = path.stat()
                    entries.append((stat.st_mtime_ns, stat.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries):
        if total <= max_bytes:
            break
        with contextlib.suppress(OSError):  # another process may have removed it already
            path.unlink()
        total -= size


def cached_build(
    build: Callable[..., Brief],
    articles: Sequence[Article],
    options: AnalysisOptions,
    *,
    title: str | None = None,
    timestamp: bool = True,
    **kwargs: object,
) -> Brief:
    """``build(articles, options, ...)`` through the cache (``build_brief``'s signature).

    The entry holds the analysis without title override and timestamp, so ``--title`` and
    the generated time are applied as ``build`` would apply them.
    """
    key = analysis_key(articles, options)
    brief = load(key, articles)
    if brief is None:
        brief = build(articles, options, timestamp=False, **kwargs)
        store(key, brief)
    return _finished(brief, title, timestamp)


def lookup(
    articles: Sequence[Article],
    options: AnalysisOptions,
    *,
    title: str | None = None,
    timestamp: bool = True,
) -> Brief | None:
    """The brief ``cached_build`` would return from the cache, or None when it would build.

    Reads only: no analysis module is imported, so a seen set opens without the NLP stack.
    """
    brief = load(analysis_key(articles, options), articles)
    return None if brief is None else _finished(brief, title, timestamp)


def _finished(brief: Brief, title: str | None, timestamp: bool) -> Brief:
    if title:
        brief = replace(brief, title=title)
    if timestamp:
        from datetime import datetime, timezone

        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        brief = replace(brief, generated=now)
    return brief


def cached_groups(
    articles: Sequence[Article], group: Callable[..., list[list[int]]]
) -> list[list[int]]:
    """``group(articles)`` (the story grouping) through the cache, keyed like an analysis."""
    groups = known_groups(articles)
    if groups is None:
        groups = group(articles)
        _write(_groups_key(articles), groups)
    return groups


def known_groups(articles: Sequence[Article]) -> list[list[int]] | None:
    """The cached story grouping of ``articles`` (indices), or None."""
    groups = _read(_groups_key(articles))
    valid = isinstance(groups, list) and all(
        isinstance(g, list) and all(isinstance(i, int) and 0 <= i < len(articles) for i in g)
        for g in groups
    )
    return groups if valid else None  # type: ignore[return-value]


def _groups_key(articles: Sequence[Article]) -> str:
    return analysis_key(articles, "story groups")


def known_reading(fingerprint: str) -> LoadResult | None:
    """The articles read from an input whose bytes and settings hash to ``fingerprint``.

    The caller hashes what the reading depends on (``brief.tui.warm_start.input_fingerprint``);
    the key adds brief's version and code fingerprint, like every entry.
    """
    result = _read(analysis_key((), f"reading {fingerprint}"))
    return result if isinstance(result, LoadResult) else None


def store_reading(fingerprint: str, result: LoadResult) -> bool:
    """Save the articles read from the input hashed to ``fingerprint``."""
    return _write(analysis_key((), f"reading {fingerprint}"), result)
