"""The review keys and actions of the app: drop, pin, move, reject, exclude, undo, algorithm,
focus, length, export, help.

A mixin for ``BriefApp``, which owns the state used here (the session, the shown brief, the
main screen) and routes the review messages of its widgets to ``change_review``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.screen import Screen

from brief.model import Brief, Review
from brief.quote_ids import is_rejected
from brief.tui import session as ops
from brief.tui.screens.main import MainScreen
from brief.tui.story_flow import STORY_ACTIONS
from brief.tui.widgets.source_list import SourceList

if TYPE_CHECKING:
    from brief.tui.session import Session

MAIN_ONLY = frozenset(
    {"export", "undo", "redo", "next_algorithm", "edit_focus", "length", "help", "change_theme"}
)  # fmt: skip
#: The keys that act on articles: hidden and idle when no article could be read.
ON_ARTICLES = MAIN_ONLY - {"help", "change_theme"}


class ReviewFlow:
    """What the review keys do to the current session (undoable, saved as it changes)."""

    session: Session | None  # set by BriefApp
    brief: Brief | None
    _shown_key: object
    _save_failed: str
    _move_armed: object

    def change_review(self, review: Review, label: str) -> None:
        """Make ``review`` current (undoable), save it, and re-analyse when needed."""
        if self.session is not None and self.session.change(review, label):
            self.forget_move_redo()
            self._after_change(f"{label} (u undoes)")

    def review_action(self, action: str, target: str) -> None:
        """A review key pressed on ``target`` (a sentence, quote or source key)."""
        session = self.session
        if session is None:
            return
        review = session.review
        if action == "drop":
            row = next((r for r in self.main.rows if r.item.key == target), None)
            names = row.names if row is not None else ()
            kept = row.dropped if row is not None else target in review.dropped
            label = "Kept the sentence again" if kept else "Dropped a sentence"
            self.change_review(ops.toggle_drop(review, target, names), label)
        elif action == "pin":
            self._pin(target)
        elif action in ("move-up", "move-down"):
            delta = -1 if action == "move-up" else 1
            keys = [row.item.key for row in self.main.rows]
            self.change_review(ops.move(review, target, delta, keys), "Moved a sentence")
        elif action == "reject":
            quotes = self.brief.quotes if self.brief is not None else ()
            quote = next((q for q in quotes if q.id == target), None)
            if quote is None:
                return
            rejected = is_rejected(quote, review.rejected_quotes)
            label = "Restored the quote" if rejected else "Rejected a quote"
            self.change_review(ops.toggle_reject(review, quote), label)
        elif action == "exclude":
            changed = ops.toggle_exclude(review, target)
            if len(changed.excluded_sources) >= len(session.articles):
                self.notify("At least one source must stay in the brief", severity="warning")
                return
            excluded = target in changed.excluded_sources
            self.change_review(changed, "Excluded a source" if excluded else "Included a source")

    def _after_change(self, status: str) -> None:
        session = self.session
        assert session is not None
        self._move_armed = None  # a pile step named by u before this change waits for a new u
        self._save()
        self.main.status.say(status)
        if session.analysis_key != self._shown_key:
            self._start_analysis()
        self.main.show_review(session.review)
        self.refresh_bindings()

    def _save(self) -> None:
        from brief.store import save_review

        assert self.session is not None
        try:
            save_review(self.session.articles, self.session.review)
        except OSError as error:
            reason = str(error)
            if reason != self._save_failed:  # one notice per distinct problem
                self.notify(f"Could not save the review: {reason}. It stays in memory.",
                            severity="error", timeout=10, markup=False)  # fmt: skip
            self._save_failed = reason
            return
        self._save_failed = ""

    def _pin(self, key: str) -> None:
        assert self.session is not None
        review = self.session.review
        in_summary = {row.item.key: row for row in self.main.rows}
        row = in_summary.get(key)
        if row is not None and not row.item.pinned:
            if row.dropped:
                self.change_review(ops.toggle_drop(review, key, row.names), "Kept a sentence")
            else:
                self.notify("That sentence is already in the summary")
            return
        pinned = key in review.pinned
        self.change_review(
            ops.toggle_pin(review, key), "Unpinned" if pinned else "Pinned a sentence"
        )

    # --- actions ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in MAIN_ONLY and not isinstance(self.screen, MainScreen):
            return False
        if action in ON_ARTICLES and self.screen.has_class("-failed"):
            return False
        if action in STORY_ACTIONS:
            return self.stories_allowed(action)
        if action == "undo":  # the story's own changes first, then the pile's last move
            undo = self.session is not None and self.session.can_undo
            return True if undo or self.can_undo_move else None
        if action == "redo":
            redo = self.session is not None and self.session.can_redo
            return True if redo or self.can_redo_move else None
        return True

    def action_undo(self) -> None:
        if self.session is not None and (label := self.session.undo()) is not None:
            self._after_change(f"Undone: {label}")
        else:  # a move between stories opens a story afresh: it is the change before
            self.undo_move()

    def action_redo(self) -> None:
        if self.session is not None and (label := self.session.redo()) is not None:
            self._after_change(f"Redone: {label}")
        else:
            self.redo_move()

    def action_next_algorithm(self) -> None:
        from brief.summary import ALGORITHMS

        if self.session is not None:
            current = self.session.options.algorithm
            index = ALGORITHMS.index(current) if current in ALGORITHMS else -1
            self.set_algorithm(ALGORITHMS[(index + 1) % len(ALGORITHMS)])

    def set_algorithm(self, name: str) -> None:
        if self.session is not None:
            self.change_review(ops.with_algorithm(self.session.review, name), f"Algorithm: {name}")

    def action_edit_focus(self) -> None:
        from brief.tui.screens.focus import FocusScreen

        if self.session is not None:
            self.push_screen(FocusScreen(self.session.options.focus), self._focused)

    def _focused(self, text: str | None) -> None:
        if text is not None and self.session is not None:
            review = ops.with_focus(self.session.review, text)
            label = f"Focus: {review.focus}" if review.focus else "Focus cleared"
            self.change_review(review, label)

    def action_length(self, delta: int) -> None:
        if self.session is not None:
            options = self.session.options
            current = options.sentences
            shown = len(self.brief.summary) if self.brief is not None else current
            final = self._shown_key == self.session.analysis_key  # the brief of these options
            if delta > 0 and final and options.words is None and shown < current:
                # fewer than asked: the sources have no more that the algorithm would add
                # (a larger target gives the same summary), so say so instead of a no-op
                said = f"No more to add: {options.algorithm} picks {shown} from these sources"
                self.main.status.say(said)
                return
            if options.words is not None or (delta < 0 and shown < current):
                # leave word-length mode from where it is; a story with fewer sentences
                # than asked shortens from what is shown, not from the unmet target
                current = shown
            review = ops.with_length(self.session.review, current + delta)
            self.change_review(review, f"Summary length: {review.sentences} sentences")

    def action_export(self) -> None:
        from brief.review import apply
        from brief.tui.screens.export import ExportScreen

        if self.brief is None or self.session is None:
            self.notify("The summary is still being computed; export when it is ready",
                        severity="warning")  # fmt: skip
            return
        reviewed = apply(self.brief, self.session.review)
        unread = tuple(getattr(self, "_unread", ()))
        if unread and len(getattr(self, "stories", ())) <= 1:
            # as brief export lists them: a one-story set's sources that could not be read
            reviewed = replace(reviewed, unread=unread)
        folder, fmt = self._export_to or (Path.cwd(), "md")
        self.push_screen(ExportScreen(reviewed, folder, fmt), self._exported)

    _export_to: tuple[Path, str] | None = None
    """The folder and format of the last export in this run: the next one (another story
    of the pile, or the brief again after more review) is proposed there, not in the
    working folder again."""

    def _exported(self, path: Path | None) -> None:
        if path is not None:
            fmt = "json" if path.suffix.lower() == ".json" else "md"
            self._export_to = (path.parent, fmt)
            self.notify(f"Wrote {path}", markup=False)
            self.main.status.say(f"Wrote {path}")

    def action_help(self) -> None:
        from brief.tui.screens.help import HelpScreen, key_sections  # not for the first frame

        screen = self.screen_stack[0]  # the brief's panes, however many the width allows
        if isinstance(screen, MainScreen):
            panes = len(screen.shown) or screen.panes_wanted
            web = screen.query_one(SourceList).web or not self.local_only()  # type: ignore[attr-defined]
        else:
            panes, web = 3, True
        sections = key_sections(panes, web)
        if self.screen is getattr(self, "_list_screen", None):
            # from the story list (F1): its own keys first, not below every brief panel's
            sections = [sections[-1], *sections[:-1]]
        self.push_screen(HelpScreen(sections))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from brief.tui.commands import main_screen_commands

        # Textual's key panel: brief's help lists every key; its Maximize/Minimize: the
        # main screen's "Zoom panel" (z) does both, and two names for one act confuse
        replaced = {"Keys", "Maximize", "Minimize"} if isinstance(screen, MainScreen) else {"Keys"}
        for command in super().get_system_commands(screen):
            if command.title not in replaced:
                yield command
        if isinstance(screen, MainScreen):
            yield from main_screen_commands(self, screen)  # its help among them
        else:
            yield SystemCommand("Help: keys", "Every key, by panel", self.action_help)
