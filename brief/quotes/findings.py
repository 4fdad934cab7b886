"""What a document puts forward in its own words: a poll's findings, a report's proposals.

* Poll finding: "a new poll shows Keel leading by four points", "one survey found most
  riders want ...", "one study found the levy would ...". A finding verb (show, find,
  indicate, suggest) takes no bare content from any other subject ("the video showed him
  running", "divers found the boat": no one's words), but a poll, a survey, an average of
  polls or a study reports nothing but its findings: what follows the verb is what it
  reports, clause or not. It speaks for its pollster when the phrase names one ("a Keelby
  Herald poll", "the Herald's poll"), and for nobody else: "Recent polls in Keelby" are no
  statement of Keelby, "Polling averages" none of a "Polling" (rule "poll finding").
* Poll setting: "In the latest Keelby Herald poll, Keel led by five points": the sentence
  a poll opens is its finding, as after "according to the poll" (rule "poll setting").
* Proposal by a thing: "the guidelines recommend drinking water" is advice, no one's words.
"""

from __future__ import annotations

from itertools import pairwise

from brief.quotes.attribution import Attribution
from brief.quotes.content import PROPOSAL_VERBS, words_reach
from brief.quotes.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    CUE_FORMS,
    PREPOSITIONS,
    PRONOUNS,
    TIME_NOUNS,
    word_list,
)
from brief.quotes.phrases import QUANTIFIER_PRONOUNS, head_noun, is_name, possessive
from brief.quotes.rules import enabled
from brief.quotes.skips import skip_adverbials
from brief.quotes.speaker_phrases import owner_of
from brief.quotes.speaker_words import DOCUMENT_NOUNS

FINDING_VERBS = frozenset(word_list("show find indicate suggest"))
#: What speaks only through its findings: polls, and studies or analyses of data (not a
#: report, a video or records: "a fresh report shows more rain may come ...", "the video showed
#: him running" tell what a thing shows, not anybody's finding).
POLL_NOUNS = frozenset(
    word_list("poll polls polling survey surveys average averages study studies analysis analyses")
)
#: Words after a poll noun that leave it the head of the phrase ("polls in Ohio", "a poll
#: released on Friday", "the poll conducted by X").
_AFTER_HEAD = frozenset(word_list("released published conducted taken carried"))
_RELATIVES = frozenset(word_list("which who whom whose"))
_CLAUSE_WORDS = _RELATIVES | frozenset(word_list("that and but or as if when while"))
_THING_PRONOUNS = frozenset(word_list("it this that"))
_DEFINITE = frozenset(word_list("the this that its"))
#: Words after a poll noun that bring in who made it ("a poll by X", "surveys from X").
_OWNER_LEADS = frozenset(word_list("by from for"))
#: Verbs of a report after the finding ("..., Ms X said"), and how near the comma.
_REPORTING = frozenset(word_list("say tell add argue note write report state explain insist"))
_REPORTER_WORDS = 6
#: Passives that tell how a poll was made ("were asked", "was surveyed").
_POLLING_VERBS = frozenset(word_list("asked questioned surveyed polled interviewed"))
#: Who makes a poll: a clause with one of them as its subject tells how the poll was made
#: ("In the survey, teams of experts visited ...", "..., the interviewers found ...").
_MAKER_NOUNS = frozenset(
    word_list(
        "researcher researchers expert experts pollster pollsters interviewer interviewers "
        "team teams staff scientist scientists investigator investigators surveyor surveyors "
        "analyst analysts"
    )
)
#: Words that make a subject's people a sample, not the makers ("most experts", "half of").
_SAMPLE_WORDS = QUANTIFIER_PRONOUNS | frozenset(word_list("all half majority minority percent"))
#: Most words read for the makers as the clause's subject ("the survey's own staff").
_MAKER_WORDS = 4
#: Acts of research, in the active: "looked at 900 children", "we tracked the riders".
_RESEARCH_VERBS = frozenset(
    word_list(
        "interviewed questioned surveyed polled asked examined measured tested sampled "
        "followed tracked studied"
    )
)
#: What ends the clause read for a research act.
_CLAUSE_ENDS = frozenset(word_list("and but or while whereas that which who"))
#: Outcomes, not objects, after a research verb ("tested positive").
_RESULTS = frozenset(word_list("positive negative"))
#: Most words of a poll phrase read back from its verb.
_POLL_WORDS = 10
#: Fewest words of the clause after "In the poll," ("Keel led by five points").
_SETTING_WORDS = 4


