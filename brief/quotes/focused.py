"""The quote panel ranked toward the brief's focus ("what did the regulator say").

A focused brief ranks its summary toward a question or an angle; the panel beside it should
answer the same question first. A speaker matches the focus by who it is (its name, how an
article names or describes it: "the communications regulator") and by what it said (the words
of its statements). Speakers that match come first, most focus words matched first; within a
speaker, statements that hold focus words come first. Nothing is hidden and nothing else
moves: ties and speakers that match nothing keep the panel's usual order, and unattributed
statements stay last.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.model import QuoteCluster
from brief.text.tokens import content_stems

Groups = list[tuple[str, list[QuoteCluster]]]


def focus_stems(focus: str) -> frozenset[str]:
    """The content stems of the focus ("what did the regulator say" -> {"regul"})."""
    return frozenset(content_stems(focus))


def said_matches(quote: QuoteCluster, stems: frozenset[str]) -> frozenset[str]:
    """Focus stems the statement's words hold (any outlet's wording)."""
    return stems & frozenset(s for v in quote.variants for s in content_stems(v.text))


def who_matches(
    heading: str, quotes: Sequence[QuoteCluster], stems: frozenset[str]
) -> frozenset[str]:
    """Focus stems in how the speaker is named or described: the heading, and each variant's
    own mention and description of its speaker."""
    texts = [heading]
    for quote in quotes:
        for v in quote.variants:
            texts += [v.speaker_mention, v.speaker_role]
    return stems & frozenset(s for text in texts for s in content_stems(text))


def rank_toward(groups: Groups, focus: str) -> Groups:
    """``groups`` (``by_speaker``'s) reordered toward ``focus``; unchanged without one.

    A speaker's rank: how many focus stems it matches in all (who and what), then how many by
    who it is (the focus asked about this speaker), then how many of its statements hold one.
    """
    stems = focus_stems(focus)
    if not stems:
        return groups
    ranked: list[tuple[tuple[int, int, int, int], str, list[QuoteCluster]]] = []
    for place, (heading, quotes) in enumerate(groups):
        said = [said_matches(q, stems) for q in quotes]
        order = sorted(range(len(quotes)), key=lambda i: -len(said[i]))  # stable
        who = who_matches(heading, quotes, stems)
        if heading == "Unattributed":
            key = (0, 0, 0, place)
        else:
            key = (-len(who.union(*said)), -len(who), -sum(1 for s in said if s), place)
        ranked.append((key, heading, [quotes[i] for i in order]))
    ranked.sort(key=lambda row: row[0])
    return [(heading, quotes) for _, heading, quotes in ranked]
