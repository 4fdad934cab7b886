"""How a statement reads to a person, in the brief and in the app alike.

Direct speech goes in quotation marks; reported speech is never put in quotation marks (a
reader would take it for the speaker's own words) but led by its own verb, in the past
tense: "Warned of ...", "Vowed to ...", "Said that ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from brief.model import QuoteCluster, QuoteVariant
from brief.quotes.content import noted
from brief.quotes.lexicon import (
    ADDRESSEE_VERBS,
    AUXILIARIES,
    BE_FORMS,
    CUE_FORMS,
    DETERMINERS,
    NOTED_VERBS,
    REFERENCE_VERBS,
    STANCE_VERBS,
    word_list,
)
from brief.quotes.speaker_words import GROUP_NOUNS
from brief.quotes.units import tokenize
from brief.text.clean import typeset_quotes


def read_quote(quote: QuoteCluster, escape: Callable[[str], str] = str) -> str:
    """A quote cluster as it reads: its text, led by the verb of the variant it comes from."""
    variant = next((v for v in quote.variants if v.text == quote.text), None)
    if variant is None:
        return as_read(quote.text, quote.kind, "", escape)
    return read_variant(variant, escape)


def read_variant(variant: QuoteVariant, escape: Callable[[str], str] = str) -> str:
    """One outlet's wording as it reads, a pronoun whose referent is in an earlier
    sentence shown the editor's way: "Noted that [X] remains ..."."""
    text = with_referents(variant.text, variant.referents)
    return as_read(text, variant.kind, variant.cue, escape, lower_opener=variant.lower_opener)


def with_referents(text: str, referents: tuple[tuple[int, int, str], ...]) -> str:
    """``text`` with each recorded pronoun replaced by "[its referent]"; an empty range
    inserts a subject the statement leaves out ("[the mayor] rejected ...")."""
    for start, end, name in sorted(referents, reverse=True):
        gap = " " if start == end else ""
        text = f"{text[:start]}[{name}]{gap}{text[end:]}"
    return text


def as_read(
    text: str,
    kind: str,
    cue: str = "",
    escape: Callable[[str], str] = str,
    *,
    lower_opener: bool = False,
) -> str:
    """A direct quote in quotation marks; reported speech led by its own verb.

    ``cue`` is the speech verb as written ("stating", "vowed", "according to"); reported
    speech reads "Warned that ...", "Vowed to ...", "Accused X of ...", "Said that ...".
    ``escape`` is applied to the article's words only (the brief escapes markdown).
    ``lower_opener``: the first word is a common one whose capital opened the sentence.
    """
    # the wire's ``marks'' as the marks they stand for (the app and the brief alike), and
    # no comma left before the closing mark that ends a report: "... was ``one bad plan
    # after another,''" ends "another”" (the comma was the writer's, before "he said")
    text = _SPENT_COMMA.sub(r"\1", typeset_quotes(" ".join(text.split()))).rstrip(",;: ")
    if kind == "direct":
        text = text.strip('"“”')
        return f"“{escape(text)}”"
    words = text.split(" ", 1)
    linked = words[0].rstrip(",") in _SENTENCE_LINKS and len(words) > 1
    if linked:
        # "And that excuse is X, she said" -> "Said that that excuse is X": the link was
        # the writer's, to the sentence before; the next word's capital is its own
        text, lower_opener = words[1], False
        words = text.split(" ", 1)
    first = words[0]
    clause = first.lower() == "that" and len(words) > 1 and not linked  # "And that X ..."
    if clause:
        text = words[1]
        first = text.split(" ", 1)[0]
    lower = lower_opener and not clause  # "That Russia ... was clear": the name after it
    if first[:1].isupper() and (
        lower
        or first.lower() in _LOWER_STARTS
        or first.lower() in _GROUPS
        or _function_opener(text)
    ):
        text = text[0].lower() + text[1:]
    cue_words = cue.split()
    if len(cue_words) > 1 and CUE_FORMS.get(cue_words[0].lower()) == "express":
        # "Expressed concern that fares ...", "Expressed outrage over the vote": what was
        # expressed is part of the cue (rule "expressed")
        joiner = " " if cue_words[-1].lower() in ("about", "over") else " that "
        return f"Expressed {escape(' '.join(cue_words[1:]))}{joiner}{escape(text)}"
    verb, governs = past_tense(cue), False
    if _has_particle(cue):  # "warned of ...", "called for ...", "pointed out that ..."
        first, particle = cue.lower().split()
        verb, governs = f"{past_tense(first)} {particle}", particle != "out"
    # "Endorsed the mayor ...", "Cited the cost ...": a stance's object, no "that"
    takes_object = CUE_FORMS.get(cue.lower()) in _OBJECT_VERBS
    # "Described the plan as a gamble" (a naming), but "Described that ..." with a clause
    takes_object = takes_object or (CUE_FORMS.get(cue.lower()) == "describe" and not clause)
    # "Noted the rule in an interview", "Acknowledged the risk": an object, no clause
    takes_object = takes_object or (not clause and _noted_object(text, cue))
    # "Stressed its plans to build piers", not "Stressed that its plans to build piers": a
    # noun phrase stressed is no clause
    takes_object = takes_object or (not clause and _stressed_object(text, cue))
    joiner = (
        " " if governs or verb in _NO_THAT or takes_object or text.startswith("to ") else " that "
    )
    if CUE_FORMS.get(cue.lower()) in ADDRESSEE_VERBS and not clause and ordered(text):
        # "Told the board to cut ...", "Warned riders not to ...": the one told, then the act
        joiner = " "
    elif verb == "told" and not text.startswith("to "):
        # "told reporters that X", "X, she told reporters": "Told X" would make X the one
        # told, and "Told that X" reads passive; what was told is what was said
        verb, joiner = "said", " that "
    elif clause and verb in _NO_THAT and not takes_object:
        joiner = " that "  # "asked that the court wait", not "Asked the court wait"
    return f"{verb.capitalize()}{joiner}{escape(text)}"