def poll_subject(
    tokens, base: str, k: int, speaker: tuple[int, int] | None
) -> tuple[int, tuple[int, int] | None] | None:
    """The subject before a finding verb ``base`` (its last word ``tokens[k]``) when a poll
    heads it: (where the phrase starts, the pollster's name in it or None). None when no
    poll heads the subject."""
    if base not in FINDING_VERBS or not enabled("poll finding"):
        return None
    start, end = speaker if speaker is not None else (k + 1, k + 1)
    # the speaker phrases miss some or part of them: "Polling averages", "the X's Y average"
    while start > 0 and end - start < _POLL_WORDS and _subject_word(tokens, start - 1):
        start -= 1
    heads = [j for j in range(start, end) if _poll_head(tokens, j, end)]
    if not heads or start >= end or tokens[start].kind != "w":
        return None
    head = heads[0]
    lead = next((m for m in range(head + 1, end) if tokens[m].low in _OWNER_LEADS), None)
    if lead is not None:  # "a poll by the Herald", "a study conducted by X": named after
        return start, speaker or (lead + 1, end)
    return start, _pollster(tokens, start, head)


def poll_setting(tokens, i: int) -> Attribution | None:
    """ "In the latest Keelby Herald poll, Keel led Reid by five points", "In this poll,
    ...": a sentence opened by the poll it reports on is the poll's finding, as after
    "according to the poll" (rule "poll setting"). ``tokens[i]`` is the poll noun."""
    n = len(tokens)
    if not 1 < i <= _POLL_WORDS or tokens[0].low != "in" or not enabled("poll setting"):
        return None
    if i + 1 >= n or any(t.kind != "w" and t.text != "/" for t in tokens[1:i]):
        return None
    j = i + 1
    if tokens[j].text == "," and j + 1 < n and tokens[j + 1].low in _AFTER_HEAD:
        j += 1  # "In the poll, conducted in May, ..."
    if tokens[j].low in _AFTER_HEAD:  # "In a poll released Friday, ..."
        j = next((m for m in range(j, min(n, j + _POLL_WORDS)) if tokens[m].kind != "w"), n)
    if j >= n - 1 or tokens[j].text != "," or tokens[j + 1].kind != "w":
        return None  # the main clause follows the opening phrase: the finding
    if not words_reach(tokens, j + 1, _SETTING_WORDS) or _method(tokens, j + 1):
        return None
    by = [m for m in range(i + 1, j - 1) if tokens[m].low == "by"]
    speaker = (by[0] + 1, j) if by else _pollster(tokens, 1, i)  # "a poll released by X,"
    rule = "poll setting"
    return Attribution(i, i + 1, "in", "according", speaker, None, (0, j + 1), "after", rule=rule)


def poll_finding(tokens, cue_end: int) -> int | None:
    """Where a poll's finding starts after its verb ("a poll shows Keel leading"), or None
    when nothing of two words follows."""
    n = len(tokens)
    i = skip_adverbials(tokens, cue_end, n)
    if i >= n or tokens[i].kind != "w" or _preposition(tokens[i].low):
        return None  # "showed in detail how": no finding read here
    if _reported_later(tokens, i):
        return None  # "Surveys suggest a stronger economy, Ms X said": hers, not the poll's
    return i if words_reach(tokens, i, 2) else None


def _reported_later(tokens, i: int) -> bool:
    """A comma, then soon a verb that reports words ("..., Ms X said", ", the board
    says"): the sentence after ``i`` is somebody's report."""
    n = len(tokens)
    for j in range(i, n):
        if tokens[j].text != ",":
            continue
        for token in tokens[j + 1 : j + _REPORTER_WORDS]:
            if (
                token.kind == "w"
                and CUE_FORMS.get(token.low) in _REPORTING
                and token.text.islower()
            ):
                return not token.low.endswith("ing")
    return False


def _method(tokens, i: int) -> bool:
    """ "In the poll, the voters were asked ...", "In a survey, it discovered that ...",
    "In the survey, teams of experts looked at 900 children": how the poll was made, or a
    report of its own, not the poll's finding."""
    if tokens[i].low in PRONOUNS:
        return True  # "we", "they": the makers; "it": a report of its own
    window = tokens[i : i + _POLL_WORDS]
    if any(a.low in BE_FORMS and b.low in _POLLING_VERBS for a, b in pairwise(window)):
        return True
    return _makers_subject(tokens, i) or _research_act(tokens, i)


