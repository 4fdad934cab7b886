"""Write a file atomically: a temp file beside it, fsync, then rename; never partial."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from brief.atomic import write_bytes_atomic


class WriteError(OSError):
    """The file could not be written; nothing partial was left behind."""


def write_atomic(path: str | os.PathLike[str], text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` to ``path`` or raise ``WriteError`` with a one-line reason.

    Args:
        overwrite: replace an existing file; without it an existing file is an error.
    """
    target = through_links(Path(path))
    check_target(target, overwrite=overwrite)
    data = text.encode("utf-8")
    if target.exists() and not target.is_file():
        _write_special(target, data)  # a device or pipe (/dev/stdout, /dev/full): never replace it
        return
    try:
        write_bytes_atomic(target, data, replace=overwrite)
    except FileExistsError:
        raise WriteError("file exists") from None
    except OSError as error:
        raise WriteError(_reason(error)) from None


def check_target(target: Path, *, overwrite: bool = False) -> None:
    """Raise ``WriteError`` now if writing ``target`` must fail: no folder, or a file there.

    A device or a pipe (``/dev/stdout``) is written to, not replaced, so it needs no
    ``overwrite``.
    """
    target = through_links(target)
    parent = target.parent if str(target.parent) else Path()
    if not parent.is_dir():
        state = "is a file, not a folder" if parent.exists() else "does not exist"
        raise WriteError(f"folder {parent} {state}")
    if target.is_dir():
        raise WriteError("it is a folder")
    if target.is_file() and not overwrite:
        raise WriteError("file exists")


def read_from(target: Path, paths: Iterable[str]) -> bool:
    """Whether ``target`` is one of the files an article was read from: ``--force`` must
    not replace the user's article with its brief (``brief export a.md -o a.md --force``
    did, QA eighteenth round)."""
    if not target.is_file():
        return False
    for path in paths:
        try:
            if path and Path(path).samefile(target):
                return True
        except OSError:  # stdin, a web page, a file gone since
            continue
    return False


def through_links(target: Path) -> Path:
    """The file a symbolic link names, so writing it updates that file, as ``>`` would.

    Replacing the link itself (the rename of an atomic write) would leave the user's file
    as it was and turn their link into a copy; a dangling link gets its file created.
    """
    if not target.is_symlink():
        return target
    return Path(os.path.realpath(target))


def _write_special(target: Path, data: bytes) -> None:
    try:
        with target.open("wb") as handle:
            handle.write(data)
            handle.flush()
    except OSError as error:
        raise WriteError(_reason(error)) from None


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
