"""Speech cues and the phrases around them: who speaks, and where the content lies.

Every cue verb of a unit (``said``, ``told``, ``according to``, ``quoted X as saying``,
``, adding that``) is tried in one of the orders news prose uses:

* speaker then cue, content after: ``X said (that) ...``, ``X told reporters: "..."``;
* content then speaker and cue: ``"...," X said.``, ``..., the ministry said.``;
* content then cue then speaker: ``"...," said X, the regulator.``;
* a participle after the main clause: ``X pushed back, stating "..."`` (the subject speaks);
* ``according to X, ...`` / ``..., according to X``; ``X quoted Y as saying ...``
  (``source_cues``); naming, "X called Y a Z" (``naming``).

Each found cue becomes an ``Attribution``: the speaker phrase, an apposition, the tokens
the attribution covers, and which side the content is on (``frames`` cuts the content).
The speaker phrase itself is found by ``speaker_phrases``; where content may start, by
``content``.
"""

from __future__ import annotations

from itertools import compress, count
from operator import itemgetter

from brief.quotes import findings
from brief.quotes.adjacent import quote_frame
from brief.quotes.after_quotation import participle_after_quotation
from brief.quotes.as_clauses import PUT_FORMS, as_clause, as_put
from brief.quotes.attribution import Attribution
from brief.quotes.content import (
    WH_WORDS,
    before_is_content,
    content_after_start,
    ends_attribution,
    parenthetical,
)
from brief.quotes.cue_extent import cue_extent
from brief.quotes.demands import continued_demand, demand, raised_by
from brief.quotes.documents import document_before
from brief.quotes.frame_names import rule_of
from brief.quotes.inversion import inverted
from brief.quotes.lexicon import (
    ADDRESSEE_VERBS,
    BE_FORMS,
    CUE_FORMS,
    NEED_THAT_OR_QUOTE,
    NEGATIONS,
    PREPOSITIONS,
    PRONOUNS,
    REFERENCE_VERBS,
    STANCE_VERBS,
    THAT_ONLY,
    contracted_subject,
    word_list,
)
from brief.quotes.nesting import CLAIM_VERBS, holds_cue, nested, relative_claim
from brief.quotes.other_frames import FRAME_NOUNS, TEMPORAL, TOPIC_FORMS, other_frame
from brief.quotes.phrases import (
    QUANTIFIER_PRONOUNS,
    head_noun,
    nounish,
    np_back,
    possessive,
)
from brief.quotes.rules import enabled
from brief.quotes.skips import (
    named_work,
    setting_tail,
    skip_adverbials,
    skip_adverbs_back,
    skip_object,
)
from brief.quotes.source_cues import according, in_words, quoted_as_saying
from brief.quotes.speaker_phrases import (
    owner_of,
    speaker_before,
)
from brief.quotes.speaker_words import DOCUMENT_NOUNS
from brief.quotes.subjects import noun_use, plural_or_modal
from brief.quotes.units import Token, headline_case

_RELATIVES = frozenset(word_list("which who whom whose"))
#: Pronouns that may stand for a document ("it recommends putting ...").
_THING_PRONOUNS = frozenset(word_list("it this that"))

#: Verbs whose object is what X said about: "X is criticizing the plan" is as much a
#: statement as "X criticized the plan" (a progressive "is warning voters to ..." is not).
_STANCES = frozenset(STANCE_VERBS) | frozenset(REFERENCE_VERBS)
_CLAIM_NOUNS = frozenset(word_list("claim claims warning"))
_GERUND_PREPS = frozenset(word_list("by for from after before while in without"))
_BELIEF = frozenset(THAT_ONLY)
_QUOTING = frozenset(word_list("reports reported cites cited quotes"))


