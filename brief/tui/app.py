"""The brief app. ``make_app`` is the one factory, used by the CLI and by the tests.

Start-up order, so the first frame never waits on analysis: the screen appears at once;
a thread worker reads the files and the sources are shown; a second thread worker builds
the brief (summary, quotes) with progress, while every key keeps working. The NLP stack
is imported inside that worker, never by this module.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from textual import on, work
from textual.app import App
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from brief import collector
from brief.analysis_cache import known_reading, store_reading
from brief.config import Config
from brief.model import AnalysisOptions, Article, Brief, LoadWarning, Review, UnreadSource
from brief.quote_ids import is_rejected
from brief.text.clean import for_screen, printable
from brief.tui.ahead import NO_CHILD
from brief.tui.analysis_flow import AnalysisFlow
from brief.tui.commands import SourceCommands
from brief.tui.links import Links
from brief.tui.messages import (
    AnalysisPartial,
    AnalysisProgress,
    AnalysisReady,
    ArticlesLoaded,
    ReviewRequested,
    VariantsRequested,
)
from brief.tui.review_flow import ReviewFlow
from brief.tui.screens.main import MainScreen
from brief.tui.session import Session
from brief.tui.settings_flow import ThemeSettings
from brief.tui.story_flow import STORY_BINDINGS, StoryFlow
from brief.tui.text import counted
from brief.tui.web_sources import WebSources
from brief.tui.widgets.quote_panel import QuoteView

Builder = Callable[..., Brief]
"""Same signature as ``brief.analysis.build_brief``."""
CACHE_SIZE = 8
STAGE_NAMES = {"summary": "Summarising", "quotes": "Finding quotes",
               "discrepancies": "Comparing figures"}  # fmt: skip


class BriefApp(AnalysisFlow, ReviewFlow, ThemeSettings, StoryFlow, WebSources, App[int]):
    """Side-by-side sources, summary and quotes of one article set, with review and export.

    A mixed set opens on its list of stories first (``StoryFlow``).
    """

    CSS_PATH = "app.tcss"
    TITLE = "brief"
    COMMANDS = App.COMMANDS | {SourceCommands}
    BINDINGS = STORY_BINDINGS

    def __init__(
        self,
        paths: Sequence[str],
        *,
        theme: str | None = None,
        options: AnalysisOptions | None = None,
        max_size_mb: float | None = None,
        max_articles: int | None = None,
        builder: Builder | None = None,
        cache: bool = True,
        fetch_args: Any = None,
        ahead: Any = None,
    ) -> None:
        super().__init__()
        self.ahead = ahead or NO_CHILD  # a forked child filling the cache: workers wait for it
        self.use_cache = cache and builder is None
        """Reuse the stored analysis of an unchanged set (``brief.analysis_cache``)."""
        self._init_web(fetch_args)
        self._unread: tuple = ()
        self._skipped: tuple = ()
        """The files that were skipped, as entries at the end of the source list."""
        """Sources that could not be read, listed with every story's sources."""
        self.paths = list(paths)
        self.wanted_theme = theme
        self.options = options or AnalysisOptions()
        self.limit_flags = (max_size_mb, max_articles)
        """``--max-size``/``--max-articles``: they win over the config file's limits."""
        self.limits: Any = None
        """Resolved by the load worker from the flags, then config.toml, then defaults."""
        self.builder = builder
        self.session: Session | None = None
        self.brief: Brief | None = None
        self.links: Links | None = None
        self._shown_key: object = None
        self._generation = 0
        self._cache: OrderedDict[object, tuple[Brief, Links, QuoteView]] = OrderedDict()
        self._config = Config()
        self._save_failed = ""
        self._restored = False
        self._opened: set[frozenset[str]] = set()
        """The sets opened in this run: their review, found again, was made here."""
        self._early: ArticlesLoaded | None = None
        self.notices: list[str] = []
        """Start-up notices (broken theme files, corrupt config) shown once mounted."""

    def notify(  # type: ignore[override]
        self,
        message: str,
        *,
        title: str = "",
        severity: Any = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Notifications with ``markup=False`` carry untrusted text: escape its controls."""
        if not markup:
            message, title = printable(message), printable(title)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    # --- start-up ---------------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen(when_ready=self._screen_ready)

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    @property
    def closing(self) -> bool:
        """True once the app is on its way out: a worker's message that arrives then has no
        screen left to fill (quitting mid-analysis) and is dropped."""
        return self._exit or not self.screen_stack

    def on_load(self) -> None:
        # before the screen is styled: a theme set later restyles every widget once more
        self._load_settings()
        from brief.tui.warm_start import small_local_set

        if self.local_only() and small_local_set(self.paths):
            # a few local files: read before the first frame, which then shows them
            with contextlib.suppress(Exception):  # the worker reads again and reports it
                self._early = self._read()

    def on_mount(self) -> None:
        self.call_after_refresh(collector.resume)  # paused by the CLI until the first frame
        self.call_after_refresh(self._check_themes)  # the themes not in use (``_load_settings``)
        for notice in self.notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)
        self.notices.clear()

    def _screen_ready(self) -> None:
        """The main screen is mounted: show what was read already, or start reading."""
        early, self._early = self._early, None
        if early is not None:
            self._loaded(early)
        else:
            self.main.show_loading(len(self.paths))
            self._load()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False, description="Reading")
    def _load(self) -> None:
        self.post_message(self._read())

    def _read(self) -> ArticlesLoaded:
        files = [p for p in self.paths if p != "-"]
        seen = self._seen_input(files)
        result = known_reading(seen) if seen else None
        if result is None:
            from brief.config import limits_from  # it imports the ingest
            from brief.ingest import load_paths

            self.limits = limits_from(self._config, *self.limit_flags)
            result = self.load_web() if self.fetch_args else load_paths(files, self.limits)
            if seen:
                store_reading(seen, result)
        if len(files) < len(self.paths):  # the app's keys come from stdin: it cannot be read
            stdin = LoadWarning("-", "the app cannot read standard input; use a file, or "
                                "brief export - for piped text")  # fmt: skip
            result = replace(result, warnings=(stdin, *result.warnings))
        warm = None
        if self.use_cache:  # a seen set: its grouping and brief from the cache, in one frame
            from brief.tui.warm_start import warm_start

            warm = warm_start(result.articles, self.options)
            if warm.opens_brief and warm.analysis is None and not self.ahead.release():
                # the child has grouped but is still building the brief: the grouping
                # worker waits for it and brings the brief along, as on any first open
                warm = replace(warm, groups=None, moves={})
        return ArticlesLoaded(result, warm)

    def _seen_input(self, files: list[str]) -> str | None:
        """The fingerprint a small local set's reading is cached under (None: not cached)."""
        if not (self.use_cache and files and len(files) == len(self.paths) and self.local_only()):
            return None
        from brief.tui.warm_start import input_fingerprint, reading_settings

        settings = reading_settings(self.fetch_args, self.limit_flags, self._config)
        return input_fingerprint(files, settings)

    @on(ArticlesLoaded)
    def _loaded(self, message: ArticlesLoaded) -> None:
        if self.closing:
            return
        result, warm = message.result, message.warm
        self._cache.clear()  # a reload (r) may bring new text under the same ids
        if warm is not None and warm.analysis is not None:
            key, *entry = warm.analysis
            self._cache[key] = tuple(entry)  # type: ignore[assignment]
        if not result.articles:
            unread = tuple(
                LoadWarning(u.url, f"could not be read: {u.reason}") for u in result.unread
            )
            self.main.show_failure(self.paths, (*result.warnings, *unread))
            return
        # a pile of stories opens on its list: every story's source list ends with them
        skipped = tuple(w for w in result.warnings if not w.partly)
        if skipped:
            first = skipped[0]
            more = f" and {len(skipped) - 1} more" if len(skipped) > 1 else ""
            self.notify(f"Skipped {first.where}: {first.reason}{more} (listed at the end "
                        "of every source list)", severity="warning", timeout=8,
                        markup=False)  # fmt: skip
        partly = [w for w in result.warnings if w.partly]  # read, all but a date or a record
        if partly:  # not listed as unread: the article is in the list
            more = f" (and {len(partly) - 1} more files read in part)" if len(partly) > 1 else ""
            self.notify(f"{partly[0].where}: {partly[0].reason}{more}", severity="warning",
                        timeout=10, markup=False)  # fmt: skip
        if result.unread:
            self.notify(f"{counted(len(result.unread), 'source')} could not be read; listed at "
                        "the end of every source list", severity="warning", timeout=8)  # fmt: skip
        self._unread = result.unread
        self._skipped = tuple(UnreadSource(w.where, w.reason) for w in skipped)
        for notice in warm.notices if warm is not None else ():
            self.notify(notice, severity="warning", timeout=10, markup=False)
        self.group_or_open(result.articles, warm)

    def listed_unread(self) -> tuple[UnreadSource, ...]:
        """What the source list ends with: web sources that could not be read, then the
        files that were skipped (the notice names only the first)."""
        return (*self._unread, *self._skipped)

    def open_set(self, articles: Sequence[Article], title: str = "") -> None:
        """Open the brief of ``articles`` (the whole set, or one story of it)."""
        from brief.store import load_review

        if self.session is not None and self.session.articles != tuple(articles):
            self._cache.clear()  # cached briefs are keyed by options only, not by articles
            self.brief = None
        notices: list[str] = []
        review = load_review(articles, notices.append)
        articles = tuple(articles)
        self.session = Session(articles, self.options, review or Review(), title=title)
        for notice in notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)
        self.sub_title = for_screen(title)  # as the lists show it: no bidi override raw
        main, session = self.main, self.session  # shown while grouped (one story): kept
        shown = main.brief is None and (main.articles, main.review) == (articles, session.review)
        if not shown:  # a cached brief is shown in the same frame: no placeholders first
            analysis = self._cache.get(session.analysis_key)
            main.show_articles(articles, session.review, self.listed_unread(), analysis)
        opened = frozenset(a.id for a in articles)
        # a story reopened in this run finds the review just made: nothing was "restored"
        self._restored = review is not None and opened not in self._opened
        self._opened.add(opened)
        if self._restored:
            self.notify("Restored your earlier review of this set", timeout=5)
        if self.session.analysis_key in self._cache or shown:  # nothing to paint first
            self._start_analysis()
        else:  # paint the sources before the analysis thread starts importing the NLP stack
            self.call_after_refresh(self._start_analysis)

    def reload_sources(self) -> None:
        """Read every source again (``r`` refetches one web source this way)."""
        self.session, self.brief = None, None
        self.main.show_loading(len(self.paths))
        self._load()

    # --- analysis ---------------------------------------------------------------------------

    @on(AnalysisProgress)
    def _progress(self, message: AnalysisProgress) -> None:
        if message.generation == self._generation and not self.closing:
            self.main.status.progress(message.done, message.total)
            stage = STAGE_NAMES.get(message.stage, message.stage)
            step = min(message.done + 1, message.total)
            self.main.status.say(f"{stage}… (step {step} of {message.total})")

    @on(AnalysisPartial)
    def _partial(self, message: AnalysisPartial) -> None:
        """Fill in the panels a finished stage feeds; the brief stays unexportable until all."""
        if message.generation == self._generation and self.session is not None and not self.closing:
            self.main.show_brief(
                message.brief, message.links, self.session.review, message.quotes, message.pending
            )

    @on(AnalysisReady)
    def _analysis_ready(self, message: AnalysisReady) -> None:
        self._cache[message.key] = (message.brief, message.links, message.quotes)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        if message.generation == self._generation and not self.closing:
            self._show(message.key, message.brief, message.links, message.quotes)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and not self.closing:
            what = "Reading the files" if event.worker.group == "load" else "The analysis"
            self.main.status.progress(None, None)
            self.main.status.say(f"{what} failed")
            self.notify(f"{what} failed: {event.worker.error}", severity="error", timeout=15,
                        markup=False)  # fmt: skip

    # --- review (the keys and actions themselves: ``ReviewFlow``) ----------------------

    @on(ReviewRequested)
    def _review_requested(self, message: ReviewRequested) -> None:
        self.review_action(message.action, message.target)

    @on(VariantsRequested)
    def _variants(self, message: VariantsRequested) -> None:
        from brief.tui.screens.variants import VariantsScreen

        quote = self.main.query_one("#quotes").quotes.get(message.quote_id)  # type: ignore[attr-defined]
        if quote is not None:
            rejected = is_rejected(quote, self.main.review.rejected_quotes)
            self.push_screen(VariantsScreen(quote, self.main.by_id, rejected))


