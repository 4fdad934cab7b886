"""The main screen's own keys: focus a panel or pane, toggle the source list and the page
furniture, zoom. A mixin for ``MainScreen``, which holds the panes and their state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.tui.widgets.quote_panel import QuotePanel
from brief.tui.widgets.source_list import SourceList
from brief.tui.widgets.source_pane import SourcePane
from brief.tui.widgets.summary_panel import SummaryPanel

if TYPE_CHECKING:
    from brief.tui.widgets.status_bar import StatusBar


class MainScreenKeys:
    """Actions bound in ``MainScreen.BINDINGS``."""

    shown: list[str]  # set by MainScreen
    furniture: bool
    last_pane: int
    panes: list[SourcePane]
    status: StatusBar

    def action_focus_panel(self, which: str) -> None:
        if which == "summary":
            self.query_one(SummaryPanel).focus()
        else:
            self.query_one(QuotePanel).focus()

    def action_focus_pane(self, number: int) -> None:
        if number < len(self.shown):
            self.panes[number].focus()

    def action_toggle_source_list(self) -> None:
        self.toggle_class("-sources-toggled")
        source_list = self.query_one(SourceList)
        self.call_after_refresh(lambda: source_list.focus() if source_list.display else None)

    def action_toggle_furniture(self) -> None:
        self.furniture = not self.furniture
        self._render_panes()
        self.status.say(
            "Page furniture shown, dimmed" if self.furniture else "Page furniture hidden"
        )

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused)

    def current_pane(self) -> SourcePane | None:
        """The focused source pane, else the one used last."""
        if isinstance(self.focused, SourcePane):
            return self.focused
        panes = self.panes
        if self.last_pane < len(self.shown):
            return panes[self.last_pane]
        return None
