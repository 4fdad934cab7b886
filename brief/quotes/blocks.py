"""A paragraph set off as somebody's words by the line before it (rule "block"):

    The governor went on:

    That is just like her. She knows nothing, and the fees show it.

Transcripts and commentary sites quote a long passage as a paragraph of its own with no
quotation marks; the line before names the speaker and ends on a verb of saying and a
colon. The whole next paragraph is the statement, when it has no quotation and no
attribution of its own, or when it is one quotation standing alone (which would otherwise
float to the previous speaker, who may be somebody else).
"""

from __future__ import annotations

from brief.quotes.frames import Frame
from brief.quotes.lexicon import CUE_FORMS
from brief.quotes.rules import enabled
from brief.quotes.speaker_phrases import speaker_before
from brief.quotes.units import Unit

#: Words the set-off paragraph needs to be a statement rather than a label or a list head.
BLOCK_MIN_WORDS = 4


def with_blocks(units: list[Unit], frames: list[Frame]) -> list[Frame]:
    """``frames`` with one more for each paragraph introduced by "X added:" (its ``block``
    is the paragraph's character span), in reading order; a quotation floating in such a
    paragraph is its frame's now."""
    found = _blocks(units, frames)
    if not found:
        return frames
    taken = {frame.block for frame in found}
    kept = [
        frame
        for frame in frames
        if frame.rule != "floating" or not any(a <= frame.unit.start < b for a, b in taken)  # type: ignore[misc]
    ]
    return sorted([*kept, *found], key=lambda frame: frame.unit.number)


def _blocks(units: list[Unit], frames: list[Frame]) -> list[Frame]:
    if not enabled("block"):
        return []
    framed = {frame.unit.number for frame in frames if frame.rule != "floating"}
    floating = {frame.unit.number for frame in frames if frame.rule == "floating"}
    out = []
    for n, unit in enumerate(units[:-1]):
        tokens = unit.tokens
        following = units[n + 1]
        if (
            len(tokens) < 3
            or tokens[-1].text != ":"
            or unit.number in framed
            or following.paragraph == unit.paragraph
            or following.subheading
        ):
            continue
        cue = tokens[-2]
        if cue.kind != "w" or cue.low not in CUE_FORMS:
            continue
        speaker, appos, _ = speaker_before(tokens, len(tokens) - 3)
        if speaker is None:
            continue
        block = [u for u in units[n + 1 :] if u.paragraph == following.paragraph]
        if any(u.number in framed for u in block):
            continue
        quoted = len(block) == 1 and following.number in floating
        if not quoted and any(u.segments or u.number in floating for u in block):
            continue
        if quoted and any(t.kind == "w" for t in following.tokens):
            continue  # a quotation and words of the writer's
        if sum(len(t.text.split()) for u in block for t in u.tokens) < BLOCK_MIN_WORDS:
            continue
        out.append(
            Frame(
                unit,
                (len(tokens) - 1, len(tokens)),
                speaker,
                appos,
                cue.text,
                (cue.start, cue.end),
                rule="block",
                block=(block[0].start, block[-1].end),
            )
        )
    return out
