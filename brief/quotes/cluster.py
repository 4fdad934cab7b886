"""Placeholder clustering: one cluster per variant (replaced below)."""

from __future__ import annotations

import hashlib

from brief.model import QuoteCluster, QuoteVariant


def cluster_variants(per_article: list[list[QuoteVariant]]) -> tuple[QuoteCluster, ...]:
    out = []
    for variants in per_article:
        for v in variants:
            ident = hashlib.sha1(f"{v.source}:{v.text}".encode()).hexdigest()[:12]
            out.append(QuoteCluster(ident, v.speaker, v.text, v.kind, (v.source,), (v,)))
    return tuple(out)
