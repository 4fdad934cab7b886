"""Capitalised role words that may open a name run before the name itself ("Mayor X",
"Harbour Master X", "Attorney General X", "Secretary-General X"): ``names.Names.name_of``
drops them from the name."""

from __future__ import annotations

from brief.quotes.lexicon import word_list
from brief.quotes.speaker_words import PERSON_NOUNS, PERSON_TITLES, SPOKES_NOUNS

#: Role words a capitalised run may open with, dropped from the name ("Mayor X", "Harbour
#: Master X"); "master", "keeper" and their compounds are people in lower case too
#: (``words._person_compound``), but a capitalised compound may be a surname ("Holder").
OFFICE_WORDS = frozenset(word_list("master keeper ranger warden harbourmaster harbormaster"))
RUN_ROLES = frozenset(PERSON_TITLES | PERSON_NOUNS | SPOKES_NOUNS | OFFICE_WORDS) - {
    "general",
    "state",
}
ROLE_ACRONYMS = frozenset(word_list("ceo cfo coo cto mp mpp mla mep md"))


def titled_word(token) -> bool:
    """A capitalised role word: "General" after it ends the same title."""
    return token.text[:1].isupper() and role_word(token.low)


def role_word(low: str) -> bool:
    """A role word, or a hyphened title of them ("secretary-general", "attorney-general")."""
    parts = low.rstrip(".").split("-")
    return low.rstrip(".") in RUN_ROLES or (
        len(parts) > 1 and parts[0] in RUN_ROLES and parts[-1] in ("general", *RUN_ROLES)
    )
