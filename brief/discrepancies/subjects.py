"""What a figure is about: its owner (a named entity) and its measure (the noun it counts).

``Orbit's 89 million users`` is about (Orbit, users); ``Chatterly was the most popular
platform, with over 96 million users each month`` is about (Chatterly, monthly users). The
rules are deliberately conservative: a figure whose owner or measure is not clear from the
words around it gets no subject and is never compared. Owners are found, in this order:

1. a possessive right before the figure or its measure (``X's 96 million users``);
2. the nearest named entity before the figure in the same clause that is not the object of
   a preposition (``in Russia`` names a place, not an owner) – unless the figure starts a
   clause of its own (``5 million users were affected``);
3. the pronoun ``it``/``its`` or a definite description (``the company``), resolved to the
   nearest earlier entity (the clause's own subject is skipped for an object pronoun:
   in ``Russia is trying to block it`` "it" is not Russia);
4. the subject of the sentence for a trailing ``with`` phrase (``X ..., with 96 million users``).

Named entities are runs of capitalised words; a capitalised word opening a sentence counts
only if the article set also capitalises it elsewhere (so "Despite" is not an entity).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from brief.discrepancies.quantities import Figure


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[^\W_]+(?:[.\-&][^\W_]+)*")
"""A word without its possessive ending (for counting how the set capitalises it)."""
TOKEN = re.compile(r"[^\W_]+(?:[.\-&'’][^\W_]+)*['’]?|[^\w\s]")

# General English function words: they end a noun phrase and are never measures.
FUNCTION_WORDS = _words(
    """a an the and or but nor of in on at to for from by with without into onto over under
    about above below than as per each every that which who whom whose where when while this
    these those there their its it his her our your my they them he she we you i is are was
    were be been being has have had having do does did will would shall should can could may
    might must not no so such also only just than compared against versus vs across within
    others more most less now then here
    during since until after before between among around through throughout via if because
    one two three four five six seven eight nine ten half"""
)
PREPOSITIONS = _words(
    """in at on from to into onto across within throughout inside outside near by via than
    against toward towards after before since during like unlike between among of for
    including"""
)
CLAUSE_WORDS = _words(
    "which where who whom whose while whereas but although though because if when"
)
CLAUSE_PUNCTUATION = frozenset(',;:()[]–—“”"')
SPEECH_AND_LINK = _words(
    "said says say told added stated that where which because and but when while"
)
AUXILIARIES = _words(
    """is are was were be been has have had will would can could may might must should did
    do does remain remained remains"""
)
NOT_MEASURES = _words(
    """seconds minutes hours days weeks months years decades centuries times others ones
    occasions year month week day quarter cents pence hundreds thousands millions
    billions"""
)
"""Durations and repetitions: how long or how often, not how many of something; and
sub-units or scale words read as nouns (``70 euro cents``, ``£22 billions``)."""
ANAPHORS = _words("company firm app platform service messenger group network business")
PEOPLE = _words("people person persons individuals residents citizens inhabitants")
_MONTHS_AND_DAYS = _words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday"""
)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ans|ians|ons|ese|is)$")

_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic)$")
_VERBS = _words(
    """has have had says said holds held counts reports ranks reaches serves employs claims
    boasts won wins lost loses got gets took takes saw sees sold sells made makes spent spends
    paid pays owes owns controls needs wants plans expects"""
)


PERIODS = {
    "monthly": "monthly",
    "month": "monthly",
    "daily": "daily",
    "day": "daily",
    "weekly": "weekly",
    "week": "weekly",
    "annual": "annual",
    "annually": "annual",
    "yearly": "annual",
    "year": "annual",
    "quarterly": "quarterly",
    "quarter": "quarterly",
}
_PERIOD_LEADS = _words("a per each every")
LINK_VERBS = _words(
    """of at was is were are reached reaching hit hitting totalled totaled totalling totaling
    topped numbered stood stands"""
)
CHANGE_VERBS = {
    **dict.fromkeys(
        _words(
            """fell fall falls falling dropped drop drops declined decline declines slipped slid
        decreased decrease plunged tumbled sank lost loss down cut cuts shrank shrink"""
        ),
        "down",
    ),
    **dict.fromkeys(
        _words(
            """rose rise rises rising gained gain gains climbed jumped jump increased increase
        increases grew grow grows growth surged soared added up"""
        ),
        "up",
    ),
}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        text = self.text
        for ending in ("'s", "’s", "'", "’"):
            if text.endswith(ending) and len(text) > len(ending):
                return text[: -len(ending)]
        return text

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("'s", "’s", "s'", "s’"))