def make_app(
    paths: Sequence[str],
    *,
    theme: str | None = None,
    algorithm: str = "concepts",
    sentences: int = 7,
    words: int | None = None,
    focus: str = "",
    max_size_mb: float | None = None,
    max_articles: int | None = None,
    builder: Builder | None = None,
    cache: bool = True,
    fetch_args: Any = None,
    ahead: Any = None,
) -> BriefApp:
    """Build the app for ``paths`` (the CLI and the tests both use this).

    Args:
        theme: theme name (saved as the default); None uses the saved one.
        max_size_mb, max_articles: ingest limits from the flags; None uses config.toml's
            (or the defaults).
        builder: replaces ``brief.analysis.build_brief`` (same signature); for tests that
            need a fixed brief whatever the summary engine currently returns.
        cache: reuse the cached analysis of an unchanged set (never with ``builder``).
        ahead: the child started by ``brief.tui.ahead.start``, whose cache the workers wait for.
    """
    options = AnalysisOptions(algorithm=algorithm, sentences=sentences, words=words, focus=focus)
    return BriefApp(
        paths,
        theme=theme,
        options=options,
        max_size_mb=max_size_mb,
        max_articles=max_articles,
        builder=builder,
        cache=cache,
        fetch_args=fetch_args,
        ahead=ahead,
    )
