"""Frames whose speaker is no subject of a speech verb: noun frames and passives.

* Noun frames: "rejected X's claim that ...", "repeated his warning that ...": the owner
  of the noun said it (not as the sentence's subject: in "X's claim that A was rejected"
  nothing shows where A ends).
* Passives: "it was announced that ...", "it has been reported by X that ...": a
  statement whose speaker is the agent after "by", or nobody named ("unattributed"; it is
  never handed to the previous speaker).
* Poll settings: "In the latest X poll, Keel led by five points" (``findings``).
* Topics: "X spoke about the need for ...", "X talked of his years at sea": what X spoke
  about. "speak" and "talk" are no cue words elsewhere ("speaking at a rally, X said",
  "the talks"): only with their preposition.
"""

from __future__ import annotations

from brief.quotes.attribution import Attribution
from brief.quotes.findings import POLL_NOUNS, poll_setting
from brief.quotes.lexicon import ADVERBS, BE_FORMS, CUE_FORMS, DAYS, DETERMINERS, word_list
from brief.quotes.phrases import head_noun, np_fwd, possessive
from brief.quotes.responses import COLON_NOUNS, response_frame
from brief.quotes.rules import enabled
from brief.quotes.skips import skip_adverbials, skip_adverbs_back
from brief.quotes.speaker_phrases import owner_of, speaker_before
from brief.quotes.subjects import unit_subject

#: Nouns of saying and the verb a reader reads them as ("his assertion that" -> asserted).
SPEECH_NOUNS = {
    "claim": "claimed",
    "claims": "claimed",
    "warning": "warned",
    "assertion": "asserted",
    "argument": "argued",
    "contention": "contended",
    "insistence": "insisted",
    "allegation": "alleged",
    "allegations": "alleged",
    "statement": "stated",
    "promise": "promised",
    "pledge": "pledged",
    "suggestion": "suggested",
    "denial": "denied",
    "admission": "admitted",
    "announcement": "announced",
}
#: Every noun that can start one of these frames.
FRAME_NOUNS = frozenset(SPEECH_NOUNS) | COLON_NOUNS
#: Cue verbs whose passive reports speech ("it was announced that").
PASSIVE_CUES = frozenset(
    word_list("announce report say confirm reveal claim allege state note disclose suggest")
)


def noun_frame(tokens, i: int) -> tuple[tuple[int, int], str] | None:
    """ "X's claim that": (owner phrase, verb to read it by) when ``tokens[i]`` is a noun
    of saying owned by a name, a possessive pronoun or a possessive description."""
    verb = SPEECH_NOUNS.get(tokens[i].low)
    if verb is None or i + 1 >= len(tokens) or tokens[i + 1].low != "that":
        return None
    prev = i - 1
    while prev >= 0 and tokens[prev].kind == "w" and not possessive(tokens[prev]):
        if tokens[prev].low in ("his", "her", "their", "its"):
            break
        if prev < i - 3 or not tokens[prev].text.islower():
            return None  # "X's repeated claim", at most a few modifiers
        prev -= 1
    if prev < 0 or tokens[prev].kind != "w":
        return None
    owner = owner_of(tokens, prev)
    if owner is None and possessive(tokens[prev]) and head_noun(tokens[prev]):
        start = prev  # "the ministry's assertion that": back to its determiner
        while start > 0 and prev - start < 4 and tokens[start - 1].kind == "w":
            start -= 1
            if tokens[start].low in DETERMINERS:
                break
        if tokens[start].low in DETERMINERS:
            owner = (start, prev + 1)
    if owner is None:
        return None
    if unit_subject(tokens, owner[0] + 1) is not None and unit_subject(tokens)[0] == owner[0]:
        return None  # "X's claim that A was rejected": where A ends is anyone's guess
    return owner, verb


