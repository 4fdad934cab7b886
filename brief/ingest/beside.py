"""Files read by this process and a forked child together (``load_paths``' ``share_reading``).

Reading the files (bytes, decoding, the format's reader, the lines) is a third of the ingest
of a large pile, and nothing else can start before every file is read: a line repeated
across files is boilerplate, so no article is built before all are read. ``brief export
--stories`` on a large pile therefore reads with a forked child beside it: the child takes
files from the front, this process from the back, a few at a time, until they meet
(``brief.forked.Shared``); the child's reads come back pickled. Each file is read by the same
function in either process, and the reads are put back in the files' order, so the result
(articles, warnings and their order) is the same as a serial read; a child that fails or
dies leaves its files to this process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

R = TypeVar("R")

CHUNK = 16
"""Files per claim: about 2 ms of reading, so the two finish within a few files of each
other and the claims' lock is taken rarely."""


def read_beside(paths: Sequence[str], read: Callable[[str], R]) -> list[R]:
    """``[read(path) for path in paths]``, shared with a forked child."""
    from brief.forked import Shared

    shared = Shared(read, paths, _nothing, chunk=CHUNK)
    try:
        return shared.results()
    finally:
        shared.cancel()  # it has sent its part: nothing else is asked of it


def _nothing() -> None:
    return None
