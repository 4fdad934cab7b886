"""Find syndicated copies: articles whose body sentences are (nearly) all shared."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from brief.ingest.boilerplate import normalise_line
from brief.model import Article

NEAR_DUPLICATE = 0.8
"""Share of the shorter article's body sentences found in the longer one."""


def find_copies(articles: Sequence[Article]) -> dict[str, str]:
    """Map the id of each copy to the id of the first article it copies.

    Sentences are compared as normalised strings through an inverted index, so the
    cost grows with the number of shared sentences, not with the square of the set.
    """
    keys: list[set[str]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        sentence_keys = {normalise_line(s.text) for s in article.body_sentences}
        sentence_keys.discard("")
        keys.append(sentence_keys)
        for key in sentence_keys:
            index[key].append(position)
    copies: dict[str, str] = {}
    for position, article in enumerate(articles):
        mine = keys[position]
        if not mine:
            continue
        shared: dict[int, int] = defaultdict(int)
        for key in mine:
            postings = index[key]
            if len(postings) > 50:  # a stock line, not evidence of copying
                continue
            for other in postings:
                if other < position:
                    shared[other] += 1
        for other, count in sorted(shared.items()):
            if articles[other].id in copies:
                continue
            smaller = min(len(mine), len(keys[other]))
            if (
                count / smaller >= NEAR_DUPLICATE
                and smaller / max(len(mine), len(keys[other])) >= 0.5
            ):
                copies[article.id] = articles[other].id
                break
    return copies
