"""The name a speaker phrase designates, and its type: its head name ("communications
regulator X"), the holder of a role ("Bank of X governor Y"), the organisation of a role or
a document ("an Acme spokesperson", "a statement released by X", "X's report"), an office
owned by a name ("the Harbour Minister's Office"). A phrase that names nobody is left to
``unnamed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from brief.quotes.descriptions import body_name, titled_group
from brief.quotes.name_shapes import after_role, modifier_only, named_after, owned_office
from brief.quotes.names import Names
from brief.quotes.phrases import head_noun, is_group, is_name, joins_name, possessive
from brief.quotes.roles import name_runs, titled_name
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import (
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    SPOKES_NOUNS,
)
from brief.quotes.unnamed import POSTMODIFIERS

#: "X on Twitter said", "X on the show says": the phrase after "on" / "within" a person or
#: a group is where they spoke or sit (a medium, a body), never the speaker.
_ASIDE = frozenset(("on", "within"))
_NOT_ASIDE = frozenset(("org", "thing"))


@dataclass(slots=True)
class PhraseNames:
    """Names in speaker phrases, for one article."""

    text: str
    names: Names
    authors: dict[str, tuple[str, int]]
    """Document noun -> (its author, paragraph), shared with the resolver: "X's report"
    makes X the author of "the report" that follows."""

    def name_in(self, tokens, a: int, b: int, paragraph: int) -> tuple[str | None, str]:
        """The name a phrase designates (and its type): its head, or the organisation of a
        role or a document ("an Acme spokesperson", "a statement released by X")."""
        whole = name_runs(tokens, a, b)
        if whole and whole[-1][1] == b and after_role(tokens, a, whole[-1][0]):
            # "university of the Valley political scientist X Y": the role's holder speaks
            name = self.names.name_of(tokens, *whole[-1])[0]
            if name:
                canon = self.names.canonical(name)
                return canon, self.names.etype(canon)
        core_end = b
        for k in range(a + 1, b):
            if tokens[k].low in POSTMODIFIERS and not joins_name(tokens, k):
                core_end = k
                break
            aside = tokens[k].low in _ASIDE and enabled("medium aside")
            if aside and self._aside_at(tokens, a, k, b):
                core_end = k
                break
        if core_end - 2 > a and tokens[core_end - 1].text == "." and enabled("initial stop"):
            core_end -= 1  # "Rep. X Y Jr. of Z": the abbreviation's full stop ends no name
        runs = name_runs(tokens, a, core_end)
        if core_end < b and titled_group(tokens, core_end, b) and enabled("group publisher"):
            return None, ""  # "Friends of the Harbour volunteers": the volunteers speak
        if runs and runs[-1][1] == core_end and not possessive(tokens[core_end - 1]):
            start, end = runs[-1]
            if len(runs) > 1 and any(t.low in ("and", "&") for t in tokens[runs[0][1] : start]):
                # "X Y and Z W said": both speak
                first = self.names.name_of(tokens, *runs[0])[0]
                last = self.names.name_of(tokens, start, end)[0]
                return f"{self.names.canonical(first)} and {self.names.canonical(last)}", "group"
            name = self.names.name_of(tokens, start, end)[0]
            if not name and core_end < b and tokens[core_end].low == "of":
                name = titled_name(self.text, tokens, core_end, b)
            if not name:
                return None, ""
            owned = owned_office(tokens, a, start, end)
            if owned is not None:
                return self._office(tokens, owned, end), "org"
            canon = self.names.canonical(name)
            return canon, self.names.etype(canon)
        titled = tokens[core_end - 1].low.rstrip(".") in PERSON_TITLES
        if core_end < b and tokens[core_end].low == "of" and titled:
            name = titled_name(self.text, tokens, core_end, b)  # "Secretary of State X Y"
            if name:
                canon = self.names.canonical(name)
                return canon, self.names.etype(canon)
        noun = head_noun(tokens[core_end - 1])
        if not noun and tokens[core_end - 1].low.endswith("ed") and core_end - 2 >= a:
            noun = head_noun(tokens[core_end - 2])  # "a statement released by X"
        org_like = noun in SPOKES_NOUNS or noun in DOCUMENT_NOUNS
        org_like = org_like or (noun in ORG_NOUNS and noun not in PERSON_NOUNS)
        if not org_like:
            return None, ""
        after = tokens[core_end].low if core_end < b else ""
        # "a Lisbon spokesman for the Harbour Party": the body after "for" is the one spoken
        # for; the name before is where the spokesman sits (rule "spokesman for")
        spoken_for = noun in SPOKES_NOUNS and after == "for" and enabled("spokesman for")
        for start, end in [] if spoken_for else reversed(runs):
            if noun in ORG_NOUNS and possessive(tokens[end - 1]) and noun not in SPOKES_NOUNS:
                continue  # "Russia's digital ministry" is not Russia
            name = self.names.name_of(tokens, start, end)[0]
            if name:
                canon = self.names.canonical(name)
                if noun in DOCUMENT_NOUNS:
                    self.authors[noun] = (canon, paragraph)  # "X's report"
                    return canon, self.names.etype(canon)
                body = body_name(tokens, end, core_end, canon)
                if not body and noun not in SPOKES_NOUNS and self.names.etype(canon) == "person":
                    body = named_after(tokens, end, core_end, name)
                adjective = start > a and tokens[start - 1].low != "the"  # "a X paper"
                if (
                    not body
                    and noun not in SPOKES_NOUNS
                    and adjective
                    and modifier_only(self.text, canon)
                ):
                    # "a Wexish newspaper reported": an adjective, no body named Wexish
                    body = " ".join(
                        self.text[tokens[start].start : tokens[core_end - 1].end].split()
                    )
                return body or canon, "org"
        # "a spokesman in Kelby": where he sits ("a report in the Herald" is the paper's)
        placed = after == "in" and noun in SPOKES_NOUNS and enabled("spokesman for")
        if core_end < b and (noun in SPOKES_NOUNS or noun in DOCUMENT_NOUNS) and not placed:
            # "a spokesperson for the camp", "data from X", "a statement released by X"
            inner = name_runs(tokens, core_end, b)
            if inner:
                name = self.names.name_of(tokens, *inner[-1])[0]
                if name:
                    canon = self.names.canonical(name)
                    owned = owned_office(tokens, core_end, *inner[-1])
                    if owned is not None:
                        canon = self._office(tokens, owned, inner[-1][1])
                    if noun in DOCUMENT_NOUNS:
                        self.authors[noun] = (canon, paragraph)  # "a report by X"
                    return canon, self.names.etype(canon)
        return None, ""

    def _office(self, tokens, owned: int, end: int) -> str:
        """ "the Harbour Minister's Office": the office's name holds its owner's."""
        return " ".join(self.text[tokens[owned].start : tokens[end - 1].end].split())

    def _aside_at(self, tokens, a: int, k: int, b: int) -> bool:
        """ "on" / "within" at ``k`` ends the speaker: a person, a group or a document before
        it ("X on Twitter", "Democrats on the hill", "a report on ports"), not an
        organisation's name ("Council on X") nor "The Mail on Sunday's editor"."""
        if any(possessive(t) for t in tokens[k + 1 : b]):
            return False
        head = tokens[k - 1]
        if not is_name(tokens, k - 1):
            noun = head_noun(head)
            return noun in PERSON_NOUNS or noun in DOCUMENT_NOUNS or is_group(head)
        runs = name_runs(tokens, a, k)
        if not runs or runs[-1][1] != k:
            return False
        name = self.names.name_of(tokens, *runs[-1])[0]
        return bool(name) and self.names.etype(self.names.canonical(name)) not in _NOT_ASIDE
