"""Which frame of ``rules.RULES`` an attribution found by ``cues`` is: the names the
ablation (``benchmarks/quotes.py --ablate``) switches off and on."""

from __future__ import annotations

from brief.quotes.attribution import Attribution
from brief.quotes.content import WH_WORDS, accusation, content_after_start, noted
from brief.quotes.lexicon import REFERENCE_VERBS, STANCE_VERBS
from brief.quotes.subjects import noun_use


def rule_of(tokens, a: Attribution) -> str:
    """Which frame of ``rules.RULES`` an attribution is."""
    if a.base == "according":
        return "according to"
    if a.cue == "quoted as saying":
        return "quoted as saying"
    if a.order == "subject":
        return "participle" if a.participle else "and-cue"
    if a.order == "quote" or (a.order == "before" and a.speaker and a.speaker[0] >= a.cue_end):
        return "inverted"
    if a.order == "before":
        return "content before"
    if a.order == "around":
        return "parenthetical"
    if a.cue_index > 0 and noun_use(tokens[a.cue_index - 1]):
        return "noun frame"
    if a.base == "express":
        return "expressed"
    if a.base == "call" and a.cue_end == a.cue_index + 1:
        return "naming"
    form = tokens[a.cue_index].low
    start = content_after_start(tokens, a.cue_end, a.base, a.participle, form)
    if start is not None and tokens[start].kind == "q":
        return "quotation after"
    if start is not None and tokens[start].low == "that":
        return "that-clause"
    if a.base == "ask" and start is not None and tokens[start].low in WH_WORDS:
        return "question"
    if a.base == "describe":
        return "naming"
    if a.base == "question":
        return "questioning"
    if a.base == "accuse" and accusation(tokens, a.cue_end):
        return "accusation"
    if a.base == "attack":
        return "verbal attack"
    if a.base == "cite":
        return "citation"
    if a.base == "compare":
        return "comparison"
    if a.base in REFERENCE_VERBS:
        return "reference"
    if start is not None and noted(tokens, start, a.base):
        return "noted object"
    if a.base in STANCE_VERBS:
        return "stance"
    return "bare clause"
