"""A transcript turn runs to its paragraph's end (rule "transcript turn"):

    KEEL: Well, critics think this is an episode of "Pier Wars." But this is the island.

The label names who speaks; every sentence after it in the paragraph is still that
speaker's turn, quotation marks of their own or not, unless a sentence has an attribution
of its own ("REED: Thank you. He left, the mayor said.": the turn stops there).
"""

from __future__ import annotations

from dataclasses import replace

from brief.quotes.frame import Frame
from brief.quotes.rules import enabled
from brief.quotes.units import Unit


def with_turns(units: list[Unit], frames: list[Frame]) -> list[Frame]:
    """``frames`` with each transcript line's content run on to the end of its paragraph
    (its ``block``); a quotation floating in the rest of the turn is the turn's. A quoted
    line runs on only when its quotation ends its sentence (a closing mark of a quotation
    inside the turn closed the line's own opening mark)."""
    if not enabled("transcript turn") or not any(f.rule == "transcript" for f in frames):
        return frames
    by_unit: dict[int, list[Frame]] = {}
    for frame in frames:
        by_unit.setdefault(frame.unit.number, []).append(frame)
    out: list[Frame] = []
    absorbed: set[int] = set()
    for frame in frames:
        if frame.unit.number in absorbed:
            continue
        unit = frame.unit
        quoted = frame.content_start >= 0  # '"SMITH: A "B." C.': the mark closed early
        closes = all(t.kind == "p" for t in unit.tokens[frame.content[1] :])
        if frame.rule != "transcript" or frame.block is not None or (quoted and not closes):
            out.append(frame)
            continue
        rest = []
        for later in units[unit.number + 1 :]:
            if later.paragraph != unit.paragraph:
                break
            if any(f.rule != "floating" for f in by_unit.get(later.number, [])):
                break  # a sentence with an attribution of its own ends the turn
            rest.append(later)
        if not rest:
            out.append(frame)
            continue
        absorbed.update(later.number for later in rest)
        start = frame.content_start if quoted else unit.tokens[frame.content[0]].start
        out.append(replace(frame, block=(start, rest[-1].end)))
    return out
