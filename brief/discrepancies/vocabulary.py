"""The words the subject rules read: function words, verbs, periods, and word shapes.

General English only (no names from any article set): these lists decide where a noun phrase
ends, which noun a figure counts and which verb links the two.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# General English function words: they end a noun phrase and are never measures.
FUNCTION_WORDS = _words(
    """a an the and or but nor of in on at to for from by with without into onto over under
    about above below than as per each every that which who whom whose where when while this
    these those there their its it his her our your my they them he she we you i is are was
    were be been being has have had having do does did will would shall should can could may
    might must not no so such also only just than compared against versus vs across within
    others more most less now then here
    during since until after before between among around through throughout via if because
    one two three four five six seven eight nine ten half"""
)
PREPOSITIONS = _words(
    """in at on from to into onto across within throughout inside outside near by via than
    against toward towards after before since during like unlike between among of for
    including"""
)
CLAUSE_WORDS = _words(
    "which where who whom whose while whereas but although though because if when"
)
CLAUSE_PUNCTUATION = frozenset(',;:()[]–—“”"')
SPEECH_AND_LINK = _words(
    "said says say told added stated that where which because and but when while"
)
AUXILIARIES = _words(
    """is are was were be been has have had will would can could may might must should did
    do does remain remained remains"""
)
NOT_MEASURES = _words(
    """seconds minutes hours days weeks months years decades centuries times others ones
    occasions year month week day quarter cents pence hundreds thousands millions
    billions"""
)
"""Durations and repetitions: how long or how often, not how many of something; and
sub-units or scale words read as nouns (``70 euro cents``, ``£22 billions``)."""
ANAPHORS = _words("company firm app platform service messenger group network business")
PEOPLE = _words("people person persons individuals residents citizens inhabitants")
MONTHS_AND_DAYS = _words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday"""
)
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ans|ians|ons|ese|is)$")

ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic)$")
VERBS = _words(
    """has have had says said holds held counts reports ranks reaches serves employs claims
    boasts won wins lost loses got gets took takes saw sees sold sells made makes spent spends
    paid pays owes owns controls needs wants plans expects"""
)


PERIODS = {
    "monthly": "monthly",
    "month": "monthly",
    "daily": "daily",
    "day": "daily",
    "weekly": "weekly",
    "week": "weekly",
    "annual": "annual",
    "annually": "annual",
    "yearly": "annual",
    "year": "annual",
    "quarterly": "quarterly",
    "quarter": "quarterly",
}
PERIOD_LEADS = _words("a per each every")
LINK_VERBS = _words(
    """of at was is were are reached reaching hit hitting totalled totaled totalling totaling
    topped numbered stood stands"""
)
CHANGE_VERBS = {
    **dict.fromkeys(
        _words(
            """fell fall falls falling dropped drop drops declined decline declines slipped slid
        decreased decrease plunged tumbled sank lost loss down cut cuts shrank shrink"""
        ),
        "down",
    ),
    **dict.fromkeys(
        _words(
            """rose rise rises rising gained gain gains climbed jumped jump increased increase
        increases grew grow grows growth surged soared added up"""
        ),
        "up",
    ),
}


def plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in FUNCTION_WORDS
    )


def verb_like(word: str) -> bool:
    return word.endswith(("ed", "ing", "ly")) or word in AUXILIARIES or word in FUNCTION_WORDS