def attributions(tokens: list[Token] | tuple[Token, ...]) -> list[Attribution]:
    if _TRIGGERS.isdisjoint(map(_LOW, tokens)):
        return []  # no word that can start a frame (checked in C: most units hold none)
    found: list[Attribution] = []
    n = len(tokens)
    last_end = 0
    title: list[bool] = []  # a headline in the body ("X Says Y Will ...", "Y, X Says.")

    def title_case() -> bool:  # counted when a capitalised cue or a frame asks, once
        if not title:
            title.append(enabled("headline") and headline_case(tokens))
        return title[0]

    # only a trigger word can start a frame: the others are passed over in one sweep, in C
    for i in compress(count(), map(_TRIGGERS.__contains__, map(_LOW, tokens))):
        token = tokens[i]
        if i < last_end or token.kind != "w":
            continue
        attribution = other_frame(tokens, i) if token.low in _OTHER_TRIGGERS else None
        if attribution is not None:
            pass
        elif token.low == "according" and i + 1 < n and tokens[i + 1].low == "to":
            attribution = according(tokens, i)
        elif token.low == "words":
            attribution = in_words(tokens, i)  # "The pier was, in her words, a disgrace"
        elif token.low in PUT_FORMS:
            attribution = as_put(tokens, i)
        elif (token.low in CUE_FORMS or token.low == "quoted") and (
            not token.text[0].isupper() or (i > 0 and title_case())
        ):
            attribution = _cue(tokens, i)
        if attribution is not None:
            headline = tokens[attribution.cue_index].text[0].isupper() and title_case()
            attribution.rule = attribution.rule or (
                "headline" if headline else rule_of(tokens, attribution)
            )
            if not enabled(attribution.rule):
                continue
            if found and holds_cue(attribution, found[-1]):
                found.pop()  # "some U.S. reports suggest ...": "reports" was a noun
            elif nested(found, attribution, tokens):
                continue
            found.append(attribution)
            last_end = attribution.zone[1]
    return found


_OTHER_TRIGGERS = FRAME_NOUNS | CUE_FORMS.keys() | TOPIC_FORMS.keys() | findings.POLL_NOUNS
_TRIGGERS = _OTHER_TRIGGERS | {"according", "quoted", "words"} | PUT_FORMS
"""Every word ``attributions`` starts a frame at (a punctuation mark or a quotation, whose
``low`` is itself or empty, is none of them)."""
_LOW = itemgetter(2)  # Token.low


