"""Who is speaking: canonical speakers from the phrases frames found, by general rules.

* Names: a capitalised run, titles dropped ("President X Y" -> "X Y"); a surname or a
  shorter form resolves to the full name used elsewhere in the article ("Y" -> "X Y").
* Types: person or organisation from the name's own words ("Ministry", "Inc", an
  acronym), the words around it (a title, "watchdog X", "X spokesperson", "X, 54,",
  an apposition's head noun) and its shape (two or three name words: a person).
* Organisation plus role: "a <Org> spokesperson" and "the <Org> news agency" -> <Org>.
* Descriptions and pronouns ("the agency", "the company", "a spokesperson", "he", "it")
  resolve to the most salient compatible entity nearby: the latest speaker or sentence
  subject of the right type in this or the two previous paragraphs. A definite
  description first looks for an entity described by the same noun ("the ministry"
  after "the country's digital development ministry"). Groups and indefinite people
  ("critics", "an official") are their own speakers. Otherwise: "unattributed".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from brief.quotes.frames import Frame, unit_subject
from brief.quotes.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ORG_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLURAL_PRONOUNS,
    SPOKES_NOUNS,
)
from brief.quotes.phrases import head_noun, is_name, name_run_fwd, possessive
from brief.quotes.units import Token, Unit

UNATTRIBUTED = "unattributed"
#: How many paragraphs back a pronoun or description may look for its entity.
WINDOW_PARAGRAPHS = 2
#: Generic organisation nouns that may refer to any organisation ("the company").
_GENERIC_ORG = frozenset(
    [
        "company",
        "firm",
        "agency",
        "group",
        "organization",
        "organisation",
        "service",
        "platform",
        "app",
        "messenger",
        "operator",
        "provider",
        "giant",
        "maker",
        "body",
        "authority",
        "regulator",
        "watchdog",
        "outlet",
        "network",
        "startup",
        "retailer",
        "airline",
        "carrier",
        "developer",
        "owner",
        "publisher",
        "broadcaster",
    ]
)
_GENERIC_POSSESSORS = frozenset(
    [
        "the",
        "country's",
        "city's",
        "state's",
        "nation's",
        "province's",
        "region's",
        "government's",
        "company's",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
    ]
)


@dataclass(slots=True)
class _Evidence:
    person: int = 0
    org: int = 0
    descriptors: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Mention:
    """A name (or resolved speaker) seen at ``pos``: the history pronouns look back on."""

    pos: int
    paragraph: int
    name: str
    etype: str
    salient: bool
    head: str = ""


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    mention: str
    span: tuple[int, int] | None
    etype: str = ""
    """Type of a speaker named by a description ("org" for "the ministry"), else ''."""


class Resolver:
    """Resolves the speakers of one article's frames, in reading order."""

    def __init__(self, text: str, units: list[Unit]) -> None:
        self.text = text
        self.units = units
        self.ordinal = {}
        for unit in units:
            self.ordinal.setdefault(unit.paragraph, len(self.ordinal))
        self.evidence: dict[str, _Evidence] = {}
        self.runs: list[tuple[Unit, int, int, str, bool]] = []
        self._collect()
        self.full_names = self._full_names()
        self.history: list[Mention] = []
        self._pending = sorted(
            (
                Mention(
                    unit.tokens[i].start,
                    self.ordinal[unit.paragraph],
                    self.canonical(name),
                    self.etype(self.canonical(name)),
                    salient,
                )
                for unit, i, _end, name, salient in self.runs
            ),
            key=lambda m: m.pos,
        )
        self._next = 0
        self._last: Resolved | None = None
        self._last_paragraph = -10

    # --- collecting names and evidence --------------------------------------------

    def _collect(self) -> None:
        for unit in self.units:
            tokens = unit.tokens
            subject = unit_subject(tokens)
            i = 0
            n = len(tokens)
            while i < n:
                if not is_name(tokens, i):
                    i += 1
                    continue
                end = name_run_fwd(tokens, i, n)
                name, first = self._name_of(tokens, i, end)
                if name:
                    salient = subject is not None and subject[0] <= first and end == subject[1]
                    self.runs.append((unit, first, end, name, salient))
                    self._observe(tokens, i, first, end, name)
                i = end

    def _name_of(self, tokens, i: int, end: int) -> tuple[str, int]:
        """The run without leading titles and a trailing possessive."""
        first = i
        org = any(t.low.strip(".,") in ORG_NAME_WORDS for t in tokens[i:end])
        while (
            not org
            and first < end - 1
            and (tokens[first].low.rstrip(".") in PERSON_TITLES or tokens[first].text == ".")
        ):
            first += 1
        while first < end and tokens[first].kind != "w":
            first += 1
        if first >= end:
            return "", first
        name = " ".join(self.text[tokens[first].start : tokens[end - 1].end].split())
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        elif name.endswith(("'", "\u2019")):
            name = name[:-1]
        return name, first

    def _observe(self, tokens, i: int, first: int, end: int, name: str) -> None:
        ev = self.evidence.setdefault(name, _Evidence())
        words = name.split()
        lows = [w.lower().strip(".,") for w in words]
        if any(w in ORG_NAME_WORDS for w in lows):
            ev.org += 3
        if any(w.isupper() and 2 <= len(w) <= 6 and w.isalpha() for w in words):
            ev.org += 2  # an acronym or a ticker: an organisation
        if first > i:  # a title was dropped
            ev.person += 3
        before = tokens[i - 1] if i > 0 else None
        if before is not None and before.kind == "w":
            low = before.low
            if low == "the":
                ev.org += 1
            elif low in PERSON_TITLES and before.text[0].isupper():
                ev.person += 3
            elif low in ORG_NOUNS and not before.text[0].isupper():
                ev.org += 2
                ev.descriptors.add(low)
            elif low in PERSON_NOUNS and not before.text[0].isupper():
                ev.person += 2
                ev.descriptors.add(low)
        n = len(tokens)
        for j in range(end, min(n, end + 2)):
            low = tokens[j].low
            if tokens[j].kind != "w" or tokens[j].text[0].isupper():
                break
            if low in SPOKES_NOUNS or low in ORG_NOUNS:
                ev.org += 2
                ev.descriptors.add(low)
                break
        if end + 2 < n and tokens[end].text == ",":
            nxt = tokens[end + 1]
            if nxt.low.isdigit() and tokens[end + 2].text == ",":
                ev.person += 3
            else:
                self._apposition(tokens, end + 1, ev)

    def _apposition(self, tokens, i: int, ev: _Evidence) -> None:
        """Head noun of "X, the country's regulator," / "X, deputy head of ...": a type."""
        for j in range(i, min(len(tokens), i + 8)):
            token = tokens[j]
            if token.kind != "w" or token.low in ("of", "for", "at", "who", "which", "and"):
                break
            low = token.low
            if low in ORG_NOUNS and low not in PERSON_NOUNS:
                ev.org += 2
                ev.descriptors.add(low)
                return
            if low in PERSON_NOUNS:
                ev.person += 2
                ev.descriptors.add(low)
                return

    def _full_names(self) -> dict[str, str]:
        """Shorter forms -> the longest name containing them (surnames, org short forms)."""
        names = sorted(self.evidence, key=lambda n: -len(n.split()))
        out: dict[str, str] = {}
        for name in names:
            words = name.split()
            if len(words) < 2:
                continue
            person = self._raw_type(name) == "person"
            for size in range(1, len(words)):
                if person:
                    out.setdefault(" ".join(words[-size:]), name)
                else:
                    out.setdefault(" ".join(words[:size]), name)
        return out

    def canonical(self, name: str) -> str:
        full = self.full_names.get(name)
        if full is None:
            return name
        own, whole = self._raw_type(name), self._raw_type(full)
        if own != "unknown" and self._typed(name) and own != whole:
            return name  # "WhatsApp spokesperson" is no surname of a person "X WhatsApp"
        return full

    def _typed(self, name: str) -> bool:
        ev = self.evidence.get(name)
        return ev is not None and ev.person != ev.org

    def _raw_type(self, name: str) -> str:
        ev = self.evidence.get(name)
        if ev is None:
            return "unknown"
        if ev.org > ev.person:
            return "org"
        if ev.person > ev.org:
            return "person"
        return "person" if len(name.split()) >= 2 else "org"

    def etype(self, name: str) -> str:
        ev = self.evidence.get(name)
        if ev is None:
            return "person" if len(name.split()) >= 2 else "org"
        total = _Evidence(ev.person, ev.org)
        for short, full in self.full_names.items():
            if full == name and short in self.evidence:
                other = self.evidence[short]
                total.person += other.person
                total.org += other.org
        if total.org > total.person:
            return "org"
        if total.person > total.org:
            return "person"
        return "person" if len(name.split()) >= 2 else "org"

    def descriptors(self, name: str) -> set[str]:
        out = set()
        for key, ev in self.evidence.items():
            if key == name or self.full_names.get(key) == name:
                out |= ev.descriptors
        return out

    # --- resolving ------------------------------------------------------------------

    def _advance(self, pos: int) -> None:
        while self._next < len(self._pending) and self._pending[self._next].pos < pos:
            self.history.append(self._pending[self._next])
            self._next += 1

    def resolve(self, frame: Frame) -> Resolved:
        unit = frame.unit
        tokens = unit.tokens
        paragraph = self.ordinal[unit.paragraph]
        anchor = tokens[frame.speaker[0]].start if frame.speaker else tokens[frame.content[0]].start
        self._advance(anchor)
        if frame.speaker is None:
            result = self._carried(paragraph)
        else:
            result = self._phrase(frame, paragraph)
        if result.speaker != UNATTRIBUTED:
            head = head_noun(tokens[frame.speaker[1] - 1]) if frame.speaker else ""
            etype = result.etype or self._type_of(result.speaker)
            self.history.append(Mention(anchor, paragraph, result.speaker, etype, True, head))
        self._last = result
        self._last_paragraph = paragraph
        return result

    def _type_of(self, speaker: str) -> str:
        for mention in reversed(self.history):
            if mention.name == speaker:
                return mention.etype
        return self.etype(speaker)

    def _carried(self, paragraph: int) -> Resolved:
        if self._last is not None and paragraph - self._last_paragraph <= 1:
            return Resolved(self._last.speaker, "", None)
        return Resolved(UNATTRIBUTED, "", None)

    def _phrase(self, frame: Frame, paragraph: int) -> Resolved:
        tokens = frame.unit.tokens
        a, b = frame.speaker  # type: ignore[misc]
        mention = " ".join(self.text[tokens[a].start : tokens[b - 1].end].split())
        span = (tokens[a].start, tokens[b - 1].end)
        name = self._name_in(tokens, a, b)
        if name is None and frame.appos is not None:
            name = self._name_in(tokens, *frame.appos, head_only=False)
            if name is not None:
                c, d = frame.appos
                mention = " ".join(self.text[tokens[c].start : tokens[d - 1].end].split())
                span = (tokens[c].start, tokens[d - 1].end)
        if name is not None:
            return Resolved(self.canonical(name), mention, span)
        speaker = self._description(tokens, a, b, paragraph)
        words = [t for t in tokens[a:b] if t.kind == "w"]
        etype = ""
        if speaker == _describe(words):
            etype = group_type(head_noun(words[-1]))
        return Resolved(speaker, mention, span, etype)

    def _name_in(self, tokens, a: int, b: int, *, head_only: bool = True) -> str | None:
        """The name a phrase designates: its head, or the organisation of a role."""
        head = tokens[b - 1]
        runs = []
        i = a
        while i < b:
            if is_name(tokens, i):
                end = min(name_run_fwd(tokens, i, b), b)
                runs.append((i, end))
                i = end
            else:
                i += 1
        if not runs:
            return None
        last_start, last_end = runs[-1]
        if last_end == b and not possessive(tokens[b - 1]):
            return self._name_of(tokens, last_start, last_end)[0] or None
        noun = head_noun(head)
        # "a WhatsApp spokesperson", "the Interfax news agency", "data from Mediascope"
        if (
            noun in SPOKES_NOUNS
            or noun in DOCUMENT_NOUNS
            or (noun in ORG_NOUNS and noun not in PERSON_NOUNS)
        ):
            for start, end in reversed(runs):
                if not possessive(tokens[end - 1]) or noun in SPOKES_NOUNS:
                    return self._name_of(tokens, start, end)[0] or None
        if not head_only:
            start, end = runs[-1]
            return self._name_of(tokens, start, end)[0] or None
        # "a spokesperson for the camp": the name after for/of
        for k in range(a, b):
            if (
                tokens[k].low in ("for", "of", "from")
                and head_noun(tokens[k - 1]) in SPOKES_NOUNS | DOCUMENT_NOUNS
            ):
                inner = [r for r in runs if r[0] > k]
                if inner:
                    return self._name_of(tokens, *inner[-1])[0] or None
        return None

    def _description(self, tokens, a: int, b: int, paragraph: int) -> str:
        words = [t for t in tokens[a:b] if t.kind == "w"]
        if not words:
            return UNATTRIBUTED
        if len(words) == 1 and words[0].low in PERSON_PRONOUNS:
            return self._salient({"person"}, paragraph) or UNATTRIBUTED
        if len(words) == 1 and words[0].low in ORG_PRONOUNS:
            return self._salient({"org"}, paragraph) or UNATTRIBUTED
        if len(words) == 1 and words[0].low in PLURAL_PRONOUNS:
            return self._salient({"org", "group"}, paragraph, only_speakers=True) or UNATTRIBUTED
        if len(words) == 1 and words[0].low in ("i", "we", "you"):
            return UNATTRIBUTED
        head = head_noun(words[-1])
        definite = words[0].low in ("the", "this", "that", "its", "his", "her", "their")
        if head in SPOKES_NOUNS:
            return self._salient({"org"}, paragraph) or UNATTRIBUTED
        if definite and head:
            if head in _GENERIC_ORG:
                found = self._salient({"org"}, paragraph)
                if found:
                    return found
            named = self._described(head, paragraph)
            if named:
                return named
            if head in PERSON_NOUNS and head not in GROUP_NOUNS:
                found = self._salient({"person"}, paragraph, only_speakers=True)
                if found:
                    return found
        if definite and not head and len(words) <= 6:
            # an epithet ("the affable proprietor"): the person being quoted
            found = self._salient({"person"}, paragraph, only_speakers=True)
            if found:
                return found
        return _describe(words)

    def _described(self, head: str, paragraph: int) -> str | None:
        """The latest entity described by ``head`` (its descriptor, or in its name)."""
        for mention in reversed(self.history):
            if paragraph - mention.paragraph > 6:
                break
            if mention.head == head:
                return mention.name
            if head in self.descriptors(mention.name):
                return mention.name
            if head in mention.name.lower().split():
                return mention.name
        return None

    def _salient(
        self, types: set[str], paragraph: int, *, only_speakers: bool = False
    ) -> str | None:
        best = None
        for mention in reversed(self.history):
            if paragraph - mention.paragraph > WINDOW_PARAGRAPHS:
                break
            if mention.etype not in types:
                continue
            if mention.salient:
                return mention.name
            if best is None and not only_speakers and mention.paragraph == paragraph:
                best = mention.name
        return best


def _describe(words: list[Token]) -> str:
    """A description as a speaker: determiners and generic possessives dropped."""
    items = [w.text for w in words]
    lows = [w.low for w in words]
    while len(items) > 1 and (lows[0] in DETERMINERS or lows[0] in _GENERIC_POSSESSORS):
        items.pop(0)
        lows.pop(0)
    return " ".join(items) if items else UNATTRIBUTED


def group_type(head: str) -> str:
    """The entity type a description's head noun designates."""
    if head in GROUP_NOUNS:
        return "group"
    if head in ORG_NOUNS or head in SPOKES_NOUNS:
        return "org"
    if head in DOCUMENT_NOUNS:
        return "doc"
    return "person"
