"""The story list: a mixed set, grouped into stories (the "move this article" picker is in
``move_story``).

Every title, lead and outlet is untrusted text: it reaches the screen only as ``Content``
built by ``literal``, never through a markup parser.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from brief.model import Article, UnreadSource
from brief.stories import Story
from brief.text.clean import clip, printable
from brief.tui.text import counted, literal, source_label
from brief.tui.widgets.base import BriefList
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.header import BriefHeader
from brief.tui.widgets.source_list import unread_note


def date_range(story: Story) -> str:
    if not story.first:
        return "undated"
    return story.first if story.first == story.last else f"{story.first} to {story.last}"


_OPENS = "\"“„«'‘"
_CLOSES = "\"”“»'’"
_INNER_CLOSE = re.compile(r"[\"”»]|['’][,.;:!?]?(?=\s)")
"""A quotation closing inside a sentence (a straight or curly double quote, or a single
quote before a space: not the apostrophe of "don't")."""


_ASKING = frozenset(
    ("who", "whom", "whose", "what", "which", "when", "where", "why", "how", "is", "are", "was",
     "were", "am", "do", "does", "did", "can", "could", "will", "would", "shall", "should",
     "may", "might", "must", "has", "have", "had")
)  # fmt: skip
"""Words that open a question ("What is left?", "Could it live up to the hype?")."""
_JOINING = frozenset(("and", "but", "so", "or", "yet", "then", "now", "well"))
"""Words before a question's own opening word ("And can the revival go on?")."""
_BREAK = re.compile(r"[,;:(]|\s[-–—]+\s|—|\sbut\s")
"""Where a statement gives way to the question after it: a comma, a colon, a semicolon, a
bracket, a dash, or "but"."""


def tells(sentence: str) -> bool:
    """Whether a sentence can stand as a one-line lead: not a question (a feature's opening
    "Who can stop them now?") and not a quotation on its own, with no one saying it.

    A sentence that states something before its question ("The harbour tram is nearly
    built, but will anyone ride it in winter?") tells: it does not open as a
    question, and at least three words come before a break (a comma, a dash, "but", ...)."""
    text = sentence.strip()
    if text.rstrip(_CLOSES).rstrip().endswith("?"):  # "(3 years?)" ends an assertion
        return _states_first(text)
    quoted = len(text) > 1 and text[0] in _OPENS and text[-1] in _CLOSES
    return not quoted or _INNER_CLOSE.search(text, 1, len(text) - 1) is not None


def _states_first(question: str) -> bool:
    """Whether a sentence ending in a question mark states something before its question
    (a bare quotation of a question does not: its own marks open it)."""
    if question[0] in _OPENS:
        return False
    words = [w.strip("'’,;:-–—").lower() for w in question.split()]
    first = next((w for w in words if w not in _JOINING), "")
    if not first or first in _ASKING or first.endswith(("n't", "n’t")):
        return False
    return any(len(question[: m.start()].split()) >= 3 for m in _BREAK.finditer(question))


def _sentences(article: Article) -> list[str]:
    return [s.text for s in article.body_sentences] or [article.text]


def _telling(sentences: Sequence[str]) -> int:
    """The first of ``sentences`` that tells the story (``tells``), else the first."""
    return next((n for n, sentence in enumerate(sentences) if tells(sentence)), 0)


def lead(article: Article, words: int = 24) -> str:
    """The opening words of the article's first body sentence that tells the story."""
    sentences = _sentences(article)
    first = sentences[_telling(sentences)].split()
    text = " ".join(first[:words]) + ("…" if len(first) > words else "")
    return clip(text, words * 12)  # a "word" may be a whole file written without spaces


def _lead_under(title: str, article: Article, words: int = 24) -> str:
    """The lead shown under ``title``: the article's first sentence that tells the story
    (``tells``: an opening question or a bare quotation is passed over), or, when the title
    is made of the opening words of that first sentence (no headline), what follows them,
    so the line adds something."""
    sentences = _sentences(article)
    if _telling(sentences):
        return lead(article, words)
    opening = title.removesuffix("…").split()
    first = sentences[0].split()
    if not opening or first[: len(opening)] != opening:
        return lead(article, words)
    rest = first[len(opening) :]
    if rest:
        text = "…" + " ".join(rest[:words]) + ("…" if len(rest) > words else "")
    elif len(sentences) > 1:
        following = sentences[1].split()
        text = " ".join(following[:words]) + ("…" if len(following) > words else "")
    else:
        return ""
    return clip(text, words * 12)


