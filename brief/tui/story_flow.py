"""The app's part of stories: group a mixed set, show the list, open a story, move articles.

A mixin for ``BriefApp``: the app keeps one session per open story (its review is keyed by
the story's own article set), and the user's moves are kept beside the reviews, keyed by the
whole pile (``brief.stories.overrides``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual import work
from textual.binding import Binding

from brief.model import Article, Review

if TYPE_CHECKING:
    from brief.stories import Story
    from brief.stories.move_history import MoveStep
    from brief.tui.screens.stories import StoriesScreen
    from brief.tui.warm_start import WarmStart

STORY_BINDINGS = [
    Binding("escape", "stories", "Stories", tooltip="Back to the list of stories",
            id="brief.stories"),
    Binding("m", "move_article", "Move", tooltip="Move the selected source to another story, "
            "or split it off into a new one", id="brief.move-article"),
]  # fmt: skip


STORY_ACTIONS = frozenset({"stories", "move_article"})
LIST_SCREEN = "brief-stories"


class StoryFlow:
    """Mixed sets: the story list first, then one story at a time."""

    pile: tuple[Article, ...] = ()
    stories: tuple[Story, ...] = ()
    story: Story | None = None
    _groups: list[list[int]] | None = None
    _moves: dict[str, str | None]
    _list_screen: StoriesScreen | None = None
    _move_undo: tuple[MoveStep, ...] = ()
    _move_redo: tuple[MoveStep, ...] = ()
    _move_armed: MoveStep | None = None
    """A pile step that does not change the open story, named by a first ``u`` (or ``U``)
    there; a second press makes it (any review change in between disarms it)."""

    def group_or_open(self, articles: Sequence[Article], warm: WarmStart | None = None) -> None:
        """Called once the files are read: one article opens at once, more are grouped
        (or take their cached grouping from ``warm``)."""
        if len(articles) < 2:
            self.open_set(articles)  # type: ignore[attr-defined]
            return
        if warm is not None and warm.groups is not None:
            self._grouped(tuple(articles), warm.groups, warm.moves, [])
            return
        main: Any = self.main  # type: ignore[attr-defined]
        # the headlines first: grouping imports numpy, and most piles are one story
        main.show_articles(articles, Review(), self.listed_unread())  # type: ignore[attr-defined]
        main.status.progress(0, None)
        main.status.say(f"Grouping {len(articles)} articles into stories…")
        self._group(tuple(articles))

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False,
          description="Grouping")  # fmt: skip
    def _group(self, articles: tuple[Article, ...]) -> None:
        from brief.stories import group_ids
        from brief.stories.overrides import load_moves

        notices: list[str] = []
        moves = load_moves(articles, notices.append)
        analysis = None
        if self.use_cache:  # type: ignore[attr-defined]
            from brief.analysis_cache import cached_groups
            from brief.tui.warm_start import cached_analysis

            self.ahead.wait()  # type: ignore[attr-defined]
            groups = cached_groups(articles, group_ids)
            if len(groups) == 1 and not moves:  # one story: the child cached its brief too
                analysis = cached_analysis(articles, self.options, notices)  # type: ignore[attr-defined]
        else:
            groups = group_ids(articles)
        self.call_from_thread(self._grouped, articles, groups, moves, notices, analysis)  # type: ignore[attr-defined]

    def _grouped(
        self,
        articles: tuple[Article, ...],
        groups: list[list[int]],
        moves: dict[str, str | None],
        notices: list[str],
        analysis: tuple[object, ...] | None = None,
    ) -> None:
        """``analysis``: the cached brief of a one-story pile (``warm_start.cached_analysis``),
        so that it opens complete without another worker."""
        app: Any = self
        if app.closing:  # quit while the pile was grouped: no screen left to fill
            return
        if analysis is not None:
            key, *entry = analysis
            app._cache[key] = tuple(entry)
        self._move_undo, self._move_redo = (), ()
        from brief.store import moves_path

        # kept on disk: u still undoes the last move after the app was closed (a history is
        # written after its moves file: most piles have neither, and no stories package then)
        if moves or moves_path(articles).exists():
            from brief.stories.move_history import load_history

            self._move_undo, self._move_redo = load_history(articles, moves, notices.append)
        for notice in notices:
            app.notify(notice, severity="warning", timeout=10, markup=False)
        self.pile, self._groups, self._moves = articles, groups, moves
        if len(self._moved_groups()) < 2 and not moves:  # one story: straight to its brief
            self.stories = ()  # (no story titles: they stem every headline and opening)
            app.open_set(articles)
            return
        from brief.tui.screens.stories import StoriesScreen

        self.stories = self._regroup()
        app.main.status.progress(None, None)
        app.main.status.say(f"{len(self.stories)} stories · Enter opens one")
        self._list_screen = StoriesScreen(
            self.stories, len(articles), self._last_opened(), self._excluded(),
            app.listed_unread(),
        )  # fmt: skip
        app.install_screen(self._list_screen, name=LIST_SCREEN)  # kept (and its position) on pop
        if len(self.stories) == 1:
            # made one story by hand: its brief, with Escape, m and u still at hand (they were
            # gone once the app was opened again, and the move could not be taken back)
            self.open_story(self.stories[0])
            return
        app.push_screen(LIST_SCREEN)

    def _last_opened(self) -> str | None:
        """The id of the story that holds the one last opened in this pile, if any."""
        from brief.stories.overrides import last_opened

        index = last_opened(self.pile, [s.sources for s in self.stories])
        return None if index is None else self.stories[index].id

    def _excluded(self) -> dict[str, frozenset[str]]:
        """The sources each story's saved review excludes, by story id (the open story's
        from its review in memory, in case it could not be saved)."""
        from brief.store import saved_exclusions

        found = saved_exclusions(self.pile, [s.articles for s in self.stories])
        excluded = {s.id: ids for s, ids in zip(self.stories, found, strict=True) if ids}
        session: Any = getattr(self, "session", None)
        story = self.story
        if story and session and {a.id for a in session.articles} == set(story.sources):
            excluded[story.id] = session.review.excluded_sources
        return excluded

    def _moved_groups(self, moves: dict[str, str | None] | None = None) -> list[list[int]]:
        """The pile's grouping with the user's moves (or ``moves``) applied."""
        assert self._groups is not None
        moves = self._moves if moves is None else moves
        if not moves:  # what apply_moves gives for none, without the stories package
            return [sorted(group) for group in self._groups if group]
        from brief.stories.overrides import apply_moves

        return apply_moves(self._groups, [a.id for a in self.pile], moves)

    def _regroup(self) -> tuple[Story, ...]:
        from brief.stories import moved_stories  # titled by their own articles

        assert self._groups is not None
        return moved_stories(self.pile, self._groups, self._moves)

    def open_story(self, story: Story) -> None:
        """Show ``story``'s brief (the list stays, with its position, under Escape)."""
        from brief.stories.overrides import save_last_opened

        app: Any = self
        self.story = story
        self._move_armed = None  # named in another story: named again here before it is made
        with contextlib.suppress(OSError):  # a position only: not worth a notice
            save_last_opened(self.pile, story.sources)
        if app.screen is self._list_screen:
            app.pop_screen()
        app.open_set(story.articles, title=story.title)

    def action_stories(self) -> None:
        if self._list_screen is not None:
            keep = self.story.id if self.story else None
            self._list_screen.set_stories(self.stories, keep, self._excluded())
            self.app.push_screen(LIST_SCREEN)  # type: ignore[attr-defined]
            self.app.call_after_refresh(self._list_screen.select_filter)  # type: ignore[attr-defined]

    def stories_allowed(self, action: str) -> bool:
        from brief.tui.screens.main import MainScreen

        screen = self.app.screen  # type: ignore[attr-defined]
        return bool(self.stories) and isinstance(screen, MainScreen)

    def action_move_article(self) -> None:
        from brief.tui.screens.move_story import MoveScreen

        app: Any = self
        article_id = app.main.selected_source() if self.story else None
        if article_id is None or self.story is None:
            app.notify("Select a source first (l shows the source list)", severity="warning")
            return
        article = next(a for a in self.pile if a.id == article_id)
        story_id = self.story.id
        app.push_screen(
            MoveScreen(article, self.stories, story_id, self._excluded()),
            lambda target: self._moved(article_id, story_id, target),
        )

    def _moved(self, article_id: str, story_id: str, target: str | None) -> None:
        from brief.tui.screens.move_story import NEW_STORY

        app: Any = self
        if target is None:
            return
        destination = next((s for s in self.stories if s.id == target), None)
        anchor = None if target == NEW_STORY or destination is None else destination.sources[0]
        before = dict(self._moves)
        self._moves.pop(article_id, None)  # the latest move of an article is the one kept
        self._moves[article_id] = anchor
        if self._moves == before and list(self._moves) == list(before):
            return  # moved to where it was: nothing to undo
        from brief.naming import source_name
        from brief.stories.move_history import MoveStep, bounded

        source = source_name(next(a for a in self.pile if a.id == article_id))
        label = f"moved “{source}” out of “{self.story.title if self.story else ''}”"
        self._move_undo = bounded((*self._move_undo, MoveStep(before, article_id, label)))
        self._move_redo = ()
        self._save_moves()
        self.stories = self._regroup()
        current = self._carry_review(article_id)
        moved_to = next(s for s in self.stories if article_id in s.sources)
        notice = _moved_notice(destination if anchor else None, moved_to)
        app.notify(f"{notice} (u undoes)", markup=False)
        self.open_story(current or moved_to)

    def _carry_review(self, article_id: str) -> Story | None:
        """The story the rest of the open one is in after ``article_id`` left it (None when
        it was alone), given the review made on the open story.

        A review is kept under its exact article set, so the story a source was moved out of
        opened with none: every drop, pin, rejected quote, excluded source and the focus made
        on it were gone from the screen (``u`` brought them back only by undoing the move).
        Choices about the source that left go with it; the rest is saved under the new set.
        """
        app: Any = self
        left = self.story.sources if self.story else ()
        rest = next(
            (s for s in self.stories if article_id not in s.sources and set(left) & set(s.sources)),
            None,
        )
        session = app.session
        if rest is None or session is None or session.review == Review():
            return rest
        if {a.id for a in rest.articles} != {a.id for a in session.articles} - {article_id}:
            return rest  # not the open set less the source (another move): nothing to carry
        from brief.review import without_source
        from brief.store import save_review

        review = without_source(session.review, article_id)
        if review != Review():
            try:
                save_review(rest.articles, review)
            except OSError as error:
                app.notify(f"Could not keep the review for the rest of the story: {error}",
                           severity="error", timeout=10, markup=False)  # fmt: skip
            else:  # made in this run: not announced as "restored" when the story opens
                app._opened.add(frozenset(a.id for a in rest.articles))
        return rest

    def _save_moves(self) -> None:
        """Write the moves, then their undo history (each atomically); moves that cannot be
        written stay in memory, with a notice."""
        from brief.stories.move_history import save_history
        from brief.stories.overrides import save_moves

        try:
            save_moves(self.pile, self._moves)
        except OSError as error:
            self.notify(f"Could not save the move: {error}. It stays in memory.",  # type: ignore[attr-defined]
                        severity="error", timeout=10, markup=False)  # fmt: skip
            return
        # the moves are saved: a history that could not be is stale on disk, and ignored
        with contextlib.suppress(OSError):
            save_history(self.pile, self._moves, self._move_undo, self._move_redo)

    def forget_move_redo(self) -> None:
        """A new change after an undo: what was undone stays undone, as for reviews, also
        after the app is opened again."""
        if not self._move_redo:
            return
        from brief.stories.move_history import save_history

        self._move_redo = ()
        with contextlib.suppress(OSError):  # only a redo: the moves themselves are saved
            save_history(self.pile, self._moves, self._move_undo, ())

    @property
    def can_undo_move(self) -> bool:
        return bool(self.stories) and bool(self._move_undo)

    @property
    def can_redo_move(self) -> bool:
        return bool(self.stories) and bool(self._move_redo)

    def undo_move(self) -> bool:
        """Put the moves back as they were before the last move between stories, and open
        the story the moved source is in again; False when there is no move to undo.

        In a story the move did not change (an article moved between two others), the first
        press only names the move and the second makes it: ``u`` there undid a change the
        screen never showed and opened another story without a word of warning."""
        from brief.stories.move_history import bounded

        if not self.can_undo_move:
            return False
        step = self._move_undo[-1]
        if not self._confirmed(step, "u", "undoes", "last move"):
            return True
        self._move_undo = self._move_undo[:-1]
        self._move_redo = bounded((*self._move_redo, replace(step, moves=dict(self._moves))))
        self._restore_moves(step, "Undone")
        return True

    def redo_move(self) -> bool:
        """Make the move undone last again; False when there is none (the same two presses
        as ``undo_move`` in a story the move does not change)."""
        from brief.stories.move_history import bounded

        if not self.can_redo_move:
            return False
        step = self._move_redo[-1]
        if not self._confirmed(step, "U", "makes", "move undone last"):
            return True
        self._move_redo = self._move_redo[:-1]
        self._move_undo = bounded((*self._move_undo, replace(step, moves=dict(self._moves))))
        self._restore_moves(step, "Redone")
        return True

    def _confirmed(self, step: MoveStep, key: str, verb: str, what: str) -> bool:
        """Whether ``step`` is to be made now: it changes the open story, or the user was
        told what it does by the press before this one (else tell them, and wait)."""
        from brief.text.clean import for_screen

        armed, self._move_armed = self._move_armed, None
        if armed is step or not self._step_elsewhere(step):
            return True
        self._move_armed = step
        app: Any = self
        said = for_screen(
            f"Nothing to {'undo' if key == 'u' else 'redo'} in this story. {key} again {verb} "
            f"the pile's {what}: {step.label}, and opens the story it changes."
        )
        app.notify(said, timeout=8, markup=False)
        app.main.status.say(said)
        return False

    def _step_elsewhere(self, step: MoveStep) -> bool:
        """Whether restoring ``step``'s moves leaves the open story's sources as they are."""
        story = self.story
        if story is None or self._groups is None:
            return False
        ids = [a.id for a in self.pile]
        groups = self._moved_groups(dict(step.moves))
        return any({ids[i] for i in group} == set(story.sources) for group in groups)

    def _restore_moves(self, step: MoveStep, verb: str) -> None:
        from brief.text.clean import for_screen

        app: Any = self
        self._moves = dict(step.moves)
        self._save_moves()
        self.stories = self._regroup()
        self._carry_review(step.article_id)  # a move made again: as when it was made
        back = next(s for s in self.stories if step.article_id in s.sources)
        app.notify(for_screen(f"{verb}: {step.label}"), markup=False)
        self.open_story(back)
        app.main.status.say(f"{verb}: {step.label}")
        app.refresh_bindings()


def _moved_notice(chosen: Story | None, moved_to: Story) -> str:
    """Name the story the user picked: a story's headline may change when a source joins
    it (its most central headline is chosen again), and the list then shows the new one."""
    if chosen is None:
        return f"Moved to a new story: {moved_to.title}"
    if moved_to.title == chosen.title:
        return f"Moved to “{chosen.title}”"
    return f"Moved to “{chosen.title}”, now listed as “{moved_to.title}”"