def _cue(tokens, c: int) -> Attribution | None:
    n = len(tokens)
    token = tokens[c]
    if token.low == "quoted":
        return quoted_as_saying(tokens, c)
    if token.low in _QUOTING and enabled("reports as saying"):
        found = quoted_as_saying(tokens, c)  # "the Herald reports a source as saying"
        if found is not None:
            return found
    base = CUE_FORMS[token.low]
    extent = cue_extent(tokens, c, base)
    if extent is None:
        return None
    cue_end, named_before = extent
    cue_text = " ".join(t.text for t in tokens[c:cue_end])
    prev = c - 1
    if prev >= 0 and tokens[prev].low == "as" and token.low in ("saying", "said"):
        return None  # "quoted X as saying" (handled at "quoted")
    participle = token.low.endswith("ing")
    past = token.low.endswith("ed") or token.low in ("said", "told", "wrote", "thought")
    if (
        prev >= 0
        and noun_use(tokens[prev])
        and not (past and tokens[prev].low in QUANTIFIER_PRONOUNS)
        and not (
            participle and contracted_subject(tokens[prev].low) and enabled("contracted subject")
        )
    ):
        # ("some suggested that": "some" is the subject; "some claims" is a noun)
        # "his claims", "the examiner's report": a noun, a statement only as
        # "X's claim that ..." (the owner claims it)
        if (
            token.low in _CLAIM_NOUNS
            and cue_end < n
            and tokens[cue_end].low == "that"
            and (possessive(tokens[prev]) or tokens[prev].low in ("his", "her", "their", "its"))
        ):
            owner = owner_of(tokens, prev)
            if owner is not None:
                zone = (owner[0], cue_end)
                return Attribution(c, cue_end, cue_text, base, owner, None, zone, "after")
        return None
    progressive = False
    k = skip_adverbs_back(tokens, c - 1, 0)
    continued = raised = False
    if k >= 0 and tokens[k].low == "to" and not participle:
        lead = raised_by(tokens, k) if enabled("raised cue") else None
        if continued_demand(tokens, k, base, cue_end):
            continued = True  # "continued to call for ...": the demand goes on
            k = skip_adverbs_back(tokens, k - 2, 0)
        elif lead is not None:
            raised = True  # "went on to say that"; ', going on to say that': X speaks
            participle = tokens[lead + 1].low.endswith("ing") and enabled("raised participle")
            k = skip_adverbs_back(tokens, lead, 0)
        else:
            return None  # "declined to say", "asked Australia to call for": nothing was said
    between = {t.low for t in tokens[k + 1 : c]}
    if between & NEGATIONS:
        return None  # "did not say how long", "never said that": nothing was said
    contracted = (
        k >= 0 and bool(contracted_subject(tokens[k].low)) and enabled("contracted subject")
    )
    if contracted and tokens[k].low.replace("\u2019", "'").endswith("'ve"):
        pass  # "they've said that ...": a perfect, read as "said"
    elif between & BE_FORMS or (prev >= 0 and tokens[prev].low in BE_FORMS) or contracted:
        if not participle:
            return None  # passive: "was told", "were charged", "it's being cited"
        progressive = True  # "X is telling voters that ...": a finite verb, with "that"
        participle = False
    progressive = progressive or continued
    if (
        not (continued or raised)
        and token.low == base
        and base != "read"  # "read" is also its past tense
        and not participle
        and not plural_or_modal(tokens, k, between)
    ):
        return None  # "an Irish state ceremony", "the Treasury note rose"
    if participle and base in _BELIEF:
        return None  # "..., assuming that ...", "feeling that ...": a state of mind, not words
    if participle and base == "compare" and (k < 0 or tokens[k].text != ","):
        return None  # "the premise in comparing X with Y", "by comparing": a method
    if participle and base != "ask" and k >= 0 and document_before(tokens, k):
        # "issued a statement on Monday saying ...": the issuer speaks through it ("a
        # letter asking X to ..." is a request)
        zone = (k + 1, cue_end)
        rule = "document participle"
        return Attribution(c, cue_end, cue_text, base, None, None, zone, "subject", True, rule)
    if participle and k >= 0 and (tokens[k].text == "," or tokens[k].low in _GERUND_PREPS):
        # "..., stating ..." / "began by saying ...": the subject of the clause speaks
        return Attribution(c, cue_end, cue_text, base, None, None, (k, cue_end), "subject", True)
    if participle and k >= 0 and participle_after_quotation(tokens, k, cue_end, base):
        zone, rule = (k + 1, cue_end), "participle after quotation"  # the quotation stays
        return Attribution(c, cue_end, cue_text, base, None, None, zone, "subject", True, rule)
    if participle and (k < 0 or (tokens[k].low not in PRONOUNS and not nounish(tokens, k))):
        return None
    if k >= 0 and tokens[k].low in ("and", "but") and not participle:
        # "He said ..., and added he doesn't think ...": the same speaker goes on
        if content_after_start(tokens, cue_end, base) is not None:
            return Attribution(c, cue_end, cue_text, base, None, None, (k, cue_end), "subject")
        return None
    if not participle:
        # inverted: "...," said X / ..., said X, deputy head of ...
        found = inverted(tokens, c, cue_end, k, base, cue_text, _STANCES)
        if found is not None:
            return found
    speaker, appos, start = speaker_before(tokens, k)
    if base == "read" and (
        speaker is None or head_noun(tokens[speaker[1] - 1]) not in DOCUMENT_NOUNS
    ):
        return None  # only a statement, a post or a letter "reads"
    if speaker is None and quote_frame(tokens, k, cue_end):
        # with a quotation, any short definite phrase speaks: "the announcer said, "...""
        loose = np_back(tokens, k, 0, loose=True)
        if loose is not None and k - loose <= 5:
            speaker, appos, start = (loose, k + 1), None, loose
    if speaker is None and cue_end < n and tokens[cue_end].low in CLAIM_VERBS and k >= 0:
        # "a step the firm said was required": a contact clause, no boundary before it
        loose = np_back(tokens, k, 0, bounded=False)
        if loose is not None and relative_claim(tokens, loose, cue_end):
            zone = (loose, cue_end)
            return Attribution(
                c, cue_end, cue_text, base, (loose, k + 1), None, zone, "after", rule="relative"
            )
    poll = None if participle else findings.poll_subject(tokens, base, k, speaker)
    if poll is not None:  # "Polling averages show", "a Keelby Herald poll found": the pollster
        start, speaker, appos = poll[0], (poll[0], k + 1), None
    elif speaker is None:
        return None
    found = as_clause(tokens, start, c, cue_end, base, cue_text, speaker, appos)
    if found is not None:
        return found  # "As X noted, ...", "..., as X has said."
    if tokens[start].low == "neither" or (start > 0 and tokens[start - 1].low == "nor"):
        return None  # "Neither X nor Y would say ...": nobody said anything
    if (
        start > 0
        and tokens[start - 1].low in _RELATIVES
        and not (start > 1 and tokens[start - 2].low in PREPOSITIONS)
        and not named_before
    ):
        # "routes which it says serve ...": an aside inside a relative clause ("the
        # interview, in which he said he was ..." is a statement of its own)
        return None
    zone_end = cue_end
    order = "after"
    preceded = start - 1
    content_before = preceded >= 0 and (
        (tokens[preceded].kind == "q" and not named_work(tokens, preceded))
        or (
            tokens[preceded].text == ","
            and base not in NEED_THAT_OR_QUOTE
            and before_is_content(tokens, preceded)
        )
    )
    if content_before and base in _BELIEF and tokens[preceded].kind != "q":
        # "..., experts believe." ends there; "But unlike X, the firm expects to ..." is no
        # attribution of what came before
        content_before = all(t.kind == "p" for t in tokens[cue_end:])
    after = content_after_start(tokens, cue_end, base, form=token.low)
    if after is not None and findings.proposal_by_thing(tokens, base, after, speaker):
        # "the guidelines recommend drinking water": advice, no one's words (a clause after
        # it still is: "the report suggests doubling the cap would help")
        after = content_after_start(tokens, cue_end, base, form=token.low, proposals=False)
    finding = after is None and poll is not None and not content_before
    after = findings.poll_finding(tokens, cue_end) if finding else after  # "polls show X ahead"
    asked = base == "ask" and after is not None and tokens[after].low in WH_WORDS
    if asked and start > 0 and tokens[start - 1].low in TEMPORAL:
        return None  # "when reporters asked if ...": the circumstance of an answer
    ongoing = progressive and after is not None and tokens[after].low != "that"
    naming = base == "call" and cue_end == c + 1 and not named_before  # "is calling X "Y""
    stance = ongoing and (base in _STANCES or naming) and enabled("stance in progress")
    if (
        ongoing
        and not stance
        and not (enabled("demand in progress") and demand(base, tokens, cue_end))
    ):
        return None  # "is warning voters to be wary": no statement without "that"
    if progressive and after is None:
        return None
    if not content_before and after is None and relative_claim(tokens, start, cue_end):
        # "what officials say is his 35th birthday", "a step the firm said was required"
        if tokens[speaker[0]].low in ("what", "that") and speaker[1] - speaker[0] > 1:
            speaker = (speaker[0] + 1, speaker[1])
        return Attribution(
            c, cue_end, cue_text, base, speaker, appos, (start, cue_end), "after", rule="relative"
        )
    if not content_before and after is None:
        # "Too often, X said, the debate ...", "The museum, X said, celebrated ...": a short
        # or adverbial start, but the attribution sits inside one statement
        zone_end = skip_adverbials(tokens, cue_end, n)
        if (
            preceded > 0
            and tokens[preceded].text == ","
            and base not in NEED_THAT_OR_QUOTE
            and base not in _BELIEF
            and parenthetical(tokens, preceded, zone_end)
        ):
            return Attribution(
                c, cue_end, cue_text, base, speaker, appos, (preceded, zone_end), "around"
            )
        return None
    setting = None
    if content_before and enabled("setting tail"):
        # "..., X told a news conference.", "..., X said an interview with Y."
        setting = setting_tail(tokens, cue_end, n)
        after = None if setting is not None else after
    if content_before and (after is None or tokens[preceded].kind == "q"):
        zone_end = cue_end if setting is None else setting
        if base in ADDRESSEE_VERBS and setting is None:
            zone_end = skip_object(tokens, zone_end, n)  # "..., X told the BBC."
        zone_end = skip_adverbials(tokens, zone_end, n)
        if tokens[preceded].kind == "q" or ends_attribution(tokens, zone_end):
            order = "before"
            if tokens[preceded].text == ",":
                start = preceded
        elif parenthetical(tokens, preceded, zone_end):
            order = "around"  # "Acts of protest, Mr. X said, are acts of patriotism"
            start = preceded
        else:
            zone_end = cue_end
            if after is None:
                return None
    found = Attribution(c, cue_end, cue_text, base, speaker, appos, (start, zone_end), order)
    if ongoing and order == "after":
        found.rule = "stance in progress" if stance else "demand in progress"
    if raised:
        found.rule = "raised cue"
    if named_before:
        found.rule = "relative naming"
    if poll is not None:
        found.speaker, found.rule = poll[1], "poll finding"
        found.content_start = after if finding else None
    return found
