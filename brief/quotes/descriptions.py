"""Speaker phrases that name nobody by name: descriptions and clause-opening pronouns.

``describe`` turns a description into a speaker ("Officials said" -> "officials");
``group_type`` gives the entity type its head designates; ``opener_person`` reads "After
X left, she ..." as X; ``gender_fits`` keeps "she" off a man the text names as one;
``office_holder`` names the one mayor behind "the mayor"; ``titled_group`` reads "Friends
of the X volunteers" as the volunteers.
"""

from __future__ import annotations

from brief.quotes.bodies import BODY_NOUNS
from brief.quotes.history import UNATTRIBUTED, Fits
from brief.quotes.lexicon import DETERMINERS, word_list
from brief.quotes.names import Names
from brief.quotes.phrases import QUANTIFIER_PRONOUNS, head_noun, is_name, name_run_fwd
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_TITLES,
    SPOKES_NOUNS,
)
from brief.quotes.units import Token

#: Cues that publish: their speaker is the author of "the report" mentioned later.
PUBLISHING_CUES = frozenset(word_list("report write"))
#: Generic organisation nouns that may refer to any organisation ("the company").
GENERIC_ORG = frozenset(
    word_list(
        "company firm agency group organization organisation service platform app messenger "
        "operator provider giant maker body authority regulator watchdog outlet network "
        "startup retailer airline carrier developer owner publisher broadcaster"
    )
)


def body_name(tokens, run_end: int, noun_end: int, canon: str) -> str:
    """ "The X harbour board" -> "X harbour board", "an X council spokesman" -> "X council":
    the name with its lower-case words up to the last body noun; '' when there is none or
    other words stand between them ("X and the board")."""
    between = tokens[run_end:noun_end]
    if not all(t.kind == "w" and t.text.islower() for t in between):
        return ""
    last = max((k for k, t in enumerate(between) if head_noun(t) in BODY_NOUNS), default=-1)
    if last < 0:
        return ""
    return " ".join([canon, *(t.text for t in between[: last + 1])])


#: Documents an entity issues: "the statement said" speaks for whoever issued it.
ISSUED_DOCS = frozenset(
    word_list(
        "statement release post tweet letter memo email e-mail message website blog notice "
        "announcement communique communiqué filing"
    )
)
#: Conjunctions that open a subordinate clause before the main one ("After X left, she ...").
OPENER_CONJUNCTIONS = frozenset(
    word_list("after although as because before once since though when whenever while")
)
_GENERIC_POSSESSORS = frozenset(
    word_list(
        "the country's city's state's nation's province's region's government's company's "
        "its his her their our my your"
    )
)


#: Nouns and titles that say a person is a man or a woman ("her son X", "Mrs. Y").
_MALE = frozenset(
    word_list(
        "son father husband brother man boy mr king prince grandfather grandson uncle nephew "
        "boyfriend stepfather"
    )
)
_FEMALE = frozenset(
    word_list(
        "daughter mother wife sister woman girl mrs ms miss queen princess grandmother "
        "granddaughter aunt niece girlfriend stepmother"
    )
)


def gender_fits(names: Names, pronoun: str) -> Fits:
    """ "she" stands for no one the article calls a son, a father or "Mr." (and "he" for
    no daughter, mother or "Ms."); a person the text says nothing of fits either."""
    if pronoun not in ("he", "she") or not enabled("pronoun gender"):
        return None
    own, other = (_MALE, _FEMALE) if pronoun == "he" else (_FEMALE, _MALE)

    def fits(name: str) -> bool:
        words = names.descriptors(name)
        return not words & other or bool(words & own)

    return fits


def opener_person(names: Names, tokens, i: int) -> str:
    """ "After X left, she ...": a pronoun opening the main clause after a subordinate
    clause that names one person (and no one else) means that person."""
    if i < 2 or tokens[i - 1].text != "," or tokens[0].low not in OPENER_CONJUNCTIONS:
        return ""
    people = set()
    j = 0
    while j < i - 1:
        if is_name(tokens, j):
            end = name_run_fwd(tokens, j, i - 1)
            name = names.name_of(tokens, j, end)[0]
            if name:
                people.add(names.canonical(name))
            j = end
        else:
            j += 1
    fits = gender_fits(names, tokens[i].low)
    if len(people) == 1:
        (name,) = people
        if names.etype(name) == "person" and (fits is None or fits(name)):
            return name
    return ""


