"""What an article has mentioned so far, in reading order: what a pronoun or a
description looks back on (recency, salience, type, the nouns that described it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from brief.quotes.names import Names
from brief.quotes.rules import enabled

UNATTRIBUTED = "unattributed"
#: How many paragraphs back a pronoun or description may look for its entity.
WINDOW_PARAGRAPHS = 2
#: How far back a definite description looks for an entity it describes ("the ministry").
DESCRIBED_WINDOW = 8
#: Which names a pronoun may stand for (None: any).
Fits = Callable[[str], bool] | None


@dataclass(frozen=True, slots=True)
class Mention:
    """A name (or resolved speaker) seen at ``pos``: the history pronouns look back on."""

    pos: int
    paragraph: int
    name: str
    etype: str
    """``person``, ``org``, ``group``, ``doc`` or ``unknown``."""
    salient: bool
    """A speaker or a sentence subject (what a following "he" or "it" most likely means)."""
    head: str = ""
    """The head noun when the speaker was named by a description ("ministry")."""
    evident: bool = True
    """False for a name after a preposition of place with no word saying what it is
    ("moved to North America": two capitalised words, most likely no person)."""


class History:
    """The mentions seen so far; lookups go from the latest back."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.mentions: list[Mention] = []

    def append(self, mention: Mention) -> None:
        self.mentions.append(mention)

    def type_of(self, speaker: str) -> str:
        """The type a speaker was last resolved with, else what its name says."""
        for mention in reversed(self.mentions):
            if mention.name == speaker:
                return mention.etype
        return self.names.etype(speaker)

    def described(self, head: str, paragraph: int) -> str | None:
        """The latest entity described by ``head`` (its descriptor, or in its name)."""
        bare = None
        for mention in reversed(self.mentions):
            if paragraph - mention.paragraph > DESCRIBED_WINDOW:
                break
            if mention.head == head:
                return mention.name
            if mention.head:
                continue  # a description names only what its own head says
            if head in self.names.descriptors(mention.name):
                return self._body_of(mention.name, head) or mention.name
            if mention.name.lower() == head and enabled("bare body word"):
                # "Party" alone, cut from "X People's Party" at its possessive: the
                # longer name, if the window holds one
                bare = bare or mention.name
            elif head in mention.name.lower().split():
                return mention.name  # "the ministry" -> "Ministry of Transport"
        return bare

    def _body_of(self, name: str, head: str) -> str:
        """The body a speaker phrase built on ``name`` ("X harbour board" for X and "board"):
        "the board" then means the body that spoke, not the place it is named after."""
        for mention in reversed(self.mentions):
            if mention.name.startswith(name + " ") and mention.name.endswith(" " + head):
                return mention.name
        return ""

    def latest(
        self, types: set[str], paragraph: int, *, named: bool = False, fits: Fits = None
    ) -> str:
        """The latest mention of one of ``types`` in this paragraph, salient or not
        (``named``: a name, not a description such as "former premier")."""
        for mention in reversed(self.mentions):
            if mention.paragraph != paragraph:
                break
            if (named and not _named(mention.name)) or (
                fits is not None and not fits(mention.name)
            ):
                continue
            if mention.etype in types and (mention.salient or mention.evident):
                return mention.name
        return UNATTRIBUTED

    def salient(
        self,
        types: set[str],
        paragraph: int,
        *,
        fallback: str = "",
        only_salient: bool = False,
        window: int = WINDOW_PARAGRAPHS,
        named: bool = False,
        fits: Fits = None,
        before: int | None = None,
    ) -> str:
        """The latest salient mention (a speaker or a subject) of one of ``types`` (or of
        the type in this paragraph; else the latest salient mention of the ``fallback``
        type ("unknown": a single name with no evidence of what it names). ``before``:
        only mentions before that offset (not in the statement being resolved)."""
        spare = None
        unfit = False
        for mention in reversed(self.mentions):
            if paragraph - mention.paragraph > window:
                break
            if named and not _named(mention.name):
                continue
            if fits is not None and not fits(mention.name):
                unfit = unfit or mention.etype in types
                continue
            if before is not None and mention.pos >= before:
                continue  # in the statement itself: "X has asked ..., she said" is not X
            if mention.salient and mention.etype in types:
                return mention.name
            if mention.etype in types and spare is None and mention.paragraph == paragraph:
                spare = mention.name
        if spare is not None and not only_salient:
            return spare
        if fallback and not unfit:  # "she" near men only: nobody, not a place's name
            for mention in reversed(self.mentions):
                if paragraph - mention.paragraph > window:
                    break
                if before is not None and mention.pos >= before:
                    continue
                if mention.salient and mention.etype == fallback:
                    return mention.name
        return UNATTRIBUTED


def _named(name: str) -> bool:
    """A name ("X Y"), not a description ("former premier", "officials")."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper()
