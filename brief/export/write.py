"""Write a file atomically: a temp file beside it, fsync, then rename; never partial."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteError(OSError):
    """The file could not be written; nothing partial was left behind."""


def write_atomic(path: str | os.PathLike[str], text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` to ``path`` or raise ``WriteError`` with a one-line reason.

    Args:
        overwrite: replace an existing file; without it an existing file is an error.
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path()
    if not parent.is_dir():
        raise WriteError(f"folder {parent} does not exist")
    if target.exists() and not overwrite:
        raise WriteError("file exists")
    data = text.encode("utf-8")
    if target.exists() and not target.is_file():
        _write_special(target, data)  # a device or pipe (/dev/stdout, /dev/full): never replace it
        return
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on error
            dir=parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise WriteError(_reason(error)) from None
    tmp = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            tmp.replace(target)
        else:
            os.link(tmp, target)  # fails if the target appeared meanwhile: never clobber
            tmp.unlink()
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise WriteError(_reason(error)) from None


def _write_special(target: Path, data: bytes) -> None:
    try:
        with target.open("wb") as handle:
            handle.write(data)
            handle.flush()
    except OSError as error:
        raise WriteError(_reason(error)) from None


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
