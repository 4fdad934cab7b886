"""A statement's id, and which statements a saved review rejects.

``QuoteCluster.id`` is ``quote_id`` of the cluster's representative variant: a hash of its
outlet and its normalised words. The representative may change while the statement stays:
an added article brings a longer wording, or a newer engine merges two entries into one.
A rejection saved under the old id then named nothing and the statement came back. So a
saved id rejects a cluster when it is the cluster's id or the id any one of its variants
would have as representative (``rejection_keys``); ids of unchanged clusters are as before.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Sequence

from brief.model import QuoteCluster, QuoteVariant

_NON_WORD = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    """Lower case, every run of non-word characters one space."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def quote_id(source: str, norm: str) -> str:
    """The id of a statement whose representative is ``norm`` (``normalise``d) in ``source``."""
    return hashlib.sha1(f"{source}\x1f{norm}".encode()).hexdigest()[:12]


def variant_id(variant: QuoteVariant) -> str:
    """The id ``variant``'s cluster has when ``variant`` is its representative."""
    return quote_id(variant.source, normalise(variant.text))


def rejection_keys(quote: QuoteCluster, rejected: Collection[str]) -> frozenset[str]:
    """The saved ids in ``rejected`` that reject ``quote`` (empty: it is not rejected)."""
    if not rejected:
        return frozenset()
    return frozenset(k for k in (quote.id, *map(variant_id, quote.variants)) if k in rejected)


def is_rejected(quote: QuoteCluster, rejected: Collection[str]) -> bool:
    """Whether the saved ids ``rejected`` (``Review.rejected_quotes``) reject ``quote``."""
    return bool(rejection_keys(quote, rejected))


def rejected_ids(quotes: Sequence[QuoteCluster], rejected: Collection[str]) -> frozenset[str]:
    """Ids of the ``quotes`` that the saved ids ``rejected`` reject (``is_rejected``)."""
    if not rejected:
        return frozenset()
    rejected = frozenset(rejected)
    return frozenset(
        q.id
        for q, own in zip(quotes, _variant_ids(quotes), strict=True)
        if q.id in rejected or not own.isdisjoint(rejected)
    )


def kept(quotes: Sequence[QuoteCluster], rejected: Collection[str]) -> list[QuoteCluster]:
    """The ``quotes`` that no saved id in ``rejected`` rejects, in order."""
    gone = rejected_ids(quotes, rejected)
    return [q for q in quotes if q.id not in gone]


_LAST: list[tuple[Sequence[QuoteCluster], list[frozenset[str]]]] = []
"""The variant ids of the last ``quotes`` asked about (held, so ``is`` stays true): the app
asks on every review change of the same brief, and 10,000 variants take 50 ms to hash."""


def _variant_ids(quotes: Sequence[QuoteCluster]) -> list[frozenset[str]]:
    last = next(iter(_LAST), None)  # one read: a worker thread may replace it meanwhile
    if last is not None and last[0] is quotes:
        return last[1]
    ids = [frozenset(map(variant_id, q.variants)) for q in quotes]
    _LAST[:] = [(quotes, ids)]
    return ids