def passive(tokens, c: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """ "it was announced (by X) that": (start of the frame, end of the cue words, the
    agent phrase or None) when ``tokens[c]`` is the participle."""
    base = CUE_FORMS.get(tokens[c].low)
    if base not in PASSIVE_CUES or not tokens[c].low.endswith(("ed", "id")):
        return None
    k = c - 1
    while k >= 0 and tokens[k].low in ADVERBS:
        k -= 1
    if k >= 0 and tokens[k].low == "been":
        k -= 1
    if k < 1 or (tokens[k].low not in BE_FORMS and tokens[k].low not in ("has", "had")):
        return None
    if tokens[k].low in ("has", "had") and tokens[k + 1].low != "been":
        return None
    if tokens[k - 1].low != "it":
        return None
    end = c + 1
    agent = None
    n = len(tokens)
    if end < n and tokens[end].low == "by":
        phrase_end = np_fwd(tokens, end + 1, n, strict_end=False)
        if phrase_end is None:
            return None
        agent = (end + 1, phrase_end)
        end = phrase_end
    end = skip_adverbials(tokens, end, n)  # "it was announced on Monday that"
    if end >= n or tokens[end].low != "that":
        return None
    return k - 1, end, agent


#: Verbs of speaking on a topic, each form -> its base, and the prepositions of the topic.
TOPIC_FORMS = {
    form: base
    for base, forms in (
        ("speak", "speak speaks spoke spoken"),
        ("talk", "talk talks talked"),
    )
    for form in forms.split()
}
TOPIC_PREPOSITIONS = frozenset(word_list("about of on against"))
#: Words opening a clause of circumstance: "when he talked about it" reports nothing.
TEMPORAL = frozenset(word_list("when while as"))


def topic(tokens, i: int) -> int | None:
    """ "spoke about the need for reform", "has spoken out against the plan", "talked
    of his years at sea": the end of the cue words (the preposition included) when
    ``tokens[i]`` is a finite verb of speaking followed by its topic. "to talk about"
    (a purpose or a plan), "is talking about" (what someone is doing) and "when he
    talked about it" (the circumstance of something else) are no report."""
    if tokens[i].low not in TOPIC_FORMS or i == 0:
        return None
    prev = tokens[i - 1].low
    if (
        prev == "to"
        or prev in BE_FORMS
        or (prev in ADVERBS and i > 1 and tokens[i - 2].low == "to")
    ):
        return None
    j = i + 1
    n = len(tokens)
    out = j < n and tokens[j].low == "out"
    j += out
    while j < n and (tokens[j].low in ADVERBS or tokens[j].low in DAYS):
        j += 1
    if j + 1 < n and tokens[j].low == "on" and tokens[j + 1].low in DAYS:
        j += 2  # "spoke on Monday about ..."
    if (
        j >= n
        or tokens[j].low not in TOPIC_PREPOSITIONS
        or (tokens[j].low == "against" and not out)
    ):
        return None  # "spoke against the backdrop of ...": a place, unless "spoke out"
    if j + 1 < n and tokens[j].low == "on" and tokens[j + 1].low == "condition":
        return None  # "spoke on condition of anonymity": how, not what about
    words = sum(1 for t in tokens[j + 1 :] if t.kind != "p")
    return j + 1 if words >= 2 and tokens[j + 1].kind == "w" else None


def other_frame(tokens, i: int) -> Attribution | None:
    """A noun frame ("X's claim that") or a passive ("it was announced that") at ``i``."""
    if tokens[i].low in POLL_NOUNS:
        return poll_setting(tokens, i)  # "In the latest X poll, Keel led by five points"
    response = response_frame(tokens, i)
    if response is not None:
        return response  # '"Not again!" was the reaction of a rider'
    found = noun_frame(tokens, i)
    if found is not None:
        owner, verb = found
        return Attribution(
            i, i + 1, verb, "claim", owner, None, (owner[0], i + 1), "after", rule="noun frame"
        )
    cue_end = topic(tokens, i) if enabled("topic") else None
    if cue_end is not None:
        speaker, appos, start = speaker_before(tokens, skip_adverbs_back(tokens, i - 1, 0))
        if speaker is None or (start > 0 and tokens[start - 1].low in TEMPORAL):
            return None
        cue = f"{tokens[i].text} {tokens[cue_end - 1].text}"  # "spoke about", read so
        base = TOPIC_FORMS[tokens[i].low]
        return Attribution(
            i, cue_end, cue, base, speaker, appos, (start, cue_end), "after", rule="topic"
        )
    found_passive = passive(tokens, i)
    if found_passive is not None:
        start, end, agent = found_passive
        base = CUE_FORMS[tokens[i].low]
        return Attribution(
            i, end, tokens[i].text, base, agent, None, (start, end), "after", rule="passive"
        )
    return None
