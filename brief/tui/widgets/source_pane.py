"""One article, sentence by sentence: linked spans highlighted, boilerplate dimmed or hidden."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option, OptionDoesNotExist

from brief.model import Article, Sentence
from brief.tui.messages import JumpRequested, ReviewRequested, SourceAction
from brief.tui.text import (
    ROLE_STYLE,
    Hanging,
    Span,
    article_heading,
    fit_label,
    literal,
    sentence_content,
    source_label,
)
from brief.tui.widgets.base import BriefList

FURNITURE = ("boilerplate", "meta")
"""Paragraph roles that are page furniture: dimmed, or hidden with the toggle."""


class SourcePane(BriefList):
    """A source article as a list of sentences (one option each, paragraphs separated)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "toggle_pin", "Pin", tooltip="Pin this sentence into the summary, or unpin it",
                id="brief.pin-sentence"),
        Binding("g", "jump", "Go to brief", tooltip="Jump to the summary sentence or quote "
                "this sentence feeds", id="brief.jump"),
        Binding("x", "toggle_exclude", "Exclude", tooltip="Exclude this source from the brief, "
                "or include it again", id="brief.exclude-source"),
        Binding("o", "source('open')", "Open", tooltip="Open the source's web address in the "
                "browser", show=False, id="brief.open-source"),
        Binding("y", "source('copy-url')", "Copy URL", tooltip="Copy the source's web address",
                show=False, id="brief.copy-url"),
        Binding("Y", "source('copy-citation')", "Copy citation", tooltip="Copy a markdown "
                "citation of the source", show=False, id="brief.copy-citation"),
    ]  # fmt: skip

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.article: Article | None = None
        self.show_furniture = True
        self.excluded = False
        self._marks: dict[int, tuple[Span, ...]] = {}
        """Sentence index to highlighted spans."""
        self._summary: frozenset[int] = frozenset()
        self._quotes: frozenset[int] = frozenset()
        self._pinned: frozenset[str] = frozenset()

    # --- content -------------------------------------------------------------------------

    def show(
        self,
        article: Article | None,
        *,
        furniture: bool | None = None,
        badges: tuple[Collection[int], Collection[int], Collection[str]] | None = None,
    ) -> None:
        """Show ``article`` (keeping the cursor when it is the same one); ``badges`` as for
        ``set_badges``, taken before the sentences are built (not rebuilt for them after)."""
        unchanged = article is self.article and furniture in (None, self.show_furniture)
        if unchanged and self.option_count:
            self._label()  # the excluded mark may have changed
            self.set_class(self.excluded, "-excluded")
            return
        if furniture is not None:
            self.show_furniture = furniture
        if badges is not None:
            summary, quotes, pinned = badges
            self._summary, self._quotes, self._pinned = (
                frozenset(summary), frozenset(quotes), frozenset(pinned)
            )  # fmt: skip
        keep = self.current_id if article is self.article else None
        if article is not self.article:
            self._marks = {}
        self.article = article
        self._rebuild(keep)

    def set_badges(
        self, summary: Collection[int], quotes: Collection[int], pinned: Collection[str]
    ) -> None:
        """Mark sentences feeding the summary (by index), quotes (by index), pinned (by key)."""
        summary, quotes, pinned = frozenset(summary), frozenset(quotes), frozenset(pinned)
        if (summary, quotes, pinned) == (self._summary, self._quotes, self._pinned):
            return
        article = self.article
        before = [self._gutter(s) for s in article.sentences] if article else []
        self._summary, self._quotes, self._pinned = summary, quotes, pinned
        if article is None:
            return
        # only the sentences whose mark changed: a prompt is rebuilt and measured again
        for sentence, was in zip(article.sentences, before, strict=True):
            if self._gutter(sentence) != was:
                self._replace_sentence(sentence)

    def set_marks(self, spans: Sequence[Span], *, scroll: bool = True) -> None:
        """Highlight ``spans`` (article offsets) and scroll to the first one."""
        article = self.article
        if article is None:
            return
        marks: dict[int, list[Span]] = {}
        for sentence in article.sentences:
            for span in spans:
                if span[0] < sentence.end and sentence.start < span[1]:
                    marks.setdefault(sentence.index, []).append(span)
        new = {index: tuple(found) for index, found in marks.items()}
        if new == self._marks:
            return  # same link again (e.g. after a review change): leave the view alone
        changed = set(new) | set(self._marks)
        self._marks = new
        for index in changed:
            self._replace(f"s{index}")
        if scroll and marks:
            self.go_to(f"s{min(marks)}")

    def clear_marks(self) -> None:
        self.set_marks((), scroll=False)

    @property
    def current_sentence(self) -> Sentence | None:
        option_id = self.current_id
        if self.article is None or option_id is None or not option_id.startswith("s"):
            return None
        index = int(option_id[1:])
        sentences = self.article.sentences
        if index < len(sentences) and sentences[index].index == index:
            return sentences[index]
        return next((s for s in sentences if s.index == index), None)

    def _rebuild(self, keep: str | None) -> None:
        article = self.article
        self._label()
        self.set_class(self.excluded, "-excluded")
        if article is None:
            self.clear_options()
            return
        options: list[Option | None] = []
        by_paragraph: dict[int, list[Sentence]] = {}
        for sentence in article.sentences:
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
        run: list[str] = []  # furniture paragraphs in a row: one dimmed line, repeats once
        for number, paragraph in enumerate(article.paragraphs):
            sentences = by_paragraph.get(number)
            if sentences:
                options.extend(Option(self._prompt(s), id=f"s{s.index}") for s in sentences)
                run = []
            elif paragraph.role in FURNITURE:
                if not self.show_furniture:
                    continue
                text = " ".join(article.text[paragraph.start : paragraph.end].split())
                if run:  # "3 Min Read", "3 Min Read", "Share": one line, not three between rules
                    if text not in run:
                        run.append(text)
                    options[-2] = self._furniture(run, options[-2])
                    continue
                run = [text]
                options.append(self._furniture(run, None, f"p{number}"))
            else:
                continue
            options.append(None)
        if options and options[-1] is None:
            options.pop()
        self.set_options(options)
        if keep is not None:
            self.go_to(keep, center=False)
        elif self.option_count:
            self.highlighted = 0

    @staticmethod
    def _furniture(texts: list[str], old: Option | None, id: str | None = None) -> Option:  # noqa: A002
        """One dimmed line for a run of furniture paragraphs, joined by " · "."""
        dimmed = literal(" · ".join(texts)).stylize(ROLE_STYLE["boilerplate"])
        return Option(Hanging(Content("  "), dimmed), id=id if old is None else old.id)

    def _label(self) -> None:
        """The title and subtitle, each cut to the border's width (``fit_label``)."""
        cells = self.outer_size.width - 6  # the corners, a line and a blank on each side
        self.border_title = fit_label(self._title(), cells)
        article = self.article
        self.border_subtitle = fit_label(article_heading(article), cells) if article else None

    def _on_resize(self) -> None:
        super()._on_resize()
        self._label()

    def _title(self) -> Content:
        if self.article is None:
            return Content("")
        title = source_label(self.article)
        if self.excluded:
            return Content.assemble(("excluded · ", "bold $error"), title)
        return title

    def _prompt(self, sentence: Sentence) -> Hanging:
        assert self.article is not None
        body = sentence_content(self.article, sentence, self._marks.get(sentence.index, ()))
        return Hanging(Content.styled(*self._gutter(sentence)), body)

    def _gutter(self, sentence: Sentence) -> tuple[str, str]:
        """The mark before a sentence (pinned, in the summary, quoted) and its style."""
        return (
            ("+ ", "bold $success")
            if sentence.key in self._pinned
            else ("\u2022 ", "bold $accent")
            if sentence.index in self._summary
            else ("\u201c ", "bold $secondary")
            if sentence.index in self._quotes
            else ("  ", "")
        )

    def _replace(self, option_id: str) -> None:
        article = self.article
        if article is None or not option_id.startswith("s"):
            return
        index = int(option_id[1:])
        sentence = next((s for s in article.sentences if s.index == index), None)
        if sentence is not None:
            self._replace_sentence(sentence)

    def _replace_sentence(self, sentence: Sentence) -> None:
        option_id = f"s{sentence.index}"
        try:
            self.replace_option_prompt(option_id, self._prompt(sentence))
        except OptionDoesNotExist:  # not listed (the pane shows another article)
            return

    # --- actions -------------------------------------------------------------------------

    def action_toggle_pin(self) -> None:
        sentence = self.current_sentence
        if sentence is None:
            self.notify("Only sentences can be pinned (not page furniture)", severity="warning")
            return
        self.post_message(ReviewRequested("pin", sentence.key))

    def action_jump(self) -> None:
        sentence = self.current_sentence
        if self.article is None or sentence is None:
            return
        self.post_message(JumpRequested(self.article.id, sentence.start, sentence.end))

    def action_toggle_exclude(self) -> None:
        if self.article is not None:
            self.post_message(ReviewRequested("exclude", self.article.id))

    def action_source(self, action: str) -> None:
        if self.article is not None:
            self.post_message(SourceAction(action, self.article.id))
