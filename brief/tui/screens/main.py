"""The main screen: source panes side by side above the source list, summary and quotes.

The screen routes: it places articles in panes, links the selected summary sentence or
quote to its spans in the panes, and passes review requests up to the app, which owns
the brief and the review.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from brief.model import Article, Brief, LoadWarning, Review, UnreadSource, path_label
from brief.quote_ids import rejected_ids
from brief.tui.links import Links
from brief.tui.messages import JumpRequested, SourceRequested
from brief.tui.screens.main_keys import MainScreenKeys
from brief.tui.screens.main_panes import PaneLinks
from brief.tui.session import SummaryRow, summary_rows
from brief.tui.text import literal
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.header import BriefHeader
from brief.tui.widgets.quote_panel import QuotePanel, QuoteView
from brief.tui.widgets.source_list import SourceList
from brief.tui.widgets.source_pane import SourcePane
from brief.tui.widgets.status_bar import StatusBar
from brief.tui.widgets.summary_panel import SummaryPanel

MAX_PANES = 3
NARROW = 100
"""Below this width the source list is hidden until asked for (``l``)."""


def pane_count(width: int) -> int:
    """Three panes from 120 columns, two from 76, else one (each stays about 38+ wide)."""
    return 3 if width >= 120 else 2 if width >= 76 else 1


def summary_length(words: int, sentences: int, shown: int) -> str:
    """The summary's length as its title says it: "7 sentences", "200 words", and when the
    sources gave fewer sentences than asked, both numbers named ("3 sentences (7 asked)";
    it was "3 of 7 sent.", which a reader had to decode)."""
    if words:
        return f"{words} words"
    said = f"{shown} sentence{'s' if shown != 1 else ''}"
    return f"{said} ({sentences} asked)" if shown < sentences else said


class MainScreen(MainScreenKeys, PaneLinks, Screen[None]):
    """Sources, summary and quotes of one article set."""

    AUTO_FOCUS = "#pane-0"
    """Where ``show_articles`` puts the focus: the footer's keys are built once, not twice."""
    ALLOW_IN_MAXIMIZED_VIEW = "BriefFooter"
    """A zoomed panel (``z``) keeps the key bar under it, which says how to restore it
    (Textual keeps its own ``Footer`` only)."""
    KEY_BAR_TIERS: ClassVar[dict[str, int]] = {
        "brief.stories": 0, "brief.help": 0,
        "brief.export": 1, "brief.undo": 1, "brief.zoom": 1,
        "brief.move-article": 2,
    }  # fmt: skip
    """What a narrow key bar keeps (``BriefFooter``), tier 0 first: with the focused panel's
    two main keys, the way back to the story list and the way to every key; then export,
    undo and zoom (zoom matters most where the panels are narrow); then the panel's other
    keys and moving an article; the rest as room allows. Shown in their order."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "app.help", "Help", tooltip="All keys", id="brief.help"),
        Binding("e", "app.export", "Export", tooltip="Write the reviewed brief (markdown or "
                "JSON)", id="brief.export"),
        Binding("u,ctrl+z", "app.undo", "Undo", tooltip="Undo the last review change, or "
                "move between stories", id="brief.undo"),
        Binding("U,ctrl+y", "app.redo", "Redo", tooltip="Redo the change undone last",
                id="brief.redo"),
        Binding("s", "focus_panel('summary')", "Summary", tooltip="Focus the summary",
                id="brief.focus-summary"),
        Binding("w", "focus_panel('quotes')", "Quotes", tooltip="Focus the quotes (who said "
                "what)", id="brief.focus-quotes"),
        Binding("1", "focus_pane(0)", "Pane 1", tooltip="Focus source pane 1",
                id="brief.focus-pane-1"),
        Binding("2", "focus_pane(1)", "Pane 2", tooltip="Focus source pane 2", show=False,
                id="brief.focus-pane-2"),
        Binding("3", "focus_pane(2)", "Pane 3", tooltip="Focus source pane 3", show=False,
                id="brief.focus-pane-3"),
        Binding("l", "toggle_source_list", "Source list", tooltip="Show or hide the source "
                "list", id="brief.toggle-sources"),
        Binding("b", "toggle_furniture", "Boilerplate", tooltip="Show or hide page furniture "
                "(navigation, credits) in the panes", id="brief.boilerplate"),
        Binding("a", "app.next_algorithm", "Algorithm", tooltip="Switch the summary "
                "algorithm", id="brief.algorithm"),
        Binding("f", "app.edit_focus", "Focus", tooltip="Rank the summary toward a question "
                "or an angle", id="brief.focus"),
        Binding("plus,equals_sign", "app.length(1)", "Longer", tooltip="One more summary "
                "sentence", id="brief.longer"),
        Binding("minus", "app.length(-1)", "Shorter", tooltip="One summary sentence fewer",
                id="brief.shorter"),
        Binding("z", "zoom", "Zoom", tooltip="Enlarge the focused panel, or restore it",
                id="brief.zoom"),
        Binding("T", "app.change_theme", "Theme", tooltip="Choose a colour theme",
                id="brief.theme"),
        Binding("q", "app.quit", "Quit", tooltip="Quit (the review is already saved)",
                id="brief.quit"),
    ]  # fmt: skip

    def __init__(self, when_ready: Callable[[], None] | None = None) -> None:
        super().__init__(id="main")
        self.when_ready = when_ready
        """Called once mounted, before the first frame: what it shows is in that frame."""
        self.articles: tuple[Article, ...] = ()
        self.by_id: dict[str, Article] = {}
        self.shown: list[str] = []
        """Article id in each visible pane, left to right."""
        self.panes_wanted = MAX_PANES
        self._next_slot = 0
        self.furniture = True
        self.brief: Brief | None = None
        self.links: Links | None = None
        self.quote_view: QuoteView | None = None
        self.pending: tuple[str, ...] = ()
        """Analysis stages still running whose panels show a placeholder (``quotes``)."""
        self.review = Review()
        self.rows: list[SummaryRow] = []
        self.last_pane = 0
        self._jump: tuple[str, int, int] | None = None
        self._resumed = False

    def compose(self) -> ComposeResult:
        yield BriefHeader(icon="")
        # the failure message (``show_failure``) is mounted only when it is needed
        with Horizontal(id="panes"):
            for number in range(MAX_PANES):
                yield SourcePane(id=f"pane-{number}")
        with Horizontal(id="lower"):
            yield SourceList(id="sources")
            yield SummaryPanel(id="summary")
            yield QuotePanel(id="quotes")
        yield StatusBar(id="status")
        yield BriefFooter(compact=True)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first resume, right after mounting: Textual would restyle every widget (and
        its option components) once more, though each was styled as it was mounted and
        each change since (focus, classes) restyled what it touched. About 4 ms of the
        first frame; the frames are the same (tested). Later resumes restyle as usual."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self.query_one(SummaryPanel).border_title = Content("Summary")
        self.query_one(QuotePanel).border_title = Content("Quotes by speaker")
        self.query_one(SourceList).border_title = Content("Sources")
        self._layout(self.size.width)
        if self.when_ready is not None:
            self.when_ready()

    # --- what the app calls ----------------------------------------------------------------

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def panes(self) -> list[SourcePane]:
        return list(self.query(SourcePane))

    def show_loading(self, count: int) -> None:
        self.status.say(f"Reading {count} path{'s' if count != 1 else ''}…")
        self.status.progress(0, None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """With no article read only the message scrolls: the panel and pane keys are hidden."""
        return not self.has_class("-failed")

    def show_failure(self, paths: Sequence[str], warnings: Sequence[LoadWarning]) -> None:
        """No article could be read: say so, and why, instead of showing empty panes."""
        self.add_class("-failed")
        self.refresh_bindings()
        lines = [
            Content.styled("No article could be read.", "bold $error"),
            Content(""),
            Content("brief looked in:"),
            *(Content.assemble("  ", literal(path_label(p))) for p in paths),
            Content(""),
        ]
        if warnings:
            lines.append(Content("What went wrong:"))
            lines.extend(
                Content.assemble("  ", literal(w.where).stylize("bold"), ": ", literal(w.reason))
                for w in warnings[:200]
            )
            if len(warnings) > 200:
                lines.append(Content(f"  … and {len(warnings) - 200} more"))
        else:
            lines.append(Content("No .txt, .md, .html, .json or .jsonl file was found there."))
        lines += [Content(""), Content("Press q to quit, then run: brief PATH …")]
        text = Content("\n").join(lines)
        shown = self.query("#message-text")
        if shown:
            shown.first(Static).update(text)
            box = self.query_one("#message", VerticalScroll)
        else:  # not composed: a screen that opens on articles never pays for it
            box = VerticalScroll(Static(text, id="message-text", markup=False), id="message")
            self.mount(box, before="#panes")
        box.focus()  # the panes are hidden: keys scroll the message
        self.status.progress(None, None)
        self.status.say("No articles")

    def show_articles(
        self,
        articles: Sequence[Article],
        review: Review,
        unread: Sequence[UnreadSource] = (),
        analysis: tuple[Brief, Links, QuoteView] | None = None,
    ) -> None:
        """Place the articles in the panes and the source list. ``analysis``: the brief the
        app shows next, in the same frame (a cached one): the panes are built with their
        marks at once, and the panels skip their placeholders."""
        self.articles = tuple(articles)
        self.by_id = {a.id: a for a in self.articles}
        self.review = review
        self.query_one(SourceList).show(self.articles, unread)
        included = [a.id for a in self.articles if a.id not in review.excluded_sources]
        originals = [i for i in included if self.by_id[i].duplicate_of is None]
        ordered = originals + [i for i in included if i not in originals]
        ordered += [a.id for a in self.articles if a.id not in ordered]
        self.shown = ordered[: self.panes_wanted]
        if analysis is None:
            self.query_one(SummaryPanel).show([], placeholder="Summarising…")
            self.query_one(QuotePanel).show([], (), placeholder="Finding quotes…")
        else:
            self.brief, self.links, self.quote_view = analysis
            self.pending, self.rows = (), summary_rows(analysis[0], review)
        self._render_panes()
        pane = self.panes[0]
        focused = self.focused
        if pane.article is not None and (focused is None or not focused.display):
            pane.focus()  # shown again (a restored review after grouping): focus stays put

    def show_brief(
        self,
        brief: Brief,
        links: Links,
        review: Review,
        quotes: QuoteView | None = None,
        pending: tuple[str, ...] = (),
    ) -> None:
        self.brief, self.links, self.quote_view, self.pending = brief, links, quotes, pending
        self.show_review(review)

    def show_review(self, review: Review) -> None:
        """Re-render everything the review affects."""
        self.review = review
        brief = self.brief
        if brief is not None:
            self.rows = summary_rows(brief, review)
            self.query_one(SummaryPanel).show(self.rows, placeholder="No summary sentence.")
            finding = "quotes" in self.pending
            rejected = rejected_ids(brief.quotes, review.rejected_quotes)
            self.query_one(QuotePanel).show(
                brief.quotes,
                rejected,
                placeholder="Finding quotes…" if finding else "No quotes found.",
                view=self.quote_view,
                focus=brief.options.focus,
            )
            options = brief.options
            length = summary_length(options.words, options.sentences, len(brief.summary))
            focus = f" · focus: {options.focus}" if options.focus else ""
            self.query_one(SummaryPanel).border_title = Content(
                f"Summary · {options.algorithm} · {length}{focus}"
            )
            kept = sum(1 for q in brief.quotes if q.id not in rejected)
            count = "" if finding else f" ({kept})"
            self.query_one(QuotePanel).border_title = Content(f"Quotes by speaker{count}")
        self._render_panes()
        self._relink()

    def show_source(self, article_id: str, focus: bool = True) -> None:
        """Bring ``article_id`` into a pane (replacing the pane filled longest ago)."""
        if article_id not in self.by_id:
            return
        if article_id not in self.shown:
            count = min(self.panes_wanted, len(self.articles))
            if len(self.shown) < count:
                self.shown.append(article_id)
            else:
                slot = self._next_slot % count
                self.shown[slot] = article_id
                self._next_slot = slot + 1
            self._render_panes()
        if focus:
            self.panes[self.shown.index(article_id)].focus()

    def selected_source(self) -> str | None:
        """The article the user is on: the focused pane's, else the source list's cursor."""
        focused = self.focused
        if isinstance(focused, SourcePane) and focused.article is not None:
            return focused.article.id
        return self.query_one(SourceList).current_id

    # --- layout ----------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")
        wanted = pane_count(width)
        if wanted == self.panes_wanted:
            return
        self.panes_wanted = wanted
        if self.articles:
            extra = [a.id for a in self.articles if a.id not in self.shown]
            self.shown = (self.shown + extra)[:wanted]
            self._render_panes()

    # --- linking ---------------------------------------------------------------------------

    @on(SummaryPanel.OptionHighlighted, "#summary")
    def _summary_moved(self) -> None:
        if self.focused is self.query_one(SummaryPanel):
            self._link_summary()

    @on(QuotePanel.OptionHighlighted, "#quotes")
    def _quote_moved(self) -> None:
        if self.focused is self.query_one(QuotePanel):
            self._link_quote()

    @on(SummaryPanel.OptionSelected, "#summary")
    def _summary_chosen(self) -> None:
        """Enter on a summary sentence: link it and move to its source pane."""
        self._link_summary()
        row = self.query_one(SummaryPanel).current_row
        if row is not None and row.item.source in self.shown:
            self.panes[self.shown.index(row.item.source)].focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        widget = event.widget
        if isinstance(widget, SummaryPanel):
            self._link_summary()
        elif isinstance(widget, QuotePanel):
            self._link_quote()
        elif isinstance(widget, SourcePane) and widget in self.panes:
            self.last_pane = self.panes.index(widget)

    @on(SourceRequested)
    def _source_requested(self, message: SourceRequested) -> None:
        self.show_source(message.article_id, focus=message.focus)

    @on(JumpRequested)
    def _jump_requested(self, message: JumpRequested) -> None:
        """From a source sentence to what it feeds; pressing again cycles through them."""
        if self.brief is None or self.links is None:
            self.notify("The summary is still being computed", severity="warning")
            return
        span = (message.start, message.end)
        keys, quote_ids = self.links.feeds(
            message.article_id, span, [r.item for r in self.rows], self.brief.quotes
        )
        targets = [("summary", k) for k in keys] + [("quotes", q) for q in quote_ids]
        if not targets:
            self.notify(
                "This sentence feeds no summary sentence or quote (p pins it into the summary)",
                timeout=4,
            )
            return
        here = (message.article_id, message.start, 0)
        if self._jump is not None and self._jump[:2] == here[:2]:
            here = (message.article_id, message.start, (self._jump[2] + 1) % len(targets))
        self._jump = here
        panel_id, option_id = targets[here[2]]
        panel = self.query_one(
            f"#{panel_id}", SummaryPanel if panel_id == "summary" else QuotePanel
        )
        panel.focus()
        panel.go_to(option_id)
