"""Cues that name where the words come from rather than who utters them.

* ``according to X, ...`` / ``..., according to X`` / ``... — according to X``;
* ``X quoted Y as saying ...`` (Y speaks) and ``X was quoted as saying ...`` (X speaks).
"""

from __future__ import annotations

from brief.quotes.asides import aside_subject
from brief.quotes.attribution import Attribution
from brief.quotes.phrases import np_back, np_fwd
from brief.quotes.rules import enabled
from brief.quotes.skips import skip_adverbs_back
from brief.quotes.speaker_phrases import appos_after, speaker_before


def according(tokens, i: int) -> Attribution | None:
    n = len(tokens)
    end = np_fwd(tokens, i + 2, n, strict_end=False)
    if end is None:
        end = _source_phrase(tokens, i + 2)  # "according to federal statistics"
    if end is None:
        return None
    before_comma = i - 1 >= 0 and (tokens[i - 1].text in _ASIDE or tokens[i - 1].kind == "q")
    aside = aside_subject(tokens, i, end) if enabled("according aside") else None
    if aside is not None:  # "The mayor, according to Y, rejected ...": Y's account of it
        subject, comma = aside
        return Attribution(
            i, i + 2, "according to", "according", (i + 2, end), None, (i, comma), "around",
            rule="according aside", subject=subject,
        )  # fmt: skip
    appos, zone_end = appos_after(tokens, end) if before_comma else (None, end)
    order = "after"
    if before_comma:
        later_comma = any(t.text == "," for t in tokens[zone_end:])
        after_comma = zone_end < n and tokens[zone_end].text == ","
        order = "around" if later_comma and after_comma else "before"
        if order == "before":
            zone_end = n  # "..., according to people familiar with the bid."
    return Attribution(
        i, i + 2, "according to", "according", (i + 2, end), appos, (i, zone_end), order
    )


#: Punctuation that sets an attribution off from the statement before it.
_ASIDE = frozenset(",\u2014\u2013")
#: Words a source named after "according to" may have when no speaker phrase is found.
_SOURCE_WORDS = (2, 6)


def _source_phrase(tokens, i: int) -> int | None:
    """End of the words up to the next punctuation after "according to", when they are
    two to six words in lower case or names ("federal statistics", "the top medical
    journal"): whatever follows "according to" is where the statement comes from."""
    j = i
    while j < len(tokens) and tokens[j].kind == "w":
        j += 1
    lo, hi = _SOURCE_WORDS
    if not lo <= j - i <= hi or (j < len(tokens) and tokens[j].kind == "q"):
        return None
    return j


def quoted_as_saying(tokens, c: int) -> Attribution | None:
    """``X quoted Y as saying ...`` (Y speaks) and ``X was quoted as saying`` (X speaks)."""
    n = len(tokens)
    if c > 0 and tokens[c - 1].low == "as":
        return None  # "as quoted by the news agency": a source note, not a speaker
    if c + 2 < n and tokens[c + 1].low == "as" and tokens[c + 2].low == "saying":
        k = skip_adverbs_back(tokens, c - 1, 0)
        speaker, appos, start = speaker_before(tokens, k)
        if speaker is None:
            return None
        return Attribution(
            c,
            c + 3,
            "quoted as saying",
            "say",
            speaker,
            appos,
            (start, c + 3),
            _order_at(tokens, start),
        )
    end = np_fwd(tokens, c + 1, n, strict_end=False)
    if end is None or end + 1 >= n or tokens[end].low != "as" or tokens[end + 1].low != "saying":
        return None
    k = skip_adverbs_back(tokens, c - 1, 0)
    subject = np_back(tokens, k, 0) if k >= 0 else None
    start = subject if subject is not None else c
    cue_end = end + 2
    return Attribution(
        c,
        cue_end,
        "quoted as saying",
        "say",
        (c + 1, end),
        None,
        (start, cue_end),
        _order_at(tokens, start),
    )


def _order_at(tokens, start: int) -> str:
    return (
        "before"
        if start > 0 and (tokens[start - 1].kind == "q" or tokens[start - 1].text == ",")
        else "after"
    )
