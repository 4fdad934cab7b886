"""An attribution in an "as" clause: "As X noted, ...", "..., as X pointed out, ...",
"..., as X has said."

The clause names who said the rest of the sentence; only a verb of saying with nothing
after it but a comma or the sentence's end makes one ("as he says he is", "as she said
she would" compare a thing with what was said, and report nothing).
"""

from __future__ import annotations

from brief.quotes.attribution import Attribution
from brief.quotes.lexicon import ADDRESSEE_VERBS, word_list
from brief.quotes.rules import enabled
from brief.quotes.skips import skip_adverbials, skip_adverbs_back, skip_object
from brief.quotes.speaker_phrases import speaker_before

#: Verbs of saying an "as" clause attributes with ("as the mayor noted, ..."); beliefs
#: ("as analysts expected") and requests ("as the board asked") report no statement, and
#: "As Ann Keel reports, ..." introduces a journalist's own piece, not a source's words.
AS_VERBS = frozenset(
    word_list(
        "say tell note observe point write explain argue suggest claim predict warn state "
        "stress emphasize emphasise remark acknowledge concede testify put"
    )
)
#: Sentence adverbs and conjunctions that may open the sentence before "as" ("Yet, as X
#: observed, ..."): the writer's, no part of the statement.
_OPENERS = frozenset(word_list("and but yet so still now then indeed if however"))
_SENTENCE_END = frozenset(".!?;")


def as_clause(
    tokens, start: int, cue_index: int, cue_end: int, base: str, cue: str, speaker, appos
) -> Attribution | None:
    """The attribution when the speaker phrase at ``start`` follows a clause-opening
    "as" and the cue closes the clause; else None."""
    if not enabled("as clause") or base not in AS_VERBS or start < 1:
        return None
    as_i = start - 1
    if tokens[as_i].low != "as":
        return None
    n = len(tokens)
    left = _left_edge(tokens, as_i)
    if left is None:
        return None
    j = cue_end
    if base == "put":  # "as X put it"
        if j >= n or tokens[j].low != "it":
            return None
        j += 1
    elif base in ADDRESSEE_VERBS:
        j = skip_object(tokens, j, n)  # "as she told reporters, ..."
    j = skip_adverbials(tokens, j, n)
    closes = j >= n or all(t.kind == "p" and t.text in _SENTENCE_END for t in tokens[j:])
    if not closes and tokens[j].text != ",":
        return None  # "as he said he would": a comparison with what was said
    if closes and left == 0:
        return None  # "As X said." alone: nothing is attributed
    if closes and left > 0 and "q" in (tokens[left].kind, tokens[left - 1].kind):
        return None  # 'the words "I can't," as X said': X's words are the quotation alone
    if not closes and sum(1 for t in tokens[j + 1 :] if t.kind == "w") < 3:
        return None
    order = "before" if closes else "around"
    return Attribution(
        cue_index, cue_end, cue, base, speaker, appos, (left, j), order, rule="as clause"
    )


def as_put(tokens, i: int) -> Attribution | None:
    """ "As X put it, ..." / "..., as X puts it.": "put" is a verb of saying only here."""
    k = skip_adverbs_back(tokens, i - 1, 0)
    if k < 1:
        return None
    speaker, appos, start = speaker_before(tokens, k)
    if speaker is None:
        return None
    return as_clause(tokens, start, i, i + 1, "put", tokens[i].text, speaker, appos)


#: The forms of "put" that "as X put it" takes (a trigger word of ``cues.attributions``).
PUT_FORMS = frozenset(word_list("put puts"))


def _left_edge(tokens, as_i: int) -> int | None:
    """Where the attribution starts: a comma before "as", or the sentence's start when
    only an opening adverb stands before it ("Yet, as ..."). None when "as" follows a
    word of the clause ("such as", "as well as", "the same as")."""
    if as_i == 0:
        return 0
    prev = tokens[as_i - 1]
    if prev.text in (",", "\u2014", "\u2013", "(") or prev.kind == "q":
        if all(t.low in _OPENERS or t.kind == "p" for t in tokens[: as_i - 1]):
            return 0  # "Yet, as X observed, ...": the opener is the writer's
        return as_i - 1
    if prev.low in _OPENERS and all(t.low in _OPENERS or t.kind == "p" for t in tokens[:as_i]):
        return 0  # "But as X noted, ..."
    return None
