"""Every word the summary has met in this process, with its stop-word test and its stem.

``featurize`` runs once per brief, and a story export makes thousands of small briefs: the
stop-word test and the stem lookup of each distinct word of each brief, one Python step per
word and brief, were a third of ``featurize`` (decisions.md, issue 13, fifteenth round).
Here a word gets a number the first time any brief meets it, and its stop-word flag and the
number of its key (the stem, or the word itself for a stop word: what ``featurize`` counts)
are stored once in arrays that numpy indexes for every token of a brief at once.

A brief's own column numbers do not come from here: ``featurize`` numbers the keys in the
order the brief first meets them, as it always did, so its matrices are the same.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

MAX_WORDS = 500_000
"""Past this many words (a long-running app reading many different sets) the table starts
again: the numbers are only ever compared within one call."""


class Vocabulary(dict):  # type: ignore[type-arg]
    """word -> its number; an unknown word is numbered on lookup (``__missing__``), so a
    known word costs a plain dict lookup in C."""

    def __init__(self) -> None:
        super().__init__()
        import numpy as np

        self.stop = np.zeros(1024, dtype=bool)
        self.key = np.zeros(1024, dtype=np.int64)
        self._keys: dict[str, int] = {}
        self._stem: Callable[[str], str] | None = None
        self._stops: frozenset[str] = frozenset()

    def __missing__(self, word: str) -> int:
        number = len(self)
        if number == len(self.stop):
            self._grow()
        if self._stem is None:
            from brief.text.tokens import stem, stop_words

            self._stem, self._stops = stem, stop_words()
        stop = word in self._stops or len(word) < 2
        key = word if stop else self._stem(word)
        self.stop[number] = stop
        self.key[number] = self._keys.setdefault(key, len(self._keys))
        self[word] = number
        return number

    def _grow(self) -> None:
        import numpy as np

        size = 2 * len(self.stop)
        self.stop = np.concatenate([self.stop, np.zeros(size - len(self.stop), dtype=bool)])
        self.key = np.concatenate([self.key, np.zeros(size - len(self.key), dtype=np.int64)])


_LOCK = threading.Lock()
_TABLE: list[Vocabulary] = []


def _lock_again() -> None:
    """In a forked child: a lock of its own (a thread of the parent may have held it)."""
    global _LOCK
    _LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_lock_again)


def numbered(rows: list[list[str]]) -> tuple[Any, Any, Any]:
    """The tokens of every row as word numbers (one flat int64 array), with the stop-word
    flag and the key number of each token (global numbers: equal keys, equal numbers)."""
    import numpy as np

    with _LOCK:  # two threads numbering new words at once would give one number twice
        if not _TABLE or len(_TABLE[0]) >= MAX_WORDS:
            _TABLE[:] = [Vocabulary()]
        table = _TABLE[0]
        flat: list[int] = []
        for tokens in rows:
            flat.extend(map(table.__getitem__, tokens))
        words = np.asarray(flat, dtype=np.int64)
        return words, table.stop[words], table.key[words]
