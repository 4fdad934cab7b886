"""A document that speaks for the one who issued it: "X issued a statement on Monday
saying ...", "X sent a string of posts late Sunday saying that ..." (rule
"document participle"): the clause's subject speaks through the document.
"""

from __future__ import annotations

from brief.quotes.lexicon import DAYS, TIME_NOUNS, word_list
from brief.quotes.speaker_words import DOCUMENT_NOUNS

_TIME_WORDS = DAYS | TIME_NOUNS | frozenset(word_list("early late on this last"))


def document_before(tokens, k: int) -> bool:
    """A document noun ends at ``k``, perhaps followed by a time phrase ("a notice
    Tuesday", "tweets early Friday"), right before a participle cue."""
    j = k
    while j > 0 and tokens[j].kind == "w" and tokens[j].low in _TIME_WORDS:
        j -= 1
    if j < 1 or tokens[j].kind != "w":
        return False
    low = tokens[j].low
    noun = low in DOCUMENT_NOUNS or (low.endswith("s") and low[:-1] in DOCUMENT_NOUNS)
    return noun and tokens[j].text.islower()
