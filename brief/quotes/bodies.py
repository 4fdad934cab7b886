"""Bodies a name only modifies: "the X harbour board" is the board, not the place X.

"The X news agency" and "an X spokesman" speak for X, and a union's name is its own, so
those nouns are not here. A module of its own: the quote panel reads it on a cached open,
without loading the extraction modules.
"""

from __future__ import annotations

from brief.quotes.lexicon import word_list

BODY_NOUNS = frozenset(
    word_list(
        "board council committee authority commission court ministry department tribunal assembly"
    )
)
