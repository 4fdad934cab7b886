"""Every outlet's wording of one statement, with the differences marked."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from brief.model import Article, QuoteCluster
from brief.quotes import wording_count
from brief.tui.text import article_heading, counted, literal, source_label, word_diff
from brief.tui.widgets.footer import BriefFooter


class VariantsScreen(ModalScreen[None]):
    """The canonical wording, then each variant against it (added words underlined)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,v,q", "dismiss", "Close", id="brief.close-dialog"),
    ]

    def __init__(
        self, quote: QuoteCluster, articles: Mapping[str, Article], rejected: bool = False
    ) -> None:
        """``rejected``: the user rejected the quote in review (the dialog says so: it read
        as a statement of the brief)."""
        super().__init__(classes="dialog")
        self.quote = quote
        self.articles = articles
        self.rejected = rejected

    def compose(self) -> ComposeResult:
        quote = self.quote
        with Vertical(id="variants-box", classes="dialog-box"):
            yield Static(
                Content.assemble(
                    literal(quote.speaker or "unattributed").stylize("bold $secondary"),
                    (
                        f" · {counted(len(quote.sources), 'source')}"
                        f" · {counted(wording_count(quote), 'wording')}",
                        "",
                    ),
                ),
                classes="dialog-title",
                markup=False,
            )
            if self.rejected:
                yield Static(
                    Content.styled("Rejected in your review: left out of the brief and its "
                                   "export (r in the quote list restores it)", "bold $error"),
                    id="variants-rejected",
                    markup=False,
                )  # fmt: skip
            several = wording_count(quote) > 1  # one wording: nothing differs, nothing merged
            if several:
                yield Static(
                    Content("Underlined: words this outlet adds or changes. Struck: words it "
                            "leaves out.").stylize("italic $text-muted"),
                    markup=False,
                )  # fmt: skip
            with VerticalScroll(id="variants-list"):
                if several:
                    yield Static(
                        Content.assemble(("Merged wording\n", "bold"), literal(quote.text)),
                        classes="variant",
                        markup=False,
                    )
                for variant in quote.variants:
                    article = self.articles.get(variant.source)
                    head = (
                        Content.assemble(article_heading(article), " · ", source_label(article))
                        if article is not None
                        else literal(variant.source)
                    )
                    detail = [variant.kind]
                    if variant.source not in quote.sources:  # support_figures
                        detail.append("another figure: not counted as a source")
                    if variant.speaker_mention:
                        detail.append(
                            f"speaker written as: {' '.join(variant.speaker_mention.split())}"
                        )
                    if variant.cue:
                        detail.append(f"cue: {' '.join(variant.cue.split())}")
                    yield Static(
                        Content("\n").join(
                            [
                                head.stylize("bold"),
                                word_diff(quote.text, variant.text),
                                Content(" · ".join(detail)).stylize("$text-muted"),
                            ]
                        ),
                        classes="variant",
                        markup=False,
                    )
        yield BriefFooter()  # the dialog's keys, over the screen's behind it

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
