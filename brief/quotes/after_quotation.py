"""A participle right after a quotation closed by its own comma: 'X said "A," adding that
B' (rule "participle after quotation"). The comma sits inside the marks, so the participle
follows the quotation itself; what it says is a statement of the same speaker, and the
quotation stays one of its own."""

from __future__ import annotations

from brief.quotes.content import content_after_start
from brief.quotes.lexicon import BARE_OK


def participle_after_quotation(tokens, k: int, cue_end: int, base: str) -> bool:
    """Token ``k`` (just before the participle) is a quotation ending in a comma, and the
    participle says a clause ("adding that B", "saying B"), not a thing it names
    ('"a friend," citing her work' is the writer's reason: the narration tail)."""
    token = tokens[k]
    if token.kind != "q" or not token.text.rstrip().endswith(","):
        return False
    start = content_after_start(tokens, cue_end, base, True)
    if start is None:
        return False
    return tokens[start].low == "that" or tokens[start].kind == "q" or base in BARE_OK
