"""Cues that name where the words come from rather than who utters them.

* ``according to X, ...`` / ``..., according to X`` / ``... — according to X``;
* ``in her words, ...`` / ``..., in X's own words, ...`` / ``in the words of X, ...``: the
  words are X's, as after "according to X";
* ``X quoted Y as saying ...`` (Y speaks) and ``X was quoted as saying ...`` (X speaks).
"""

from __future__ import annotations

from brief.quotes.asides import aside_subject
from brief.quotes.attribution import Attribution
from brief.quotes.lexicon import AUXILIARIES, CLAUSE_WORDS, CUE_FORMS, word_list
from brief.quotes.phrases import head_noun, np_back, np_fwd, possessive
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
    if enabled("source phrase"):
        end = postmodified_end(tokens, i + 2, end)
    before_comma = i - 1 >= 0 and (tokens[i - 1].text in _ASIDE or tokens[i - 1].kind == "q")
    aside = aside_subject(tokens, i, end) if enabled("according aside") else None
    if aside is not None:  # "The mayor, according to Y, rejected ...": Y's account of it
        subject, comma = aside
        return Attribution(
            i, i + 2, "according to", "according", (i + 2, end), None, (i, comma), "around",
            rule="according aside", subject=subject,
        )  # fmt: skip
    appos, zone_end = appos_after(tokens, end) if before_comma else (None, end)
    if before_comma and enabled("source phrase"):
        zone_end = _relative_end(tokens, zone_end)
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


#: Owners of "words" that name a speaker ("in her words"; "in my words" is the writer's).
_OWNER_PRONOUNS = frozenset(word_list("his her their its"))
#: Most words of a possessive name before "words" ("in the harbour master's own words").
_OWNER_WORDS = 5


def in_words(tokens, i: int) -> Attribution | None:
    """ "The pier was, in her words, a disgrace", "In the words of X, ...": ``i`` is "words"."""
    n = len(tokens)
    if not enabled("in words"):
        return None
    j = i - 1
    if j >= 0 and tokens[j].low == "own":
        j -= 1
    if i + 2 < n and tokens[i + 1].low == "of" and i >= 2 and tokens[i - 1].low == "the":
        start = i - 2  # "in the words of X"
        end = np_fwd(tokens, i + 2, n, strict_end=False)
        speaker = (i + 2, end) if end is not None else None
        zone_end = end
    elif j >= 0 and (tokens[j].low in _OWNER_PRONOUNS or possessive(tokens[j])):
        start = j
        while start > 0 and j - start < _OWNER_WORDS and tokens[start - 1].kind == "w":
            if tokens[start - 1].low == "in":
                break
            start -= 1
        speaker = (start, j + 1)
        start -= 1
        zone_end = i + 1
    else:
        return None
    if speaker is None or zone_end is None or start < 0 or tokens[start].low != "in":
        return None
    before_comma = start > 0 and tokens[start - 1].text in _ASIDE
    after_comma = zone_end < n and tokens[zone_end].text == ","
    if before_comma and not after_comma:
        order, zone_end = "before", n  # "The pier is a disgrace, in his words."
    elif after_comma and (before_comma or start == 0):
        # "In her words, the pier is ...", "It was, in her words, a disgrace": the words
        # are what follows (before it, the writer's: "X starts with Nick - in his words, ")
        order = "after"
    else:
        return None  # "said in his words" or a phrase inside a clause: no frame of its own
    return Attribution(
        start, i + 1, "in words", "according", speaker, None, (start, zone_end), order,
        rule="in words",
    )  # fmt: skip


#: Punctuation that sets an attribution off from the statement before it.
_ASIDE = frozenset(",\u2014\u2013")
#: Words a source named after "according to" may have when no speaker phrase is found.
_SOURCE_WORDS = (2, 6)


#: Adjectives that take a phrase after a group noun ("people familiar with the talks").
_LINK_ADJECTIVES = frozenset(word_list("familiar close"))
_LINKS = frozenset(word_list("at in with on inside within to"))
#: Most words of the phrase after the link ("at the harbour board's main office").
_LINKED_WORDS = 6


def postmodified_end(tokens, start: int, end: int) -> int:
    """ "two officials at the port", "people familiar with the talks": the phrase after a
    source's noun belongs to it, as it does before "said" ("officials at the port said"),
    when it runs to the attribution's end (a comma, the sentence's end). Else ``end``."""
    n = len(tokens)
    if end >= n or end - 1 < start or not head_noun(tokens[end - 1]):
        return end
    if possessive(tokens[end - 1]):
        return end
    j = end + 1 if tokens[end].low in _LINK_ADJECTIVES else end
    if j >= n or tokens[j].low not in _LINKS or (j == end and tokens[j].low == "to"):
        return end
    rest = j + 1
    while rest < n and tokens[rest].kind == "w" and rest - j <= _LINKED_WORDS:
        low = tokens[rest].low
        if low in AUXILIARIES or low in CUE_FORMS or low in CLAUSE_WORDS:
            return end  # "according to people at the port who said ...": a clause
        rest += 1
    if rest == j + 1 or (rest < n and tokens[rest].kind != "p"):
        return end  # no plain phrase running to the attribution's end
    return rest


_WHO = frozenset(word_list("who whom whose"))


def _relative_end(tokens, j: int) -> int:
    """ "..., according to two officials, who asked not to be named.": a relative clause
    on the source says who they are; it is no part of the statement. The index of the
    comma or stop that closes it, else ``j``."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].text != "," or tokens[j + 1].low not in _WHO:
        return j
    k = j + 2
    while k < n and tokens[k].text not in (",", ";", ".") and tokens[k].kind != "q":
        k += 1
    return k if k == n or tokens[k].kind == "p" else j


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
