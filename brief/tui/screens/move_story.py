"""The "move this article" picker of a mixed set: another story, or a new one of its own.

Every title and outlet is untrusted text: it reaches the screen only as ``Content`` built by
``literal``, never through a markup parser.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from brief.model import Article
from brief.stories import Story
from brief.tui.screens.stories import found_in, matches
from brief.tui.text import counted, literal, source_label
from brief.tui.widgets.base import BriefList
from brief.tui.widgets.footer import BriefFooter

NEW_STORY = "\0new"
"""The move picker's answer for "split it off into a new story"."""


class MoveScreen(ModalScreen[str | None]):
    """Where should this article go: another story, or a new story of its own?

    Typing filters the stories as on the story list (a day's pile holds hundreds); the arrows
    move in the list while the filter keeps the keyboard.
    """

    DEFAULT_CSS = """
    MoveScreen {
        align: center middle;
        #move-box {
            width: 80%; max-width: 100; height: 70%;
            border: round $primary; background: $surface; padding: 0 1;
        }
        #move-question { height: auto; margin-bottom: 1; }
        #move-none { color: $text-muted; height: auto; }
        BriefList { height: 1fr; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Clear the filter, or cancel the move",
                id="brief.move-cancel"),
        Binding("enter", "pick", "Move here", id="brief.move-pick", priority=True),
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("up", "move(-1)", "Previous", show=False, priority=True),
        Binding("pagedown", "move(10)", "Page down", show=False, priority=True),
        Binding("pageup", "move(-10)", "Page up", show=False, priority=True),
    ]  # fmt: skip

    def __init__(
        self,
        article: Article,
        stories: Sequence[Story],
        current: str,
        excluded: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        """``excluded``: as for ``StoriesScreen`` (each story counted as the list counts it)."""
        super().__init__()
        self.article = article
        self.excluded = dict(excluded or {})
        self.targets = [s for s in stories if s.id != current]
        self.alone = len(next((s for s in stories if s.id == current), stories[0]).articles) == 1

    def compose(self) -> ComposeResult:
        with Vertical(id="move-box"):
            yield Static(
                Content.assemble("Move ", source_label(self.article).stylize("bold"), " to:"),
                id="move-question",
                markup=False,
            )  # fmt: skip
            yield Input(placeholder="Type to filter the stories", id="move-filter")
            yield Static(id="move-none", markup=False)
            yield BriefList(id="move-list")
        yield BriefFooter()  # the dialog's keys, over the screen's behind it

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        """The targets matching ``query``; "a new story" heads them while nothing is typed."""
        options: list[Option] = []
        if not self.alone and not query.strip():
            options.append(Option(Content.styled("A new story of its own", "bold"), id=NEW_STORY))
        for story in self.targets:
            if not matches(story, query):
                continue
            shown = story.without(self.excluded.get(story.id, ()))
            count = counted(len(shown.articles), "source")
            if len(shown.articles) < len(story.articles):
                count += f", {len(story.articles) - len(shown.articles)} excluded"
            row = Content.assemble(literal(shown.title), (f"  ({count})", "$text-muted"))
            found = found_in(story, query, story.title)
            if found is not None:  # as on the story list: why a story matched
                row = Content.assemble(row, ("  matches ", "$text-muted"), source_label(found))
            options.append(Option(row, id=story.id))
        listing = self.query_one(BriefList)
        listing.set_options(options)
        listing.reset_cursor()
        none = self.query_one("#move-none", Static)
        none.update("No story matches; Esc clears the filter")
        none.display = not options

    @on(Input.Changed, "#move-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_move(self, delta: int) -> None:
        self.query_one(BriefList).step(delta)

    def action_pick(self) -> None:
        chosen = self.query_one(BriefList).current_id
        if chosen is not None:  # nothing matches: Enter waits for a better filter
            self.dismiss(chosen)

    @on(BriefList.OptionSelected)
    def _selected(self, event: BriefList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        field = self.query_one(Input)
        if field.value:
            field.value = ""
        else:
            self.dismiss(None)
