"""One line under the panels: what is happening, and analysis progress while it runs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, ProgressBar

from brief.text.clean import printable


class StatusBar(Horizontal):
    """A message on the left, a progress bar on the right while the analysis runs."""

    def compose(self) -> ComposeResult:
        yield Label(id="status-text", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="progress")

    def say(self, message: str | Content) -> None:
        """Show ``message`` literally (it may hold file names or article text)."""
        content = message if isinstance(message, Content) else Content(printable(message))
        self.query_one("#status-text", Label).update(content)

    def progress(self, done: int | None, total: int | None) -> None:
        """Show progress (``done`` of ``total``); ``done=None`` hides the bar."""
        bar = self.query_one("#progress", ProgressBar)
        if done is None:
            self.remove_class("-busy")
            bar.update(total=1, progress=1)  # stops the indeterminate animation's timer
            return
        self.add_class("-busy")
        bar.update(total=total, progress=done)
