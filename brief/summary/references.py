"""Whether a sentence opens by pointing back at something said before it (``dangles``).

A summary sentence that opens with "He", "This", "The move" or "However" reads as nonsense
when what it points back at is not right before it: ``units`` carries such a sentence with
the sentence before it, and ``order.resolved`` drops one left without it.

The reference need not be the first word. A short opening adverbial often comes first ("On
Monday, he said ...", "In a statement, they ...", "Under pressure, she ...", "Asked about
the plan, the ministry said ...", "Within a year, the plan would ..."), and
the subject after it points back just the same. An opening is recognised by its structure,
never by its words' meaning: a phrase that opens with a preposition, an adverb (an "-ly"
word or a word of time), a calendar word or figure, a coordinating conjunction, or a
participle ("Speaking to reporters"), and that ends at a comma within ``OPENING_WORDS``
words, with no quotation or clause mark inside it. What follows the comma is judged as a
sentence's start is (openings may follow one another: "On Monday, in a statement, he ...").

A subordinate clause ("When officers arrived, they found ...") has a subject of its own,
which is usually what the pronoun after it names: such a sentence points back only when the
clause's own subject does too ("When they arrived, they found ..."). After an opening that
names something itself (a capitalised word that is no calendar word: "At the Acme plant, the
company said ..."), "the" and a referring noun is taken to name it, so only a pronoun or a
demonstrative points back there.
"""

from __future__ import annotations

import re


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PRONOUN_START = _word_set(
    "it its it's they them their theirs he his him she her hers this these those that such "
    "both neither"
)
"""First words that point back at something the previous sentence named."""

_CONNECTIVE_START = _word_set(
    "but however also meanwhile moreover furthermore instead still yet otherwise therefore "
    "thus hence besides additionally nevertheless nonetheless later afterwards then"
)
"""Openers that continue an argument begun in the previous sentence."""

_ANAPHORIC_NOUNS = _word_set(
    "move moves decision decisions step steps measure measures announcement announcements "
    "statement statements report reports remarks comments comment news development "
    "developments action actions effort efforts change changes incident latest same former "
    "latter agency company firm ministry spokesman spokeswoman spokesperson official "
    "officials group deal plan proposal ruling order restrictions restriction ban"
)
"""After "The/This/That/These/Those", nouns that usually refer back (``The move ...``)."""

_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_LEADING_PUNCT = re.compile(r"^[\W_]+")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'\u2019]+")
_EDGE = ".,;:'\"\u2018\u2019\u201c\u201d"
"""Punctuation stripped from an opening's words."""
_CONTRACTIONS = frozenset({"s", "re", "ve", "ll", "d", "m"})
"""What follows the apostrophe of a contracted pronoun (she's, they're, we've, he'll)."""

OPENING_WORDS = 10
"""Words at most before the comma that ends an opening adverbial."""
REST_WORDS = 3
"""Words at least after it: a shorter rest is a speaker's tag ("..., he said."), which a
sentence's start does not make dangle either."""

PREPOSITIONS = _word_set(
    "aboard about above according across after against along alongside amid amidst among "
    "around as at before behind below beneath beside between beyond by concerning despite "
    "down during except following for from in inside into like near notwithstanding of off "
    "on onto out outside over past per regarding since through throughout till to toward "
    "towards under underneath unlike until up upon via with within without"
)
"""Words that open a prepositional phrase (a closed class of English)."""

_SUBORDINATORS = _word_set(
    "when whenever while whilst if unless although though because whereas once where wherever"
)
"""Words that open a subordinate clause only (a closed class)."""

_EITHER = _word_set("after before since until till as once")
"""Words that open a prepositional phrase ("After the vote") or a clause ("After he left")."""

_COORDINATORS = _word_set("and or nor so")