def story_prompt(story: Story, query: str = "", excluded: Collection[str] = ()) -> Content:
    """Three lines: the title; sources, outlets and dates; a one-line lead, or, when the
    filter ``query`` matched an article the first two lines do not show, that article.

    The counts and dates are those of the story's brief: without the sources ``excluded``
    in its review, which the line says (the list counted them, and gave their dates)."""
    whole, story = story, story.without(excluded)
    counts = counted(len(story.articles), "source")
    if len(story.articles) < len(whole.articles):
        counts += f" ({len(whole.articles) - len(story.articles)} excluded)"
    if story.outlets_label:
        counts += f" · {story.outlets_label}"
    titled = [a for a in story.articles if a.title == story.title]
    first = (titled or [a for a in story.articles if a.duplicate_of is None] or story.articles)[0]
    under = _lead_under(story.title, first)
    found = found_in(whole, query, f"{story.title} {under}")
    third = literal(under).stylize("italic")
    if found is not None:
        outlet = Content(" · ") + literal(found.outlet) if found.outlet else Content("")
        third = Content.assemble(("matches ", "$text-muted"), source_label(found), outlet)
    return Content("\n").join(
        [
            literal(story.title).stylize("bold"),
            Content.styled(f"{counts} · {date_range(story)}", "$text-muted"),
            third,
        ]
    )


def _fields(article: Article) -> str:
    return f"{article.title} {article.outlet} {lead(article, 40)}"


def matches(story: Story, query: str) -> bool:
    """Case-insensitive: every word of ``query`` in the title, a headline, an outlet or a lead."""
    words = query.casefold().split()
    if not words:
        return True
    haystack = " ".join(
        [story.title, *(a.title for a in story.articles), *(a.outlet for a in story.articles)]
        + [lead(a, 40) for a in story.articles[:3]]
    ).casefold()
    return all(word in haystack for word in words)


def found_in(story: Story, query: str, shown: str) -> Article | None:
    """The article a filter found in ``story`` when what its row shows does not hold every
    word typed: a story matched for one article's headline ("museum" finding a museum's
    reopening grouped under a port strike) read as a wrong match."""
    words = query.casefold().split()
    seen = shown.casefold()
    if not words or all(word in seen for word in words):
        return None
    missing = [word for word in words if word not in seen]
    return max(
        story.articles,
        key=lambda a: sum(word in _fields(a).casefold() for word in missing),
    )