def _makers_subject(tokens, i: int) -> bool:
    """The clause at ``i`` has the poll's makers as its subject ("the researchers", "18 teams
    of experts", "the survey's staff"), not a sample of people ("most experts", "a third
    of the experts")."""
    for token in tokens[i : i + _MAKER_WORDS]:
        if token.low in _MAKER_NOUNS:
            return True
        if token.kind != "w" or token.low in _SAMPLE_WORDS or token.low == "of":
            return False
        if token.low in AUXILIARIES or token.low in PREPOSITIONS or token.low in CUE_FORMS:
            return False
    return False


def _research_act(tokens, i: int) -> bool:
    """A research act in the active in the clause at ``i``: "... looked at 900 children",
    "..., interviewed 600 riders"; not a passive ("the Keel Line was followed by ..."), not
    a result ("tested positive"), not a name's act ("Keel followed Reid")."""
    n = len(tokens)
    for k in range(i, min(n - 1, i + _POLL_WORDS + _MAKER_WORDS)):
        token, after = tokens[k], tokens[k + 1]
        if token.kind != "w" or token.low in _CLAUSE_ENDS:
            return False  # the clause's first verb is read, not a later one's
        looked = token.low == "looked" and after.low == "at"
        if not looked and token.low not in _RESEARCH_VERBS:
            continue
        before = tokens[k - 1] if k > i else None
        if before is not None and (before.low in BE_FORMS or before.capitalised):
            return False  # "was followed by", "Keel followed Reid"
        if looked:
            return True
        return after.kind == "w" and not (
            after.low == "by"
            or after.low in _RESULTS
            or after.low.endswith("ly")
            or _preposition(after.low)
        )
    return False


def _pollster(tokens, start: int, head: int) -> tuple[int, int] | None:
    """The phrase naming who polled, for the resolver: "the Herald's", "Keelby Herald
    (opinion) poll", "the poll" (its author named before); None when it names nobody
    ("Recent polls", "Instant polls": one capital opening the sentence, no name)."""
    for j in range(start, head):
        if possessive(tokens[j]):  # "the Herald's latest poll", "the group's survey"
            if tokens[j].low[:-2].rstrip("'\u2019") in TIME_NOUNS:
                return None  # "last year's survey": a time, nobody's
            return owner_of(tokens, j) or (start, j + 1)
    names = [j for j in range(start, head) if _name_word(tokens, j)]
    if names and not (names == [0] and head == 1):
        slash = [j for j in range(names[0], head) if tokens[j].text == "/"]
        if slash:
            return (names[0], slash[0])  # "the Reuters/Ipsos poll": the first pollster
        return (names[0], head + 1)  # "the Keelby Herald poll": the resolver reads the name
    if head == start + 1 and tokens[start].low in _DEFINITE:
        return (start, head + 1)  # "the poll shows": the author of the poll named before
    return None


def _name_word(tokens, j: int) -> bool:
    return tokens[j].low not in POLL_NOUNS and is_name(tokens, j)


def _subject_word(tokens, j: int) -> bool:
    token = tokens[j]
    if token.low == "and" and j > 0:
        return tokens[j - 1].capitalised  # "polls in Keelby and Westby": two names
    if token.kind != "w":
        return token.text == "/"
    if token.low in CUE_FORMS:
        return token.capitalised  # "the Harbour States average": a name's word
    return not (token.low in AUXILIARIES or token.low in _CLAUSE_WORDS)


def _poll_head(tokens, j: int, end: int) -> bool:
    if tokens[j].low not in POLL_NOUNS:
        return False
    after = tokens[j + 1].low if j + 1 < end else ""
    return not after or after in _AFTER_HEAD or after in POLL_NOUNS or _preposition(after)


def _preposition(low: str) -> bool:
    return low in PREPOSITIONS or low == "of"


def proposal_by_thing(tokens, base: str, after: int, speaker: tuple[int, int]) -> bool:
    """A proposed action (a gerund) put forward by a document or a relative "which"."""
    if base not in PROPOSAL_VERBS or tokens[after].low in ("that",) or tokens[after].kind != "w":
        return False
    if not tokens[after].low.endswith("ing"):
        return False
    first = tokens[speaker[0]].low
    if first in _RELATIVES or first in _THING_PRONOUNS:
        return True  # "..., which suggests adding ...", "it recommends putting ..."
    return head_noun(tokens[speaker[1] - 1]) in DOCUMENT_NOUNS
