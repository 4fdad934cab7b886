"""What a seen set brings along with its files, so that it opens complete in one frame.

The load worker calls ``warm_start`` right after reading the files. From the analysis cache
(``brief.analysis_cache``) it takes the pile's story grouping and, when the pile opens
straight on its brief (one article, or one story and no hand moves), that brief under the
options of the saved review, with its links and quote list built. It reads files and
unpickles only: no analysis module is imported, so a seen set paints without numpy, scipy,
nltk or sumy. Whatever is not in the cache is left to the usual workers.

``small_local_set`` decides whether the app reads its files before its first frame (a few
local files: about as fast as the frame itself, which then shows them) or in a worker;
``input_fingerprint`` names such a set's bytes, under which the app caches what it read
(the ingest, its sentence splitter and model cost more than the rest of the reading).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from brief.model import AnalysisOptions, Article, Brief, Review
from brief.tui.links import Links

if TYPE_CHECKING:  # the analysis ahead asks small_local_set before Textual is imported
    from brief.tui.widgets.quote_panel import QuoteView

SMALL_FILES = 40
SMALL_BYTES = 2 * 1024**2
"""At most this many files and bytes are read before the first frame; more in a worker."""


def small_local_set(paths: Sequence[str]) -> bool:
    """True when ``paths`` name at most ``SMALL_FILES`` local files of ``SMALL_BYTES`` in all.

    Only looks (a bounded walk of the folders); anything unusual (standard input, a missing
    path, a link, an unreadable folder, a deep tree) says no, and the worker reads instead.
    """
    return _small_walk(paths) is not None


def _small_walk(paths: Sequence[str]) -> list[Path] | None:
    """Every path under ``paths`` (folders and files, hidden ones skipped as the ingest
    skips them), or None when the set is not a small local one (``small_local_set``)."""
    seen: list[Path] = []
    size = 0
    pending = [Path(p) for p in paths if p != "-"]
    if len(pending) < len(paths):
        return None
    while pending:
        path = pending.pop()
        try:
            if path.is_symlink():
                return None
            if path.is_dir():
                pending.extend(p for p in path.iterdir() if not p.name.startswith("."))
            else:
                size += path.stat().st_size
            seen.append(path)  # a folder costs a look, like a file
        except OSError:
            return None
        if len(seen) > SMALL_FILES or size > SMALL_BYTES:
            return None
    return seen


def input_fingerprint(paths: Sequence[str], settings: str) -> str | None:
    """A hash of everything reading ``paths`` depends on, or None (not a small local set).

    The folder and file names under ``paths``, each file's bytes, the working folder (the
    articles carry paths as given) and ``settings`` (the reading options, as text). A file
    added, removed, renamed or edited, or another option, gives another hash; files the
    ingest would skip count too, which can only cost a cache miss, never a stale set.
    """
    import hashlib

    walked = _small_walk(paths)
    if walked is None:
        return None
    digest = hashlib.sha256(f"{Path.cwd()}\0{settings}\0{list(paths)!r}\0".encode())
    try:
        for path in sorted(walked, key=str):
            data = b"<folder>" if path.is_dir() else path.read_bytes()
            name = str(path).encode("utf-8", "surrogateescape")
            digest.update(b"%d:%s%d:" % (len(name), name, len(data)) + data)
    except OSError:
        return None
    return digest.hexdigest()


def reading_settings(fetch_args: object, limit_flags: tuple[object, ...], config: object) -> str:
    """The reading options ``input_fingerprint`` hashes: the command line, the limit flags
    and the config's limits. The app and its analysis ahead build it alike (same key)."""
    args = sorted(vars(fetch_args).items()) if fetch_args is not None else None
    limits = (getattr(config, "max_size_mb", None), getattr(config, "max_articles", None))
    return repr((args, tuple(limit_flags), limits))


@dataclass(frozen=True, slots=True)
class WarmStart:
    """The cached part of a set's start; empty fields are computed as usual."""

    groups: list[list[int]] | None = None
    """The pile's story grouping (indices), None when it must be grouped."""
    moves: dict[str, str | None] = field(default_factory=dict)
    """The user's moves between stories (``brief.stories.overrides``), with ``groups``."""
    notices: tuple[str, ...] = ()
    """Problems met reading the saved moves or review (a file moved aside)."""
    analysis: tuple[object, Brief, Links, QuoteView] | None = None
    """The session's analysis key, its brief, links and quote list."""

    @property
    def opens_brief(self) -> bool:
        """The cached grouping is one story without moves: the pile opens on its brief."""
        return self.groups is not None and len(self.groups) == 1 and not self.moves


def warm_start(articles: Sequence[Article], options: AnalysisOptions) -> WarmStart:
    """The cached grouping and brief of ``articles`` opened with ``options`` (as far as known)."""
    from brief import analysis_cache

    if not articles or analysis_cache.cache_dir() is None:
        return WarmStart()
    notices: list[str] = []
    groups, moves = None, {}
    if len(articles) >= 2:
        from brief.store import moves_path

        groups = analysis_cache.known_groups(articles)
        if groups is None:
            return WarmStart()
        if moves_path(articles).exists():  # most piles have none: no stories package then
            from brief.stories.overrides import load_moves

            moves = load_moves(articles, notices.append)
        if len(groups) != 1 or moves:  # the story list comes first: its briefs are opened later
            return WarmStart(groups, moves, tuple(notices))
    analysis = cached_analysis(articles, options, notices)
    return WarmStart(groups, moves, tuple(notices), analysis)


def cached_analysis(
    articles: Sequence[Article], options: AnalysisOptions, notices: list[str]
) -> tuple[object, Brief, Links, QuoteView] | None:
    """The analysis the app's session over ``articles`` asks for, when it is cached."""
    from brief import analysis_cache
    from brief.store import load_review
    from brief.tui.links import build_links
    from brief.tui.session import Session
    from brief.tui.widgets.quote_panel import prepare_quotes

    review = load_review(articles, notices.append)
    session = Session(tuple(articles), options, review or Review())
    brief = analysis_cache.lookup(session.included, session.options)
    if brief is None:
        return None
    return (
        session.analysis_key,
        brief,
        build_links(brief),
        prepare_quotes(brief.quotes, focus=brief.options.focus),
    )
