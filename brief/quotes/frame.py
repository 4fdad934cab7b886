"""One statement found in a unit: its content, its speaker phrase and the rule that found
it (``frames`` finds them, ``speakers`` resolves who speaks)."""

from __future__ import annotations

from dataclasses import dataclass

from brief.quotes.units import Unit


@dataclass(slots=True)
class Frame:
    """A statement found in one unit (token indices are into ``unit.tokens``)."""

    unit: Unit
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    """Token range of the speaker phrase, or None (carried or unattributed)."""
    appos: tuple[int, int] | None = None
    cue: str = ""
    cue_span: tuple[int, int] | None = None
    mode: str = "np"
    """``np`` (a phrase names the speaker), ``carry`` (the previous speaker continues),
    ``none`` (no speaker: "it was announced that ...")."""
    rule: str = ""
    """The frame of ``rules.RULES`` that found it."""
    label: str = ""
    """A transcript's speaker label ("SMITH" in "SMITH: ..."); the resolver names it."""
    content_start: int = -1
    """Where the words start when not at the content's first token (after a label)."""
    subject: tuple[int, int] | None = None
    """The subject a statement leaves before its source ("The mayor, according to Y,")."""
    block: tuple[int, int] | None = None
    """Character span of a paragraph the unit introduces ("X added:"), the statement."""
