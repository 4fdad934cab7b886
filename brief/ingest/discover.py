"""Expand the paths a user gives into the files to read, never following loops."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from brief.text.clean import printable

SUPPORTED = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Found:
    """A file to read, or a path that could not be used and why."""

    path: str
    problem: str = ""


def discover(paths: Iterable[str]) -> Iterator[Found]:
    """Yield every article file under ``paths`` (files, folders, or ``-`` for stdin).

    Folders are walked recursively in sorted order; hidden files and folders are
    skipped; symbolic links to folders are not followed, so a link loop cannot hang.
    A file named twice (``*.txt dir/``, a link to a file beside it) or a second ``-`` is
    read once: the repeat is a problem naming the first, not a second source.
    """
    seen: dict[tuple[int, int] | str, str] = {}
    for found in _expand(paths):
        key = _identity(found)
        if key is not None and key in seen:
            first = seen[key]
            same = first == found.path
            why = "named twice, read once" if same else f"the same file as {printable(first)}"
            yield Found(found.path, why)
            continue
        if key is not None:
            seen[key] = found.path
        yield found


def _identity(found: Found) -> tuple[int, int] | str | None:
    if found.problem:
        return None
    if found.path == STDIN:
        return STDIN
    try:
        info = Path(found.path).stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _expand(paths: Iterable[str]) -> Iterator[Found]:
    for raw in paths:
        if raw == STDIN:
            yield Found(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield _check_file(path, explicit=True)
        elif path.is_symlink():
            yield Found(raw, _link_problem(path))
        elif not path.exists():
            yield Found(raw, "no such file or folder")
        else:
            yield Found(raw, "not a regular file")


def _walk(folder: Path) -> Iterator[Found]:
    found_any = False
    errors: list[OSError] = []
    unsupported: list[Path] = []  # one line for them all: a folder of 30 PDFs is not 30 lines
    for root, dirs, files in os.walk(folder, onerror=errors.append, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in _saved_page_folders(dirs, files):
            dirs.remove(name)
            found_any = True
            yield Found(str(Path(root) / name), _SAVED_PAGE_FOLDER)
        for name in sorted(files):
            if name.startswith("."):
                continue
            candidate = Path(root) / name
            found_any = True
            if candidate.suffix.lower() not in SUPPORTED:
                feed = _feed_kind(candidate)
                if feed:  # read when named: "unsupported" told the user it never is
                    yield Found(str(candidate), _FEED_IN_FOLDER.format(feed))
                else:
                    unsupported.append(candidate)
                continue
            yield _check_file(candidate, explicit=False)
    if len(unsupported) == 1:
        yield _check_file(unsupported[0], explicit=False)
    elif unsupported:
        yield Found(str(folder), _unsupported_files(folder, unsupported))
    for error in errors:
        yield Found(str(error.filename or folder), _reason(error))
    if not found_any and not errors:
        yield Found(str(folder), "folder holds no article files (.txt .md .html .json .jsonl)")


_FEED_NAMES = {"rss": "RSS", "atom": "Atom"}
_FEED_SUFFIXES = frozenset({".opml", ".xml", ".rss", ".atom", ".rdf"})
_FEED_IN_FOLDER = (
    "{}: brief fetches what it lists only when the file itself is named (a folder's files "
    "are read, never fetched)"
)


def _feed_kind(path: Path) -> str:
    """ "a list of feeds (OPML)" or "a news feed (RSS)" when ``path`` is one (brief reads it
    named on the command line, fetching its feeds or items), else ""."""
    if path.suffix.lower() not in _FEED_SUFFIXES:
        return ""
    from brief.fetch.feeds import sniff

    try:
        with path.open("rb") as handle:
            kind = sniff(handle.read(4096))
    except OSError:
        return ""
    if kind is None or kind == "jsonfeed":
        return ""
    return "a list of feeds (OPML)" if kind == "opml" else f"a news feed ({_FEED_NAMES[kind]})"


#: What browsers name the folder of a page saved "complete" (``page.html`` beside
#: ``page_files/``), in English and in a few other languages' Firefox and Chrome.
_ASSET_SUFFIXES = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_file",
                   "_bestanden")  # fmt: skip
_SAVED_PAGE_FOLDER = "the images, styles and scripts of a saved page beside it, not articles"


def _saved_page_folders(dirs: list[str], files: list[str]) -> list[str]:
    """The folders of saved pages: ``X_files`` beside ``X.html`` (or ``.htm``). Their
    scripts and images are one skip line, not one line per file (a saved page has dozens)."""
    pages = {name.rsplit(".", 1)[0] for name in files if name.lower().endswith((".html", ".htm"))}
    return [
        d for d in dirs if any(d.endswith(s) and d[: -len(s)] in pages for s in _ASSET_SUFFIXES)
    ]


#: How many of a folder's unreadable files its one line names.
NAMED_FILES = 3


def _unsupported_files(folder: Path, paths: list[Path]) -> str:
    """``30 files of types brief cannot read (.pdf, .png): a.pdf, b.pdf, c.pdf and 27
    more; brief reads …``: the kinds, and the first files by name (relative to ``folder``)."""
    kinds = sorted({p.suffix.lower() or "no extension" for p in paths})
    shown = kinds[:6] + ([f"{len(kinds) - 6} more"] if len(kinds) > 6 else [])
    names = [printable(str(p.relative_to(folder))) for p in paths]
    named = (
        ", ".join(names)
        if len(names) <= NAMED_FILES + 1
        else (f"{', '.join(names[:NAMED_FILES])} and {len(names) - NAMED_FILES} more")
    )
    what = "a type" if len(kinds) == 1 else "types"
    return (f"{len(paths)} files of {what} brief cannot read ({', '.join(map(printable, shown))}): "
            f"{named}; brief reads .txt .md .html .json .jsonl")  # fmt: skip


def _check_file(path: Path, *, explicit: bool) -> Found:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        kind = f"'{printable(suffix)}'" if suffix else "no extension"
        return Found(
            str(path), f"unsupported file type ({kind}); brief reads .txt .md .html .json .jsonl"
        )
    if not path.is_file():
        if path.is_symlink():
            return Found(str(path), _link_problem(path))
        return Found(str(path), "not a regular file")
    return Found(str(path))


def _link_problem(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError:
        return "broken symbolic link"
    return "symbolic link to something that is not a file"


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
