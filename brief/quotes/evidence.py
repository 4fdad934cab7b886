"""What the words around a name say it names: the evidence ``names`` gathers for each
spelling, and the judgement of its type (person, organisation, thing) from it.

Evidence is counted per mention ("Mayor X": person +3, "the X": org +1, "X spokesperson":
org +2); a surname joins the full name unless its own evidence makes it a body ("Acme
spokesperson" is no surname of a person "X Acme"), and two rules keep a person's surname
hers when only weak uses made it look like a body ("the Keel campaign", "the Keel of old").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from brief.quotes.rules import enabled


@dataclass(slots=True)
class Evidence:
    """What the words around one spelling of a name say it is (counts per mention)."""

    person: int = 0
    org: int = 0
    thing: int = 0
    modifier: int = 0
    """The part of ``org`` from the name used as a modifier: "the X campaign"."""
    seen: int = 0
    """How many times the article writes this spelling."""
    definite: int = 0
    """The part of ``org`` from "the" alone before the name ("the X of the primaries")."""
    descriptors: set[str] = field(default_factory=set)


def surname_of(ev: Evidence, whole: Evidence | None, full: str, short: str) -> bool:
    """May ``short``, with evidence ``ev``, stand for the full name ``full``?"""
    if ev.org <= ev.person or raw_type(whole, full) != "person":
        return True
    return modified_person(ev, whole) or definite_surname(ev, whole, short)


def modified_person(ev: Evidence, whole: Evidence | None) -> bool:
    """ "the Keel campaign" beside "Senator Ann Keel": the surname as a modifier is
    still hers, when the full name is a person by its own evidence and nothing but
    such uses made the surname an organisation (rule "name as modifier")."""
    return (
        whole is not None
        and whole.person > whole.org
        and ev.org - ev.modifier <= ev.person
        and enabled("name as modifier")
    )


def definite_surname(ev: Evidence, whole: Evidence | None, short: str) -> bool:
    """ "Ann Keel ... back to the Keel of old": "the" alone before a surname makes no body
    of it when the full name is a person by its two-word shape and no word made it a
    body (rule "definite surname")."""
    return (
        whole is not None
        and whole.org == 0
        and _rarely_definite(ev, short)
        and enabled("definite surname")
    )


def _rarely_definite(ev: Evidence, name: str) -> bool:
    """Only "the" made it look like a body, most of its mentions go without it ("the
    Mail" is always "the Mail"), and it is written as a name, not an abbreviation ("the
    U.S." is no surname of "Direct U.S.", a sentence's opening words)."""
    written = any(c.islower() for c in name)
    return written and ev.org - ev.definite <= ev.person and 2 * ev.definite < ev.seen


def raw_type(ev: Evidence | None, name: str) -> str:
    """One spelling's type by its own evidence, else by its shape."""
    if ev is not None and ev.org != ev.person:
        return "org" if ev.org > ev.person else "person"
    return "person" if len(name.split()) >= 2 else "unknown"


def judge(name: str, forms: list[tuple[str, Evidence]]) -> str:
    """The type of ``name`` from the evidence of every spelling that stands for it."""
    person = org = thing = modifier = definite = 0
    full_person = shaped = False
    rare = True
    for key, ev in forms:
        person += ev.person
        org += ev.org
        thing += ev.thing
        modifier += ev.modifier
        definite += ev.definite
        full_person = full_person or (ev.person > ev.org and len(key.split()) >= 2)
        shaped = shaped or (ev.org == 0 and len(key.split()) >= 2)
        rare = rare and (not ev.definite or _rarely_definite(ev, key))
    if full_person and org - modifier <= person and enabled("name as modifier"):
        org -= modifier  # "Ann Keel" and "the Keel campaign": she is still a person
    if shaped and rare and org - definite <= person and enabled("definite surname"):
        org -= definite  # "Ann Keel" and "the Keel of old": a person
    if thing > max(person, org):
        return "thing"
    if org != person:
        return "org" if org > person else "person"
    return "person" if len(name.split()) >= 2 else "unknown"