_OBJECT_VERBS = frozenset(STANCE_VERBS) | frozenset(REFERENCE_VERBS)
#: A comma, semicolon or colon right before the closing quotation mark that ends the text.
_SPENT_COMMA = re.compile("[,;:]\\s*([\"\u201d\u2019'])$")


def _noted_object(text: str, cue: str) -> bool:
    """The statement is the noun phrase a verb like "noted" took (rule "noted object")."""
    base = CUE_FORMS.get(cue.lower())
    if base not in NOTED_VERBS or not text:
        return False
    tokens = tokenize(text, 0, len(text), [])
    return bool(tokens) and noted(tokens, 0, base)


def _stressed_object(text: str, cue: str) -> bool:
    """ "by stressing the board's plans to build piers": a verb of emphasis took a noun
    phrase: no subject pronoun opens it and no auxiliary or past tense follows ("stressed
    the fares would rise" is a clause; "stressed the ferry remains safe" reads as well
    without "that")."""
    if CUE_FORMS.get(cue.lower()) not in _EMPHASIS:
        return False
    tokens = [t for t in tokenize(text, 0, len(text), []) if t.kind == "w"]
    if not tokens or tokens[0].low in _SUBJECTS:
        return False
    for before, word in pairwise(tokens):
        if word.low in ("that", "which", "who"):
            break  # "... opposition to piers that would cost millions": its own clause
        past = word.low.endswith("ed") and word.text.islower() and before.low not in DETERMINERS
        if word.low in AUXILIARIES or word.low.endswith(_CONTRACTED) or past:
            return False
    return True


_EMPHASIS = frozenset(("stress", "emphasize", "emphasise", "underline", "underscore"))
_CONTRACTED = ("n't", "'ll", "'re", "'ve", "'d", "'m")
_SUBJECTS = frozenset(("i", "we", "you", "he", "she", "it", "they", "there", "this", "that"))

#: Most words an addressee may have before its "to" ("the harbour board's new director").
_ADDRESSEE_WORDS = 8
#: Words that end the clause an order is read in ("... to cut fares because they were high").
_CLAUSE_ENDS = frozenset({"because", "since", "after", "before", "when", "while", "as", "if"})


#: Verbs that take an infinitive themselves: "X plans to", "it hopes to" is no addressee.
_INFINITIVE_TAKERS = frozenset(
    word_list(
        "plan plans want wants hope hopes expect expects need needs intend intends seem seems "
        "aim aims try tries agree agrees refuse refuses decide decides promise promises"
    )
)


def _verb_or_owner(word: str) -> bool:
    """A word that cannot stand in an addressee before "to": a verb taking an infinitive,
    a past tense ("expected"), a possessive ("Ann Keel's decision to ...")."""
    low = word.lower()
    if low in _INFINITIVE_TAKERS or low.endswith(("'s", "\u2019s")):
        return True
    return word.islower() and low.endswith("ed") and len(low) > 4


def ordered(text: str) -> bool:
    """ "the board to cut the fares", "riders not to expect ...": somebody told to act,
    the shape an order's content takes with its addressee. Not a clause with a verb of its
    own before any comma ("the plan to build the pier is dead": what was told)."""
    words = text.split()
    lows = [w.lower().strip(",;:") for w in words]
    if "to" not in lows[1 : _ADDRESSEE_WORDS + 1]:
        return False
    to = lows.index("to", 1)
    before = lows[:to]
    if before[-1] in ("not", "never"):
        before = before[:-1]
    if not before or any(w in _VERBS or w.endswith(",") for w in words[: len(before)]):
        return False
    if any(_verb_or_owner(w) for w in words[: len(before)]):
        return False  # "X plans to", "it expected its costs to", "Y's decision to"
    after = [w.strip("\"'\u201c\u2018") for w in lows[to + 1 : to + 2]]
    if not after or not after[0][:1].isalpha() or after[0] in _DETERMINERS:
        # the infinitive's own verb may be "be" or "have": "to be careful"
        return False  # "the plan to the harbour": no act
    for word, low in zip(words[to + 2 :], lows[to + 2 :], strict=True):
        if low in _CLAUSE_ENDS or word.endswith((",", ";")):
            break
        if low in _VERBS:
            return False
    return True


