"""Who is speaking: canonical speakers from the phrases frames found, by general rules.

``names`` gathers the article's names (canonical forms, person or organisation); here each
frame's speaker phrase becomes one of them:

* Organisation plus role: "a <Org> spokesperson", "the <Org> news agency", "a statement
  released by <Org>" -> <Org>.
* Descriptions and pronouns ("the agency", "he", "it", "the statement") name nobody:
  ``unnamed`` resolves them to the most salient compatible entity nearby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from brief.quotes.descriptions import (
    PUBLISHING_CUES,
    gender_fits,
    opener_person,
    titled_subject,
)
from brief.quotes.frames import Frame
from brief.quotes.history import DESCRIBED_WINDOW, UNATTRIBUTED, History, Mention
from brief.quotes.lexicon import (
    CUE_FORMS,
    PERSON_PRONOUNS,
)
from brief.quotes.name_shapes import past_participle
from brief.quotes.names import Names
from brief.quotes.phrase_names import PhraseNames
from brief.quotes.phrases import head_noun, is_name
from brief.quotes.rules import enabled
from brief.quotes.speaker_phrases import examples
from brief.quotes.speaker_words import GROUP_NOUNS, KIN_GROUPS, KIN_NOUNS
from brief.quotes.units import Unit
from brief.quotes.unnamed import Unnamed
from brief.quotes.whole_names import whole_name

#: Verbs of saying that tell the speaker spoke before ("she added").
_GOING_ON = frozenset(("add", "continue"))
#: A sentence whose subject a person's possessive opens ("Her message is simple").
_OWNER_PRONOUNS = {"his": "he", "her": "she"}


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    mention: str
    span: tuple[int, int] | None
    etype: str = ""
    role: str = ""
    """The description this attribution gives the speaker when the article's is not enough
    ("his wife Ann said": "Tom Reed's wife"), else ''."""


class Resolver:
    """Resolves the speakers of one article's frames, in reading order."""

    def __init__(self, text: str, units: list[Unit]) -> None:
        self.text = text
        self.units = units
        self.ordinal: dict[int, int] = {}
        told = 0  # paragraphs of the story's flow: a subheading is none ("Rebuttal letter")
        for unit in units:
            if unit.paragraph not in self.ordinal:
                self.ordinal[unit.paragraph] = told
                told += not (unit.subheading and enabled("subheading no paragraph"))
        self.names = Names(text, units)
        self.history = History(self.names)
        self._pending = sorted(
            (
                Mention(
                    pos,
                    self.ordinal[unit.paragraph],
                    canon,
                    self.names.etype(canon),
                    salient,
                    evident=evident,
                )
                for unit, pos, name, salient, evident in self._salience()
                for canon in (self.names.canonical(name),)
            ),
            key=lambda m: m.pos,
        )
        self._pending = sorted([*self._pending, *self._subject_pronouns()], key=lambda m: m.pos)
        self._anchors: set[int] = set()
        self._next = 0
        self.authors: dict[str, tuple[str, int]] = {}
        """Document noun -> (its author, paragraph): "a report by X" makes X the author of
        "the report" that follows."""
        self.phrases = PhraseNames(text, self.names, self.authors)
        self._publisher: tuple[str, int] | None = None
        """The latest named speaker of a publishing cue ("reported X", "X wrote")."""
        self._said_from: int | None = None
        """Where a statement before its speaker starts (its words are not who speaks)."""
        self._last: Resolved | None = None
        self._last_paragraph = -10
        self.spoken: set[str] = set()
        """Every speaker resolved so far."""
        self._phrases_read: dict[tuple[int, int], Resolved] = {}
        """A speaker phrase's span in the text -> what it resolved to: "The operator, X,
        said ... and called ...": both cues have the one subject, read once (with the
        apposition that only the first cue's phrase reaches)."""

    def _subject_pronouns(self) -> list[Mention]:
        """Sentences whose subject is "he" or "she": placeholders resolved when reached."""
        self._pronoun_at: dict[int, tuple[Unit, int]] = {}
        self._described_at: dict[int, tuple[int, int]] = {}
        out = []
        for unit in self.units:
            subject = self.names.subjects.get(id(unit))
            if subject is None:
                continue
            token = unit.tokens[subject[0]]
            paragraph = self.ordinal[unit.paragraph]
            owner = token.low in _OWNER_PRONOUNS and subject[1] - subject[0] > 1
            if subject[1] - subject[0] == 1 and token.low in PERSON_PRONOUNS:
                self._pronoun_at[token.start] = (unit, subject[0])
                out.append(Mention(token.start, paragraph, "", "pronoun", True))
            elif owner and enabled("owner pronoun"):
                # "Her message now is simple": she is still the one the story is about
                self._pronoun_at[token.start] = (unit, subject[0])
                out.append(Mention(token.start, paragraph, "", "pronoun", True))
            elif titled_subject(unit.tokens, subject):
                # "The mayor brought up the plan again. "...," he said": he is the mayor
                self._pronoun_at[token.start] = (unit, -1)
                self._described_at[token.start] = subject
                out.append(Mention(token.start, paragraph, "", "pronoun", True))
        return out

    def _salience(self) -> list[tuple[Unit, int, str, bool, bool]]:
        """Name runs with their salience: a sentence subject, or a person the article
        introduces here for the first time with a description ("accountant X Y, 50"): a
        new referent so introduced is what the next "he" or "she" most likely means."""
        out = []
        for run in self.names.runs:
            canon = self.names.canonical(run.name)
            person = self.names.etype(canon) == "person"
            salient = run.salient or (run.introduced and person)
            evident = not run.placed or self.names.evident(canon)
            if run.likened and enabled("likeness"):
                # "X, who like Y was born abroad ... says the founder": X, not Y
                salient = evident = False
            out.append((run.unit, run.pos, run.name, salient, evident))
        return out

    # --- resolving ------------------------------------------------------------------

    def _advance(self, pos: int) -> None:
        while self._next < len(self._pending) and self._pending[self._next].pos < pos:
            mention = self._pending[self._next]
            self._next += 1
            if mention.etype == "pronoun":
                # a sentence opening "She published ..." keeps its referent in focus, so a
                # later "her statement" still finds it: resolved here, in reading order
                if mention.pos in self._anchors:
                    continue  # the pronoun spoke: resolve() already recorded it
                unit, index = self._pronoun_at[mention.pos]
                if index < 0:
                    a, b = self._described_at[mention.pos]
                    name = self._description(unit.tokens, a, b, mention.paragraph)[0]
                    if name != UNATTRIBUTED and name[:1].isupper():
                        self.history.append(
                            Mention(mention.pos, mention.paragraph, name, "person", True)
                        )
                    continue
                low = unit.tokens[index].low
                fits = gender_fits(self.names, _OWNER_PRONOUNS.get(low, low))
                name = opener_person(self.names, unit.tokens, index) or self.history.salient(
                    {"person"}, mention.paragraph, fallback="unknown", fits=fits
                )
                if name != UNATTRIBUTED:
                    found = Mention(mention.pos, mention.paragraph, name, "person", True)
                    self.history.append(found)
                continue
            self.history.append(mention)

    def resolve(self, frame: Frame) -> Resolved:
        unit = frame.unit
        tokens = unit.tokens
        paragraph = self.ordinal[unit.paragraph]
        anchor = tokens[frame.speaker[0]].start if frame.speaker else tokens[frame.content[0]].start
        self._advance(anchor)
        self._anchors.add(anchor)
        content = tokens[frame.content[0]].start
        self._said_from = content if content < anchor else None  # "..., she said"
        if frame.label:
            result = self._label(frame.label, quoted=frame.content_start >= 0)
        elif frame.speaker is None and frame.mode == "none":
            result = Resolved(UNATTRIBUTED, "", None)
        elif frame.speaker is None:
            result = self._carried(paragraph, floating=frame.rule == "floating")
        else:
            a, b = frame.speaker
            phrase = (tokens[a].start, tokens[b - 1].end)
            read = self._phrases_read.get(phrase)
            if read is None:
                result = self._phrases_read.setdefault(phrase, self._phrase(frame, paragraph))
            else:
                result = replace(read, mention=" ".join(self.text[phrase[0] : phrase[1]].split()))
        if result.speaker == UNATTRIBUTED and frame.speaker and enabled("added pronoun"):
            result = self._added(frame, paragraph) or result
        if result.speaker.endswith(("'s", "\u2019s")) and enabled("possessed subject"):
            result = self._owner(result)
        if result.span is not None:  # "Pilots Without Frontiers said": not "Frontiers"
            result = replace(result, speaker=whole_name(self.text, result.span, result.speaker))
            result = self._kin_role(frame, result, paragraph)
        guess = frame.rule == "embedded" and enabled("embedded guess")
        if guess:
            # a quotation no attribution claims: its speaker is a guess from the sentence's
            # subject or the last speaker, and a guess is no evidence for the next "he said"
            return result
        if result.speaker and result.speaker != UNATTRIBUTED:  # a label may name nobody
            head = head_noun(tokens[frame.speaker[1] - 1]) if frame.speaker else ""
            etype = result.etype or self.history.type_of(result.speaker)
            if result.speaker.rsplit(" ", 1)[-1] in KIN_GROUPS:
                etype = "group"  # "Brand's family": not the "he" of the next sentence
            self.spoken.add(result.speaker)
            self.history.append(Mention(anchor, paragraph, result.speaker, etype, True, head))
            cue = frame.cue.split()[0].lower() if frame.cue else ""
            publishes = CUE_FORMS.get(cue) in PUBLISHING_CUES and result.speaker[:1].isupper()
            if publishes and not (head in GROUP_NOUNS and enabled("group publisher")):
                # "X program users report they ...": people telling, not a body publishing
                self._publisher = (result.speaker, paragraph)
        self._last = result
        self._last_paragraph = paragraph
        return result

    def _kin_role(self, frame: Frame, result: Resolved, paragraph: int) -> Resolved:
        """ "his wife Ann said": Ann's description is whose wife she is ("Tom Reed's wife"),
        "his" read as a pronoun is, before she speaks."""
        role = self.names.role(result.speaker)
        words = result.mention.split()
        if role not in KIN_NOUNS or len(words) < 3 or words[0].lower() not in ("his", "her"):
            return result
        if words[1].lower() != role:
            return result
        a = frame.speaker[0]  # type: ignore[index]
        # the owner may stand in the statement itself ("X's doctors say ..., his wife said")
        unnamed = Unnamed(self.names, self.history, self.authors, self._publisher)
        owner = unnamed.speaker(frame.unit.tokens, a, a + 1, paragraph, None)[0]
        if owner[:1].isupper() and owner != result.speaker:
            return replace(result, role=f"{owner}'s {role}")
        return result

    def _added(self, frame: Frame, paragraph: int) -> Resolved | None:
        """ "...," she added: "added" says she spoke before; with nobody in focus, she is
        the latest speaker of the last few paragraphs she can be."""
        a, b = frame.speaker  # type: ignore[misc]
        low = frame.unit.tokens[a].low
        cue = frame.cue.split()[0].lower() if frame.cue else ""
        if b - a != 1 or low not in ("he", "she") or CUE_FORMS.get(cue) not in _GOING_ON:
            return None
        fits = gender_fits(self.names, low)
        for mention in reversed(self.history.mentions):
            if paragraph - mention.paragraph > DESCRIBED_WINDOW:
                break
            if mention.name not in self.spoken or mention.etype == "group":
                continue  # "users report ...": no "she"
            if mention.etype == "person" and (fits is None or fits(mention.name)):
                return Resolved(mention.name, low, None, "person")
            return None  # the latest speaker cannot be "she": nobody sure
        return None

    def _owner(self, result: Resolved) -> Resolved:
        """ "The board's statement that ...", "X's letter was mocked for its claim that":
        the owner speaks, named as the article names it without the possessive (not
        "McDonald's", which it never writes as "McDonald")."""
        owner = result.speaker[:-2]
        bare = re.compile(rf"\b{re.escape(owner)}\b(?!['\u2019]s)", re.IGNORECASE)
        return replace(result, speaker=owner) if bare.search(self.text) else result

    def _runs_of(self, canon: str) -> int:
        return sum(1 for run in self.names.runs if self.names.canonical(run.name) == canon)

    def _label(self, label: str, *, quoted: bool) -> Resolved:
        """A transcript label ("SMITH") as the article's name for that person; a quoted
        line's label as written ("Smith"); else '' (an unquoted "UPDATE:" names nobody)."""
        words = label.title().split()
        for name in self.names.evidence:
            canon = self.names.canonical(name)
            if canon.split()[-len(words) :] == words or name.split() == words:
                if not label.isupper() and self._runs_of(canon) < 2:
                    continue  # a headline's "X Y:" must name somebody the article names again
                return Resolved(canon, label, None, self.names.etype(canon))
        return Resolved(" ".join(words) if quoted else "", label, None, "person")

    def _carried(self, paragraph: int, *, floating: bool = False) -> Resolved:
        if self._last is not None and paragraph - self._last_paragraph <= 1:
            return Resolved(self._last.speaker, "", None, self._last.etype)
        if floating and enabled("quotation in focus"):
            # "Her message is simple: ... / "You can't tell what that person went through"": no
            # one spoke just before; the person the paragraph before is about speaks
            found = self.history.salient({"person"}, paragraph, only_salient=True, window=1)
            if found in self.spoken or self.names.evident(found):
                return Resolved(found, "", None, "person")
        return Resolved(UNATTRIBUTED, "", None)

    def _phrase(self, frame: Frame, paragraph: int) -> Resolved:
        tokens = frame.unit.tokens
        a, b = frame.speaker  # type: ignore[misc]
        mention = " ".join(self.text[tokens[a].start : tokens[b - 1].end].split())
        span = (tokens[a].start, tokens[b - 1].end)
        if frame.rule == "noun frame" and is_name(tokens, b - 1):
            owner = self.names.name_of(tokens, a, b)[0]  # "X's claim": X
            if owner:
                canon = self.names.canonical(owner)
                return Resolved(canon, mention, span, self.names.etype(canon))
        name, etype = self.phrases.name_in(tokens, a, b, paragraph)
        if frame.appos is not None and not examples(tokens, frame.appos[0]):
            c, d = frame.appos
            appos_name, appos_type = self.phrases.name_in(tokens, c, d, paragraph)
            # "Keeper of the Seal, X Y, said": an office's title, then the person holding it
            office = any(tokens[j].low in ("of", "for") for j in range(a, b))
            better = (
                name is None
                or (appos_type == "person" and etype != "person")
                or (office and etype == "unknown" and len((appos_name or "").split()) > 1)
            )
            if appos_name is not None and is_name(tokens, d - 1) and better:
                # "The country's internet regulator, X, said": the apposition names it
                name, etype = appos_name, appos_type
                mention = " ".join(self.text[tokens[c].start : tokens[d - 1].end].split())
                span = (tokens[c].start, tokens[d - 1].end)
        if name is not None and etype == "thing":
            return Resolved(UNATTRIBUTED, mention, span)  # "the X Act says": no speaker
        if name is not None:
            return Resolved(name, mention, span, etype)
        issuer = next(
            (
                j + 1
                for j in range(a + 1, b - 1)
                if tokens[j].low == "by" and past_participle(tokens[j - 1])
            ),
            None,
        )
        if issuer is not None and enabled("issued by"):
            a = issuer  # "a statement released by the board": the board, as "the board said"
        speaker, etype = self._description(tokens, a, b, paragraph)
        return Resolved(speaker, mention, span, etype)

    def _description(self, tokens, a: int, b: int, paragraph: int) -> tuple[str, str]:
        """A phrase naming nobody ("he", "the ministry", "the report"): see ``unnamed``."""
        return Unnamed(self.names, self.history, self.authors, self._publisher).speaker(
            tokens, a, b, paragraph, self._said_from
        )