@dataclass(frozen=True, slots=True)
class Entity:
    display: str
    key: str
    first: int
    last: int
    """Token indices (inclusive) of the entity in its sentence."""
    possessive: bool


@dataclass(frozen=True, slots=True)
class Subject:
    owner: str
    owner_key: str
    measure: str
    measure_key: str
    attributes: frozenset[str] = frozenset()
    """Period and lower-case modifiers (``monthly``, ``active``): must not conflict."""
    direction: str = ""
    """``up``/``down`` for a change (``fell 1.2%``), empty for a level."""
    phrase: str = ""
    """The figure with its measure, as written."""


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


class ProperNames:
    """Which capitalised words are names, learnt from the whole article set."""

    def __init__(self, sentences: Iterable[str]) -> None:
        capitalised: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        for text in sentences:
            words = _WORD.findall(text)
            lower.update(w.lower() for w in words if w[:1].islower())
            capitalised.update(w.lower() for w in words[1:] if w[:1].isupper())
        self._names = frozenset(w for w, n in capitalised.items() if n > lower[w])
        self._lower = frozenset(lower)

    def is_name(self, token: Token, sentence_start: bool) -> bool:
        word = token.bare
        if not word[:1].isupper() or word.lower() in _MONTHS_AND_DAYS:
            return False
        mixed_case = any(c.isupper() for c in word[1:]) and not word.isupper()
        if mixed_case or (len(word) > 1 and word.isupper()):
            return word.lower() not in FUNCTION_WORDS
        lower = word.lower()
        if lower in FUNCTION_WORDS:
            return False
        if not sentence_start or lower in self._names:
            return True
        # Only ever seen opening a sentence: a name unless it is a common word (a stop
        # word, an adverb, a plural like "Officials") or appears in lower case elsewhere.
        from brief.text.tokens import stop_words

        return (
            lower not in self._lower
            and lower not in stop_words()
            and not lower.endswith("ly")
            and not _plural(lower)
        )


def entities(tokens: Sequence[Token], names: ProperNames) -> list[Entity]:
    """Runs of name words (joined by ``of``/``&`` between names), with possessive flags."""
    found: list[Entity] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        starts_clause = i == 0 or tokens[i - 1].text in '“"‘(:'
        if not (token.is_word and names.is_name(token, starts_clause)):
            i += 1
            continue
        j = i
        while not tokens[j].possessive and j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if nxt.is_word and names.is_name(nxt, False):
                j += 1
            elif (
                nxt.lower in ("of", "&")
                and j + 2 < len(tokens)
                and tokens[j + 2].is_word
                and names.is_name(tokens[j + 2], False)
            ):
                j += 2
            else:
                break
        words = [t.text for t in tokens[i : j + 1]]
        words[-1] = tokens[j].bare
        display = " ".join(words)
        if tokens[i].lower in ("the",):
            display = display.split(" ", 1)[-1]
        found.append(Entity(display, display.lower(), i, j, tokens[j].possessive))
        i = j + 1
    return found


@dataclass(slots=True)
class SentenceView:
    """One sentence with its tokens and entities, and the sentences before it."""

    text: str
    tokens: list[Token]
    entities: list[Entity]
    previous: list[SentenceView]
    """Earlier sentences of the same paragraph, nearest first (at most two)."""

    def entity_at(self, index: int) -> Entity | None:
        for entity in self.entities:
            if entity.first <= index <= entity.last:
                return entity
        return None

    def governed(self, entity: Entity) -> bool:
        """Is the entity the object of a preposition (``in Russia``, ``according to X``)?"""
        before = entity.first - 1
        while before >= 0 and self.tokens[before].lower in ("the", "a", "an"):
            before -= 1
        # "in downtown X", "at the state-run X": up to two lower-case words between
        for _ in range(2):
            token = self.tokens[before] if before >= 0 else None
            if token is None or token.lower in PREPOSITIONS:
                break
            if not token.is_word or not token.text[:1].islower() or token.lower in FUNCTION_WORDS:
                break
            before -= 1
        return before >= 0 and self.tokens[before].lower in PREPOSITIONS

    def clause_start(self, index: int) -> int:
        """Index of the first token of the clause holding token ``index``."""
        i = index - 1
        while i >= 0:
            token = self.tokens[i]
            if token.text in CLAUSE_PUNCTUATION or token.lower in CLAUSE_WORDS:
                return i + 1
            i -= 1
        return 0

    def subject(self, before: int) -> Entity | None:
        """The first entity not governed by a preposition, before token ``before``."""
        for entity in self.entities:
            if entity.first >= before:
                return None
            if not self.governed(entity) and not _ADJECTIVE.match(entity.display):
                return entity
        return None

    def last_entity(self, before: int, stop: int = 0) -> Entity | None:
        """The nearest ungoverned entity ending before token ``before`` (back to ``stop``)."""
        for entity in reversed(self.entities):
            if entity.last < before and entity.first >= stop and not self.governed(entity):
                return entity
        return None


