"""Pronouns of reported speech whose referent stands in an earlier sentence.

"Experts note it remains less popular than ..." read alone, out of its article, says
nothing about what "it" is; an editor writes "Noted that [X] remains less popular ...",
naming the referent in brackets. The statement's span still points at the original words:
the variant only records which pronoun means what (``QuoteVariant.referents``).

Conservative by design (a wrong name in brackets misinforms): a pronoun outside quotation
marks is resolved only when nothing earlier in its own sentence could be its referent
(no compatible name, no noun phrase that "it" could mean, not the speaker itself), and the
previous sentence of the same or the previous paragraph names exactly one compatible
entity (or exactly one that it introduces with a description, "X, a messaging app,").
Compatible means by number and animacy only: "he"/"she" a person, "it" no person.
"""

from __future__ import annotations

from brief.quotes.frames import Frame
from brief.quotes.lexicon import AUXILIARIES, BE_FORMS, DETERMINERS, PREPOSITIONS, word_list
from brief.quotes.names import NameRun, Names
from brief.quotes.phrases import possessive
from brief.quotes.units import Unit

_PERSONAL = frozenset(word_list("he she"))
_SINGULAR_DETERMINERS = frozenset(word_list("a an this that its his her"))
_BEFORE_OBJECTS = PREPOSITIONS | frozenset(word_list("of by"))


def _lexical_verb_after(tokens, k: int) -> bool:
    """ "it remains", "it argues": a verb of its own follows, so "it" names something
    (not "it is up to", "it has been", "it's time", where "it" may refer to nothing)."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return (
        nxt.kind == "w"
        and nxt.text.islower()
        and nxt.low not in AUXILIARIES
        and nxt.low not in BE_FORMS
        and not nxt.text.startswith(("'", "\u2019"))
        and nxt.low.endswith("s")
    )


def _in_brackets(tokens, i: int) -> bool:
    opened = sum(1 for t in tokens[:i] if t.text == "(") - sum(
        1 for t in tokens[:i] if t.text == ")"
    )
    return opened > 0


class Referents:
    """Finds bracketable pronouns in one article's statements."""

    def __init__(self, units: list[Unit], names: Names) -> None:
        self.names = names
        self.index = {id(unit): n for n, unit in enumerate(units)}
        self.units = units
        self.by_unit: dict[int, list[NameRun]] = {}
        for run in names.runs:
            self.by_unit.setdefault(id(run.unit), []).append(run)

    def of(self, frame: Frame, speaker: str, speaker_type: str) -> list[tuple[int, int, str]]:
        """(start, end, referent) in article offsets for the pronouns of ``frame``'s
        content that name something in an earlier sentence."""
        tokens = frame.unit.tokens
        a, b = frame.content
        out: list[tuple[int, int, str]] = []
        done: set[str] = set()
        for k in range(a, b):
            token = tokens[k]
            low = token.low
            if token.kind != "w" or (token.text != low and k != a) or low in done:
                continue
            if low not in _PERSONAL and low != "it":
                continue
            done.add(low)
            person = low in _PERSONAL
            if not person and not _lexical_verb_after(tokens, k):
                continue  # "it is up to ...", "it has been a journey": no referent
            if self._antecedent_before(frame, k, person, speaker, speaker_type):
                continue
            name = self._previous_sentence(frame.unit, person)
            if name:
                out.append((token.start, token.end, name))
        return out

    def _antecedent_before(
        self, frame: Frame, k: int, person: bool, speaker: str, speaker_type: str
    ) -> bool:
        """Something earlier in the pronoun's own sentence it may refer to."""
        if speaker and speaker != "unattributed":
            if person and speaker_type != "group":
                return True  # "X said she ...": most likely the speaker herself
            if not person and speaker_type not in ("person", "group"):
                return True
        tokens = frame.unit.tokens
        start = tokens[k].start
        for run in self.by_unit.get(id(frame.unit), []):
            if run.pos < start and self._compatible(run.name, person):
                return True
        if not person:
            for j in range(k):
                if tokens[j].low in _SINGULAR_DETERMINERS or (
                    tokens[j].low == "the" and j + 1 < k and not tokens[j + 1].low.endswith("s")
                ):
                    return True  # "the plan ... it": a noun phrase it may mean
        return False

    def _previous_sentence(self, unit: Unit, person: bool) -> str:
        n = self.index.get(id(unit))
        if not n:
            return ""
        previous = self.units[n - 1]
        if unit.paragraph - previous.paragraph > 1:
            return ""
        tokens = previous.tokens
        starts = {t.start: i for i, t in enumerate(tokens)}
        candidates: dict[str, bool] = {}
        for run in self.by_unit.get(id(previous), []):
            i = starts.get(run.pos)
            before = tokens[i - 1].low if i else ""
            if before in _BEFORE_OBJECTS or before in DETERMINERS - {"that"}:
                continue  # "developed by X", "in X": inside a phrase, out of focus
            if i and (possessive(tokens[i - 1]) or _in_brackets(tokens, i)):
                continue  # "St. Y's Hospital", "(photo: X)"
            canon = self.names.canonical(run.name)
            if self._compatible(canon, person):
                candidates[canon] = candidates.get(canon, False) or run.introduced
        if len(candidates) == 1:
            return next(iter(candidates))
        introduced = [name for name, yes in candidates.items() if yes]
        return introduced[0] if len(introduced) == 1 else ""

    def _compatible(self, name: str, person: bool) -> bool:
        etype = self.names.etype(self.names.canonical(name))
        return etype in ("person", "unknown") if person else etype != "person"
