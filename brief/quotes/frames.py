"""Speech frames: which stretch of a unit is a statement, and which phrase says it.

``cues`` finds the attributions of a unit; here their content is cut (up to the next
attribution, trimmed of dangling words), overlapping statements are resolved (the widest
wins); ``loose`` judges the quotations no attribution claims and transcript lines.
"""

from __future__ import annotations

from brief.quotes.asides import relative_end
from brief.quotes.attribution import Attribution
from brief.quotes.connectives import after_connective
from brief.quotes.content import content_after_start
from brief.quotes.continuations import coordinated_predicate
from brief.quotes.cues import attributions
from brief.quotes.frame import Frame
from brief.quotes.lexicon import word_list
from brief.quotes.loose import floating, transcript
from brief.quotes.nesting import who_clause
from brief.quotes.objects import object_end
from brief.quotes.rules import enabled
from brief.quotes.subjects import after_dateline, unit_subject
from brief.quotes.units import Unit

__all__ = ["Frame", "frames_of"]

_DANGLING = frozenset(word_list("and but or so because while as if"))
#: A sentence adverb closing the sentence ("X said the plan works, though."): the writer's.
_CLOSING_ADVERBS = frozenset(word_list("though however"))
#: Words after a closing quotation that turn back to the writer's narration ('X called it
#: "a disaster," but voted for it', '... "a champion," citing her work').
_NARRATION_AFTER_QUOTE = frozenset(word_list("but though although"))
_NOT_PARTICIPLES = frozenset(word_list("nothing something anything everything morning evening"))
_END_PUNCT = frozenset(".,;:!?\u2014\u2013-")


def frames_of(unit: Unit) -> list[Frame]:
    tokens = unit.tokens
    found = attributions(tokens)
    frames: list[Frame] = []
    for n, attribution in enumerate(found):
        previous = 0
        for earlier in found[:n]:
            if not earlier.participle:
                previous = _content_floor(tokens, earlier, attribution, previous)
        following = _following(tokens, found, n)
        for content in _contents(tokens, attribution, previous, following):
            speaker = attribution.speaker
            mode = "np"
            if speaker is None and attribution.rule in _NOBODY_CARRIED:
                mode = "none"  # "it was announced that": nobody named, nobody carried
            elif speaker is None:
                speaker = _subject_of(tokens, attribution.zone[0], frames)
                mode = "np" if speaker is not None else "carry"
            cue_span = (tokens[attribution.cue_index].start, tokens[attribution.cue_end - 1].end)
            frames.append(
                Frame(
                    unit,
                    content,
                    speaker,
                    attribution.appos,
                    attribution.cue,
                    cue_span,
                    mode,
                    attribution.rule,
                    subject=attribution.subject,
                )
            )
    claimed = {i for frame in frames for i in range(*frame.content)}
    labelled = None if unit.subheading else transcript(unit, claimed)
    if labelled is not None:
        return [labelled]
    frames.extend(floating(unit, claimed))
    return _without_overlaps(frames)


#: Rules whose statement without a speaker phrase is nobody's ("it was announced that",
#: "Polling averages show ..."): never the previous speaker's.
_NOBODY_CARRIED = frozenset(("passive", "poll finding", "poll setting"))
#: Most words between "that" and a report nested in the clause ("X noted that the board
#: of Y announced ...": "the board of" is part of the nested speaker).
_NESTED_SUBJECT = 4
#: Evidence verbs: "a survey found that users said X" is a finding about what the users
#: said, and their words stay theirs.
_EVIDENCE = frozenset(word_list("find show"))