class StoryList(BriefList):
    """The stories, three lines each; Enter opens one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Open", tooltip="Open this story's brief",
                id="brief.open-story"),
    ]  # fmt: skip


class StoriesScreen(Screen[None]):
    """Every story of a mixed set; type to filter, Enter to open, position kept on return."""

    DEFAULT_CSS = """
    StoriesScreen {
        #story-filter { margin: 0 1; }
        #story-count { color: $text-muted; padding: 0 2; height: auto; }
        #story-unread { padding: 0 2; height: auto; max-height: 7; }
        StoryList {
            height: 1fr;
            border: round $primary;
            background: $surface;
            & > .option-list--separator { color: $foreground 10%; }
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("up", "move(-1)", "Previous", show=False, priority=True),
        Binding("pagedown", "move(10)", "Page down", show=False, priority=True),
        Binding("pageup", "move(-10)", "Page up", show=False, priority=True),
        # priority: the filter (focused from the start) has its own Enter, which hid this
        # one from the key bar: the bar named no way into a story
        Binding("enter", "open", "Open", tooltip="Open the highlighted story's brief",
                id="brief.open-highlighted", priority=True),
        Binding("escape", "clear", "Clear filter", tooltip="Clear the filter",
                id="brief.clear-filter"),
        # priority: the app's own ctrl+q (hidden) would otherwise hide it from the footer,
        # and "q" types into the filter, so the footer is where a reader finds how to quit
        Binding("ctrl+q", "app.quit", "Quit", id="brief.stories-quit", priority=True),
        # the brief screen's export keys ("e" types into the filter here): a word, not silence
        Binding("ctrl+s", "export_hint", "Export", show=False, id="brief.stories-export"),
        # "?" types into the filter too (and matched no story: an empty list, no word)
        Binding("f1", "help", "Help", tooltip="Every key, by panel",
                id="brief.stories-help"),
    ]  # fmt: skip

    def __init__(
        self,
        stories: Sequence[Story],
        articles: int,
        keep: str | None = None,
        excluded: Mapping[str, Collection[str]] | None = None,
        unread: Sequence[UnreadSource] = (),
    ) -> None:
        """``keep``: the story to highlight first (the one last opened in this pile);
        ``excluded``: the sources each story's review excludes, by story id; ``unread``:
        the sources not read, named under the list (else said only inside a story)."""
        super().__init__()
        self.stories = tuple(stories)
        self.articles = articles
        self.shown: list[Story] = []
        self._keep = keep
        self.excluded = dict(excluded or {})
        self.unread = tuple(unread)

    def compose(self) -> ComposeResult:
        yield BriefHeader(icon="")
        yield Input(placeholder="Type to filter the stories", id="story-filter")
        yield Static(id="story-count", markup=False)
        yield StoryList(id="story-list")
        note = Static(unread_note(self.unread), id="story-unread", markup=False)
        note.display = bool(self.unread)
        yield note
        yield BriefFooter(compact=True)

    def on_mount(self) -> None:
        self._fill("", self._keep, center=True)
        self.query_one(Input).focus()

    def set_stories(
        self,
        stories: Sequence[Story],
        keep: str | None = None,
        excluded: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        """Replace the stories (after a move) and what their reviews exclude, keeping the
        highlight on ``keep`` if present."""
        self.stories = tuple(stories)
        self.excluded = dict(excluded or {})
        if self.is_mounted:
            self._fill(self.query_one(Input).value, keep)

    def select_filter(self) -> None:
        """Back from a brief: the filter typed before stays (with its list and highlight),
        selected, so that the next search typed replaces it; it was appended to ("senna"
        then "valdora" gave "sennavaldora", which matched nothing)."""
        field = self.query_one(Input)
        if field.value:
            field.focus()
            field.select_all()

    @property
    def current(self) -> Story | None:
        index = self.query_one(StoryList).highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None

    def _fill(self, query: str, keep: str | None = None, *, center: bool = False) -> None:
        listing = self.query_one(StoryList)
        keep = keep or (self.current.id if self.current else None)
        self.shown = [s for s in self.stories if matches(s, query)]
        label = "story" if len(self.stories) == 1 else "stories"
        self.sub_title = f"{len(self.stories)} {label} in {self.articles} articles"
        options: list[Option | None] = []
        for story in self.shown:
            prompt = story_prompt(story, query, self.excluded.get(story.id, ()))
            options += [Option(prompt, id=story.id), None]
        listing.set_options(options[:-1])
        total = len(self.stories)
        label = "story" if total == 1 else "stories"
        if not query:
            said = f"{total} {label}, largest first · Enter opens · Esc in a brief comes back here"
        elif self.shown:
            said = f"{len(self.shown)} of {total} {label}"
        else:  # an empty box said nothing ("?" typed for help matches no story)
            typed = printable(clip(query, 40))
            said = f"No story matches “{typed}”; Esc clears the filter, F1 lists the keys"
        self.query_one("#story-count", Static).update(said)
        if keep is None or not listing.go_to(keep, center=center, whole=True):
            listing.reset_cursor()

    @on(Input.Changed, "#story-filter")
    def _filter(self, event: Input.Changed) -> None:
        """Typing highlights the first match (Enter opens what the reader just found, not a
        story highlighted before, further down); clearing keeps the highlighted story."""
        if event.value.strip():
            self.query_one(StoryList).highlighted = None
        self._fill(event.value)
        self.refresh_bindings()  # "esc Clear filter" comes and goes with the filter's text

    @on(Input.Submitted, "#story-filter")
    def _submitted(self) -> None:
        self._open(self.current)

    @on(BriefList.OptionSelected, "#story-list")
    def _selected(self, event: BriefList.OptionSelected) -> None:
        event.stop()
        self._open(next((s for s in self.shown if s.id == event.option.id), None))

    def _open(self, story: Story | None) -> None:
        if story is not None:
            self.app.open_story(story)  # type: ignore[attr-defined]

    def action_open(self) -> None:
        self._open(self.current)

    def action_move(self, delta: int) -> None:
        self.query_one(StoryList).step(delta)

    def action_export_hint(self) -> None:
        self.notify(
            "Open a story (Enter), then e exports its brief. Every story at once: "
            "brief export --stories PATH -o FOLDER",
            timeout=10,
            markup=False,
        )

    def action_help(self) -> None:
        self.app.action_help()  # type: ignore[attr-defined]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc is "Clear filter" only when the filter holds something to clear: shown on an
        empty filter it did nothing a reader could see (it only moved the focus)."""
        if action == "clear" and self.is_mounted:
            return bool(self.query_one(Input).value)
        return True

    def action_clear(self) -> None:
        field = self.query_one(Input)
        field.value = ""
        field.focus()
