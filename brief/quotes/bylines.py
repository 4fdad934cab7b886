"""A quotation signed after a dash (rule "byline"): '"The fees are too high." — Ann Keel'.

Testimonials, epigraphs and readers' voices put the speaker after the words, with a dash
and nothing else: no verb of saying. The name may carry a description after a comma
("— Tom Brand, a fisherman"). Only a name closes the line this way: a title ('"Harbour
Hour" — the show'), a lower-case phrase or a clause after the dash is left to other rules.
"""

from __future__ import annotations

from brief.quotes.units import title_like
from brief.quotes.words import is_name

DASHES = frozenset("\u2015\u2014\u2013-")
#: Most words of the description after the name ("— Tom Brand, a fisherman from Keelby").
DESCRIPTION_WORDS = 8
#: Most words of the name itself ("— Maria de la Cruz Vega").
NAME_WORDS = 5
_CONNECTORS = frozenset(("de", "del", "la", "van", "von", "der", "da", "di", "bin", "al"))


def byline(tokens, i: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The name (and description) signing the quotation at ``i``, or None."""
    j = i + 1
    n = len(tokens)
    if j < n and tokens[j].text == ",":
        j += 1
    dashes = 0
    while j < n and tokens[j].text in DASHES and dashes < 2:  # "--" is two tokens
        j += 1
        dashes += 1
    if not dashes or title_like(tokens[i].text):
        return None
    start = j
    while j < n and j - start < NAME_WORDS + 1:
        token = tokens[j]
        if token.kind == "w" and (is_name(tokens, j) or (j > start and token.low in _CONNECTORS)):
            j += 1
        elif token.text == "." and j > start and len(tokens[j - 1].text) <= 3 and j + 1 < n:
            j += 1  # "Ann B. Keel", "Tom Brand Jr."
        else:
            break
    if j == start or j - start > NAME_WORDS or not is_name(tokens, j - 1):
        return None
    end = n
    while end > j and tokens[end - 1].kind == "p":
        end -= 1
    if end == j:
        return (start, j), None
    if tokens[j].text != "," or any(t.kind == "q" for t in tokens[j:end]):
        return None
    words = [t for t in tokens[j + 1 : end] if t.kind == "w"]
    if not words or len(words) > DESCRIPTION_WORDS:
        return None
    return (start, j), (j + 1, end)
