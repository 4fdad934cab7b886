"""Quotes grouped by speaker: source counts, variants on demand, reject or restore."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.widgets.option_list import Option

from brief.model import QuoteCluster
from brief.tui.messages import ReviewRequested, VariantsRequested
from brief.tui.text import Hanging, counted, literal, sources_badge, struck
from brief.tui.text import placeholder as placeholder_content
from brief.tui.widgets.base import BriefList


def quote_prompt(quote: QuoteCluster, rejected: bool) -> Hanging:
    """One quote: its wording, how many sources carry it, how many wordings there are."""
    from brief.quotes import wording_count
    from brief.quotes.reading import read_quote  # imported with the first quotes shown

    count = len(quote.sources)
    parts = [literal(read_quote(quote)), sources_badge(count)]
    wordings = wording_count(quote)  # a line repeated word for word is not a second wording
    if wordings > 1:
        parts.append(Content.styled(f" · {wordings} wordings", "$text-muted"))
    if any(v.source not in quote.sources for v in quote.variants):  # support_figures
        parts.append(Content.styled(" · outlets differ on a figure", "$warning"))
    if quote.kind != "direct":
        parts.append(Content.styled(f" · {quote.kind}", "italic $text-muted"))
    content = Content("").join(parts)
    if rejected:
        content = struck(content, "rejected")
    return Hanging(Content("  "), content)


@dataclass
class QuoteView:
    """The quote list built off the UI thread: thousands of quotes take a while to lay out."""

    quotes: Sequence[QuoteCluster]
    groups: list[tuple[Hanging, list[QuoteCluster]]]
    prompts: dict[str, Hanging]
    """Prompt of each quote as not rejected."""
    focus: str = ""
    """The focus the groups are ranked toward (``by_speaker``)."""


def prepare_quotes(
    quotes: Sequence[QuoteCluster], rules: RulesMap | None = None, width: int = 0, focus: str = ""
) -> QuoteView:
    """Group (toward the brief's ``focus``), build and (given the panel's ``rules`` and
    ``width``) measure every line.

    Safe to run in a worker thread: it only creates immutable ``Content`` values.
    """
    from brief.quotes import by_speaker  # a first open paints its sources before this

    groups: list[tuple[Hanging, list[QuoteCluster]]] = []
    prompts: dict[str, Hanging] = {}
    for speaker, group in by_speaker(quotes, focus):
        heading = Content.assemble(
            literal(speaker).stylize("bold $secondary"),
            (f"  {counted(len(group), 'quote')}", "$text-muted"),
        )
        groups.append((Hanging(Content(""), heading), group))
        for quote in group:
            prompts[quote.id] = quote_prompt(quote, False)
    if rules is not None and width > 0:
        for heading, _ in groups:
            heading.get_height(rules, width)  # fills the height cache the list will ask
        for prompt in prompts.values():
            prompt.get_height(rules, width)
    return QuoteView(quotes, groups, prompts, focus)


class QuotePanel(BriefList):
    """Speaker headings with their statements; rejected ones are struck through."""

    CLICK_SELECTS = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Wordings", tooltip="Show each outlet's wording, "
                "differences marked", show=False, id="brief.quote-wordings"),
        Binding("r", "toggle_reject", "Reject/restore", tooltip="Reject this quote, or restore "
                "it", id="brief.reject-quote"),
        Binding("v", "variants", "Variants", tooltip="The same as ⏎ (each outlet's wording)",
                id="brief.variants"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.quotes: dict[str, QuoteCluster] = {}
        self._source: Sequence[QuoteCluster] | None = None
        self._rejected: frozenset[str] = frozenset()
        self._focus = ""

    @property
    def measure(self) -> tuple[RulesMap, int]:
        """What ``prepare_quotes`` needs to measure lines as this list will."""
        return self.styles, self.scrollable_content_region.width - self._get_left_gutter_width()

    def show(
        self,
        quotes: Sequence[QuoteCluster],
        rejected: Collection[str],
        *,
        placeholder: str = "",
        view: QuoteView | None = None,
        focus: str = "",
    ) -> None:
        """Show ``quotes``; when only the rejections changed, touch only those lines.

        A 1,000-article set has thousands of quotes: rebuilding the list on every review
        change would stall the keyboard for seconds (``view`` brings it prebuilt).
        """
        rejected = frozenset(rejected)
        if quotes is self._source and quotes and focus == self._focus:
            changed = (rejected ^ self._rejected) & self.quotes.keys()
            self._rejected = rejected
            for quote_id in changed:
                quote = self.quotes[quote_id]
                self.replace_option_prompt(quote_id, quote_prompt(quote, quote_id in rejected))
            return
        keep = self.current_id
        self._source, self._rejected, self._focus = quotes, rejected, focus
        self.quotes = {q.id: q for q in quotes}
        if not quotes:
            self.set_options([Option(placeholder_content(placeholder), disabled=True)])
            return
        if view is None or view.quotes is not quotes or view.focus != focus:
            view = prepare_quotes(quotes, focus=focus)
        options: list[Option | None] = []
        for heading, group in view.groups:
            options.append(Option(heading, disabled=True))
            options.extend(
                Option(quote_prompt(q, True) if q.id in rejected else view.prompts[q.id], id=q.id)
                for q in group
            )
        self.set_options(options)
        if keep is None or not self.go_to(keep, center=False):
            self.reset_cursor()

    @property
    def current_quote(self) -> QuoteCluster | None:
        key = self.current_id
        return self.quotes.get(key) if key is not None else None

    def action_toggle_reject(self) -> None:
        key = self.current_id
        if key is not None:
            self.post_message(ReviewRequested("reject", key))

    def action_variants(self) -> None:
        key = self.current_id
        if key is not None:
            self.post_message(VariantsRequested(key))

    @on(BriefList.OptionSelected)
    def _chosen(self, event: BriefList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(VariantsRequested(event.option.id))
