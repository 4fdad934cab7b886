"""Names in an article and what they name: the evidence coreference stands on.

* A capitalised run with its titles and roles dropped ("Foreign Affairs Minister X Y" ->
  "X Y"); a surname resolves to the full name used elsewhere in the article ("Y" -> "X Y"),
  a short company name to its corporate form ("Meta" -> "Meta Platforms").
* Types: person or organisation from the name's own words ("Ministry", "Inc", an acronym),
  the words around it (a title, "watchdog X", "X spokesperson", "X, 54,", an apposition's
  head noun) and its shape (two or three name words: a person). A single word with no
  evidence stays "unknown" and may serve either kind.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from itertools import compress
from operator import itemgetter

from brief.quotes.acronyms import acronyms
from brief.quotes.evidence import Evidence, judge, raw_type, surname_of
from brief.quotes.lexicon import CUE_FORMS, word_list
from brief.quotes.openers import Openers
from brief.quotes.phrases import is_name, name_run_fwd, possessive
from brief.quotes.roles import (
    apposition_text,
    describe_before,
    fronted_role,
    last_two_words,
    opening_place,
    role_before,
)
from brief.quotes.rules import enabled
from brief.quotes.run_roles import ROLE_ACRONYMS, RUN_ROLES, role_word, titled_word
from brief.quotes.speaker_words import (
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    SPOKES_NOUNS,
    THING_NOUNS,
)
from brief.quotes.subjects import unit_subject
from brief.quotes.units import Unit
from brief.quotes.words import place_of_name

#: Words that may end a short name to give its corporate form ("Meta" -> "Meta Platforms").
CORPORATE_SUFFIXES = frozenset(
    word_list(
        "inc inc. corp corp. co co. ltd ltd. llc plc ag sa gmbh nv group holdings platforms "
        "technologies technology systems labs industries international"
    )
)
_COMPASS = frozenset(word_list("north south east west northern southern eastern western"))


@dataclass(frozen=True, slots=True)
class NameRun:
    """One mention of a name."""

    unit: Unit
    pos: int
    name: str
    salient: bool
    """The subject of its sentence."""
    introduced: bool
    """Described where it stands: a role noun before it, an age or an apposition after."""
    placed: bool
    """After a preposition of place ("in X", "to X"): more likely a place than a person."""
    likened: bool = False
    """After "like" / "unlike": the one a person is compared with, not the one in focus."""


_CAPITALISED = itemgetter(6)  # Token.capitalised


def _topic(tokens, i: int, end: int) -> bool:
    """ "For X, however, the growth is ...": a name fronted by "for" and set off by a comma
    is what the sentence is about (rule "topic opener")."""
    j = i - 1
    while j > 0 and tokens[j].low in _TOPIC_LEADS:
        j -= 1
    return (
        j == 0
        and tokens[0].low == "for"
        and end < len(tokens)
        and tokens[end].text == ","
        and enabled("topic opener")
    )


_TOPIC_LEADS = frozenset(("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."))


def _example(tokens, i: int) -> bool:
    """ "For some, like X, 34, the uproar is good": after a comma, "like" gives an example
    of the people before it (a common word), not someone they are compared with."""
    return i > 2 and tokens[i - 2].text == "," and tokens[i - 3].text.islower()


#: "who, like X, was born in ...": the one compared with.
_LIKENESS = frozenset(("like", "unlike"))

#: Prepositions of place: a name after them is most often a place ("moved to X").
LOCATIVES = frozenset(word_list("in into to from across near throughout inside outside"))


class Names:
    """Every name run of an article, its canonical form, type and descriptors."""

    def __init__(self, text: str, units: list[Unit]) -> None:
        self.text = text
        self.units = units
        self.evidence: dict[str, Evidence] = {}
        self.openers = Openers(text)
        self.roles: dict[str, str] = {}
        self.subjects: dict[int, tuple[int, int] | None] = {}
        """Each unit's subject (by ``id(unit)``), found once."""
        """Name -> the first description the article gives it ("deputy head of X")."""
        self.runs = self._collect()
        """Every name run of the article, in reading order."""
        self._forms: dict[str, list[str]] | None = None
        self.full_names = self._full_names()
        self._types: dict[str, str] = {}

    def _collect(self) -> list[tuple[Unit, int, str, bool]]:
        runs: list[NameRun] = []
        for unit in self.units:
            tokens = unit.tokens
            subject = unit_subject(tokens)
            self.subjects[id(unit)] = subject
            n = len(tokens)
            end = last = 0  # where the latest name run with a name ends
            # only a capitalised word can start a name (is_name is False without it): the
            # others are passed over in one sweep, in C
            for i in compress(range(n), map(_CAPITALISED, tokens)):
                if i < end or not is_name(tokens, i):
                    continue
                end = name_run_fwd(tokens, i, n)
                name, first = self.name_of(tokens, i, end)
                if name:
                    salient = subject is not None and subject[0] <= first and end == subject[1]
                    if salient and last == i - 1 and place_of_name(tokens, i):
                        # "Rep. X of Y said": X is the subject, not the place Y
                        runs[-1] = replace(runs[-1], salient=True)
                        salient = False
                    salient = salient or _topic(tokens, i, end)
                    introduced = self._observe(tokens, i, first, end, name)
                    placed = i > 0 and tokens[i - 1].low in LOCATIVES
                    likened = i > 0 and tokens[i - 1].low in _LIKENESS and not _example(tokens, i)
                    last = end
                    runs.append(
                        NameRun(
                            unit, tokens[first].start, name, salient, introduced, placed, likened
                        )
                    )
        return runs

    def name_of(self, tokens, i: int, end: int) -> tuple[str, int]:
        """The name in a run, without titles and roles before it or a final possessive."""
        first = i
        if not any(t.low.strip(".,") in ORG_NAME_WORDS for t in tokens[i:end]):
            last_role = -1
            for j in range(i, end - 1):
                if role_word(tokens[j].low) or tokens[j].low in ROLE_ACRONYMS:
                    last_role = j
                elif tokens[j].low == "general" and j > 0 and titled_word(tokens[j - 1]):
                    last_role = j  # "Attorney General X", "Postmaster General X": one title
            if last_role >= 0:
                first = last_role + 1
        while first < end and tokens[first].kind != "w":
            first += 1
        if first >= end:
            return "", first
        if (
            first == i >= 2
            and end - i >= 3
            and tokens[i - 1].low == "of"
            and tokens[i - 2].low.rstrip(".") in PERSON_TITLES
        ):
            first = last_two_words(tokens, i, end)  # "Secretary of State X Y"
        words = [t for t in tokens[first:end] if t.kind == "w"]
        if all(t.low.rstrip(".") in RUN_ROLES for t in words):
            return "", first  # "Minister", "President": a title alone names no one
        single = end - first == 1 and end < len(tokens) and tokens[end].text.islower()
        if single and self._common(tokens, first):
            return "", first  # "Recent harbour surveys", "Local press": no name
        name = " ".join(self.text[tokens[first].start : tokens[end - 1].end].split())
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        elif name.endswith(("'", "\u2019")):
            name = name[:-1]
        return name, first

    def _common(self, tokens, i: int) -> bool:
        opens = i == 0 or tokens[i - 1].text in ".!?:" or tokens[i - 1].kind == "q"
        if not opens or not enabled("common opener"):
            return False
        start = tokens[i].start
        return self.openers.common_modifier(start, tokens[i + 1].text) or (
            enabled("lower elsewhere") and self.openers.written_lower(start)
        )

    def _observe(self, tokens, i: int, first: int, end: int, name: str) -> bool:
        """Gather what the words around a name say it is; True when they introduce it (a
        role noun before it, an age or an apposition after it: "accountant X Y, 50,"; a
        title such as "Mayor" is part of how the name is written, no introduction)."""
        ev = self.evidence.setdefault(name, Evidence())
        ev.seen += 1
        introduced = False
        tail = tokens[i].low == "general" and i > 0 and titled_word(tokens[i - 1])
        role = describe_before(tokens, i - 1 if tail else i, first)  # "Attorney General"
        titled = i >= 2 and tokens[i - 2].low.rstrip(".") in PERSON_TITLES
        if first > i and titled and tokens[i - 1].low == "of":
            role = " ".join(self.text[tokens[i - 2].start : tokens[first - 1].end].split())
        words = name.split()
        lows = [w.lower().strip(".,") for w in words]
        if any(w in ORG_NAME_WORDS for w in lows):
            ev.org += 3
        elif lows[0] == "new" and len(lows) > 1:
            ev.org += 1  # "New Zealand", "New Labour": no person's name opens with "New"
        elif lows[0] in _COMPASS and len(lows) > 1 and enabled("compass place"):
            ev.org += 1  # "North Keelby", "South Wexland": a place, never "he" or "she"
        acronyms = [w for w in words if w.isupper() and 2 <= len(w) <= 6 and w.isalpha()]
        if any(w.lower() not in ROLE_ACRONYMS for w in acronyms):
            ev.org += 2  # an acronym or a ticker: an organisation
        if first > i:  # a title or a role was dropped: "Mayor X", "CEO X"
            ev.person += 3
            ev.descriptors.update(t.low.rstrip(".") for t in tokens[i:first] if t.kind == "w")
        before = tokens[i - 1] if i > 0 else None
        if before is not None and before.kind == "w":
            low = before.low
            if low == "the":
                ev.org += 1
                ev.definite += 1
            elif low in PERSON_TITLES and before.text[0].isupper():
                ev.person += 3
                # "Ms Keel": what a pronoun may agree with; "Mayor X": what "the mayor" is
                ev.descriptors.add(low.rstrip("."))
            elif low in ORG_NOUNS and low not in PERSON_NOUNS and before.text.islower():
                ev.org += 2
                ev.descriptors.add(low)
                role = role or role_before(self.text, tokens, i)
            elif low in PERSON_NOUNS and before.text.islower():
                ev.person += 2
                ev.descriptors.add(low)
                introduced = True
                role = role or role_before(self.text, tokens, i)
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
                ev.modifier += 2 + (before is not None and before.low == "the")
                break
        if end + 2 < n and tokens[end].text == ",":
            nxt = tokens[end + 1]
            if nxt.low.isdigit() and tokens[end + 2].text == ",":
                ev.person += 3  # "X, 54,"
                introduced = True
            elif not opening_place(tokens, i, end) and self._apposition(tokens, end + 1, ev):
                introduced = True
                role = apposition_text(self.text, tokens, end + 1) or role
        role = role or fronted_role(self.text, tokens, i, end)
        if role:
            self.roles.setdefault(name, role)
        return introduced and not owner

    def _apposition(self, tokens, i: int, ev: Evidence) -> bool:
        """Head noun of "X, the country's regulator," / "X, deputy head of ...": a type.
        The head is the last listed noun before "of", "who" or "that" ("a law professor"
        is a person, "a law that ..." a thing)."""
        head = ""
        for j in range(i, min(len(tokens), i + 8)):
            token = tokens[j]
            if token.kind != "w" or token.low in ("of", "for", "at", "who", "which", "that"):
                break
            if token.low in CUE_FORMS and enabled("verb after name"):
                break  # "Keeper of the Seal, X, said the council met": a verb, no apposition
            low = token.low
            if low in THING_NOUNS or low in ORG_NOUNS or low in PERSON_NOUNS:
                head = low
        if not head:
            return False
        ev.descriptors.add(head)
        if head in PERSON_NOUNS:
            ev.person += 2
        elif head in THING_NOUNS:
            ev.thing += 3  # "X, a law that ...": a thing, never a speaker
        else:
            ev.org += 2
        return True

    def _full_names(self) -> dict[str, str]:
        """Shorter forms -> the longest name containing them (surnames, corporate forms).

        A person's name with extra words before a name the article also uses ("Getty
        Images X Y", "Sergeant-at-Arms X Y" beside "X Y") is that name. A surname two
        people share goes to the one the article names more often, and stays as written
        when they tie (two brothers named once each)."""
        counts = Counter(run.name for run in self.runs)
        people = {
            n
            for n in self.evidence
            if len(n.split()) >= 2 and raw_type(self.evidence.get(n), n) == "person"
        }
        out: dict[str, str] = {}
        for name in people:
            words = name.split()
            for size in range(2, len(words)):
                suffix = " ".join(words[-size:])
                if suffix in people:
                    out[name] = suffix  # the longest known name inside it
        for variant, base in out.items():
            counts[base] += counts[variant]
        bases = sorted(people - set(out), key=lambda n: (-counts[n], -len(n.split()), n))
        claims: dict[str, list[str]] = {}
        for name in bases:
            words = name.split()
            for size in range(1, len(words)):
                claims.setdefault(" ".join(words[-size:]), []).append(name)
        for short, names in claims.items():
            if short in out or (short in people and len(short.split()) > 1):
                continue
            if len(names) == 1 or counts[names[0]] > counts[names[1]]:
                out[short] = names[0]
        # only a name ending in a corporate suffix has a corporate form (every ``rest``
        # below holds its last word): the others are left out before sorting
        corporate = []
        for name in self.evidence:
            words = name.split()
            if len(words) >= 2 and words[-1].lower() in CORPORATE_SUFFIXES:
                corporate.append(name)
        for name in sorted(corporate, key=lambda n: (-len(n.split()), n)):
            words = name.split()
            if len(words) < 2 or name in people:
                continue
            for size in range(1, len(words)):
                rest = [w.lower() for w in words[size:]]
                if all(w in CORPORATE_SUFFIXES for w in rest):
                    out.setdefault(" ".join(words[:size]), name)
        for short, full in acronyms(self.text, self.units, self.evidence, self.name_of).items():
            out.setdefault(short, out.get(full, full))
        return out

    def canonical(self, name: str) -> str:
        full = self.full_names.get(name)
        if full is None:
            return name
        ev = self.evidence.get(name)
        if ev is not None and not surname_of(ev, self.evidence.get(full), full, name):
            return name  # "Acme spokesperson" is no surname of a person "X Acme"
        return full

    def etype(self, name: str) -> str:
        known = self._types.get(name)
        if known is None:
            known = judge(name, [(key, self.evidence[key]) for key in self.forms(name)])
            self._types[name] = known
        return known

    def forms(self, name: str) -> list[str]:
        """Every spelling of the article that stands for ``name`` (itself included)."""
        if self._forms is None:
            self._forms = {}
            for key in self.evidence:
                self._forms.setdefault(key, []).append(key)
                full = self.full_names.get(key)
                if full is not None and full != key:
                    self._forms.setdefault(full, []).append(key)
        return self._forms.get(name, [])

    def role(self, name: str) -> str:
        """The first description the article gives ``name`` under any of its forms."""
        for key in self.roles:
            if key == name or self.full_names.get(key) == name:
                return self.roles[key]
        return ""

    def evident(self, name: str) -> bool:
        """Some word around one of its mentions says what ``name`` is."""
        return any(self.evidence[k].person or self.evidence[k].org for k in self.forms(name))

    def descriptors(self, name: str) -> set[str]:
        out: set[str] = set()
        for key in self.forms(name):
            out |= self.evidence[key].descriptors
        return out
