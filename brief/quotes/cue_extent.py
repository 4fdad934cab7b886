"""How far a cue runs past its verb: "pointed out", "called for", "warned of", "expressed
concern that". The content starts after it, so ``cues`` asks this before it looks for the
speaker; a cue word that is no cue here ("called the police", "citing unnamed sources")
gives None.
"""

from __future__ import annotations

from brief.quotes.content import cited_words
from brief.quotes.expressed import expressed
from brief.quotes.lexicon import PREPOSITION_CUES
from brief.quotes.naming import naming_content, relative_naming
from brief.quotes.rules import enabled


def cue_extent(tokens, c: int, base: str) -> tuple[int, bool] | None:
    """The cue at ``c`` (its lemma ``base``): where it ends, and whether it names what stands
    before it ("the plan, which he called reckless": rule "relative naming"); None when the
    word is used as no cue."""
    n = len(tokens)
    cue_end = c + 1
    if base == "point":
        if cue_end < n and tokens[cue_end].low == "out":
            cue_end += 1
        else:
            return None
    named_before = False
    if base == "call":
        if cue_end < n and tokens[cue_end].low in ("for", "on"):
            cue_end += 1  # "called for a ban", "called on X to resign": a demand
        elif naming_content(tokens, cue_end) is None:
            named_before = relative_naming(tokens, c, cue_end)
            if not named_before:
                return None  # "called the police", "an app called Max"
    if base == "cite" and (cue_end >= n or not cited_words(tokens, cue_end)):
        return None  # "citing unnamed sources", "cited a study by X": a source named
    if base == "express":
        # "expressed deep concern that / about": the feeling is part of the cue
        after_object = expressed(tokens, cue_end) if enabled("expressed") else None
        if after_object is None:
            return None
        cue_end = after_object
    particle = cue_end < n and tokens[cue_end].low in PREPOSITION_CUES.get(base, ())
    if particle:
        cue_end += 1  # "warned of job losses": the content is what the preposition governs
    return cue_end, named_before
