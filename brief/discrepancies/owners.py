"""Whose figure it is: the owner (a named entity) of a figure or of its measure.

Owners are found, in this order:

1. a possessive right before the figure or its measure (``X's 96 million users``);
2. the nearest named entity before the figure in the same clause that is not the object of
   a preposition (``in Russia`` names a place, not an owner) – unless the figure starts a
   clause of its own (``5 million users were affected``);
3. the pronoun ``it``/``its`` or a definite description (``the company``), resolved to the
   nearest earlier entity (the clause's own subject is skipped for an object pronoun:
   in ``Russia is trying to block it`` "it" is not Russia);
4. the subject of the sentence for a trailing ``with`` phrase (``X ..., with 96 million users``).
"""

from __future__ import annotations

from brief.discrepancies.sentences import Entity, SentenceView, Token
from brief.discrepancies.vocabulary import (
    ADJECTIVE,
    ANAPHORS,
    FUNCTION_WORDS,
    SPEECH_AND_LINK,
    VERBS,
    verb_like,
)


def owner_of(view: SentenceView, index: int, starts_clause: bool) -> Entity | None:
    """The entity a figure (or its measure, at token ``index``) belongs to."""
    tokens = view.tokens
    i = index - 1
    while i >= 0 and tokens[i].lower in ("an", "the", "estimated", "reported", "some"):
        i -= 1
    if i >= 0 and (tokens[i].possessive or tokens[i].lower == "its"):
        entity = view.entity_at(i)
        if entity is not None and entity.last == i:
            return entity
        if tokens[i].lower == "its":
            return _resolve(view, i, subject_position=True)
        return None
    if starts_clause:
        return None
    clause = view.clause_start(index)
    seen_verb = False
    for j in range(index - 1, clause - 1, -1):
        entity = view.entity_at(j)
        if entity is None and seen_verb and _common_noun(tokens[j]):
            # "its troops killed 40 people": the figure belongs to the verb's own subject
            return _possessed_noun(view, j)
        if entity is None and (tokens[j].lower in VERBS or verb_like(tokens[j].lower)):
            seen_verb = seen_verb or tokens[j].lower not in FUNCTION_WORDS
        if entity is not None:
            if entity.last != j:
                continue
            if view.governed(entity):
                continue
            if _modifier(view, entity, index) or ADJECTIVE.match(entity.display):
                return None  # "U.N. rights workers found 20 bodies": the workers did
            return _with_possessed(view, entity, index)
        token = tokens[j]
        if token.lower == "it":
            previous = tokens[j - 1].lower if j > 0 else ""
            subject_position = j == clause or previous in SPEECH_AND_LINK
            return _resolve(view, j, subject_position)
        if token.lower in ANAPHORS and j > 0 and tokens[j - 1].lower == "the":
            return _resolve(view, j - 1, subject_position=True)
    if clause > 0 and tokens[clause - 1].lower == "which":
        before = clause - 2
        if before >= 0 and tokens[before].text == ",":
            before -= 1
        entity = view.entity_at(before) if before >= 0 else None
        if entity is not None and entity.last == before:
            return entity
    if clause < len(tokens) and tokens[clause].lower == "with" and clause > 0:
        return view.subject(clause)
    return None


def _common_noun(token: Token) -> bool:
    lower = token.lower
    return (
        token.is_word
        and token.text[:1].islower()
        and lower not in FUNCTION_WORDS
        and lower not in VERBS
        and not verb_like(lower)
    )


def _possessed_noun(view: SentenceView, index: int) -> Entity | None:
    """``X's party`` or ``its troops`` right before a verb: that is the owner, else none."""
    noun = view.tokens[index]
    before = index - 1
    if before < 0 or not view.tokens[before].possessive:
        return None
    if view.tokens[before].lower == "its":
        owner = _resolve(view, before, subject_position=True)
    else:
        owner = view.entity_at(before)
        if owner is not None and owner.last != before:
            owner = None
    if owner is None:
        return None
    display = f"{owner.display}'s {noun.bare.lower()}"
    return Entity(display, display.lower(), owner.first, index, noun.possessive)


def _modifier(view: SentenceView, entity: Entity, head: int) -> bool:
    """Is the entity only a modifier of a common noun (``a TV station``)?"""
    following = entity.last + 1
    if entity.possessive or following >= head:
        return False
    return _common_noun(view.tokens[following])


def _with_possessed(view: SentenceView, entity: Entity, head: int) -> Entity | None:
    """``Ann Keel's party ... 64 seats`` belong to the party, not to the person."""
    following = entity.last + 1
    if not entity.possessive or following >= head:
        return entity
    noun = view.tokens[following]
    if not noun.is_word or not noun.text[:1].islower() or noun.lower in FUNCTION_WORDS:
        return entity
    if verb_like(noun.lower) or "-" in noun.text or noun.lower.endswith("est"):
        return None  # "X's proposed ...", "X's second-largest ...": not clear whose
    display = f"{entity.display}'s {noun.bare.lower()}"
    return Entity(display, display.lower(), entity.first, following, noun.possessive)


def _resolve(
    view: SentenceView, index: int, subject_position: bool, depth: int = 0
) -> Entity | None:
    """The entity a pronoun or ``the company`` at token ``index`` refers to."""
    stop = index
    if not subject_position:
        stop = view.clause_start(index)  # "X is trying to block it": not X
    tokens = view.tokens
    for j in range(stop - 1, -1, -1):
        entity = view.entity_at(j)
        if (
            entity is not None
            and entity.last == j
            and not view.governed(entity)
            and not ADJECTIVE.match(entity.display)
        ):
            return entity
        if depth < 2 and tokens[j].lower in ANAPHORS and j > 0 and tokens[j - 1].lower == "the":
            return _resolve(view, j - 1, True, depth + 1)
    for earlier in view.previous:
        entity = earlier.subject(len(earlier.tokens))
        if entity is not None:
            return entity
    return None
