"""The list of sources: which are shown in panes, which are excluded, which are copies."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from brief.model import Article, UnreadSource
from brief.naming import shown_date
from brief.tui.messages import ReviewRequested, SourceAction, SourceRequested
from brief.tui.text import Hanging, counted, literal, source_label, struck
from brief.tui.widgets.base import BriefList

WEB_ONLY = frozenset({"brief.open-source", "brief.copy-url", "brief.refetch"})
"""The ids of the keys that need a web address: not in the key bar when no source has one."""


def has_web_address(articles: Sequence[Article], unread: Sequence[UnreadSource]) -> bool:
    """Whether any source (or any web source that could not be read) has an address."""
    return any(a.url or a.final_url for a in articles) or any(is_web(u) for u in unread)


class SourceList(BriefList):
    """One line per article: number, outlet or date, headline; Enter shows it in a pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Show", tooltip="Show this source in a pane",
                id="brief.show-source"),
        Binding("x", "toggle_exclude", "Exclude", tooltip="Exclude this source from the brief, "
                "or include it again", id="brief.exclude-source"),
        Binding("o", "source('open')", "Open", tooltip="Open the source's web address in the "
                "browser", id="brief.open-source"),
        Binding("y", "source('copy-url')", "Copy URL", tooltip="Copy the source's web address",
                id="brief.copy-url"),
        Binding("Y", "source('copy-citation')", "Copy citation", tooltip="Copy a markdown "
                "citation of the source", id="brief.copy-citation"),
        Binding("r", "source('refetch')", "Refetch", tooltip="Fetch the source again (web "
                "sources)", id="brief.refetch"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.articles: tuple[Article, ...] = ()
        self._excluded: frozenset[str] = frozenset()
        self._shown: tuple[str, ...] = ()
        self.unread: tuple[UnreadSource, ...] = ()
        self.web = False
        """A source of the set has a web address: the keys of ``WEB_ONLY`` apply."""

    def show(self, articles: Sequence[Article], unread: Sequence[UnreadSource] = ()) -> None:
        keep = self.current_id
        self.articles, self.unread = tuple(articles), tuple(unread)
        self.set_options(Option(self._prompt(i, a), id=a.id) for i, a in enumerate(articles, 1))
        self.add_options(
            Option(unread_prompt(item), id=f"unread:{n}") for n, item in enumerate(self.unread)
        )
        self._retitle()  # set_state may find nothing changed: the title must be whole already
        self.web = has_web_address(self.articles, self.unread)
        self.screen.refresh_bindings()  # o, y and r come and go with web sources
        if keep is None or not self.go_to(keep, center=False):
            self.reset_cursor()

    def set_state(self, excluded: Collection[str], shown: Sequence[str]) -> None:
        """Refresh the marks: excluded sources, and the pane number of shown ones."""
        excluded, shown = frozenset(excluded), tuple(shown)
        if (excluded, shown) == (self._excluded, self._shown):
            return
        changed = (excluded ^ self._excluded) | set(shown) | set(self._shown)
        changed |= {a.id for a in self.articles if a.duplicate_of in changed}  # "(copy)" marks
        self._excluded, self._shown = excluded, shown
        for number, article in enumerate(self.articles, 1):
            if article.id in changed:  # only these lines differ (1,000-article sets)
                self.replace_option_prompt(article.id, self._prompt(number, article))
        self._retitle()

    def _retitle(self) -> None:
        count = len(self.articles) - len(self._excluded & {a.id for a in self.articles})
        web = sum(1 for u in self.unread if is_web(u))
        skipped = (
            len(self.unread) - web
        )  # files: skipped, not "unread" (a folder's line holds many)
        unread = f" · {web} unread" if web else ""
        unread += f" · {skipped} skipped" if skipped else ""
        self.border_title = Content(f"Sources ({count}/{len(self.articles)}){unread}")

    def _prompt(self, number: int, article: Article) -> Hanging:
        label = article.outlet or shown_date(article)
        pane = (
            Content.styled(f"[{self._shown.index(article.id) + 1}]", "bold $primary")
            if article.id in self._shown
            else Content("   ")
        )
        parts = [Content(f"{number}. ")]
        if label:
            parts += [literal(label).stylize("bold"), Content(" · ")]
        parts.append(source_label(article))
        if article.duplicate_of and article.duplicate_of not in self._excluded:
            parts.append(Content.styled(" (copy)", "$text-muted"))
        if article.feed_text:  # the page itself was not read (see its pane's heading)
            parts.append(Content.styled(" (text from the feed)", "$text-muted"))
        content = Content("").join(parts)
        if article.id in self._excluded:
            content = struck(content, "excluded")
        return Hanging(Content.assemble(pane, " "), content)

    @on(BriefList.OptionSelected)
    def _chosen(self, event: BriefList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(SourceRequested(event.option.id))

    def action_toggle_exclude(self) -> None:
        option_id = self.current_id
        if option_id is not None and not option_id.startswith("unread:"):
            self.post_message(ReviewRequested("exclude", option_id))

    def hide_in_footer(self, binding: Binding) -> bool:
        """A folder of files has no address to open, copy or fetch: those keys are left out
        of the key bar (pressed, they still say why they do nothing)."""
        return not self.web and binding.id in WEB_ONLY

    def action_source(self, action: str) -> None:
        option_id = self.current_id
        if option_id is not None:
            self.post_message(SourceAction(action, option_id))

    def show_progress(self, lines: Sequence[Content], summary: str, follow: int = -1) -> None:
        """While web sources are fetched: one line per source with its state; the line
        ``follow`` (the latest news) is kept in view."""
        self.set_options(Option(line, id=f"progress:{n}") for n, line in enumerate(lines))
        self.border_title = Content(summary)
        if 0 <= follow < len(lines):
            self.highlighted = follow


def is_web(item: UnreadSource) -> bool:
    """A web source that could not be read (else a file, or a folder's files, skipped)."""
    return item.url.startswith(("http://", "https://"))


def unread_prompt(item: UnreadSource) -> Hanging:
    """``✗ address — could not be read: reason``; for a file, ``✗ path — skipped: reason``
    ("could not be read" said of a folder whose 30 PDFs were skipped read as the folder)."""
    return Hanging(Content.styled(" ✗  ", "bold $error"), _unread_text(item))


def _unread_text(item: UnreadSource) -> Content:
    said = " — could not be read: " if is_web(item) else " — skipped: "
    return Content.assemble(
        literal(item.url).stylize("$text-muted"), (said, "$error"), literal(item.reason)
    )


UNREAD_SHOWN = 4
"""Unread sources the story list names under its stories (each story's source list has all)."""


def unread_note(unread: Sequence[UnreadSource]) -> Content:
    """What a mixed set's story list says under its stories of the sources not read: the
    counts, then the first few as the source lists give them (empty when none)."""
    if not unread:
        return Content("")
    web = sum(1 for u in unread if is_web(u))
    counts = [f"{counted(web, 'web source')} could not be read"] if web else []
    if len(unread) > web:
        counts.append(f"{counted(len(unread) - web, 'file')} skipped")
    head = Content.styled(
        " · ".join(counts) + " (every story's source list ends with them):", "bold $warning"
    )
    lines = [head]
    for item in unread[:UNREAD_SHOWN]:
        lines.append(Content.assemble((" ✗ ", "bold $error"), _unread_text(item)))
    if len(unread) > UNREAD_SHOWN:
        lines.append(Content.styled(f"   … and {len(unread) - UNREAD_SHOWN} more", "$text-muted"))
    return Content("\n").join(lines)