_VERBS = AUXILIARIES | BE_FORMS
_DETERMINERS = DETERMINERS | {"the", "a", "an"}
_PARTICLES = frozenset({"for", "on", "of", "about", "against", "out"})


def _has_particle(cue: str) -> bool:
    """A verb and its particle as the cue was written ("warning of", "called for")."""
    words = cue.lower().split()
    return len(words) == 2 and words[0].isalpha() and words[1] in _PARTICLES


_IRREGULAR = {
    "say": "said",
    "says": "said",
    "saying": "said",
    "speaks": "spoke",
    "spoken": "spoke",
    "tell": "told",
    "tells": "told",
    "telling": "told",
    "write": "wrote",
    "writes": "wrote",
    "writing": "wrote",
    "speak": "spoke",
    "speaking": "spoke",
    "think": "thought",
    "thinks": "thought",
    "find": "found",
    "finds": "found",
    "finding": "found",
    "written": "wrote",
    "thinking": "thought",
    "read": "read",
    "reads": "read",
    "show": "showed",
    "shows": "showed",
    "shown": "showed",
    "swear": "swore",
    "swears": "swore",
    "sworn": "swore",
    "feel": "felt",
    "feels": "felt",
    "feeling": "felt",
    "forecast": "forecast",
    "forecasts": "forecast",
    "forecasting": "forecast",
    "admit": "admitted",
    "admits": "admitted",
    "quip": "quipped",
    "quips": "quipped",
    "slam": "slammed",
    "slams": "slammed",
}
_NO_THAT = frozenset(
    {
        "accused",
        "urged",
        "called",
        "asked",
        "demanded",
        "told",
        "blamed",
        "criticized",
        "criticised",
        "praised",
        "mentioned",
        "attacked",
        "likened",
        "echoed",
        "referenced",
        "cited",
        "compared",
        "questioned",
        "thanked",
    }
)


def past_tense(cue: str) -> str:
    """The simple past of a speech verb ("stating" -> "stated"); "said" when unsure."""
    cue = " ".join(cue.lower().split())
    if not cue.isalpha():  # empty, or a phrase such as "according to", "quoted as saying"
        return "said"
    if cue in _IRREGULAR:
        return _IRREGULAR[cue]
    if cue.endswith("ed") or cue in _IRREGULAR.values():
        return cue
    if cue.endswith("ying") and len(cue) > 5 and cue[-5] not in "aeiou":
        return cue[:-4] + "ied"  # deny-ing -> denied, testify-ing -> testified
    if cue.endswith("ing") and len(cue) > 5:
        stem = cue[:-3]  # stat-ed, not-ed, argu-ed, alleg-ed, claim-ed, admitt-ed, agree-d
        return stem + ("d" if stem.endswith("e") else "ed")
    if cue.endswith("s") and not cue.endswith("ss"):
        cue = cue[:-1]
    return cue + ("d" if cue.endswith("e") else "ed")


#: A conjunction opening a sentence, linking it to the one before ("And", "But", "Yet").
_SENTENCE_LINKS = frozenset(["And", "But", "Yet"])
_LOWER_STARTS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "they",
        "their",
        "this",
        "these",
        "those",
        "there",
        "he",
        "she",
        "we",
        "our",
        "his",
        "her",
        "some",
        "all",
        "any",
        "no",
    ]
)
"""Words that open reported speech in lower case after "Said that" (names keep capitals)."""
#: Prepositions and subordinating words: a capital on one opened the writer's sentence,
#: never a name ("Said that in 2005 ...", "Said that although ...").
_LINK_STARTS = frozenset(
    word_list(
        "in on at as after before during although though while when whenever if unless "
        "because since until for with without despite among amid from by according once"
    )
)
#: Quantifiers, lowered when a common word or a figure follows ("Said that one rebel was
#: wounded", "more than 50"); before a capital they may open a name ("One Nation").
_COUNT_STARTS = frozenset(word_list("one more most many several few each every both last"))


def _function_opener(text: str) -> bool:
    """``text`` opens with a function word its sentence capitalised (rule "opener case")."""
    words = text.split(" ", 2)
    first = words[0].rstrip(",").lower()
    if first in _LINK_STARTS:
        return True
    after = words[1][:1] if len(words) > 1 else ""
    return first in _COUNT_STARTS and (after.islower() or after.isdigit())


#: Group nouns that open a reported clause ("Said that officials said …"), lowered as the
#: words above; not the parties, whose names keep their capital.
_GROUPS = GROUP_NOUNS - {"democrats", "republicans", "liberals", "conservatives"}
