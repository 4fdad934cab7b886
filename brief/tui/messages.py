"""Messages between the workers, the widgets and the app (past-tense facts or requests)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from brief.model import Brief, LoadResult
from brief.tui.links import Links

if TYPE_CHECKING:
    from brief.tui.warm_start import WarmStart


@dataclass
class ArticlesLoaded(Message):
    """The load worker finished reading the files."""

    result: LoadResult
    warm: WarmStart | None = None
    """What the analysis cache already knows of the set (a seen set opens complete)."""


@dataclass
class AnalysisProgress(Message):
    """The analysis worker finished a stage."""

    generation: int
    stage: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


@dataclass
class AnalysisReady(Message):
    """A brief was built for the options and sources in ``key``."""

    generation: int
    key: object
    brief: Brief
    links: Links
    quotes: object = None
    """The quote panel's lines, built and measured in the worker (a ``QuoteView``)."""


@dataclass
class AnalysisPartial(Message):
    """A stage of the analysis ended: ``brief`` holds what is done so far."""

    generation: int
    brief: Brief
    links: Links
    quotes: object = None
    """The quote panel's lines once the quotes stage has ended, else None."""
    pending: tuple[str, ...] = ()
    """Stages still running whose panels wait (``quotes``)."""


@dataclass
class ReviewRequested(Message):
    """A widget asks for a review action on one item (the app owns the review)."""

    action: str
    """One of: drop, pin, move-up, move-down, reject, exclude."""
    target: str
    """Summary key, sentence key, quote id or article id."""


@dataclass
class SourceRequested(Message):
    """Show this article in a source pane (and focus it when ``focus``)."""

    article_id: str
    focus: bool = True


@dataclass
class JumpRequested(Message):
    """Go from a source sentence to the summary sentence or quote it feeds."""

    article_id: str
    start: int
    end: int


@dataclass
class VariantsRequested(Message):
    """Open the wording variants of a quote."""

    quote_id: str


@dataclass
class SourceFetched(Message):
    """The load worker's news about one web source (``brief.fetch.gather.SourceEvent``)."""

    event: object


@dataclass
class SourceAction(Message):
    """Open, copy or refetch the source highlighted in the source list."""

    action: str
    """One of: open, copy-url, copy-citation, refetch."""
    option_id: str
    """An article id, or ``unread:N`` for the N-th source that could not be read."""