def describe(words: list[Token]) -> str:
    """A description as a speaker: determiners and generic possessives dropped, common
    words in lower case ("Officials said" and "officials said" are one speaker)."""
    items = [w.low if head_noun(w) or w.low in DETERMINERS else w.text for w in words]
    lows = [w.low for w in words]
    while len(items) > 1 and (lows[0] in DETERMINERS or lows[0] in _GENERIC_POSSESSORS):
        if lows[1] in ("of", "in", "at", "close"):
            break  # "most of the riders", "some in the town", "those close to X" keep it
        items.pop(0)
        lows.pop(0)
    if len(items) > 2 and _participle(items[0]):
        items.pop(0)  # "installed Russian authorities" -> "Russian authorities"
    # "captains in Wexmouth, Kelby and Porthaven": a list's commas kept, none at an end
    return " ".join(items).replace(" ,", ",").strip(", ") if items else UNATTRIBUTED


def _participle(word: str) -> bool:
    """A past participle written as a modifier in lower case ("installed", "frustrated"):
    it says how the group came to be, not who speaks, and heads no speaker's name when
    a modifier and a head follow it."""
    return word.islower() and len(word) > 5 and word.endswith("ed")


def group_type(head: str) -> str:
    """The entity type a description's head noun designates."""
    if head in GROUP_NOUNS or head in QUANTIFIER_PRONOUNS:
        return "group"
    if head in ORG_NOUNS or head in SPOKES_NOUNS:
        return "org"
    if head in DOCUMENT_NOUNS:
        return "doc"
    return "person"


def office_holder(names: Names, head: str) -> str:
    """The one person the article gives the office ``head`` ("Mayor X", "X, the mayor"),
    anywhere in it: "the mayor" is that person when no one else is a mayor. Else ''."""
    if head not in PERSON_TITLES:
        return ""
    holders = set()
    for name in names.evidence:
        canon = names.canonical(name)
        if names.etype(canon) != "person":
            continue
        words = names.descriptors(name) | set(names.role(canon).lower().split())
        if any(w.startswith(head) for w in words):  # "mayor", "mayoral candidate"
            holders.add(canon)
    return holders.pop() if len(holders) == 1 else ""


def titled_group(tokens, of: int, b: int) -> bool:
    """ "Bread for the Island program users", "Friends of the Harbour volunteers": a name
    with "of" or "for" inside it, then a plural noun for people in lower case that heads
    the phrase (the name is no speaker cut at its "of")."""
    last = tokens[b - 1]
    if not (last.text.islower() and last.low in GROUP_NOUNS):
        return False
    if of == 0 or not tokens[of - 1].text[:1].isupper():
        return False
    return any(is_name(tokens, k) for k in range(of + 1, b - 1))


def titled_subject(tokens, subject: tuple[int, int]) -> bool:
    """ "The mayor", "the minister": a sentence subject that is an office, no name (a later
    "he" or "she" means whoever holds it)."""
    a, b = subject
    if b - a != 2 or tokens[a].low != "the" or not enabled("titled subject"):
        return False
    head = tokens[a + 1]
    return head.text.islower() and head.low in PERSON_TITLES


#: Person nouns that fit any office holder ("the Cuban leader" is President X) or say no
#: occupation at all ("the woman", "the athlete's son"): they refuse nobody.
_ANY_OFFICE = frozenset(
    word_list(
        "leader official head chief boss politician lawmaker legislator member "
        "figure veteran man woman person boy girl kid child teen teenager someone somebody "
        "everyone everybody nobody citizen resident victim survivor patient parent"
    )
)
#: Titles that say nothing of an office ("Mr X", "Dr X"): no person is refused for them.
_HONORIFIC_TITLES = frozenset(word_list("mr mrs ms miss dr prof sir dame lady lord"))


def office_fits(names: Names, word: str) -> Fits:
    """Who a definite description of an occupation ("the ferry operator", "the rookie
    defenceman") may be: not a person whose office the article gives as a title ("Coach
    X", "X, the mayor") when the description is no title itself. A title may have
    synonyms ("the minister" for a secretary) and an epithet may add an occupation ("the
    lanky professor"), so both stay open: only a named office against a plain occupation
    refuses (rule "office description")."""
    if word in PERSON_TITLES or word in _ANY_OFFICE or not enabled("office description"):
        return None

    def fits(name: str) -> bool:
        canon = names.canonical(name)
        words = names.descriptors(name) | set(names.role(canon).lower().split())
        offices = {w.rstrip(".") for w in words} & PERSON_TITLES - _HONORIFIC_TITLES
        return not offices or word in words

    return fits