def subject_of(view: SentenceView, figure: Figure, others: Sequence[Figure]) -> Subject | None:
    """The subject of ``figure`` in ``view``, or None when it is not clear."""
    if _in_range(view.text, figure, others):
        return None
    tokens = view.tokens
    first = next((i for i, t in enumerate(tokens) if t.start >= figure.start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t.start >= figure.end), len(tokens))
    singular = figure.kind != "count"
    measure = _measure_after(view, after, singular)
    direction = _change_before(tokens, first)
    head_first = first
    if measure is None:
        before = _measure_before(view, first)
        if before is not None:
            measure, direction, head_first = before
    if measure is None:
        measure = _elided_measure(view, figure, others, first)
        if measure is None:
            return None
    head, head_key, attributes, starts_clause, phrase_end = measure
    owner = _owner(view, head_first, starts_clause)
    if owner is None:
        return None
    year = _year(view, max(phrase_end, after - 1), first)
    if year:
        attributes = attributes | {year}
    phrase_stop = max(figure.end, tokens[phrase_end].end if phrase_end >= 0 else 0)
    phrase = view.text[figure.start : phrase_stop]
    return Subject(owner.display, owner.key, head, head_key, attributes, direction, phrase)


_RANGE_LINK = re.compile(r"\s*(?:(?:[^\W\d_]+\s+)?(?:to|-|–|—)|and|or)\s*")
_PART_OF = re.compile(r"\s*(?:out\s+)?of(?:\s+(?:the|a|an))?\s*")


def _in_range(text: str, figure: Figure, others: Sequence[Figure]) -> bool:
    """``2.5 to 3 percent``, ``between 4 and 5 million``, ``64 of the 122 seats``: a range
    or a part of a whole is not one value of the subject, so it is not compared."""
    for other in others:
        if other is figure:
            continue
        if other.start >= figure.end and _RANGE_LINK.fullmatch(text[figure.end : other.start]):
            return True
        if other.end <= figure.start:
            between = text[other.end : figure.start]
            if _RANGE_LINK.fullmatch(between) or _PART_OF.fullmatch(between):
                return True
    return False


def _change_before(tokens: Sequence[Token], first: int) -> str:
    """``grew by 5 million``, ``a decline of 320,000``: the figure is a change, not a level."""
    i = first - 1
    if i >= 0 and tokens[i].lower in ("by", "of"):
        i -= 1
    return CHANGE_VERBS.get(tokens[i].lower, "") if i >= 0 else ""


def _year(view: SentenceView, last: int, first: int) -> str:
    """The year a figure is given for (``2.6 percent in 1999``), from its own clause."""
    tokens = view.tokens
    for j in range(last + 1, min(last + 4, len(tokens))):
        token = tokens[j]
        if token.text in CLAUSE_PUNCTUATION:
            break
        if _is_year(token.text):
            return token.text
    clause = view.clause_start(first)
    for j in range(first - 1, clause - 1, -1):
        if _is_year(tokens[j].text):
            return tokens[j].text
    return ""


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


_Measure = tuple[str, str, frozenset[str], bool, int]
"""(display, key, attributes, starts its own clause, index of the phrase's last token)."""


