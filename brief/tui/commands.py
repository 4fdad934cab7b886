"""Command-palette provider: jump to any source by outlet or headline.

Titles come from articles, so hits are built from ``Content`` styled at the fuzzy-match
offsets, never with ``Matcher.highlight`` (which parses its argument as markup).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from brief.model import Article
from brief.naming import shown_date, source_name
from brief.text.clean import fold, for_screen

if TYPE_CHECKING:
    from brief.tui.app import BriefApp
    from brief.tui.screens.main import MainScreen

MAX_DISCOVERY = 30


def source_label(number: int, article: Article) -> str:
    """``Show source N: outlet · date · headline``, one printable line."""
    parts = [p for p in (article.outlet, shown_date(article)) if p]
    head = " · ".join(parts)
    title = source_name(article)
    # as the source list shows it: a bidi override dropped, never raw
    return for_screen(fold(f"Show source {number}: {head + ' · ' if head else ''}{title}"))


class SourceCommands(Provider):
    """``Show source N: outlet · headline`` for every article of the set."""

    def _articles(self) -> list[Article]:
        articles = getattr(self.screen, "articles", ())
        return list(articles)

    async def discover(self) -> Hits:
        for number, article in enumerate(self._articles()[:MAX_DISCOVERY], 1):
            label = source_label(number, article)
            yield DiscoveryHit(Content(label), self._show(article.id), text=label)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        style = matcher.match_style
        for number, article in enumerate(self._articles(), 1):
            label = source_label(number, article)
            score, offsets = matcher.fuzzy_search.match(query, label)
            if score <= 0:
                continue
            display = Content(label)
            for offset in offsets:
                display = display.stylize(style, offset, offset + 1)
            yield Hit(score, display, self._show(article.id), text=label)

    def _show(self, article_id: str):  # type: ignore[no-untyped-def]
        show = getattr(self.screen, "show_source", None)
        return partial(show, article_id) if show is not None else (lambda: None)


def main_screen_commands(app: BriefApp, screen: MainScreen) -> Iterator[SystemCommand]:
    """Every action of the main screen, for the command palette."""
    from brief.summary import ALGORITHMS
    from brief.tui.widgets.quote_panel import QuotePanel
    from brief.tui.widgets.source_list import SourceList
    from brief.tui.widgets.summary_panel import SummaryPanel

    summary = screen.query_one(SummaryPanel)
    quotes = screen.query_one(QuotePanel)
    sources = screen.query_one(SourceList)

    def on_pane(action: str) -> Callable[[], None]:
        def run() -> None:
            pane = screen.current_pane()
            if pane is not None:
                getattr(pane, action)()

        return run

    yield SystemCommand("Help: keys", "Every key, by panel (?)", app.action_help)
    yield SystemCommand("Export brief", "Write markdown or JSON (e)", app.action_export)
    yield SystemCommand("Undo", "Undo the last review change or move (u)", app.action_undo)
    yield SystemCommand("Redo", "Redo the change undone last (U)", app.action_redo)
    yield SystemCommand(
        "Drop or keep summary sentence", "The highlighted one (d)", summary.action_toggle_drop
    )
    yield SystemCommand("Move summary sentence up", "(shift+up)", lambda: summary.action_move(-1))
    yield SystemCommand(
        "Move summary sentence down", "(shift+down)", lambda: summary.action_move(1)
    )
    yield SystemCommand(
        "Pin sentence into summary",
        "The sentence at the cursor of the source pane (p)",
        on_pane("action_toggle_pin"),
    )
    yield SystemCommand(
        "Go to brief from sentence",
        "Summary sentence or quote the source sentence feeds (g)",
        on_pane("action_jump"),
    )
    yield SystemCommand(
        "Reject or restore quote", "The highlighted quote (r)", quotes.action_toggle_reject
    )
    yield SystemCommand(
        "Quote wordings",
        "Each outlet's wording, differences marked (v)",
        quotes.action_variants,
    )
    yield SystemCommand(
        "Exclude or include source",
        "The source highlighted in the list (x)",
        sources.action_toggle_exclude,
    )
    yield SystemCommand(
        "Toggle boilerplate", "Show or hide page furniture (b)", screen.action_toggle_furniture
    )
    yield SystemCommand(
        "Toggle source list",
        "Show or hide the list of sources (l)",
        screen.action_toggle_source_list,
    )
    yield SystemCommand(
        "Zoom panel (maximize)", "Enlarge the focused panel, or restore it (z)", screen.action_zoom
    )
    yield SystemCommand(
        "Summary focus", "Rank the summary toward a question or an angle (f)", app.action_edit_focus
    )
    yield SystemCommand("Longer summary", "One more sentence (+)", lambda: app.action_length(1))
    yield SystemCommand("Shorter summary", "One sentence fewer (-)", lambda: app.action_length(-1))
    for name in ALGORITHMS:
        yield SystemCommand(
            f"Algorithm: {name}",
            "Recompute the summary with it (a cycles)",
            lambda name=name: app.set_algorithm(name),
        )  # type: ignore[misc]
