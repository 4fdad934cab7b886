"""Ask for the summary's focus: a question or an angle ("" for a general summary)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from brief.tui.widgets.footer import BriefFooter

HINT = (
    "Enter ranks the summary toward it, still verbatim and cited; an empty line gives the "
    "general summary; Escape keeps the current one."
)


class FocusScreen(ModalScreen[str | None]):
    """Dismiss with the focus typed (maybe ""), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="brief.focus-cancel"),
    ]

    def __init__(self, current: str) -> None:
        super().__init__(classes="dialog")
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="focus-box", classes="dialog-box"):
            yield Static(Content.styled("Summary focus", "bold"), classes="dialog-title")
            yield Input(
                self.current,
                placeholder='a question or an angle, e.g. "economic impact"',
                id="focus-input",
            )
            yield Static(Content(HINT).stylize("italic"), markup=False, classes="help")
        yield BriefFooter()  # the dialog's keys, over the screen's behind it

    def on_mount(self) -> None:
        self.query_one("#focus-input", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        text = "".join(c if c.isprintable() else " " for c in event.value)
        self.dismiss(" ".join(text.split()))

    def action_cancel(self) -> None:
        self.dismiss(None)