def _measure_after(view: SentenceView, index: int, singular: bool) -> _Measure | None:
    """The noun a figure counts, from the words after it (``96 million monthly users``)."""
    tokens = view.tokens
    words: list[Token] = []
    i = index
    while i < len(tokens) and len(words) < 3:
        token = tokens[i]
        if not token.is_word or token.lower in FUNCTION_WORDS:
            break
        words.append(token)
        i += 1
        if token.possessive:
            break
    head_at = None
    for position, token in enumerate(words):
        lower = token.bare.lower()
        if lower in PEOPLE or _DEMONYM.match(token.bare) or _plural(lower):
            head_at = position
            break
    if (
        head_at is None
        and singular
        and len(words) == 1
        and words[0].text[:1].islower()
        and not _verb_like(words[0].lower)
    ):
        head_at = 0  # "a $5 million reward", "a 10% stake": money and shares name one thing
    if head_at is None:
        return None
    head = words[head_at]
    if head.bare.lower() in NOT_MEASURES or (head.text[:1].isupper() and _in_name(head)):
        return None
    attributes = set()
    for modifier in words[:head_at]:
        lower = modifier.lower
        if lower in PERIODS:
            attributes.add(PERIODS[lower])
        elif modifier.text[:1].islower() and lower not in ("estimated", "reported"):
            attributes.add(lower)
    end = index + head_at
    # "users each month", "users a day", "users monthly"
    j = end + 1
    if j < len(tokens) and tokens[j].lower in PERIODS and tokens[j].lower.endswith("ly"):
        attributes.add(PERIODS[tokens[j].lower])
        end = j
    elif (
        j + 1 < len(tokens) and tokens[j].lower in _PERIOD_LEADS and tokens[j + 1].lower in PERIODS
    ):
        attributes.add(PERIODS[tokens[j + 1].lower])
        end = j + 1
    following = tokens[end + 1].lower if end + 1 < len(tokens) else ""
    starts_clause = following in AUXILIARIES or (
        following.endswith("ed") and following not in FUNCTION_WORDS
    )
    lower = head.bare.lower()
    key = "people" if lower in PEOPLE or _DEMONYM.match(head.bare) else _stem(lower)
    display = "people" if key == "people" else lower
    return display, key, frozenset(attributes), starts_clause, end


def _measure_before(view: SentenceView, index: int) -> tuple[_Measure, str, int] | None:
    """``Meta's stock fell 1.2%``, ``the population of 140 million``: noun, link, figure."""
    tokens = view.tokens
    i = index - 1
    direction = ""
    if index < len(tokens) and tokens[index].lower in ("exceeding", "topping"):
        pass  # "a population exceeding 140 million": the bound is the link
    elif (i >= 0 and tokens[i].lower in CHANGE_VERBS) or (
        i >= 1 and tokens[i].lower == "by" and tokens[i - 1].lower in CHANGE_VERBS
    ):
        i -= tokens[i].lower == "by"
        direction = CHANGE_VERBS[tokens[i].lower]
        i -= 1
    elif i >= 0 and tokens[i].lower in LINK_VERBS:
        i -= 1
        if i >= 0 and tokens[i].lower in ("stood", "stands", "was", "is"):
            i -= 1
    else:
        return None
    if i < 0:
        return None
    noun = tokens[i]
    lower = noun.lower
    if not noun.is_word or not noun.text[:1].islower() or lower in FUNCTION_WORDS:
        return None
    if _verb_like(lower) or lower in NOT_MEASURES:
        return None
    measure = (lower, _stem(lower), frozenset(), False, index - 1)
    return measure, direction, i


def _elided_measure(
    view: SentenceView, figure: Figure, others: Sequence[Figure], first: int
) -> _Measure | None:
    """``X's 97.3 million users, against Y's 90.8 million``: Y borrows X's measure."""
    if first == 0 or not view.tokens[first - 1].possessive:
        return None
    for other in others:
        if other is figure or other.kind != figure.kind or other.currency != figure.currency:
            continue
        after = next((i for i, t in enumerate(view.tokens) if t.start >= other.end), None)
        if after is None:
            continue
        measure = _measure_after(view, after, other.kind != "count")
        if measure is not None:
            display, key, attributes, _, _ = measure
            return display, key, attributes, False, first - 1
    return None


def _owner(view: SentenceView, index: int, starts_clause: bool) -> Entity | None:
    """The entity a figure (or its measure, at token ``index``) belongs to."""
    tokens = view.tokens
    i = index - 1
    while i >= 0 and tokens[i].lower in ("an", "the", "estimated", "reported", "some"):
        i -= 1
    if i >= 0 and (tokens[i].possessive or tokens[i].lower == "its"):
        entity = view.entity_at(i)
        if entity is not None and entity.last == i:
            return entity
        if tokens[i].lower == "its":
            return _resolve(view, i, subject_position=True)
        return None
    if starts_clause:
        return None
    clause = view.clause_start(index)
    seen_verb = False
    for j in range(index - 1, clause - 1, -1):
        entity = view.entity_at(j)
        if entity is None and seen_verb and _common_noun(tokens[j]):
            # "its troops killed 40 people": the figure belongs to the verb's own subject
            return _possessed_noun(view, j)
        if entity is None and (tokens[j].lower in _VERBS or _verb_like(tokens[j].lower)):
            seen_verb = seen_verb or tokens[j].lower not in FUNCTION_WORDS
        if entity is not None:
            if entity.last != j:
                continue
            if view.governed(entity):
                continue
            if _modifier(view, entity, index) or _ADJECTIVE.match(entity.display):
                return None  # "U.N. rights workers found 20 bodies": the workers did
            return _with_possessed(view, entity, index)
        token = tokens[j]
        if token.lower == "it":
            previous = tokens[j - 1].lower if j > 0 else ""
            subject_position = j == clause or previous in SPEECH_AND_LINK
            return _resolve(view, j, subject_position)
        if token.lower in ANAPHORS and j > 0 and tokens[j - 1].lower == "the":
            return _resolve(view, j - 1, subject_position=True)
    if clause > 0 and tokens[clause - 1].lower == "which":
        before = clause - 2
        if before >= 0 and tokens[before].text == ",":
            before -= 1
        entity = view.entity_at(before) if before >= 0 else None
        if entity is not None and entity.last == before:
            return entity
    if clause < len(tokens) and tokens[clause].lower == "with" and clause > 0:
        return view.subject(clause)
    return None