def _following(tokens, found: list[Attribution], n: int) -> int:
    """Where the content of ``found[n]`` must end: at the next attribution, unless that one
    is reported inside this one's clause: its speaker the that-clause's subject ("X said
    that Y told him Z": X reports Y's words), or a document the clause's subject ("X says
    Y's posts accusing Z are lies"). The clause runs on, and the widest wins."""
    if n + 1 >= len(found):
        return len(tokens)
    a, nxt = found[n], found[n + 1]
    if who_clause(tokens, a, nxt):
        # "X, who called Y "Z" last year, says ...": the relative clause ends at its comma
        commas = [j for j in range(a.cue_end, nxt.cue_index) if tokens[j].text == ","]
        return commas[-1] if commas else a.cue_end
    nested = (nxt.order == "after" and nxt.speaker is not None) or (
        nxt.rule == "document participle"
    )
    if (
        nested
        and a.cue_end <= nxt.zone[0]  # a content starts at its cue's end or later
        and a.order in ("after", "subject")
        and a.base not in _EVIDENCE
        and enabled("nested subject")
    ):
        form = tokens[a.cue_index].low
        start = content_after_start(tokens, a.cue_end, a.base, a.participle, form)
        if (
            start is not None
            and start <= nxt.zone[0] <= start + 1 + _NESTED_SUBJECT
            and (
                (
                    tokens[start].low == "that"
                    and nxt.order == "after"
                    and nxt.speaker is not None
                    and nxt.speaker[0] >= start
                )
                or (nxt.rule == "document participle" and start < nxt.zone[0])
            )
            and all(t.kind == "w" for t in tokens[start : nxt.zone[0]])
        ):
            return _following(tokens, found, n + 1)
    return nxt.zone[0]


#: Most tokens after the verb of an attribution that closes its sentence ("she said on
#: Monday in a statement.").
_CLOSING_TAIL = 6


def _content_floor(tokens, earlier: Attribution, later: Attribution, previous: int) -> int:
    """Where a statement before ``later`` may start, given ``earlier``: after it, unless it
    reports a that-clause and ``later`` closes the sentence ("…, the mayor said"), when the
    later speaker reports it whole. "Officials said on Monday that X, the mayor said": the
    mayor said that officials said X (not "on Monday that X"). "The fund said that,
    according to its figures, …" is no such sentence: "according to" names no speaker of it."""
    end = earlier.zone[1]
    if earlier.order != "after" or earlier.base == "according":
        return end
    if later.order != "before" or later.base == "according":
        return end
    form = tokens[earlier.cue_index].low
    start = content_after_start(tokens, earlier.cue_end, earlier.base, earlier.participle, form)
    if start is None:
        return end
    reported = all(t.kind == "w" or t.kind == "p" for t in tokens[start : later.zone[0]])
    # the later attribution closes the sentence: "..., she said." (not "..., leading
    # analysts to raise questions about Y": a statement of its own follows it)
    closing = all(t.kind == "p" for t in tokens[later.zone[1] :])
    reported = reported and closing and len(tokens) - later.cue_end <= _CLOSING_TAIL
    if tokens[start].low != "that" and not (
        enabled("nested report") and reported and earlier.base != "call"
    ):
        return end  # "X asked Y for Z, she said": she reports X's request (no quotation)
    return previous


def _without_overlaps(frames: list[Frame]) -> list[Frame]:
    """Keep the widest of overlapping statements (an outer attribution wins over a
    participle nested in its content); identical contents keep the first frame."""
    ordered = sorted(frames, key=lambda f: (-(f.content[1] - f.content[0]), f.content[0]))
    kept: list[Frame] = []
    for frame in ordered:
        a, b = frame.content
        if any(a < k.content[1] and k.content[0] < b for k in kept):
            continue
        kept.append(frame)
    kept.sort(key=lambda f: f.content[0])
    return kept


