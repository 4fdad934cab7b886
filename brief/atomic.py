"""Atomic file writes shared by exports, reviews and the config.

A temp file beside the target, fsync, then a rename: a crash or a full disk leaves the old
file or the new one, never a partial one. The new file gets the permissions a plain
``open()`` would give it (the umask), or keeps the mode of the file it replaces, rather than
the private 0600 of ``tempfile``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def _default_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        # the umask can only be read by setting it; it is put back at once (brief writes
        # files from one thread, so nothing else creates a file in between)
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes_atomic(target: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` to ``target`` in one step; raises ``OSError`` and leaves nothing partial.

    Args:
        replace: replace an existing file; without it the write fails with ``FileExistsError``
            if ``target`` exists, even when it appears while the data is being written.
    """
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, removed on error
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    tmp = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), _default_mode(target))
            os.fsync(handle.fileno())
        if replace:
            tmp.replace(target)  # os.replace: atomic on POSIX and Windows
        else:
            os.link(tmp, target)  # fails if the target appeared meanwhile: never clobber
            tmp.unlink()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
