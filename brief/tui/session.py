"""Review state of one open article set, with undo and redo. Plain Python, no UI.

A ``Review`` is an immutable value, so undo is a stack of previous values. The functions
below are the review actions; each returns a new ``Review`` (or the same one when the
action does not apply).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from brief.model import AnalysisOptions, Article, Brief, QuoteCluster, Review, SummarySentence
from brief.quote_ids import rejection_keys

MAX_SENTENCES = 40
UNDO_LIMIT = 500


@dataclass(slots=True)
class Session:
    """The articles of the set, the analysis options asked for, and the review over them."""

    articles: tuple[Article, ...]
    base: AnalysisOptions = field(default_factory=AnalysisOptions)
    review: Review = field(default_factory=Review)
    title: str = ""
    """The story's title when the set is one story of a pile (the list's title for it)."""
    _undo: list[tuple[Review, str]] = field(default_factory=list)
    _redo: list[tuple[Review, str]] = field(default_factory=list)

    def change(self, review: Review, label: str) -> bool:
        """Make ``review`` current; ``label`` names the change for undo messages."""
        if review == self.review:
            return False
        self._undo.append((self.review, label))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self.review = review
        return True

    def undo(self) -> str | None:
        """Go back one change; returns its label, or None when there is nothing to undo."""
        if not self._undo:
            return None
        previous, label = self._undo.pop()
        self._redo.append((self.review, label))
        self.review = previous
        return label

    def redo(self) -> str | None:
        if not self._redo:
            return None
        following, label = self._redo.pop()
        self._undo.append((self.review, label))
        self.review = following
        return label

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def options(self) -> AnalysisOptions:
        """The analysis options in force: the review's choices over the command line's
        (``review.options_under``, as ``brief export --review`` takes them)."""
        from brief.review import options_under

        return options_under(self.review, self.base)

    @property
    def included(self) -> tuple[Article, ...]:
        """The articles to analyse: all but the excluded ones."""
        excluded = self.review.excluded_sources
        return tuple(a for a in self.articles if a.id not in excluded)

    @property
    def analysis_key(self) -> tuple[frozenset[str], AnalysisOptions]:
        """What an analysis depends on: a changed key means the brief must be rebuilt."""
        return (self.review.excluded_sources, self.options)


# --- review actions ----------------------------------------------------------------------


def toggle_drop(review: Review, key: str, names: Sequence[str] = ()) -> Review:
    """Drop a summary sentence, or keep it again.

    ``names`` are every key the review may hold for it (``review.names_of``): keeping
    it again removes them all, so an older review's drop cannot linger.
    """
    names = {key, *names}
    if review.dropped & names:
        return replace(review, dropped=review.dropped - names)
    return replace(review, dropped=review.dropped | {key})


def toggle_pin(review: Review, key: str) -> Review:
    """Pin a source sentence into the summary, or unpin it."""
    if key in review.pinned:
        return replace(
            review,
            pinned=tuple(k for k in review.pinned if k != key),
            order=tuple(k for k in review.order if k != key),
        )
    return replace(review, pinned=(*review.pinned, key), dropped=review.dropped - {key})


def move(review: Review, key: str, delta: int, current: Sequence[str]) -> Review:
    """Move ``key`` by ``delta`` places within the summary order ``current``."""
    keys = list(current)
    if key not in keys:
        return review
    old = keys.index(key)
    new = max(0, min(len(keys) - 1, old + delta))
    if new == old:
        return review
    keys.insert(new, keys.pop(old))
    return replace(review, order=tuple(keys))


def toggle_reject(review: Review, quote: QuoteCluster) -> Review:
    """Reject ``quote``, or restore it by removing every saved id that rejects it (one
    saved under an earlier id of the statement too: ``brief.quote_ids``)."""
    keys = rejection_keys(quote, review.rejected_quotes)
    rejected = review.rejected_quotes - keys if keys else review.rejected_quotes | {quote.id}
    return replace(review, rejected_quotes=rejected)


def toggle_exclude(review: Review, article_id: str) -> Review:
    return replace(review, excluded_sources=review.excluded_sources ^ {article_id})


def with_algorithm(review: Review, algorithm: str) -> Review:
    return replace(review, algorithm=algorithm)


def with_focus(review: Review, focus: str) -> Review:
    """The focus as one line ("" for a general summary)."""
    return replace(review, focus=" ".join(focus.split()))


def with_length(review: Review, sentences: int) -> Review:
    return replace(review, sentences=max(1, min(MAX_SENTENCES, sentences)))


# --- what the summary panel shows --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SummaryRow:
    item: SummarySentence
    dropped: bool
    number: int | None
    """Position in the exported summary (1-based), None when dropped."""
    names: tuple[str, ...] = ()
    """Every key a review may hold for the sentence (``review.names_of``)."""


def summary_rows(brief: Brief, review: Review) -> list[SummaryRow]:
    """Every summary sentence in review order, dropped ones included (so they can return)."""
    from brief.review import apply, names_of

    shown = apply(brief, replace(review, dropped=frozenset()))
    rows: list[SummaryRow] = []
    number = 0
    for item in shown.summary:
        names = names_of(brief, item)
        dropped = any(key in review.dropped for key in names)
        if not dropped:
            number += 1
        rows.append(SummaryRow(item, dropped, None if dropped else number, names))
    return rows
