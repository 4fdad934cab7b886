"""An ``OptionList`` with the few helpers every brief panel needs."""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

MIN_CONTRAST = 4.5
"""Below this ratio (WCAG AA for text; 1 to 21) a coloured word on the cursor row takes the cursor's
foreground: a theme's accent can be the very colour of its cursor (brief-contrast: green
"pinned" on a yellow cursor, 1.3:1)."""


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    red, green, blue = color.get_truecolor()
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _legible(strips: list[Strip], base: RichStyle) -> list[Strip]:
    """``strips`` with every word too close to its background in ``base``'s foreground.

    Only words: a divider drawn faint on purpose stays faint.
    """
    if base.color is None or base.bgcolor is None:
        return strips
    fixed = RichStyle(color=base.color)
    out = []
    for strip in strips:
        segments = []
        for text, style, control in strip:
            if (
                style is not None
                and style.color is not None
                and any(c.isalnum() for c in text)  # words, not rules drawn between them
                and contrast(style.color, style.bgcolor or base.bgcolor) < MIN_CONTRAST
            ):
                style = style + fixed
            segments.append(Segment(text, style, control))
        out.append(Strip(segments, strip.cell_length))
    return out


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

    _legible_last: tuple[list[Strip], RichStyle, list[Strip]] | None = None
    """The highlighted option's strips as Textual cached them, the style, and their legible
    form: each of the option's lines asks again, and the work is the same each time."""

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        strips = super()._get_option_render(option, style)
        highlighted = self.highlighted_option
        if option is not highlighted or option.disabled:
            return strips
        base = style.rich_style
        last = self._legible_last
        if last is not None and last[0] is strips and last[1] == base:
            return last[2]
        legible = _legible(strips, base)
        self._legible_last = (strips, base, legible)
        return legible

    _lines_width: int | None = None
    """The width the line cache (each option's height) was measured at."""

    def _update_lines(self) -> None:
        """Textual's, measuring again when the width changed since the heights were taken.

        The list's own scrollbar comes when the heights it just measured overflow the view:
        two columns fewer, so options wrap to more lines, but the widget's size is the same
        and no resize clears Textual's cache. The stale heights cut each option's last line
        (a summary sentence's end, its "N sources"). Heights are cached by width in
        ``Hanging``, so measuring again at a width seen before costs a lookup per option.
        """
        for _ in range(2):  # the second pass measures at the width the scrollbar left
            width = self.scrollable_content_region.width
            if width != self._lines_width and self._line_cache.lines:
                self._line_cache.clear()
                self._option_render_cache.clear()
            super()._update_lines()
            self._lines_width = width
            if self.scrollable_content_region.width == width:
                return

    def _on_resize(self) -> None:
        """Textual's (clear the line cache), then bring the highlight back into view.

        Textual leaves the scroll where it was, so in a smaller terminal (or a tmux split) the
        highlighted story, sentence or quote could sit below the view: Enter opened, and d
        dropped, an entry the reader could not see. Lines re-wrap at the new width, so the old
        offset no longer shows the same text anyway.
        """
        super()._on_resize()
        self.call_after_refresh(self.scroll_to_highlight)

    def reset_cursor(self) -> None:
        """Highlight the first selectable option and show the list from its top."""
        first = next((i for i, o in enumerate(self.options) if not o.disabled), None)
        self.highlighted = first
        self.scroll_home(animate=False, immediate=True)

    def step(self, delta: int) -> None:
        """Move the highlight ``delta`` options, held at the first and last (a filter's arrows
        and page keys, which keep the keyboard in the filter)."""
        if self.option_count:
            index = self.highlighted or 0
            self.highlighted = max(0, min(self.option_count - 1, index + delta))

    @property
    def current_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def go_to(self, option_id: str, *, center: bool = True, whole: bool = False) -> bool:
        """Highlight the option with ``option_id`` and bring it into view.

        ``whole``: the view starts at an option's first line (a list of stories, whose
        options are several lines: a view opening on a lead cut from its title misleads).
        """
        try:
            index = self.get_option_index(option_id)
        except OptionDoesNotExist:
            return False
        self.highlighted = index
        if center:
            self.call_after_refresh(self._center, index, whole)
        return True

    def _center(self, index: int, whole: bool = False) -> None:
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
        y = max(0, top - max(0, (view - height) // 3))
        if whole:
            starts = sorted(set(self._index_to_line.values()))
            above = max((line for line in starts if line <= y), default=0)
            # the option starting above, when the highlighted one still fits; else its own
            y = above if top - above + height <= view else min(s for s in starts if s >= y)
        self.scroll_to(y=y, animate=False, immediate=True)
