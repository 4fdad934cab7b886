"""The app's analysis: start it (or show it from the in-memory cache), run it in a thread
worker with progress and partial results, and show the finished brief.

A mixin for ``BriefApp``, which owns the state used here and routes the worker's messages
(``AnalysisProgress``, ``AnalysisPartial``, ``AnalysisReady``) back to ``_show``. The NLP
stack is imported inside the worker, never by this module.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual import work
from textual.worker import get_current_worker

from brief.model import AnalysisOptions, Article, Brief
from brief.text.clean import for_screen
from brief.tui.messages import AnalysisPartial, AnalysisProgress, AnalysisReady
from brief.tui.widgets.quote_panel import QuotePanel

if TYPE_CHECKING:
    from brief.tui.ahead import Ahead, NoChild
    from brief.tui.links import Links
    from brief.tui.screens.main import MainScreen
    from brief.tui.session import Session
    from brief.tui.widgets.quote_panel import QuoteView


REAP_SECONDS = 0.25
"""How often a still-running early-analysis child is looked at again, once the brief shows."""


class AnalysisFlow:
    """Builds the brief of the current session off the UI thread and shows it."""

    session: Session | None  # set by BriefApp
    brief: Brief | None
    links: Links | None
    builder: Any
    use_cache: bool
    ahead: Ahead | NoChild
    sub_title: str
    workers: Any
    _cache: OrderedDict[object, tuple[Brief, Links, QuoteView]]
    _generation: int
    _restored: bool
    _shown_key: object
    set_timer: Any

    main: MainScreen  # annotations only: BriefApp and Textual's App provide them
    post_message: Callable[[Any], bool]

    def _start_analysis(self) -> None:
        session = self.session
        if session is None:
            return
        key = session.analysis_key
        self._generation += 1
        if key in self._cache:
            self._cache.move_to_end(key)
            self._show(key, *self._cache[key])
            self.workers.cancel_group(self, "analysis")
            return
        self.main.status.progress(0, None)
        self.main.status.say(f"Summarising {len(session.included)} sources…")
        rules, width = self.main.query_one(QuotePanel).measure  # read here, used there
        self._analyse(self._generation, key, session.included, session.options, rules, width)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False,
          description="Summarising")  # fmt: skip
    def _analyse(
        self,
        generation: int,
        key: object,
        articles: tuple[Article, ...],
        options: AnalysisOptions,
        rules: Any,
        width: int,
    ) -> None:
        from brief.analysis import Cancelled
        from brief.tui.links import build_links
        from brief.tui.widgets.quote_panel import prepare_quotes

        if self.builder is None:
            from brief.analysis import build_brief as builder
        else:
            builder = self.builder
        worker = get_current_worker()

        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(AnalysisProgress(generation, stage, done, total))

        ended: list[Brief] = []

        def partial(brief: Brief) -> None:
            """A stage ended: show what is done while the next one runs."""
            ended.append(brief)
            if len(ended) == 1:  # the summary: the quotes are still being found
                message = AnalysisPartial(generation, brief, build_links(brief), None, ("quotes",))
            else:
                view = prepare_quotes(brief.quotes, rules, width, brief.options.focus)
                message = AnalysisPartial(generation, brief, build_links(brief), view, ())
            self.post_message(message)

        run: Any = builder
        if self.use_cache:
            self.ahead.wait()
            from functools import partial as bind

            from brief.analysis_cache import cached_build

            run = bind(cached_build, builder)
        extra = {"on_partial": partial} if self.builder is None else {}
        try:
            brief = run(
                articles, options, on_progress=progress, cancelled=lambda: worker.is_cancelled,
                **extra,
            )  # fmt: skip
        except Cancelled:
            return
        if not worker.is_cancelled:
            links = build_links(brief)
            view = prepare_quotes(brief.quotes, rules, width, brief.options.focus)
            self.post_message(AnalysisReady(generation, key, brief, links, view))

    def _show(self, key: object, brief: Brief, links: Links, quotes: QuoteView) -> None:
        from brief.analysis import has_headline

        assert self.session is not None
        originals = [a for a in brief.sources if a.duplicate_of is None]
        session = self.session
        if session.title and not has_headline(originals):
            # a story without headlines: the title the story list gave it, as `--stories` does
            brief = replace(brief, title=session.title)
        elif session.title:  # the list's title, as `--stories --review` gives it: excluding
            # a source renamed the brief, unless the title was that source's headline
            from brief.stories import kept_title

            excluded = session.review.excluded_sources
            brief = replace(brief, title=kept_title(session.title, session.articles, excluded))
        self.brief, self.links, self._shown_key = brief, links, key
        self.sub_title = for_screen(self.session.review.title or brief.title)
        self.main.status.progress(None, None)
        count = len(self.session.included)
        ready = f"Brief of {count} source{'s' if count != 1 else ''} ready"
        if self._restored:
            ready += " · your earlier review was restored"
            self._restored = False
        self.main.status.say(ready)
        self.main.show_brief(brief, links, self.session.review, quotes)
        self._reap_child()

    def _reap_child(self) -> None:
        """A brief shown from the cache may come before the child is done (a seen set): it is
        reaped once it finishes, not left a zombie for the rest of the session."""
        if not self.ahead.release():
            self.set_timer(REAP_SECONDS, self._reap_child)
