"""The bundled sample yields every quote cluster its gold annotation lists, and no scare
quote becomes a statement (gold read through the ``seed_gold`` fixture)."""

from __future__ import annotations

import re

import pytest

from brief.model import LoadResult, QuoteCluster
from brief.quotes import extract_quotes


@pytest.fixture(scope="module")
def clusters(sample: LoadResult) -> tuple[QuoteCluster, ...]:
    return extract_quotes([a for a in sample.articles if a.duplicate_of is None])


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _matches(cluster: QuoteCluster, gold: dict) -> bool:
    speaker = cluster.speaker.lower()
    if not any(name.lower() in speaker for name in gold["speaker"]):
        return False
    key = gold["key"].lower()
    if key not in cluster.text.lower() and not any(key in v.text.lower() for v in cluster.variants):
        return False
    return set(gold["sources"]) <= set(cluster.sources)


@pytest.mark.parametrize("level", ["must", "should"])
def test_gold_clusters_are_found_as_one_cluster(
    clusters: tuple[QuoteCluster, ...], seed_gold: dict, level: str
) -> None:
    wanted = [g for g in seed_gold["quote_clusters"] if g["level"] == level]
    assert wanted
    missing = [g["id"] for g in wanted if not any(_matches(c, g) for c in clusters)]
    assert not missing, missing


def test_scare_quotes_of_the_sample_are_not_statements(
    clusters: tuple[QuoteCluster, ...], seed_gold: dict
) -> None:
    for phrase in seed_gold["not_quotes"]:
        target = _norm(phrase)
        for cluster in clusters:
            for variant in cluster.variants:
                text = _norm(variant.text)
                # the phrase alone (or nearly alone) must never be shown as a statement
                assert not (target in text and len(text.split()) <= len(target.split()) + 3), (
                    phrase,
                    variant.text,
                )


def test_every_variant_locates_its_text(sample: LoadResult, clusters) -> None:
    texts = {a.id: a.text for a in sample.articles}
    assert clusters
    for cluster in clusters:
        assert cluster.sources == tuple(dict.fromkeys(v.source for v in cluster.variants))
        for variant in cluster.variants:
            text = texts[variant.source]
            parts = [" ".join(text[s:e].split()) for s, e in variant.parts or (variant.span,)]
            assert " \u2026 ".join(parts) == variant.text


def test_cluster_ids_are_stable_and_unique(sample: LoadResult, clusters) -> None:
    again = extract_quotes([a for a in sample.articles if a.duplicate_of is None])
    assert [c.id for c in again] == [c.id for c in clusters]
    assert len({c.id for c in clusters}) == len(clusters)


def test_no_speaker_of_the_sample_is_a_pronoun_or_a_document(clusters) -> None:
    from brief.quotes.lexicon import PRONOUNS
    from brief.quotes.phrases import head_noun
    from brief.quotes.speaker_words import DOCUMENT_NOUNS
    from brief.quotes.units import Token

    for cluster in clusters:
        for variant in cluster.variants:
            words = variant.speaker.lower().split()
            assert words, cluster.text
            last = Token("w", words[-1], words[-1], 0, len(words[-1]))
            assert variant.speaker.lower() not in PRONOUNS, variant
            assert head_noun(last) not in DOCUMENT_NOUNS, variant
