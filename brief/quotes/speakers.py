"""Who is speaking: canonical speakers from the phrases frames found, by general rules.

* Names: a capitalised run with its titles and roles dropped ("Foreign Affairs Minister
  X Y" -> "X Y"); a surname resolves to the full name used elsewhere in the article
  ("Y" -> "X Y"), a short company name to its corporate form ("Meta" -> "Meta Platforms").
* Types: person or organisation from the name's own words ("Ministry", "Inc", an
  acronym), the words around it (a title, "watchdog X", "X spokesperson", "X, 54,",
  an apposition's head noun) and its shape (two or three name words: a person). A single
  word with no evidence stays "unknown" and may serve either kind.
* Organisation plus role: "a <Org> spokesperson", "the <Org> news agency", "a statement
  released by <Org>" -> <Org>.
* Descriptions and pronouns ("the agency", "the company", "a spokesperson", "he", "it",
  "the statement") resolve to the most salient compatible entity nearby: the latest
  speaker or sentence subject of the right type in this or the previous paragraphs. A
  definite description first looks for an entity described by the same noun ("the
  ministry" after "the country's digital development ministry", "the mayor" after
  "Mayor X Y"). Groups and indefinite people ("critics", "an official") are their own
  speakers; so are reports and studies. Otherwise: "unattributed".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from brief.quotes.frames import Frame
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
    word_list,
)
from brief.quotes.phrases import head_noun, is_name, joins_name, name_run_fwd, possessive
from brief.quotes.subjects import unit_subject
from brief.quotes.units import Token, Unit

UNATTRIBUTED = "unattributed"
#: How many paragraphs back a pronoun or description may look for its entity.
WINDOW_PARAGRAPHS = 2
#: How far back a definite description looks for an entity it describes ("the ministry").
DESCRIBED_WINDOW = 8
#: Generic organisation nouns that may refer to any organisation ("the company").
GENERIC_ORG = frozenset(
    word_list(
        "company firm agency group organization organisation service platform app messenger "
        "operator provider giant maker body authority regulator watchdog outlet network "
        "startup retailer airline carrier developer owner publisher broadcaster"
    )
)
#: Documents an entity issues: "the statement said" speaks for whoever issued it.
ISSUED_DOCS = frozenset(
    word_list(
        "statement release post tweet letter memo email e-mail message website blog notice "
        "announcement communique communiqué filing"
    )
)
#: Words that may end a short name to give its corporate form ("Meta" -> "Meta Platforms").
CORPORATE_SUFFIXES = frozenset(
    word_list(
        "inc inc. corp corp. co co. ltd ltd. llc plc ag sa gmbh nv group holdings platforms "
        "technologies technology systems labs industries international"
    )
)
#: Capitalised role words that may stand in a name run before the name itself.
_RUN_ROLES = frozenset(PERSON_TITLES | PERSON_NOUNS | SPOKES_NOUNS) - {"general", "state"}
_ROLE_ACRONYMS = frozenset(word_list("ceo cfo coo cto mp mpp mla mep md"))
_GENERIC_POSSESSORS = frozenset(
    word_list(
        "the country's city's state's nation's province's region's government's company's "
        "its his her their our my your"
    )
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_POSTMODIFIERS = frozenset(word_list("of for from by at in with"))


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
    """``person``, ``org``, ``group``, ``doc`` or ``unknown``."""
    salient: bool
    """A speaker or a sentence subject (what a following "he" or "it" most likely means)."""
    head: str = ""
    """The head noun when the speaker was named by a description ("ministry")."""


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    mention: str
    span: tuple[int, int] | None
    etype: str = ""


class Resolver:
    """Resolves the speakers of one article's frames, in reading order."""

    def __init__(self, text: str, units: list[Unit]) -> None:
        self.text = text
        self.units = units
        self.ordinal: dict[int, int] = {}
        for unit in units:
            self.ordinal.setdefault(unit.paragraph, len(self.ordinal))
        self.evidence: dict[str, _Evidence] = {}
        runs = self._collect()
        self.full_names = self._full_names()
        self._types: dict[str, str] = {}
        self.history: list[Mention] = []
        self._pending = sorted(
            (
                Mention(pos, self.ordinal[unit.paragraph], canon, self.etype(canon), salient)
                for unit, pos, name, salient in runs
                for canon in (self.canonical(name),)
            ),
            key=lambda m: m.pos,
        )
        self._next = 0
        self._last: Resolved | None = None
        self._last_paragraph = -10

    # --- names and their evidence -----------------------------------------------------

    def _collect(self) -> list[tuple[Unit, int, str, bool]]:
        runs = []
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
                name, first = self.name_of(tokens, i, end)
                if name:
                    salient = subject is not None and subject[0] <= first and end == subject[1]
                    runs.append((unit, tokens[first].start, name, salient))
                    self._observe(tokens, i, first, end, name)
                i = end
        return runs

    def name_of(self, tokens, i: int, end: int) -> tuple[str, int]:
        """The name in a run, without titles and roles before it or a final possessive."""
        first = i
        if not any(t.low.strip(".,") in ORG_NAME_WORDS for t in tokens[i:end]):
            last_role = -1
            for j in range(i, end - 1):
                if tokens[j].low.rstrip(".") in _RUN_ROLES or tokens[j].low in _ROLE_ACRONYMS:
                    last_role = j
            if last_role >= 0:
                first = last_role + 1
        while first < end and tokens[first].kind != "w":
            first += 1
        if first >= end:
            return "", first
        words = [t for t in tokens[first:end] if t.kind == "w"]
        if all(t.low.rstrip(".") in _RUN_ROLES for t in words):
            return "", first  # "Minister", "President": a title alone names no one
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
        acronyms = [w for w in words if w.isupper() and 2 <= len(w) <= 6 and w.isalpha()]
        if any(w.lower() not in _ROLE_ACRONYMS for w in acronyms):
            ev.org += 2  # an acronym or a ticker: an organisation
        if first > i:  # a title or a role was dropped: "Mayor X", "CEO X"
            ev.person += 3
            ev.descriptors.update(t.low.rstrip(".") for t in tokens[i:first] if t.kind == "w")
        before = tokens[i - 1] if i > 0 else None
        if before is not None and before.kind == "w":
            low = before.low
            if low == "the":
                ev.org += 1
            elif low in PERSON_TITLES and before.text[0].isupper():
                ev.person += 3
            elif low in ORG_NOUNS and low not in PERSON_NOUNS and before.text.islower():
                ev.org += 2
                ev.descriptors.add(low)
            elif low in PERSON_NOUNS and before.text.islower():
                ev.person += 2
                ev.descriptors.add(low)
        n = len(tokens)
        owner = possessive(tokens[end - 1])
        for j in range(end, min(n, end + 2)):
            token = tokens[j]
            if token.kind != "w" or not token.text.islower():
                break
            low = token.low
            if low in SPOKES_NOUNS or (not owner and low in ORG_NOUNS):
                ev.org += 2  # "X spokesperson", "X's spokesperson", "the X news agency"
                ev.descriptors.add(low)
                break
        if end + 2 < n and tokens[end].text == ",":
            nxt = tokens[end + 1]
            if nxt.low.isdigit() and tokens[end + 2].text == ",":
                ev.person += 3  # "X, 54,"
            else:
                self._apposition(tokens, end + 1, ev)

    def _apposition(self, tokens, i: int, ev: _Evidence) -> None:
        """Head noun of "X, the country's regulator," / "X, deputy head of ...": a type."""
        for j in range(i, min(len(tokens), i + 8)):
            token = tokens[j]
            if token.kind != "w" or token.low in ("of", "for", "at", "who", "which"):
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
        """Shorter forms -> the longest name containing them (surnames, corporate forms)."""
        names = sorted(self.evidence, key=lambda n: (-len(n.split()), n))
        out: dict[str, str] = {}
        for name in names:
            words = name.split()
            if len(words) < 2:
                continue
            if self._raw_type(name) == "person":
                for size in range(1, len(words)):
                    out.setdefault(" ".join(words[-size:]), name)
            else:
                for size in range(1, len(words)):
                    rest = [w.lower() for w in words[size:]]
                    if all(w in CORPORATE_SUFFIXES for w in rest):
                        out.setdefault(" ".join(words[:size]), name)
        return out

    def canonical(self, name: str) -> str:
        full = self.full_names.get(name)
        if full is None:
            return name
        ev = self.evidence.get(name)
        if ev is not None and ev.org > ev.person and self._raw_type(full) == "person":
            return name  # "Acme spokesperson" is no surname of a person "X Acme"
        return full

    def _raw_type(self, name: str) -> str:
        ev = self.evidence.get(name)
        if ev is not None and ev.org != ev.person:
            return "org" if ev.org > ev.person else "person"
        return "person" if len(name.split()) >= 2 else "unknown"

    def etype(self, name: str) -> str:
        known = self._types.get(name)
        if known is not None:
            return known
        person = org = 0
        for key, ev in self.evidence.items():
            if key == name or self.full_names.get(key) == name:
                person += ev.person
                org += ev.org
        if org != person:
            found = "org" if org > person else "person"
        else:
            found = "person" if len(name.split()) >= 2 else "unknown"
        self._types[name] = found
        return found

    def descriptors(self, name: str) -> set[str]:
        out: set[str] = set()
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
            return Resolved(self._last.speaker, "", None, self._last.etype)
        return Resolved(UNATTRIBUTED, "", None)

    def _phrase(self, frame: Frame, paragraph: int) -> Resolved:
        tokens = frame.unit.tokens
        a, b = frame.speaker  # type: ignore[misc]
        mention = " ".join(self.text[tokens[a].start : tokens[b - 1].end].split())
        span = (tokens[a].start, tokens[b - 1].end)
        name, etype = self._name_in(tokens, a, b, paragraph)
        if frame.appos is not None:
            c, d = frame.appos
            appos_name, appos_type = self._name_in(tokens, c, d, paragraph)
            better = name is None or (appos_type == "person" and etype != "person")
            if appos_name is not None and is_name(tokens, d - 1) and better:
                # "The country's internet regulator, X, said": the apposition names it
                name, etype = appos_name, appos_type
                mention = " ".join(self.text[tokens[c].start : tokens[d - 1].end].split())
                span = (tokens[c].start, tokens[d - 1].end)
        if name is not None:
            return Resolved(name, mention, span, etype)
        speaker, etype = self._description(tokens, a, b, paragraph)
        return Resolved(speaker, mention, span, etype)

    def _runs(self, tokens, a: int, b: int) -> list[tuple[int, int]]:
        runs = []
        i = a
        while i < b:
            if is_name(tokens, i):
                end = min(name_run_fwd(tokens, i, b), b)
                runs.append((i, end))
                i = end
            else:
                i += 1
        return runs

    def _name_in(self, tokens, a: int, b: int, paragraph: int) -> tuple[str | None, str]:
        """The name a phrase designates (and its type): its head, or the organisation of a
        role or a document ("an Acme spokesperson", "a statement released by X")."""
        core_end = b
        for k in range(a + 1, b):
            if tokens[k].low in _POSTMODIFIERS and not joins_name(tokens, k):
                core_end = k
                break
        runs = self._runs(tokens, a, core_end)
        if runs and runs[-1][1] == core_end and not possessive(tokens[core_end - 1]):
            start, end = runs[-1]
            if len(runs) > 1 and any(t.low in ("and", "&") for t in tokens[runs[0][1] : start]):
                # "X Y and Z W said": both speak
                first = self.name_of(tokens, *runs[0])[0]
                last = self.name_of(tokens, start, end)[0]
                return f"{self.canonical(first)} and {self.canonical(last)}", "group"
            name = self.name_of(tokens, start, end)[0]
            if not name:
                return None, ""
            canon = self.canonical(name)
            return canon, self.etype(canon)
        noun = head_noun(tokens[core_end - 1])
        org_like = noun in SPOKES_NOUNS or noun in DOCUMENT_NOUNS
        org_like = org_like or (noun in ORG_NOUNS and noun not in PERSON_NOUNS)
        if not org_like:
            return None, ""
        for start, end in reversed(runs):
            if noun in ORG_NOUNS and possessive(tokens[end - 1]) and noun not in SPOKES_NOUNS:
                continue  # "Russia's digital ministry" is not Russia
            name = self.name_of(tokens, start, end)[0]
            if name:
                canon = self.canonical(name)
                return canon, "org" if noun not in DOCUMENT_NOUNS else self.etype(canon)
        if core_end < b and (noun in SPOKES_NOUNS or noun in DOCUMENT_NOUNS):
            # "a spokesperson for the camp", "data from X", "a statement released by X"
            inner = self._runs(tokens, core_end, b)
            if inner:
                name = self.name_of(tokens, *inner[-1])[0]
                if name:
                    canon = self.canonical(name)
                    return canon, self.etype(canon)
        return None, ""

    def _description(self, tokens, a: int, b: int, paragraph: int) -> tuple[str, str]:
        words = [t for t in tokens[a:b] if t.kind == "w"]
        if not words:
            return UNATTRIBUTED, ""
        if len(words) == 1:
            low = _POSSESSIVE_PRONOUNS.get(words[0].low, words[0].low)
            if low in PERSON_PRONOUNS:
                return self._salient({"person"}, paragraph, fallback="unknown"), ""
            if low in ORG_PRONOUNS:
                return self._salient({"org"}, paragraph, fallback="unknown"), ""
            if low in PLURAL_PRONOUNS:
                return self._salient({"org", "group"}, paragraph, only_salient=True), ""
            if low in ("i", "we", "you"):
                return UNATTRIBUTED, ""
        core = words
        for k, word in enumerate(words[1:], 1):
            if word.low in _POSTMODIFIERS:
                core = words[:k]
                break
        head = head_noun(core[-1])
        definite = core[0].low in ("the", "this", "that", "its", "his", "her", "their")
        described = _describe(words)
        if head in SPOKES_NOUNS or head in ISSUED_DOCS:
            found = self._salient({"org", "person"}, paragraph, only_salient=True)
            if found != UNATTRIBUTED:
                return found, ""
            return (described, "org") if head in ISSUED_DOCS else (UNATTRIBUTED, "")
        if definite and head in GENERIC_ORG:
            found = self._salient({"org"}, paragraph, fallback="unknown", only_salient=True)
            if found != UNATTRIBUTED:
                return found, ""
        if definite and head and head not in GROUP_NOUNS and head not in DOCUMENT_NOUNS:
            named = self._described(head, paragraph)
            if named:
                return named, ""
        person_like = head in PERSON_NOUNS or not head
        if definite and person_like and head not in GROUP_NOUNS and len(core) <= 7:
            # "the mayor", "the minister", "the affable proprietor": the person in focus
            found = self._salient({"person"}, paragraph, only_salient=True)
            if found == UNATTRIBUTED:
                found = self._salient({"person"}, paragraph, window=1)
            if found != UNATTRIBUTED:
                return found, ""
        return described, group_type(head)

    def _described(self, head: str, paragraph: int) -> str | None:
        """The latest entity described by ``head`` (its descriptor, or in its name)."""
        for mention in reversed(self.history):
            if paragraph - mention.paragraph > DESCRIBED_WINDOW:
                break
            if mention.head == head:
                return mention.name
            if mention.head:
                continue  # a description names only what its own head says
            if head in self.descriptors(mention.name):
                return mention.name
            if head in mention.name.lower().split():
                return mention.name  # "the ministry" -> "Ministry of Transport"
        return None

    def _salient(
        self,
        types: set[str],
        paragraph: int,
        *,
        fallback: str = "",
        only_salient: bool = False,
        window: int = WINDOW_PARAGRAPHS,
    ) -> str:
        """The latest salient mention (a speaker or a subject) of one of ``types`` (or of
        the type in this paragraph; else the latest salient mention of the ``fallback``
        type ("unknown": a single name with no evidence of what it names)."""
        spare = None
        for mention in reversed(self.history):
            if paragraph - mention.paragraph > window:
                break
            if mention.salient and mention.etype in types:
                return mention.name
            if mention.etype in types and spare is None and mention.paragraph == paragraph:
                spare = mention.name
        if spare is not None and not only_salient:
            return spare
        if fallback:
            for mention in reversed(self.history):
                if paragraph - mention.paragraph > window:
                    break
                if mention.salient and mention.etype == fallback:
                    return mention.name
        return UNATTRIBUTED


def _describe(words: list[Token]) -> str:
    """A description as a speaker: determiners and generic possessives dropped, common
    words in lower case ("Officials said" and "officials said" are one speaker)."""
    items = [w.low if head_noun(w) or w.low in DETERMINERS else w.text for w in words]
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
