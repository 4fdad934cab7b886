"""The key bar at the bottom: one widget drawing one line, instead of Textual's ``Footer``.

Textual's ``Footer`` is a container of one ``FooterKey`` widget per key (about twenty here),
rebuilt after every bindings update. At start-up those widgets were half of the screen's
widgets: each styled, laid out and painted, and the row rebuilt twice after the first
frame, about 40 ms of CPU before the screen settled (``docs/decisions.md``, issue 11,
fourth round). This bar reads the same bindings (``Screen.active_bindings``) and paints
them as one line of text; an update only repaints it. A click on a key presses it, as
on Textual's footer; hovering a key shows its tooltip.
"""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import App
from textual.screen import Screen
from textual.widget import Widget


class _Key(NamedTuple):
    start: int
    end: int
    key: str
    enabled: bool
    tooltip: str


PANEL_FIRST = 2
"""The focused panel's first keys (its main actions: pin, drop, reject, show) are of tier 0,
kept as the bar narrows with the screen's ``KEY_BAR_TIERS`` keys of tier 0; its other keys
are of tier ``PANEL_REST``; a key the screen does not rank is of tier ``LAST``."""
PANEL_REST = 2
LAST = 3


def _rank(item: tuple[str, Any]) -> int:
    """The focused panel's keys first, then the app's own (a mixed set's ``esc Stories``,
    ``m Move``), then the screen's: the line is cut at the right, and the app's few keys
    came last, so even 200 columns never showed the way back to the story list."""
    node = item[1].node
    if isinstance(node, App):
        return 1
    return 2 if isinstance(node, Screen) else 0


class BriefFooter(Widget, can_focus=False):
    """The active bindings shown on one line, the command palette key at the right end."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"footer-key--key", "footer-key--description"}
    DEFAULT_CSS = """
    BriefFooter {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, compact: bool = True) -> None:
        super().__init__()
        self.compact = compact
        """One space between a key and its description, one between keys (as Textual's
        compact footer); otherwise one more on each side."""
        self._keys: list[_Key] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def _entries(self) -> tuple[list[tuple[str, str, str, bool, str, int]], tuple | None]:
        """(key, key display, description, enabled, tooltip, tier) per shown binding, and
        the palette key's, which goes at the right end. A narrow bar keeps the keys of tier
        0 first, then 1... (``KEY_BAR_TIERS``, ``PANEL_FIRST``)."""
        app = self.app
        bindings = self.screen.active_bindings
        palette_key = app.COMMAND_PALETTE_BINDING if app.ENABLE_COMMAND_PALETTE else None
        tiers: dict[str, int] = getattr(self.screen, "KEY_BAR_TIERS", {})
        entries, seen, panel = [], set(), 0
        for key, (node, binding, enabled, tooltip) in sorted(bindings.items(), key=_rank):
            if not binding.show or binding.action in seen or key == palette_key:
                continue
            hides = getattr(node, "hide_in_footer", None)
            if hides is not None and hides(binding):
                continue  # a key that cannot apply here (web keys in a folder of files)
            seen.add(binding.action)  # several keys for one action: the first is shown
            display = app.get_key_display(binding)
            tier = tiers.get(binding.id or "", LAST)
            if not isinstance(node, (App, Screen)):  # the focused panel's own
                tier = 0 if panel < PANEL_FIRST else min(tier, PANEL_REST)
                panel += 1
            entries.append((binding.key, display, binding.description, enabled, tooltip, tier))
        palette = None
        if palette_key is not None and palette_key in bindings:
            _, binding, enabled, _ = bindings[palette_key]
            tip = binding.tooltip or binding.description
            palette = (binding.key, app.get_key_display(binding), binding.description, enabled,
                       tip)  # fmt: skip
        return entries, palette

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        text_style = self.get_component_rich_style("footer-key--description")
        dim = Style(dim=True)  # a key whose action is not available now
        pad = "" if self.compact else " "
        width = self.size.width
        entries, palette = self._entries()
        tail = Text()
        if palette is not None:
            _key, display, description, enabled, _tip = palette
            tail = Text.assemble(
                ("\u258f", Style(dim=True)), (f"{pad}{display}", key_style),
                (f" {description}", text_style),
            )  # fmt: skip
        room = max(0, width - tail.cell_len)
        parts = []
        for key, display, description, enabled, tooltip, tier in entries:
            part = Text.assemble(
                (f"{pad}{display}", key_style), (f" {description}{pad}", text_style)
            )
            if not enabled:
                part.stylize(dim)
            parts.append((tier, part, key, enabled, tooltip or description))
        line = Text(no_wrap=True, overflow="crop")
        keys: list[_Key] = []
        for _tier, part, key, enabled, tooltip in _fitting(parts, room):
            gap = 1 if keys else 0  # one space between keys
            line.append(" " * gap)
            keys.append(_Key(line.cell_len, line.cell_len + part.cell_len, key, enabled,
                             tooltip))  # fmt: skip
            line.append_text(part)
        if palette is not None:
            line.pad_right(max(0, width - line.cell_len - tail.cell_len))
            start = line.cell_len + 1  # after the separator
            line.append_text(tail)
            key, _display, _description, enabled, tooltip = palette
            keys.append(_Key(start, line.cell_len, key, enabled, tooltip))
        self._keys = keys
        return line

    def _key_at(self, x: int) -> _Key | None:
        return next((k for k in self._keys if k.start <= x < k.end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._key_at(event.x)
        self.tooltip = key.tooltip if key is not None and key.tooltip else None


def _fitting(parts: list[tuple[int, Text, str, bool, str]], room: int) -> list[tuple]:
    """The keys that fit in ``room`` cells, one space apart, taken by tier (then in order; a
    key is shown whole or not at all), in the order of ``parts``."""
    chosen: set[int] = set()
    used = -1
    for index in sorted(range(len(parts)), key=lambda i: (parts[i][0], i)):
        width = parts[index][1].cell_len + 1
        if used + width <= room:
            chosen.add(index)
            used += width
    return [part for index, part in enumerate(parts) if index in chosen]
