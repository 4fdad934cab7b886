"""The short-verbatim test of quote clustering (rapidfuzz ``partial_ratio`` >= 95, asked
with a score cutoff so rapidfuzz may stop early) decides as the plain score would."""

from __future__ import annotations

from rapidfuzz import fuzz

from brief.model import QuoteVariant
from brief.quotes.cluster import VERBATIM_PARTIAL, _Item, _norm, similar
from brief.text.tokens import content_stems


def item(index: int, source: str, text: str) -> _Item:
    variant = QuoteVariant(
        source=source, text=text, span=(0, len(text)), speaker_mention="", kind="direct",
        speaker="Ann Lee",
    )  # fmt: skip
    sequence = content_stems(text)
    stems = frozenset(sequence)
    return _Item(index, 0, variant, stems, _norm(text), sequence, source, "Ann Lee", len(stems))


TEXTS = [
    "no comment at this time",
    "we have no comment at this time, she added",
    "no comments at this stage",
    "we will have nothing to add at this time",
    "no comment at the time",
]


def test_a_short_quotation_inside_a_longer_one_joins_it() -> None:
    assert similar(item(0, "a", TEXTS[0]), item(1, "b", TEXTS[1])) == 0.5


def test_a_different_short_quotation_does_not() -> None:
    assert similar(item(0, "a", TEXTS[0]), item(1, "b", TEXTS[2])) == 0.0


def test_the_decision_is_the_plain_scores() -> None:
    decided = 0
    for x in range(len(TEXTS)):
        for y in range(len(TEXTS)):
            if x == y:
                continue
            a, b = item(0, "a", TEXTS[x]), item(1, "b", TEXTS[y])
            if len(a.stems & b.stems) >= 4:
                continue  # decided by the shared stems, not the verbatim test
            plain = fuzz.partial_ratio(a.norm, b.norm) >= VERBATIM_PARTIAL
            assert (similar(a, b) == 0.5) == plain, (TEXTS[x], TEXTS[y])
            decided += plain
    assert decided >= 2  # both directions of the contained pair at least
