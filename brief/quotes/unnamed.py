"""A speaker phrase that names nobody, resolved as an editor would: a pronoun ("he", "it",
"they") to the most salient entity of its kind nearby; a definite description ("the
ministry", "the mayor") to the entity described by its noun, or the person in focus; "the
report" to its author or the latest publisher; a spokesperson to the body in focus.
Groups and indefinite people ("critics", "an official") are their own speakers.
"""

from __future__ import annotations

from dataclasses import dataclass

from brief.quotes.descriptions import (
    GENERIC_ORG,
    ISSUED_DOCS,
    describe,
    gender_fits,
    group_type,
    office_fits,
    office_holder,
    opener_person,
)
from brief.quotes.history import DESCRIBED_WINDOW, UNATTRIBUTED, History
from brief.quotes.lexicon import (
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    contracted_subject,
    word_list,
)
from brief.quotes.names import Names
from brief.quotes.phrases import head_noun, possessive
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    KIN_NOUNS,
    PERSON_NOUNS,
    SPOKES_NOUNS,
)

_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
POSTMODIFIERS = frozenset(word_list("of for from by at in with"))


@dataclass(slots=True)
class Unnamed:
    """What the resolver knows when it meets such a phrase."""

    names: Names
    history: History
    authors: dict[str, tuple[str, int]]
    """Document noun -> (its author, paragraph) ("X's report", "a study by X")."""
    publisher: tuple[str, int] | None
    """The latest body that published something ("..., reported X"), and where."""

    def speaker(
        self, tokens, a: int, b: int, paragraph: int, said_from: int | None = None
    ) -> tuple[str, str]:
        """The entity a phrase with no name stands for, and its type ("" when unknown)."""
        words = [t for t in tokens[a:b] if t.kind == "w"]
        if not words:
            return UNATTRIBUTED, ""
        if len(words) == 1:
            low = _POSSESSIVE_PRONOUNS.get(words[0].low, words[0].low)
            low = contracted_subject(low) or low  # "He's claiming that ..."
            if low in PERSON_PRONOUNS:
                opener = opener_person(self.names, tokens, a)
                if opener:
                    return opener, "person"
                before = said_from if enabled("pronoun outside") else None
                found = self.history.salient(
                    {"person"},
                    paragraph,
                    fallback="unknown",
                    before=before,
                    fits=gender_fits(self.names, low),
                )
                return found, ""
            if low in ORG_PRONOUNS:
                return self.history.salient({"org"}, paragraph, fallback="unknown"), ""
            if low in PLURAL_PRONOUNS:
                return self.history.salient({"org", "group"}, paragraph, only_salient=True), ""
            if low in ("i", "we", "you"):
                return UNATTRIBUTED, ""
        core = words
        for k, word in enumerate(words[1:], 1):
            if word.low in POSTMODIFIERS:
                core = words[:k]
                break
        if (
            len(core) > 2
            and core[-1].low.endswith("ed")
            and core[-1].text.islower()
            and head_noun(core[-2])
            and enabled("participle after head")
        ):
            core = core[:-1]  # "a survey released on Friday said": the survey is the head
        head = head_noun(core[-1])
        definite = core[0].low in ("the", "this", "that", "its", "his", "her", "their")
        listed = [t for t in tokens[a:b] if t.kind == "w" or t.text == ","]
        described = describe(listed if enabled("listed places") else words)
        owner = next((i for i, w in enumerate(core[:-1]) if possessive(w)), -1)
        owned = (head in DOCUMENT_NOUNS or head in ISSUED_DOCS) and owner > 0 and definite
        if owned and enabled("document owner"):  # "the union's Friday release": the union
            end = a + [t.start for t in tokens[a:b]].index(core[owner].start) + 1
            speaker, etype = self.speaker(tokens, a, end, paragraph, said_from)
            return speaker.removesuffix("'s").removesuffix("\u2019s"), etype
        if head in DOCUMENT_NOUNS and head not in ISSUED_DOCS:
            # "the report said": a document speaks for its author, never as "report"
            return self._author(head, paragraph) if definite else (UNATTRIBUTED, "")
        if head in SPOKES_NOUNS or head in ISSUED_DOCS:
            found = self.history.salient({"org", "person"}, paragraph, only_salient=True)
            if found != UNATTRIBUTED:
                return found, ""
            return (described, "org") if head in ISSUED_DOCS else (UNATTRIBUTED, "")
        if definite and head in GENERIC_ORG:
            found = self.history.salient({"org"}, paragraph, fallback="unknown", only_salient=True)
            if found != UNATTRIBUTED:
                return found, ""
        if definite and head and head not in GROUP_NOUNS and head not in DOCUMENT_NOUNS:
            named = self.history.described(head, paragraph)
            # "the senator from X said ... the senator said": where a person came from is
            # no name for the next "the senator" (the person in focus may be named)
            described_only = named and named[:1].islower() and " from " in named
            if named and not (described_only and enabled("named description")):
                return named, ""
        if relative(core, words) and enabled("kinship"):
            # "the younger brother of X", "his sister", named nowhere as such: a relative
            # speaks, never X nor the person in focus; "his" is read: "X's sister"
            if core[0].low in _POSSESSIVE_PRONOUNS and described != UNATTRIBUTED:
                owner = self.speaker(tokens, a, a + 1, paragraph, said_from)[0]
                if owner not in (UNATTRIBUTED, "unknown"):
                    return f"{owner}'s {described}", "person"
            return described, "person"
        person_like = head in PERSON_NOUNS or not head
        # "his opponent", "her former deputy": never the one "his" is, who is in focus
        # ("her account", "his book": a document of hers speaks for her)
        owned = core[0].low in _POSSESSIVE_PRONOUNS and head in PERSON_NOUNS - SPOKES_NOUNS
        # (the description itself, not "X's lawyer": "their" and "its" find the wrong owner
        # too often, and a "his aides" read back that way doubles)
        owned = owned and enabled("owned description")
        if definite and person_like and not owned and head not in GROUP_NOUNS and len(core) <= 7:
            # "the mayor", "the minister", "the affable proprietor": the person in focus,
            # or the person last named in this paragraph
            # (a description means a named person, never another description)
            # (not a person the article gives another office: "Coach X" is no defenceman)
            # ("the former trader" may be the secretary; "its authors" is no one person)
            word = core[-1].low
            former = any(w.low in ("former", "ex") for w in core)
            plural = word.endswith(("men", "people", "s")) and head != word
            occupation = head and not plural and not former and head not in KIN_NOUNS
            fits = office_fits(self.names, word) if occupation else None
            found = self.history.latest({"person"}, paragraph, named=True, fits=fits)
            if found == UNATTRIBUTED:
                found = self.history.salient(
                    {"person"}, paragraph, only_salient=True, named=True, fits=fits
                )
            if found == UNATTRIBUTED:
                found = self.history.salient({"person"}, paragraph, window=1, named=True, fits=fits)
            if found == UNATTRIBUTED and core[0].low == "the" and enabled("one office holder"):
                # nobody in focus: "the mayor" is the one mayor the article names ("its
                # chief" is some body's, and the focus wins: "The home secretary said")
                found = office_holder(self.names, head) or UNATTRIBUTED
            if found != UNATTRIBUTED:
                return found, ""
        return described, group_type(head)

    def _author(self, head: str, paragraph: int) -> tuple[str, str]:
        """Who wrote "the report": the author named with that kind of document, else the
        latest outlet or body that published something ("..., reported X")."""
        for found in (self.authors.get(head), self.publisher):
            if found is not None and paragraph - found[1] <= DESCRIBED_WINDOW:
                return found[0], self.history.type_of(found[0])
        return UNATTRIBUTED, ""


def relative(core, words) -> bool:
    """A relative of somebody named in the phrase or by its possessive ("the brother of
    X", "his sister", "a cousin of X"), not a title ("Brother X")."""
    last = core[-1]
    if last.low not in KIN_NOUNS or not last.text.islower():
        return False
    owned = core[0].low in _POSSESSIVE_PRONOUNS or any(possessive(w) for w in core[:-1])
    return owned or (len(words) > len(core) and words[len(core)].low == "of")
