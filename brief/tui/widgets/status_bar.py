"""One line under the panels: what is happening, and analysis progress while it runs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from brief.text.clean import printable


class Meter(Widget):
    """A progress bar drawn as one line of text (``done`` of ``total``; ``total`` None: unknown).

    Textual's ``ProgressBar`` is three widgets and, while the total is unknown, an animation
    repainting many times a second; this is one widget repainted when the progress moves.
    """

    DEFAULT_CSS = """
    Meter {
        height: 1;
        width: 30;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self.done: int | None = None
        self.total: int | None = None

    def update(self, done: int | None, total: int | None) -> None:
        if (done, total) != (self.done, self.total):
            self.done, self.total = done, total
            self.refresh()

    def render(self) -> Content:
        width = max(0, self.size.width - 5)
        if not self.total:  # unknown total: a dim full bar, no percentage
            return Content.styled("━" * width, "$foreground 30%")
        share = min(1.0, max(0.0, (self.done or 0) / self.total))
        filled = round(width * share)
        return Content.assemble(
            Content.styled("━" * filled, "$primary"),
            Content.styled("━" * (width - filled), "$foreground 15%"),
            f"{round(share * 100):>4}%",
        )


class StatusBar(Horizontal):
    """A message on the left, a progress bar on the right while the analysis runs.

    The message is a ``Static`` (a ``Label`` adds only CSS for variants this bar does not
    use), and the bar is mounted the first time there is progress to show: a second open
    never shows one, and every widget before the first frame costs start-up time.
    """

    def compose(self) -> ComposeResult:
        yield Static(id="status-text", markup=False)

    def say(self, message: str | Content) -> None:
        """Show ``message`` literally (it may hold file names or article text)."""
        content = message if isinstance(message, Content) else Content(printable(message))
        self.query_one("#status-text", Static).update(content)

    def progress(self, done: int | None, total: int | None) -> None:
        """Show progress (``done`` of ``total``); ``done=None`` hides the bar."""
        self.set_class(done is not None, "-busy")
        meters = self.query(Meter)
        if meters:
            meters.first().update(done, total)
        elif done is not None:
            meter = Meter(id="progress")
            meter.done, meter.total = done, total
            self.mount(meter)
