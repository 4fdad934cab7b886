"""Every key, by where it works (built from the bindings themselves, so it never drifts)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from brief.tui.text import Hanging
from brief.tui.widgets.footer import BriefFooter

Section = tuple[str, Sequence[Binding]]

MOUSE = (
    "Mouse: click a sentence, summary line or quote to select it; click a source in the "
    "list to show it; scroll panes with the wheel; click footer keys to run them."
)


class HelpScreen(ModalScreen[None]):
    """Keys grouped by the panel they act on."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,f1", "dismiss", "Close", id="brief.close-help"),
    ]

    def __init__(self, sections: Sequence[Section]) -> None:
        super().__init__(classes="dialog")
        self.sections = sections

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box", classes="dialog-box"):
            yield Static(Content.styled("Keys", "bold"), classes="dialog-title", markup=False)
            with VerticalScroll(id="help-list"):
                for title, bindings in self.sections:
                    yield Static(Content.styled(title, "bold $accent"), markup=False,
                                 classes="help-section")  # fmt: skip
                    for binding in bindings:
                        yield Static(self._row(binding), markup=False)
                yield Static(Content(MOUSE).stylize("italic"), markup=False, classes="help")
        yield BriefFooter()  # the dialog's keys, over the screen's behind it

    def _row(self, binding: Binding) -> Hanging:
        """Keys in a column, the description wrapped beside them."""
        keys = ", ".join(self.app.get_key_display(Binding(k, "")) for k in binding.key.split(","))
        gutter = Content.styled(f"  {keys:<16} ", "bold")
        return Hanging(gutter, Content(binding.tooltip or binding.description))

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)


def key_sections(panes: int = 3, web: bool = True) -> list[Section]:
    """Every binding of the app, grouped by where it works; of the keys that focus a source
    pane (1, 2, 3), those of the ``panes`` panes on screen (80 columns show two); the keys
    that need a web address (open, copy it, fetch again) only when ``web``: a set of files
    has none, and the key bar leaves them out too."""
    from brief.tui.screens.main import MainScreen
    from brief.tui.screens.stories import StoriesScreen
    from brief.tui.story_flow import STORY_BINDINGS
    from brief.tui.widgets.quote_panel import QuotePanel
    from brief.tui.widgets.source_list import WEB_ONLY, SourceList
    from brief.tui.widgets.source_pane import SourcePane
    from brief.tui.widgets.summary_panel import SummaryPanel

    hidden = {f"brief.focus-pane-{n}" for n in range(max(1, panes) + 1, 10)}
    if not web:
        hidden |= WEB_ONLY

    def own(cls: type) -> list[Binding]:
        return [b for b in cls.BINDINGS if isinstance(b, Binding) and b.id and b.id not in hidden]

    return [
        ("In a brief, any panel", [*own(MainScreen),
                      Binding("ctrl+p", "", "Command palette: every action by name"),
                      Binding("tab,shift+tab", "", "Move between panels"),
                      Binding("up,down", "", "A line up or down in a list; scroll a pane"),
                      Binding("pageup,pagedown", "", "A page up or down"),
                      Binding("home,end", "", "To the first or the last entry")]),
        ("Summary panel", own(SummaryPanel)),
        ("Quote panel", own(QuotePanel)),
        ("Source panes", own(SourcePane)),
        ("Source list", own(SourceList)),
        ("Mixed sets: stories", [*STORY_BINDINGS, *own(StoriesScreen),
                                 Binding("", "", "Story list: type to filter")]),
    ]  # fmt: skip
