"""Where a name stands in a speaker phrase: after a role, inside a body's name, or as the
modifier of a body named after it.

Split from ``speakers`` (which resolves a phrase to the entity it names): these read only
the tokens' shapes, not the article's names.
"""

from __future__ import annotations

import re

from brief.quotes.phrases import head_noun, is_name, possessive
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import ORG_NAME_WORDS, PERSON_NOUNS
from brief.quotes.unnamed import POSTMODIFIERS


def named_after(tokens, run_end: int, noun_end: int, name: str) -> str:
    """ "the Keel campaign said": the body named after a person is "Keel campaign", not
    Ann Keel herself (rule "name as modifier": her surname stays hers elsewhere)."""
    between = tokens[run_end:noun_end]
    if not enabled("name as modifier") or not all(t.text.islower() for t in between):
        return ""
    return " ".join([name, *(t.text for t in between)])


def past_participle(token) -> bool:
    return token.low.endswith("ed") and token.text.islower()


def owned_office(tokens, a: int, start: int, end: int) -> int | None:
    """Where "Harbour Minister's" starts before a one-word body name ("Office"), else None."""
    if not enabled("owned office"):
        return None
    if end - start != 1 or tokens[start].low not in ORG_NAME_WORDS or start - 1 < a:
        return None
    if not (possessive(tokens[start - 1]) and is_name(tokens, start - 1)):
        return None
    owner = start - 1
    while owner - 1 >= a and is_name(tokens, owner - 1) and not possessive(tokens[owner - 1]):
        owner -= 1
    return owner


def after_role(tokens, a: int, start: int) -> bool:
    """A lower-case noun for a person right before the name, after a phrase with "of" or
    another postmodifier (rule "role then name")."""
    return (
        start - 1 > a
        and tokens[start - 1].text.islower()
        and head_noun(tokens[start - 1]) in PERSON_NOUNS
        and any(t.low in POSTMODIFIERS for t in tokens[a : start - 1])
        and enabled("role then name")
    )


def modifier_only(text: str, name: str) -> bool:
    """A one-word name the article writes only before a lower-case word ("a Wexish
    newspaper", "Wexish officials"): an adjective, never a body's own name (rule
    "modifier only"); an acronym is a name ("the KWN news agency")."""
    if " " in name or name.isupper() or not enabled("modifier only"):
        return False
    uses = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(\s+\S)?", text)
    return all(use.group(1) is not None and use.group(1)[-1].islower() for use in uses)
