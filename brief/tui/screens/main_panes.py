"""What the main screen's source panes show: which articles, their badges, and the marks of
the summary sentence or quote in focus. A mixin for ``MainScreen``, which holds the state;
its message handlers (``@on``) stay in the screen, where Textual collects them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.quote_ids import rejected_ids
from brief.tui.links import Links, Span, overlaps
from brief.tui.widgets.quote_panel import QuotePanel
from brief.tui.widgets.source_list import SourceList
from brief.tui.widgets.summary_panel import SummaryPanel

if TYPE_CHECKING:
    from brief.model import Article, Brief, Review
    from brief.tui.session import SummaryRow
    from brief.tui.widgets.source_pane import SourcePane


class PaneLinks:
    """Placing articles in panes and linking the focused panel's item to its spans."""

    articles: tuple[Article, ...]  # set by MainScreen
    by_id: dict[str, Article]
    shown: list[str]
    panes_wanted: int
    furniture: bool
    brief: Brief | None
    links: Links | None
    review: Review
    rows: list[SummaryRow]
    panes: list[SourcePane]

    def _render_panes(self) -> None:
        brief, review = self.brief, self.review
        for number, pane in enumerate(self.panes):
            article = self.by_id.get(self.shown[number]) if number < len(self.shown) else None
            pane.display = article is not None
            if article is None:
                continue
            pane.excluded = article.id in review.excluded_sources
            badges = None
            if brief is not None:
                summary, quotes = self._badges(article)
                badges = (summary, quotes, review.pinned)
            if pane.article is not article or pane.show_furniture != self.furniture:
                pane.show(article, furniture=self.furniture, badges=badges)  # built marked
            else:
                pane.show(article)
            if badges is not None:
                pane.set_badges(*badges)  # only the sentences whose mark changed
        self.query_one(SourceList).set_state(review.excluded_sources, self.shown)

    def _badges(self, article: Article) -> tuple[set[int], set[int]]:
        """Indexes of the sentences of ``article`` feeding the summary, and quotes."""
        summary: set[int] = set()
        quotes: set[int] = set()
        if self.brief is None or self.links is None:
            return summary, quotes
        spans: list[Span] = []
        for row in self.rows:
            if not row.dropped:
                spans.extend(self.links.summary_targets(row.item).get(article.id, ()))
        rejected = rejected_ids(self.brief.quotes, self.review.rejected_quotes)
        quote_spans = [
            v.span
            for q in self.brief.quotes
            if q.id not in rejected
            for v in q.variants
            if v.source == article.id
        ]
        for sentence in article.sentences:
            if any(overlaps(sentence.span, s) for s in spans):
                summary.add(sentence.index)
            if any(overlaps(sentence.span, s) for s in quote_spans):
                quotes.add(sentence.index)
        return summary, quotes

    def _place(self, wanted: Sequence[str]) -> None:
        """Show the ``wanted`` articles (in order, as many as fit), keeping panes that do."""
        count = min(self.panes_wanted, len(self.articles))
        wanted = [w for w in wanted if w in self.by_id][:count]
        shown = (self.shown + [""] * count)[:count]
        free = [i for i, article_id in enumerate(shown) if article_id not in wanted]
        for article_id in wanted:
            if article_id not in shown and free:
                shown[free.pop(0)] = article_id
        self.shown = [s for s in shown if s]
        self._render_panes()

    def _link(self, targets: dict[str, tuple[Span, ...]]) -> None:
        wanted = [a for a in targets if a not in self.review.excluded_sources] or list(targets)
        self._place(wanted)
        for pane in self.panes:
            if pane.article is not None and pane.display:
                pane.set_marks(targets.get(pane.article.id, ()))

    def _relink(self) -> None:
        focused = self.focused
        if isinstance(focused, SummaryPanel):
            self._link_summary()
        elif isinstance(focused, QuotePanel):
            self._link_quote()

    def _link_summary(self) -> None:
        row = self.query_one(SummaryPanel).current_row
        if row is not None and self.links is not None:
            self._link(self.links.summary_targets(row.item))

    def _link_quote(self) -> None:
        quote = self.query_one(QuotePanel).current_quote
        if quote is not None and self.links is not None:
            self._link(self.links.quote_targets(quote))
