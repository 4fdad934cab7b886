"""The title bar: one widget drawing what Textual's ``Header`` draws with four.

Textual's ``Header`` is a container of an icon, a title and a clock space, each a widget
styled, laid out and painted on its own, and its title is set by an async watcher after
mounting. Every widget before the first frame costs start-up time (``docs/decisions.md``,
issue 11, sixth round), so this bar paints the same cells as one line of text: the icon in
the first ``ICON_WIDTH`` columns (hover shades it; a click opens the command palette), the
title and sub-title centred between it and the ``SPACE_WIDTH`` columns Textual keeps for
the clock, cut with an ellipsis when they do not fit. A click elsewhere makes the bar three
lines tall, or one again, as Textual's does. Tested cell by cell against Textual's own.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.content import Content
from textual.css.types import AlignHorizontal, AlignVertical
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import RenderOptions
from textual.widget import Widget
from typing_extensions import Self

ICON_WIDTH = 8
"""Textual's ``HeaderIcon``: 8 columns, the icon after one column of padding."""
SPACE_WIDTH = 10
"""Textual's ``HeaderClockSpace`` (no clock): 10 blank columns at the right."""
HOVER_ALPHA = 0.1
"""``HeaderIcon:hover``'s background: ``$foreground 10%``."""
TITLE = {"text_wrap": "nowrap", "text_overflow": "ellipsis"}
"""``HeaderTitle``'s rules: one line, cut with an ellipsis."""


class BriefHeader(Widget, can_focus=False):
    """The app's title and the screen's sub-title, centred, on a one-line bar."""

    DEFAULT_CSS = """
    BriefHeader {
        dock: top;
        width: 100%;
        background: $panel;
        color: $foreground;
        height: 1;
        &.-tall {
            height: 3;
        }
    }
    """

    def __init__(self, icon: str = "⭘", *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.icon = icon
        self._over_icon = False
        self._lines: list[Strip] | None = None
        self._lines_key: tuple[object, ...] = ()

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self._retitle, init=False)
            self.watch(node, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        self.refresh()

    @property
    def _palette(self) -> bool:
        return bool(self.app.ENABLE_COMMAND_PALETTE)

    def render(self) -> Content:
        """The title: what a selection in the bar copies (``get_selection``)."""
        screen, app = self.screen, self.app
        return app.format_title(
            app.title if screen.title is None else screen.title,
            app.sub_title if screen.sub_title is None else screen.sub_title,
        )

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        return selection.extract(self.render().plain), "\n"

    def render_line(self, y: int) -> Strip:
        width, height = self.size
        key = (width, height, self.visual_style, self._over_icon, self.text_selection)
        if self._lines is None or key != self._lines_key:
            self._lines, self._lines_key = self._render_rows(width, height), key
        return self._lines[y] if y < len(self._lines) else Strip.blank(width)

    def refresh(self, *args: Any, **kwargs: Any) -> Self:
        self._lines = None  # a title changed
        return super().refresh(*args, **kwargs)

    def _render_rows(self, width: int, height: int) -> list[Strip]:
        """Every row, each region rendered and padded as Textual renders its widget: the
        content through ``Content.render_strips`` and ``Strip.align``, the padding and the
        rows below a one-line title in the background colour only."""
        style = self.visual_style
        icon_style = style
        if self._over_icon and self._palette:
            hover = self.styles.background + self.styles.color.with_alpha(HOVER_ALPHA)
            icon_style = style + VisualStyle(background=hover)
        back = RichStyle(bgcolor=style.rich_style.bgcolor)
        icon_back = RichStyle(bgcolor=icon_style.rich_style.bgcolor)
        inner = ICON_WIDTH - 2
        icon = self._region(Content(self.icon), inner, height, icon_style, "left", "middle")
        title_width = max(0, width - ICON_WIDTH - SPACE_WIDTH)
        title = self._region(self.render(), title_width, 1, style, "center", "middle", True)
        # the clock's space: its empty content line, then its blank rows
        empty = Content("").render_strips(SPACE_WIDTH - 2, height, style, self._options())
        space = [empty[0].extend_cell_length(SPACE_WIDTH - 2, back)]
        space += [Strip.blank(SPACE_WIDTH - 2, style.rich_style)] * (height - 1)
        rows = []
        for row in range(height):
            left = Strip.join([
                Strip([Segment(" ", icon_back)], 1), icon[row], Strip([Segment(" ", icon_back)], 1),
                title[row] if row < len(title) else Strip.blank(title_width, back),
            ])  # fmt: skip
            right = Strip.join([Strip([Segment(" ", back)], 1), space[row],
                                Strip([Segment(" ", back)], 1)])  # fmt: skip
            # the space is docked last: on a narrow screen it covers the icon, as in Textual
            rows.append(Strip.join([
                left.crop(0, max(0, width - SPACE_WIDTH)),
                right.crop(max(0, SPACE_WIDTH - width), SPACE_WIDTH),
            ]))  # fmt: skip
        return rows

    def _options(self, title: bool = False) -> RenderOptions:
        if not title:
            return RenderOptions(self._get_style, {}, None, None)  # type: ignore[arg-type]
        selection, selected = self.text_selection, None
        if selection is not None:
            styles = self.screen.get_component_styles("screen--selection")
            selected = VisualStyle.from_styles(styles)
        return RenderOptions(self._get_style, TITLE, selection, selected)  # type: ignore[arg-type]

    def _region(
        self,
        content: Content,
        width: int,
        height: int,
        style: VisualStyle,
        horizontal: AlignHorizontal,
        vertical: AlignVertical,
        title: bool = False,
    ) -> list[Strip]:
        """``content`` aligned in a ``width`` x ``height`` box (``Visual.to_strips``' way)."""
        if width <= 0:
            return [Strip([], 0)] * height
        strips = content.render_strips(width, height, style, self._options(title))
        pad = (style + VisualStyle(reverse=False)).rich_style
        return list(Strip.align(strips, pad, width, height, horizontal, vertical))

    def _on_icon(self, x: int) -> bool:
        return x < ICON_WIDTH

    def on_mouse_move(self, event: events.MouseMove) -> None:
        over = self._on_icon(event.x)
        if over != self._over_icon:
            self._over_icon = over
            self.refresh()
        self.tooltip = "Open the command palette" if over and self._palette else None

    def on_leave(self, event: events.Leave) -> None:
        if self._over_icon:
            self._over_icon = False
            self.refresh()
        self.tooltip = None

    async def on_click(self, event: events.Click) -> None:
        if self._on_icon(event.x) and self._palette:
            event.stop()
            await self.run_action("app.command_palette")
            return
        self.toggle_class("-tall")
