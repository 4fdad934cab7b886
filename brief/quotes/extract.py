"""One article's statements: units -> frames -> speakers -> ``QuoteVariant`` values."""

from __future__ import annotations

from brief.model import Article, QuoteKind, QuoteVariant
from brief.quotes.asides import copula, subject_reading
from brief.quotes.blocks import with_blocks
from brief.quotes.fragments import fragment
from brief.quotes.frames import Frame, frames_of
from brief.quotes.parts import ELLIPSIS, join_parts
from brief.quotes.referents import Referents
from brief.quotes.speakers import Resolved, Resolver
from brief.quotes.turns import with_turns
from brief.quotes.units import units_of
from brief.text.clean import fold

_TRAILING = " \t\n,;:\u2014\u2013-"


def statements_of(article: Article) -> list[QuoteVariant]:
    units = units_of(article)
    if not units:
        return []
    frames = [frame for unit in units for frame in frames_of(unit)]
    frames = with_turns(units, with_blocks(units, frames))
    resolver = Resolver(article.text, units)
    referents = Referents(units, resolver.names)
    openers = resolver.names.openers  # one reading of the article's capitals
    out = []
    for frame in frames:
        resolved = resolver.resolve(frame)
        if frame.label and not resolved.speaker:
            continue  # "UPDATE: ...": a label that names nobody is no speaker
        start, end, kind = _content(article.text, frame)
        text = fold(article.text[start:end])
        if not text or fragment(text, article.text, (start, end), kind):
            continue
        if frame.subject is not None and copula(frame.unit.tokens, frame.content[0]):
            out.append(_two_parts(article, frame, resolved, (start, end)))
            continue
        found = ()
        if kind != "direct":
            speaker_type = resolved.etype or resolver.history.type_of(resolved.speaker)
            pronouns = referents.of(frame, resolved.speaker, speaker_type)
            found = _relative(article.text, start, text, pronouns)
            if frame.subject is not None:  # "[the mayor] rejected ...": shown, not in span
                found = ((0, 0, subject_reading(frame.unit.tokens, frame.subject)), *found)
        out.append(
            QuoteVariant(
                source=article.id,
                text=text,
                span=(start, end),
                speaker_mention=resolved.mention,
                kind=kind,
                speaker=resolved.speaker,
                cue=frame.cue,
                speaker_span=resolved.span,
                speaker_role=resolved.role or resolver.names.role(resolved.speaker),
                referents=found,
                lower_opener=kind != "direct" and openers.common_opener(start),
            )
        )
    return join_parts(article.text, out)


def _two_parts(
    article: Article, frame: Frame, resolved: Resolved, predicate: tuple[int, int]
) -> QuoteVariant:
    """ "The new ferry, according to X, is too slow": the subject and the predicate are
    both X's words, one statement broken by its source (each part its own span)."""
    tokens, text = frame.unit.tokens, article.text
    a, b = frame.subject  # type: ignore[misc]
    subject = (tokens[a].start, tokens[b - 1].end)
    texts = (fold(text[subject[0] : subject[1]]), fold(text[predicate[0] : predicate[1]]))
    return QuoteVariant(
        source=article.id,
        text=ELLIPSIS.join(texts),
        span=(subject[0], predicate[1]),
        speaker_mention=resolved.mention,
        kind="indirect",
        speaker=resolved.speaker,
        cue=frame.cue,
        speaker_span=resolved.span,
        parts=(subject, predicate),
        part_texts=texts,
    )


def _relative(
    raw: str, start: int, text: str, pronouns: list[tuple[int, int, str]]
) -> tuple[tuple[int, int, str], ...]:
    """Article offsets of pronouns -> offsets in the folded ``text`` of the statement."""
    out = []
    for a, b, name in pronouns:
        prefix = raw[start:a]
        at = len(" ".join(prefix.split()))
        if at and prefix[-1].isspace():
            at += 1
        if text[at : at + b - a] == raw[a:b]:
            out.append((at, at + b - a, name))
    return tuple(out)


def _content(text: str, frame: Frame) -> tuple[int, int, QuoteKind]:
    tokens = frame.unit.tokens
    a, b = frame.content
    if b - a == 1 and tokens[a].kind == "q":
        segment = tokens[a].segment
        assert segment is not None
        start, end = segment.start, segment.end
        kind: QuoteKind = "direct"
    else:
        start, end = tokens[a].start, tokens[b - 1].end
        kind = "mixed" if any(t.kind == "q" for t in tokens[a:b]) else "indirect"
    if frame.label:
        kind = "direct"  # a transcript gives the speaker's own words
        start = max(start, frame.content_start)
    if frame.block is not None:
        (start, end), kind = frame.block, "direct"  # the paragraph set off as their words
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end, kind
