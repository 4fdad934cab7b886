"""Cues around or inside another attribution of the same sentence.

* A cue word inside the next attribution's speaker phrase was a noun ("some reports
  suggest ...": "reports" is no cue).
* A belief or stance inside what a speaker is saying, or a reported clause that opens with
  its own speaker and verb, is part of the outer statement; so is a citation after it
  ("X said riders left, citing the fares": the riders' grounds, as X reports them).
* "what X says is Y", "a step the firm said was required": speaker and verb sit inside a
  clause whose own verb follows the cue; the claim is what follows.
"""

from __future__ import annotations

from brief.quotes.attribution import Attribution
from brief.quotes.lexicon import STANCE_VERBS, THAT_ONLY, word_list
from brief.quotes.rules import enabled

#: Cues that nest inside another speaker's statement rather than interrupt it.
_INNER = frozenset(THAT_ONLY) | frozenset(STANCE_VERBS)
#: Verbs after "X says" that make it a clause of its own: "what X says is ...".
CLAIM_VERBS = frozenset(word_list("is are was were would will could"))
_NOT_ANTECEDENT = frozenset(word_list("and but or as if because when while since so"))


def holds_cue(attribution: Attribution, earlier: Attribution) -> bool:
    """The speaker phrase of ``attribution`` holds the cue word of ``earlier``."""
    speaker = attribution.speaker
    return speaker is not None and speaker[0] <= earlier.cue_index < speaker[1]


def nested(found: list[Attribution], attribution: Attribution, tokens) -> bool:
    """A belief or stance inside what a speaker is saying is part of that statement:
    "X said his son ... when he decided that ...", not a statement of its own."""
    citing = attribution.base == "cite" and attribution.participle
    if not found or (attribution.order != "after" and not citing):
        return False
    outer = found[-1]
    if outer.order != "after" or outer.base in _INNER or outer.base == "according":
        return False
    if attribution.base not in _INNER and not citing:
        # "X says the union has asked the board to ...": the reported clause opens with its own
        # speaker and verb; what X says is the whole of it
        if who_clause(tokens, outer, attribution):
            return False  # "X, who called Y "Z", says ...": one subject, two verbs
        return attribution.speaker is not None and attribution.zone[0] <= outer.zone[1]
    between = tokens[outer.zone[1] : attribution.zone[0]]
    return not any(t.kind == "q" or t.text in ".;:!?" for t in between)


def who_clause(tokens, a: Attribution, later: Attribution) -> bool:
    """ "X, who called Y "Z" last year, says ...": ``a`` is a verb of a "who" clause inside
    the subject phrase of ``later``, whose speaker is the same (rule "relative clause
    subject"): two statements of X, the first ending at the clause's comma."""
    speaker = a.speaker
    return (
        speaker is not None
        and later.speaker == speaker
        and later.zone[0] <= a.zone[0]
        and speaker[1] + 1 < a.cue_index
        and tokens[speaker[1]].text == ","
        and tokens[speaker[1] + 1].low == "who"
        and enabled("relative clause subject")
    )


def relative_claim(tokens, start: int, cue_end: int) -> bool:
    """ "what X says is Y", "the deficit it says is ...", "a step the firm said was
    required": the speaker and verb sit inside a clause whose verb follows the cue; what
    follows is the claim ("which X says ..." stays an aside of the sentence around it)."""
    n = len(tokens)
    if start == 0 or cue_end + 2 >= n or tokens[cue_end].low not in CLAIM_VERBS:
        return False
    before = tokens[start - 1]
    opener = before.low in ("what", "that") or (
        before.kind == "w" and before.text.islower() and before.low not in _NOT_ANTECEDENT
    )
    return opener and _words_reach(tokens, cue_end, 3)


def _words_reach(tokens, start: int, least: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``least`` plain words follow ``start`` (stops there: a long sentence is cheap)."""
    words = 0
    for j in range(start, len(tokens)):
        words += tokens[j].kind == "w"
        if words >= least:
            return True
    return False