def _contents(tokens, a: Attribution, previous: int, following: int) -> list[tuple[int, int]]:
    n = len(tokens)
    out: list[tuple[int, int]] = []
    if a.order == "quote":
        j = a.zone[1] + (1 if tokens[a.zone[1]].text in ",:" else 0)
        return [(j, j + 1)]
    if a.subject is not None:  # "The mayor, according to Y, rejected ...": the predicate
        span = _trim(tokens, a.zone[1], following)
        return [span] if span and _substantial(tokens, span) else []
    if a.order in ("before", "around"):
        end = a.zone[0]
        while end > previous and tokens[end - 1].text in ",\u2014\u2013-:":
            end -= 1
        begin = previous
        if previous == 0 and enabled("dateline"):
            begin = after_dateline(tokens, end)  # "WEXMOUTH (AP) -- Fees rose, X said"
        span = _trim(tokens, begin, end)
        if span and _substantial(tokens, span):
            out.append(span)
        # "...," he said, "..." : a quotation right after the attribution
        j = a.zone[1]
        if j < n and tokens[j].text in ",:" and j + 1 < n and tokens[j + 1].kind == "q":
            out.append((j + 1, j + 2))
        elif j < n and tokens[j].kind == "q":
            out.append((j, j + 1))
        elif out and a.order == "before" and enabled("coordinated predicate"):
            # "The boats are old, he says, and are mostly used ...": A's subject goes on
            # (not a quotation's: '"No," said X, who ..., but has declined to ...')
            quoted = any(t.kind == "q" for t in tokens[out[0][0] : out[0][1]])
            aside = any(t.low in ("who", "which", "whose") for t in tokens[a.zone[0] : j])
            k = None if quoted or aside else coordinated_predicate(tokens, j)
            rest = _trim(tokens, k, following) if k is not None else None
            if rest and _substantial(tokens, rest):
                out.append(rest)
        if a.order == "around":
            if a.base != "according" and not out and span:
                out.append(span)  # "The museum, X said, celebrated ...": short, still its start
            if a.base != "according" and out:
                # one statement around its attribution: from its start to its end
                span = _trim(tokens, out[0][0], following)
                if span and span[0] >= a.zone[0] and enabled("opening connective"):
                    # "However, he added, rates will rise": only a connective before it
                    span = _trim(tokens, a.zone[1], following)
                return [span] if span else out
            span = _trim(tokens, a.zone[1], following)
            if span and _substantial(tokens, span):
                out.append(span)
        return out
    if a.base == "according":
        span = _trim(tokens, a.zone[1], following)
        if span and _substantial(tokens, span):
            out.append(span)
        return out
    form = tokens[a.cue_index].low
    start = content_after_start(tokens, a.cue_end, a.base, a.participle, form)
    if start is None and a.rule == "relative":
        start = a.cue_end  # "what X says is his birthday": the claim follows the verb
    if start is None:
        start = a.content_start  # "a poll shows X leading": a poll's finding
    if start is None:
        return out
    nominal = a.rule == "noted object"
    end = object_end(tokens, a.base, start, following, nominal)
    end = relative_end(tokens, a.speaker, start, end)
    span = _trim(tokens, start, end)
    if span and _substantial(tokens, span):
        out.append(span)
    return out


def _trim(tokens, start: int, end: int) -> tuple[int, int] | None:
    while start < end and tokens[start].kind == "p" and tokens[start].text in _END_PUNCT:
        start += 1
    if enabled("opening connective"):
        start = after_connective(tokens, start, end)
    if enabled("narration tail"):
        end = _narration_cut(tokens, start, end)
    while end > start and tokens[end - 1].low in _DANGLING:
        end -= 1
        while end > start and tokens[end - 1].kind == "p" and tokens[end - 1].text in ",;":
            end -= 1
    while (
        end > start
        and tokens[end - 1].kind == "p"
        and tokens[end - 1].text in _END_PUNCT | {"(", "["}
    ):
        end -= 1
    return (start, end) if start < end else None


def _narration_cut(tokens, start: int, end: int) -> int:
    """Where the writer's narration takes over inside a content running to the sentence's
    end: after a quotation closed by a comma and followed by "but", "though" or a
    participle ('called the plan "a disaster," but voted for it', '..."a champion,"
    citing her work'), and before a closing "though"/"however" ("..., though."). A
    quotation with no comma after it goes on ('they are "partially" blocking calls')."""
    for j in range(start + 1, end - 1):
        token = tokens[j]
        if token.kind != "q":
            continue
        k = j + 1
        comma = token.text.rstrip().endswith(",")
        if tokens[k].text == ",":
            k += 1
            comma = True
        if not comma or k >= end or tokens[k].kind != "w" or not tokens[k].text.islower():
            continue
        low = tokens[k].low
        participle = low.endswith("ing") and len(low) > 5 and low not in _NOT_PARTICIPLES
        if low in _NARRATION_AFTER_QUOTE or participle:
            return j + 1
    last = end - 1
    while last > start and tokens[last].kind == "p":
        last -= 1
    if last > start + 2 and tokens[last].low in _CLOSING_ADVERBS and tokens[last - 1].text == ",":
        return last - 1
    return end


def _substantial(tokens, span: tuple[int, int]) -> bool:
    """Enough to be a statement: a quotation, or at least three words."""
    inside = tokens[span[0] : span[1]]
    if any(t.kind == "q" for t in inside):
        return True
    return sum(1 for t in inside if t.kind == "w") >= 3


def _subject_of(tokens, hi: int, frames: list[Frame]) -> tuple[int, int] | None:
    """The speaker of a participle: the unit's previous frame speaker, or its subject."""
    for frame in reversed(frames):
        if frame.speaker is not None and frame.content[0] < hi:
            return frame.speaker
    return unit_subject(tokens, hi)
