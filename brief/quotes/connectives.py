"""A connective that opens a statement's words: "However, fares rose, the mayor said."

"However," "Meanwhile," "In addition," tie the sentence to the writer's sentence before
it; they are the writer's, not the speaker's, so the statement starts after the comma.
Inside a quotation they are the speaker's (a quotation is one token, never trimmed).
"""

from __future__ import annotations

from brief.quotes.lexicon import word_list

#: One-word connectives (followed by a comma). Stance adverbs the speaker may own ("Of
#: course," "In fact," "Frankly,") and time adverbials ("For now,") are not here.
_ONE_WORD = frozenset(
    word_list(
        "however still meanwhile moreover furthermore nevertheless nonetheless instead "
        "additionally separately likewise similarly besides also"
    )
)
#: Connectives of several words, as lower-case word tuples.
_PHRASES = (
    ("in", "addition"),
    ("as", "it", "stands"),
    ("at", "the", "same", "time"),
    ("in", "turn"),
    ("by", "contrast"),
    ("in", "contrast"),
    ("even", "so"),
    ("on", "the", "other", "hand"),
)
_PHRASE_OPENERS = frozenset(phrase[0] for phrase in _PHRASES)
"""The words a connective of several words opens with: no other word starts one."""


def after_connective(tokens, start: int, end: int) -> int:
    """``start`` moved past an opening connective and its comma, when words follow."""
    if start >= end or tokens[start].kind != "w":
        return start
    if tokens[start].low in _ONE_WORD:
        width = 1
    elif tokens[start].low not in _PHRASE_OPENERS:
        return start
    else:
        width = next(
            (
                len(p)
                for p in _PHRASES
                if start + len(p) <= end
                and all(tokens[start + k].low == w for k, w in enumerate(p))
            ),
            0,
        )
        if not width:
            return start
    comma = start + width
    if comma + 1 < end and tokens[comma].text == "," and tokens[comma + 1].kind != "p":
        return comma + 1
    return start
