"""What one speech cue of a sentence attributes: speaker phrase, cue, where content lies."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Attribution:
    cue_index: int
    cue_end: int
    """Index after the cue words."""
    cue: str
    base: str
    speaker: tuple[int, int] | None
    appos: tuple[int, int] | None
    zone: tuple[int, int]
    """Tokens of speaker + cue (+ trailing adverbials): content lies outside."""
    order: str
    """``after`` (content follows), ``before`` (content precedes), ``subject``."""
    participle: bool = False
    rule: str = ""
    """The frame that found it (a name of ``rules.RULES``)."""
    subject: tuple[int, int] | None = None
    """A subject the statement leaves before its source ("The mayor, according to Y, ...")."""
    content_start: int | None = None
    """Where the content starts when the cue's verb alone takes none ("a poll shows X
    leading": a poll's finding, ``findings.poll_finding``)."""
