"""Textual's footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` recomposes its key widgets (about twenty here) after every bindings
update: each focus change, each ``refresh_bindings``, and once per update even when several
arrive before the next refresh. At start-up that is five rebuilds of an identical row, a
large part of the time to the first complete screen. This one coalesces the updates that
arrive before a refresh and rebuilds only when what the footer would show has changed.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class BriefFooter(Footer):
    """A ``Footer`` that skips rebuilds which would show the same keys."""

    _pending = False
    _shown: Hashable = None

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if self.is_attached and self._keys() != self._shown:
            await self.recompose()

    def _keys(self) -> Hashable:
        """Everything ``Footer.compose`` reads to build its row."""
        shown = tuple(
            (binding, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )
        palette = self.app.COMMAND_PALETTE_BINDING if self.show_command_palette else None
        palette_key = self.screen.active_bindings.get(palette) if palette else None
        return shown, palette_key and palette_key[1:], self.app.ENABLE_COMMAND_PALETTE
