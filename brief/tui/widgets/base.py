"""An ``OptionList`` with the few helpers every brief panel needs."""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist


class BriefList(OptionList):
    """Option list whose options carry ids; moving to an id can centre it in view."""

    CLICK_SELECTS = True
    """False: a click only highlights (Enter still selects), for lists where selecting
    moves focus or opens a dialog, which a click should not do."""

    def action_select(self) -> None:
        if self.CLICK_SELECTS or self._enter_pressed:
            super().action_select()

    _enter_pressed = False

    def action_choose(self) -> None:
        """Enter: select the highlighted option (even where a click does not)."""
        self._enter_pressed = True
        try:
            super().action_select()
        finally:
            self._enter_pressed = False

    def reset_cursor(self) -> None:
        """Highlight the first selectable option and show the list from its top."""
        first = next((i for i, o in enumerate(self.options) if not o.disabled), None)
        self.highlighted = first
        self.scroll_home(animate=False, immediate=True)

    @property
    def current_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def go_to(self, option_id: str, *, center: bool = True) -> bool:
        """Highlight the option with ``option_id`` and bring it into view."""
        try:
            index = self.get_option_index(option_id)
        except OptionDoesNotExist:
            return False
        self.highlighted = index
        if center:
            self.call_after_refresh(self._center, index)
        return True

    def _center(self, index: int) -> None:
        """Scroll so the option sits in the middle of the view, with context around it."""
        if not self.is_mounted or index >= self.option_count:
            return
        try:
            self._update_lines()
            top = self._index_to_line[index]
            height = self._heights[index]
        except (AttributeError, KeyError):  # private Textual details; fall back to "visible"
            self.scroll_to_highlight()
            return
        view = self.scrollable_content_region.height
        self.scroll_to(y=max(0, top - max(0, (view - height) // 3)), animate=False, immediate=True)
