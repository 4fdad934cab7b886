"""The summary: numbered sentences with their count of supporting sources, reviewable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from brief.tui.messages import ReviewRequested
from brief.tui.session import SummaryRow
from brief.tui.text import Hanging, literal, sources_badge, struck
from brief.tui.text import placeholder as placeholder_content
from brief.tui.widgets.base import BriefList


class SummaryPanel(BriefList):
    """Each summary sentence, dropped ones struck through so they can be kept again."""

    CLICK_SELECTS = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Show in source", tooltip="Show the sentence in its "
                "source and move there", id="brief.show-in-source"),
        Binding("d", "toggle_drop", "Drop/keep", tooltip="Drop this sentence from the summary, "
                "or keep it again", id="brief.drop-sentence"),
        Binding("shift+up,K", "move(-1)", "Order", tooltip="Move the sentence up (shift+↓ "
                "or J moves it down)", key_display="⇧↑↓", id="brief.move-up"),
        Binding("shift+down,J", "move(1)", "Move down", tooltip="Move the sentence down",
                show=False, id="brief.move-down"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.rows: list[SummaryRow] = []

    def show(self, rows: Sequence[SummaryRow], *, placeholder: str = "") -> None:
        """Show ``rows``, keeping the highlighted sentence where it is."""
        keep = self.current_id
        old, self.rows = self.rows, list(rows)
        if old and [r.item.key for r in old] == [r.item.key for r in self.rows]:
            # same sentences: restyle only the lines that changed
            for before, row in zip(old, self.rows, strict=True):
                if before != row:
                    self.replace_option_prompt(row.item.key, self._prompt(row))
            return
        if not self.rows:
            self.set_options([Option(placeholder_content(placeholder), disabled=True)])
            return
        self.set_options(Option(self._prompt(row), id=row.item.key) for row in self.rows)
        if keep is None or not self.go_to(keep, center=False):
            self.reset_cursor()

    @property
    def current_row(self) -> SummaryRow | None:
        key = self.current_id
        return next((row for row in self.rows if row.item.key == key), None)

    @staticmethod
    def _prompt(row: SummaryRow) -> Hanging:
        item = row.item
        count = len(item.supporting_sources)
        number = f"{row.number:>2}. " if row.number is not None else " –  "
        text = literal(item.text)
        badge = sources_badge(count)
        parts = [text, badge]
        if item.pinned:
            parts.append(Content.styled(" pinned", "bold $success"))
        content = Content("").join(parts)
        if row.dropped:
            content = struck(content, "dropped")
        return Hanging(Content.styled(number, "bold"), content)

    def action_toggle_drop(self) -> None:
        key = self.current_id
        if key is not None:
            self.post_message(ReviewRequested("drop", key))

    def action_move(self, delta: int) -> None:
        key = self.current_id
        if key is not None:
            self.post_message(ReviewRequested("move-up" if delta < 0 else "move-down", key))