_TIME_WORDS = _word_set(
    "today yesterday tomorrow tonight now soon earlier recently last next first ago "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
"""Words of time and the calendar that open an adverbial ("Last week", "Earlier")."""

_FINITE = _word_set(
    "is are was were has have had will would can could did does do says said may might must "
    "should shall"
)
"""Verbs that make an opening of an ``_EITHER`` word a clause ("After police were called")."""

_OPENING = re.compile(r"([^,;:\"\u201c\u201d()\u2014\u2013]{1,120}?),\s+(?=\S)")
"""Text up to the first comma, with no quotation, clause mark or dash inside it."""


def dangles(text: str) -> bool:
    """True when the sentence opens with a reference to something said before it, at its
    very start or after an opening adverbial (the module's docstring)."""
    head = _LEADING_PUNCT.sub("", text)
    if _points_back(head):
        return True
    for depth in range(3):  # openings may follow one another ("On Monday, in a statement, he")
        found = _OPENING.match(head)
        if found is None:
            return False
        opening = [word.strip(_EDGE) for word in found.group(1).split()]
        rest = head[found.end() :]
        if rest.split(maxsplit=1)[0].lower() in _COORDINATORS | {"but", "yet"}:
            return False  # the comma joins two clauses ("Over 100 signed up, but it ...")
        kind = _kind(opening) if len(rest.split()) >= REST_WORDS else None
        if kind is None or (depth and kind != "phrase"):  # stacked: "In May, in a letter, he"
            return False
        if kind == "clause":
            return _points_back(" ".join(opening[1:]), nouns=False) and _points_back(
                rest, nouns=False
            )
        if _points_back(rest, nouns=not _names_something(opening)):
            return True
        head = rest
    return False


def _points_back(head: str, *, nouns: bool = True) -> bool:
    """The first words of ``head`` point back: a pronoun, a connective, a demonstrative, or
    (with ``nouns``) "the" and a referring noun."""
    found = _WORD.findall(head[:60])
    if not found or "-" in head.split(maxsplit=1)[0].strip("-"):  # "Then-President X"
        return False
    first = found[0].lower().replace("\u2019", "'")
    stem, _, rest = first.partition("'")
    if rest in _CONTRACTIONS:  # "She's", "They've", "He'll": the pronoun is what points back
        first = stem if stem in _PRONOUN_START else first
    if first == "both" and "and" in (word.lower() for word in found[2:5]):
        return False  # "Both Acme and Beta ...": a pair it names, not one it points back at
    if first in _PRONOUN_START or first in _CONNECTIVE_START:
        return True
    if first in _DETERMINERS and len(found) > 1:
        second = found[1].lower()
        return first != "the" or (nouns and second in _ANAPHORIC_NOUNS)
    return False


def _kind(opening: list[str]) -> str | None:
    """What the words before the comma are: "clause" (a subordinate clause), "phrase" (a
    prepositional phrase, or a phrase of time or the calendar), "lead-in" (an adverb, a
    coordinating conjunction, a participial phrase), or None (a subject, a name, a list, a
    main clause)."""
    if not 1 <= len(opening) <= OPENING_WORDS or not opening[0]:
        return None
    first = opening[0].lower()
    later = [word.lower() for word in opening[1:]]
    if first in _COORDINATORS and later:  # "And asked about it", "And as the vote closed"
        inner = _kind(opening[1:])
        return inner if inner == "clause" else ("lead-in" if inner else None)
    if first in _SUBORDINATORS:
        return "clause"
    if first in _EITHER:
        verb = any(w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in later)
        return "clause" if verb or (later and later[0] in _PRONOUN_START) else "phrase"
    if any(w in _FINITE for w in later):  # a main clause of its own ("For years there was")
        return None
    if first in PREPOSITIONS or all(w in _TIME_WORDS or w[:1].isdigit() for w in (first, *later)):
        return "phrase"
    if first in _TIME_WORDS or first in _COORDINATORS:  # "Last week", "Or", "And asked ..."
        return "lead-in"
    if first.endswith("ly") and len(first) > 4:  # "Separately", "Shortly after the vote"
        return "lead-in" if not later or later[0] in PREPOSITIONS | _EITHER else None
    if first.endswith(("ing", "ed")) and len(first) > 4 and later:  # "Speaking to reporters"
        return "lead-in"
    return None


def _names_something(opening: list[str]) -> bool:
    """A capitalised word past the opening's first that is no calendar word ("At the Acme
    plant"): what "the company" after it may name."""
    return any(word[:1].isupper() and word.lower() not in _TIME_WORDS for word in opening[1:])
