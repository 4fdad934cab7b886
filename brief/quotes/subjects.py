"""The subject of a clause: who a participle, a colon or a pronoun points back to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.quotes.lexicon import AUXILIARIES, CLAUSE_WORDS, DETERMINERS, PREPOSITIONS
from brief.quotes.phrases import head_noun, is_name, name_run_fwd, nounish, np_fwd, possessive
from brief.quotes.restrictive import restrictive_subject
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import GROUP_NOUNS, KIN_GROUPS

if TYPE_CHECKING:
    from brief.quotes.units import Token

_NOT_BEFORE_SUBJECT = DETERMINERS | PREPOSITIONS | {"of", "into"}
#: Tokens an apposition between a subject and its verb may span ("Critics, however, say").
APPOSITION_SPAN = 28
_SUBORDINATORS = frozenset(("before", "after", "when", "while", "since", "until", "once"))
#: How long an opening time clause may run before its comma ("A few days before X and Y
#: were to meet in Z, Russia announced ...").
TIME_CLAUSE_TOKENS = 30


def _after_time_clause(tokens, i: int, hi: int) -> int:
    """Past an opening time clause ("Two days after the vote, ...", "When the ferry
    sank, ..."): its subject is no subject of the main clause."""
    if not any(t.kind == "w" and t.low in _SUBORDINATORS for t in tokens[i : i + 4]):
        return i
    for j in range(i + 2, min(hi - 1, i + TIME_CLAUSE_TOKENS)):
        if tokens[j].kind == "q" or tokens[j].text in ".;:":
            return i
        if tokens[j].text == ",":
            return j + 1
    return i


def unit_subject(tokens, hi: int | None = None) -> tuple[int, int] | None:
    """The noun phrase that opens a clause: "Orbit, another app, defended ..." -> Orbit."""
    hi = len(tokens) if hi is None else hi
    i = after_dateline(tokens, hi)
    while (
        i < hi
        and tokens[i].kind == "w"
        and tokens[i].low
        in ("but", "and", "so", "yet", "meanwhile", "however", "also", "still", "now")
    ):
        i += 1
    if i < hi and tokens[i].text == ",":
        i += 1
    # an opener ending in a comma: "In response, X ..."
    for j in range(i, min(hi, i + 8)):
        if tokens[j].text == "," and tokens[i].kind == "w" and not nounish(tokens, i):
            i = j + 1
            break
    i = _after_time_clause(tokens, i, hi)
    agent = _agent_named(tokens, i, hi)
    if agent is not None:
        return agent
    end = np_fwd(tokens, i, hi, strict_end=False)
    if (
        end is not None
        and end < hi
        and (tokens[end].kind == "w" or tokens[end].text in ",(\u2013\u2014")
    ):
        if not is_name(tokens, i):
            for j in range(end, min(hi - 1, end + 10)):
                if tokens[j].kind == "q" or tokens[j].text in ".;:":
                    break
                if tokens[j].text == "," and is_name(tokens, j + 1):
                    run_end = name_run_fwd(tokens, j + 1, hi)
                    if _set_off_subject(tokens, j + 1, run_end, hi):
                        return (j + 1, run_end)  # "Head of research at X, Y Z, agreed"
                    break
        return (i, end)
    # "U.S. Secretary of State X Y praised ...": the first name followed by a verb
    j = i
    while j < min(hi, i + 14):
        if is_name(tokens, j):
            run_end = name_run_fwd(tokens, j, hi)
            after = tokens[run_end] if run_end < hi else None
            before = tokens[j - 1].low if j > 0 else ""
            if (
                # after a determiner or a preposition a name is no subject: "a Facebook
                # post", "sailed to North America as a child"
                (before == "that" or before not in _NOT_BEFORE_SUBJECT)
                and after is not None
                and after.kind == "w"
                and after.text.islower()
                and after.low not in PREPOSITIONS
                and after.low not in ("of", "and", "or")  # "X Fish and Wildlife biologist"
            ):
                if possessive(tokens[run_end - 1]) and enabled("possessed subject"):
                    end = _possessed_end(tokens, run_end, hi)
                    if _people(tokens[end - 1]):
                        return (j, end)  # "X's family has called on ...": the family
                return (j, run_end)
            if _set_off_subject(tokens, j, run_end, hi):
                return (j, run_end)
            j = run_end
        else:
            j += 1
    return None


#: Words after a possessive name that end what it owns: the verb of the clause begins.
_POSSESSED_MAX = 3


def _people(token) -> bool:
    return bool(head_noun(token)) or token.low in GROUP_NOUNS or token.low in KIN_GROUPS


def _possessed_end(tokens, k: int, hi: int) -> int:
    """End of what a possessive name owns ("X's family has called", "X's earlier letter
    was"): lower-case words up to an auxiliary, a verb in -ed, a preposition or a clause word."""
    start = k
    while k < hi and k - start < _POSSESSED_MAX:
        token = tokens[k]
        low = token.low
        if token.kind != "w" or not token.text.islower() or low in AUXILIARIES:
            break
        if low in PREPOSITIONS or low in CLAUSE_WORDS or (k > start and low.endswith("ed")):
            break
        k += 1
    return k


def _set_off_subject(tokens, j: int, end: int, hi: int) -> bool:
    """ "Director of research at the firm, X Y, agreed with ...": a name set off by commas
    after its role, then a verb in -ed or -s, is the subject."""
    if j == 0 or tokens[j - 1].text != "," or end + 1 >= hi or tokens[end].text != ",":
        return False
    verb = tokens[end + 1]
    return (
        verb.kind == "w"
        and verb.text.islower()
        and verb.low.endswith(("ed", "s"))
        and not verb.low.endswith("ss")
        and verb.low not in PREPOSITIONS
    )


def after_dateline(tokens, hi: int) -> int:
    """Skip a dateline ("OTTAWA, Ont. —", "WASHINGTON (AP) —") at the start of a unit."""
    first = tokens[0] if tokens else None
    if first is None or first.kind != "w" or not (first.text.isupper() and len(first.text) > 2):
        return 0
    for j in range(1, min(hi, 10)):
        if tokens[j].text in ("\u2015", "\u2014", "\u2013", "-"):
            return j + 1
    return 0


def last_actor(tokens, hi: int) -> tuple[int, int] | None:
    """The last name before ``hi`` that a verb follows ("when X later took to Twitter
    with this:"), the likeliest author of what a colon introduces."""
    found = None
    j = 0
    while j < hi:
        if is_name(tokens, j):
            end = name_run_fwd(tokens, j, hi)
            after = tokens[end] if end < hi else None
            if (
                after is not None
                and after.kind == "w"
                and after.text.islower()
                and after.low not in PREPOSITIONS
                and after.low not in ("of", "and")
            ):
                found = (j, end)
            j = end
        else:
            j += 1
    return found


def _agent_named(tokens, i: int, hi: int) -> tuple[int, int] | None:
    """ "Tide, Bounty and Crest maker P&G rallied", "Keelby ferry operator X said": names,
    an agent noun ("maker", "operator") and the name the sentence is about, which ends
    the subject (rule "agent premodifier")."""
    if i >= hi or not is_name(tokens, i) or not enabled("agent premodifier"):
        return None
    j = name_run_fwd(tokens, i, hi)
    while j + 1 < hi and tokens[j].text in (",", "and", "&"):
        k = j + 1 if not (tokens[j].text == "," and tokens[j + 1].low == "and") else j + 2
        if k >= hi or not is_name(tokens, k):
            break
        j = name_run_fwd(tokens, k, hi)  # "Tide, Bounty and Crest"
    k = j
    while k < hi and k - j < 2 and tokens[k].kind == "w" and tokens[k].text.isalpha():
        if not tokens[k].text.islower() or tokens[k].low in _NOT_AGENT:
            break
        k += 1
    if k == j or k >= hi or not _agent_noun(tokens[k - 1].low) or not is_name(tokens, k):
        return None
    end = name_run_fwd(tokens, k, hi)
    if end >= hi or not (tokens[end].text == "," or tokens[end].text.islower()):
        return None
    if tokens[end].low in DETERMINERS:
        return None  # "Keelby offer Seacraft a deal": a verb and its two objects
    return (i, end)


def _agent_noun(low: str) -> bool:
    return len(low) >= 5 and low.endswith(("er", "or")) and low not in _NOT_AGENT


_NOT_AGENT = PREPOSITIONS | AUXILIARIES | DETERMINERS | frozenset(("after", "over", "under"))


def plural_or_modal(tokens, k: int, between: set[str]) -> bool:
    """A bare cue form ("say", "report") needs an auxiliary, "to", or a plural subject."""
    if between & AUXILIARIES or (k >= 0 and tokens[k].low in AUXILIARIES | {"to"}):
        return True
    if k > 0 and tokens[k].low in ("who", "that") and enabled("plural relative"):
        # "economists who argue that ...", "residents, who say ...": the antecedent's number
        head = k - 2 if tokens[k - 1].text == "," else k - 1
        # ("Canadians with rare diseases who contend ...": a noun no one is says nothing)
        return (
            head >= 0
            and nounish(tokens, head)
            and tokens[head].kind == "w"
            and plural_or_modal(tokens, head, set())
        )
    if restrictive_subject(tokens, k) is not None:
        return True  # "residents who live near the pier say": the plural before "who"
    if k >= 0 and tokens[k].text == ",":
        # "Critics, however, say", "Residents, many of them fishermen, say": the phrase
        # before the apposition is the subject
        j = k - 1
        while j >= 0 and k - j <= APPOSITION_SPAN and tokens[j].text != ",":
            j -= 1
        return j > 0 and tokens[j].text == "," and plural_or_modal(tokens, j - 1, between)
    if k < 0 or tokens[k].kind != "w":
        return False
    low = tokens[k].low
    if low in ("they", "we", "i", "you") or low in GROUP_NOUNS:
        return True
    if low == "whom" and enabled("partitive relative"):
        return True  # "many of whom say"
    start = max(0, k - 8)
    if any(t.low in ("and", "&") for t in tokens[start:k]):
        return True
    if _plural(low):
        return True
    # "advisers to the mayor say", "members of the board say": the head before the phrase;
    # "some in the fishing community say", "those close to the mayor say": a quantifier
    return any(
        tokens[j].low in ("of", "to", "for", "at", "in")
        and (
            (_plural(tokens[j - 1].low) and bool(head_noun(tokens[j - 1])))
            # a noun for people, not a name ("Vickers at")
            or (
                enabled("quantifier subject")
                and tokens[j].low in ("in", "at", "to")
                and (
                    tokens[j - 1].low in _PLURAL_PRONOUNS
                    or (j > 1 and tokens[j - 1].low == "close" and tokens[j - 2].low == "those")
                )
            )
        )
        for j in range(max(1, k - 5), k)
    )


_PLURAL_PRONOUNS = frozenset(("some", "many", "most", "several", "those", "others"))


def _plural(low: str) -> bool:
    return low.endswith("s") and not low.endswith(("ss", "'s")) and len(low) > 3


def noun_use(token: Token) -> bool:
    """A cue word right after a determiner or a possessive is a noun ("his claims")."""
    if token.kind != "w":
        return False
    low = token.low
    return (low in DETERMINERS and low not in ("that", "all", "both")) or (
        low.endswith(("'s", "s'")) and len(low) > 2
    )