def _common_noun(token: Token) -> bool:
    lower = token.lower
    return (
        token.is_word
        and token.text[:1].islower()
        and lower not in FUNCTION_WORDS
        and lower not in _VERBS
        and not _verb_like(lower)
    )


def _possessed_noun(view: SentenceView, index: int) -> Entity | None:
    """``X's party`` or ``its troops`` right before a verb: that is the owner, else none."""
    noun = view.tokens[index]
    before = index - 1
    if before < 0 or not view.tokens[before].possessive:
        return None
    if view.tokens[before].lower == "its":
        owner = _resolve(view, before, subject_position=True)
    else:
        owner = view.entity_at(before)
        if owner is not None and owner.last != before:
            owner = None
    if owner is None:
        return None
    display = f"{owner.display}'s {noun.bare.lower()}"
    return Entity(display, display.lower(), owner.first, index, noun.possessive)


def _modifier(view: SentenceView, entity: Entity, head: int) -> bool:
    """Is the entity only a modifier of a common noun (``a TV station``)?"""
    following = entity.last + 1
    if entity.possessive or following >= head:
        return False
    word = view.tokens[following]
    lower = word.lower
    return (
        word.is_word
        and word.text[:1].islower()
        and lower not in FUNCTION_WORDS
        and lower not in _VERBS
        and not _verb_like(lower)
    )


def _with_possessed(view: SentenceView, entity: Entity, head: int) -> Entity | None:
    """``Hun Sen's party ... 64 seats`` belong to the party, not to the person."""
    following = entity.last + 1
    if not entity.possessive or following >= head:
        return entity
    noun = view.tokens[following]
    if not noun.is_word or not noun.text[:1].islower() or noun.lower in FUNCTION_WORDS:
        return entity
    if _verb_like(noun.lower) or "-" in noun.text or noun.lower.endswith("est"):
        return None  # "X's proposed ...", "X's second-largest ...": not clear whose
    display = f"{entity.display}'s {noun.bare.lower()}"
    return Entity(display, display.lower(), entity.first, following, noun.possessive)


def _resolve(
    view: SentenceView, index: int, subject_position: bool, depth: int = 0
) -> Entity | None:
    """The entity a pronoun or ``the company`` at token ``index`` refers to."""
    stop = index
    if not subject_position:
        stop = view.clause_start(index)  # "X is trying to block it": not X
    tokens = view.tokens
    for j in range(stop - 1, -1, -1):
        entity = view.entity_at(j)
        if (
            entity is not None
            and entity.last == j
            and not view.governed(entity)
            and not _ADJECTIVE.match(entity.display)
        ):
            return entity
        if depth < 2 and tokens[j].lower in ANAPHORS and j > 0 and tokens[j - 1].lower == "the":
            return _resolve(view, j - 1, True, depth + 1)
    for earlier in view.previous:
        entity = earlier.subject(len(earlier.tokens))
        if entity is not None:
            return entity
    return None


def _in_name(token: Token) -> bool:
    """A capitalised head that is not a demonym is part of a name (``Pier 1 Imports``)."""
    return not _DEMONYM.match(token.bare) and token.bare.lower() not in PEOPLE


def _plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in FUNCTION_WORDS
    )


def _verb_like(word: str) -> bool:
    return word.endswith(("ed", "ing", "ly")) or word in AUXILIARIES or word in FUNCTION_WORDS


def _stem(word: str) -> str:
    from brief.text.tokens import stem

    return stem(word)
