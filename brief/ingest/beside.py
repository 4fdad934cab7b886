"""Files read by this process and a forked child together (``load_paths``' ``share_reading``).

Reading the files (bytes, decoding, the format's reader, the lines) is a third of the ingest
of a large pile, and nothing else can start before every file is read: a line repeated
across files is boilerplate, so no article is built before all are read. ``brief export
--stories`` on a large pile therefore reads with a forked child beside it: the child takes
files from the front, this process from the back, a few at a time, until they meet
(``brief.forked.Shared``). The child pickles each file's read as soon as it has it, so when
the claims meet it sends a list of ready pickles at once, and this process waits for no
pickling of the whole part (0.25 s at 10,000 leads). Each file is read by the same
function in either process, and the reads are put back in the files' order, so the result
(articles, warnings and their order) is the same as a serial read; a child that fails or
dies leaves its files to this process.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Sequence
from typing import TypeVar

R = TypeVar("R")

CHUNK = 16
"""Files per claim: about 2 ms of reading, so the two finish within a few files of each
other and the claims' lock is taken rarely."""


def read_beside(paths: Sequence[str], read: Callable[[str], R]) -> list[R]:
    """``[read(path) for path in paths]``, shared with a forked child (``read`` never
    returns bytes: those are the child's pickles)."""
    from brief.forked import Shared

    parent = os.getpid()

    def job(path: str) -> R | bytes:
        done = read(path)
        if os.getpid() == parent:
            return done
        return pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)

    shared = Shared(job, paths, _nothing, chunk=CHUNK)
    try:
        reads = shared.results()
    finally:
        shared.cancel()  # it has sent its part: nothing else is asked of it
    return [pickle.loads(done) if isinstance(done, bytes) else done for done in reads]


def _nothing() -> None:
    return None
