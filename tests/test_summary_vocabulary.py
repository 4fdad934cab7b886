"""``featurize`` with the process-wide word table gives the matrices that a table of its
own per call gives (the columns numbered by first use), warm or cold, in any order."""

from __future__ import annotations

import random
import threading

import numpy as np
import pytest

from brief.summary import vocabulary
from brief.summary.vectors import Features, _count_matrix, featurize
from brief.text.tokens import WORD, stem, stop_words

POOL = [
    *[
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "others",
        "other",
        "ones",
        "one",
        "council",
        "budget",
        "harbour",
        "approved",
        "bridge",
    ],
    *[
        "cracks",
        "engineers",
        "lorries",
        "mayor",
        "said",
        "was",
        "were",
        "being",
        "is",
        "it's",
        "U.S.",
        "e-mail",
        "2024",
        "x",
        "I",
    ],
    *[
        "running",
        "runs",
        "ran",
        "runner",
        "councils",
        "budgets",
        "approving",
        "says",
        "Monday",
        "Mondays",
    ],
    *["well", "wells", "be", "beings", "after", "afters"],
]


def _per_call(texts: list[str]) -> Features:
    """``featurize`` as it was before the shared table: every number made in the call."""
    n = len(texts)
    word_ids: dict[str, int] = {}
    flat: list[int] = []
    tokens_per_row = np.zeros(n, dtype=np.int64)
    lengths = np.zeros(n, dtype=np.int64)
    for row, text in enumerate(texts):
        tokens = WORD.findall(text.lower().replace("\u2019", "'"))
        flat.extend([word_ids.setdefault(t, len(word_ids)) for t in tokens])
        tokens_per_row[row] = len(tokens)
        lengths[row] = len(text.split())
    stops = stop_words()
    distinct = list(word_ids)
    is_stop = np.array([w in stops or len(w) < 2 for w in distinct], dtype=bool)
    stem_ids: dict[str, int] = {}
    stem_of_word = np.array(
        [
            stem_ids.setdefault(w if s else stem(w), len(stem_ids))
            for w, s in zip(distinct, is_stop, strict=True)
        ],
        dtype=np.int64,
    )
    token_words = np.asarray(flat, dtype=np.int64)
    rows = np.repeat(np.arange(n, dtype=np.int64), tokens_per_row)
    stems = stem_of_word[token_words] if len(token_words) else token_words
    stop = is_stop[token_words] if len(token_words) else np.zeros(0, dtype=bool)
    width = max(len(stem_ids), 1)
    unigrams = _count_matrix(rows[~stop], stems[~stop], (n, width))
    pair = (rows[1:] == rows[:-1]) & ~(stop[1:] & stop[:-1])
    keys = stems[:-1][pair] * width + stems[1:][pair]
    columns, pair_ids = np.unique(keys, return_inverse=True)
    bigrams = _count_matrix(rows[:-1][pair], pair_ids.ravel(), (n, max(len(columns), 1)))
    return Features(unigrams=unigrams, bigrams=bigrams, lengths=lengths)


def _same(a: Features, b: Features) -> bool:
    return all(
        x.shape == y.shape
        and np.array_equal(x.indptr, y.indptr)
        and np.array_equal(x.indices, y.indices)
        and x.data.tobytes() == y.data.tobytes()
        for x, y in ((a.unigrams, b.unigrams), (a.bigrams, b.bigrams))
    ) and np.array_equal(a.lengths, b.lengths)


def _random_texts(rng: random.Random) -> list[str]:
    return [
        " ".join(
            rng.choice(POOL).capitalize() if rng.random() < 0.2 else rng.choice(POOL)
            for _ in range(rng.randint(0, 25))
        )
        for _ in range(rng.randint(0, 12))
    ]


def test_the_pool_holds_a_word_whose_stem_is_a_stop_word() -> None:
    """(else the tests below could not see two keys merged the wrong way)"""
    stops = stop_words()
    assert any(stem(w) in stops for w in POOL if w not in stops and len(w) > 1)


def test_shared_table_gives_the_per_call_matrices() -> None:
    rng = random.Random(7)
    for trial in range(300):  # the table warms up across the calls, in random orders
        texts = _random_texts(rng)
        assert _same(featurize(texts), _per_call(texts)), trial


def test_a_table_started_again_gives_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary, "MAX_WORDS", 5)
    rng = random.Random(8)
    for trial in range(100):
        texts = _random_texts(rng)
        assert _same(featurize(texts), _per_call(texts)), trial
    assert len(vocabulary._TABLE[0]) < 5 + len(POOL)


def test_threads_numbering_new_words_at_once_get_their_own_matrices() -> None:
    rng = random.Random(9)
    batches = [[_random_texts(rng) + [f"w{k}x{i} neww{k}{i}" for i in range(30)]] for k in range(4)]
    vocabulary._TABLE.clear()
    results: dict[int, list[Features]] = {}

    def work(k: int) -> None:
        results[k] = [featurize(texts) for texts in batches[k] * 20]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(4):
        expected = _per_call(batches[k][0])
        assert all(_same(found, expected) for found in results[k])


def test_a_forked_child_has_a_lock_of_its_own() -> None:
    """A fork while another thread numbers words would leave the child a held lock."""
    import os

    if not hasattr(os, "fork"):
        pytest.skip("no fork")
    texts = ["The council approved the budget.", "Beings of the harbour were well."]
    expected = _per_call(texts)
    with vocabulary._LOCK:  # held here, as by another thread, when the child is made
        pid = os.fork()
        if pid == 0:  # the child: featurize must not wait for the parent's lock
            code = 0 if _same(featurize(texts), expected) else 3
            os._exit(code)
    import signal
    import time

    deadline = time.monotonic() + 20
    while (done := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    if done[0] == 0:  # still waiting for the lock: the child would never finish
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the forked child waited for the parent's lock")
    assert os.waitstatus_to_exitcode(done[1]) == 0
