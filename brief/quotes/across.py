"""One name per speaker across outlets: "Durov" in one article, "Pavel Durov" in another.

Each article resolves its own surnames ("Durov" -> "Pavel Durov" when the article names him
in full); an outlet that only ever writes the surname leaves "Durov". Across the pile, a
named speaker whose words are the end of exactly one longer named speaker's name becomes
that name. Two longer names ending the same way ("Robert Keel", "Brent Keel") leave it as
written: guessing would put words in the wrong mouth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from brief.model import QuoteVariant


def _named(speaker: str) -> bool:
    words = speaker.split()
    return bool(words) and all(w[:1].isupper() for w in words)


def merge_speakers(per_article: Sequence[list[QuoteVariant]]) -> list[list[QuoteVariant]]:
    """The statements of every article, shorter speaker names replaced by the one full
    name they belong to in another article."""
    names = {v.speaker for found in per_article for v in found if _named(v.speaker)}
    longer: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for size in range(1, len(words)):
            longer.setdefault(" ".join(words[-size:]), set()).add(name)
    full: dict[str, str] = {}
    for short, candidates in longer.items():
        if short not in names:
            continue
        widest = {
            c for c in candidates if not any(c != o and o.endswith(" " + c) for o in candidates)
        }
        if len(widest) == 1:
            full[short] = widest.pop()
    if not full:
        return [list(found) for found in per_article]
    return [
        [replace(v, speaker=full[v.speaker]) if v.speaker in full else v for v in found]
        for found in per_article
    ]
