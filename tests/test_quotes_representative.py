"""A statement's panel entry leads with a direct quotation when one outlet has it (the
speaker's own words), then with the wording with most stems. Invented text."""

from __future__ import annotations

from brief.model import QuoteVariant
from brief.quotes.cluster import cluster_variants

REPORT = "the crews would not sail again until the company restored the night shift allowance"
QUOTE = "We will not sail until the company restores the night allowance"


def _variant(source: str, text: str, kind: str) -> QuoteVariant:
    return QuoteVariant(
        source=source,
        text=text,
        span=(0, len(text)),
        speaker_mention="Lina Okafor",
        kind=kind,  # type: ignore[arg-type]
        speaker="Lina Okafor",
    )


def test_a_direct_quotation_leads_over_a_longer_report() -> None:
    report = _variant("a", REPORT, "indirect")
    quote = _variant("b", QUOTE, "direct")
    (cluster,) = cluster_variants([[report], [quote]])
    assert len(cluster.variants) == 2  # one statement, two outlets
    assert (cluster.text, cluster.kind) == (QUOTE, "direct")


def test_among_direct_quotations_the_one_with_most_stems_leads() -> None:
    longer = QUOTE.replace("night allowance", "night shift allowance for every crew")
    (cluster,) = cluster_variants(
        [[_variant("a", QUOTE, "direct")], [_variant("b", longer, "direct")]]
    )
    assert cluster.text == longer


def test_without_a_direct_quotation_the_report_with_most_stems_leads() -> None:
    shorter = "the crews would not sail until the company restored the allowance"
    variants = [[_variant("a", shorter, "indirect")], [_variant("b", REPORT, "indirect")]]
    (cluster,) = cluster_variants(variants)
    assert cluster.text == REPORT
