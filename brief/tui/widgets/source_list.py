"""The list of sources: which are shown in panes, which are excluded, which are copies."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from brief.model import Article
from brief.tui.messages import ReviewRequested, SourceRequested
from brief.tui.text import Hanging, literal, struck
from brief.tui.widgets.base import BriefList


class SourceList(BriefList):
    """One line per article: number, outlet or date, headline; Enter shows it in a pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Show", tooltip="Show this source in a pane",
                id="brief.show-source"),
        Binding("x", "toggle_exclude", "Exclude", tooltip="Exclude this source from the brief, "
                "or include it again", id="brief.exclude-source"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.articles: tuple[Article, ...] = ()
        self._excluded: frozenset[str] = frozenset()
        self._shown: tuple[str, ...] = ()

    def show(self, articles: Sequence[Article]) -> None:
        keep = self.current_id
        self.articles = tuple(articles)
        self.set_options(Option(self._prompt(i, a), id=a.id) for i, a in enumerate(articles, 1))
        self.border_title = Content(f"Sources ({len(self.articles)})")
        if keep is None or not self.go_to(keep, center=False):
            self.reset_cursor()

    def set_state(self, excluded: Collection[str], shown: Sequence[str]) -> None:
        """Refresh the marks: excluded sources, and the pane number of shown ones."""
        excluded, shown = frozenset(excluded), tuple(shown)
        if (excluded, shown) == (self._excluded, self._shown):
            return
        changed = (excluded ^ self._excluded) | set(shown) | set(self._shown)
        self._excluded, self._shown = excluded, shown
        for number, article in enumerate(self.articles, 1):
            if article.id in changed:  # only these lines differ (1,000-article sets)
                self.replace_option_prompt(article.id, self._prompt(number, article))
        count = len(self.articles) - len(excluded & {a.id for a in self.articles})
        self.border_title = Content(f"Sources ({count}/{len(self.articles)})")

    def _prompt(self, number: int, article: Article) -> Hanging:
        label = article.outlet or article.date or ""
        pane = (
            Content.styled(f"[{self._shown.index(article.id) + 1}]", "bold $primary")
            if article.id in self._shown
            else Content("   ")
        )
        parts = [Content(f"{number}. ")]
        if label:
            parts += [literal(label).stylize("bold"), Content(" · ")]
        parts.append(literal(article.title or article.id))
        if article.duplicate_of:
            parts.append(Content.styled(" (copy)", "$text-muted"))
        content = Content("").join(parts)
        if article.id in self._excluded:
            content = struck(content, "excluded")
        return Hanging(Content.assemble(pane, " "), content)

    @on(BriefList.OptionSelected)
    def _chosen(self, event: BriefList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(SourceRequested(event.option.id))

    def action_toggle_exclude(self) -> None:
        option_id = self.current_id
        if option_id is not None:
            self.post_message(ReviewRequested("exclude", option_id))
