"""The app's side of web sources: loading them with progress, and o/y/Y/r on a source.

A mixin of ``BriefApp`` so the app module only gains a few lines. Handlers are named
``on_<message>``, which Textual dispatches to from any class in the app's MRO.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from brief.tui.fetch_progress import FetchProgress
from brief.tui.messages import SourceAction, SourceFetched

if TYPE_CHECKING:
    from brief.model import Article, LoadResult, UnreadSource


class WebSources:
    """Fetch progress in the source list, and the source keys (open, copy, refetch)."""

    fetch_args: Any
    """The parsed command line (``brief.cli_fetch`` options), or None: files only."""

    def _init_web(self, fetch_args: Any) -> None:
        self.fetch_args = fetch_args
        self.fetch_progress = FetchProgress()
        self.revalidate: set[str] = set()

    def local_only(self) -> bool:
        """Nothing to fetch: no URL, ``--urls``, ``--opml`` or feed file among the sources,
        so reading them is reading local files (the app may do it before its first frame)."""
        from brief.cli_fetch import nothing_to_fetch

        return self.fetch_args is None or nothing_to_fetch(self.fetch_args)

    def load_web(self) -> LoadResult:
        """Read files and fetch web sources (in the load worker's thread)."""
        from brief.cli_fetch import read_for_app

        app: Any = self
        result = read_for_app(
            self.fetch_args,
            app.limits,
            on_event=lambda event: app.post_message(SourceFetched(event)),
            notice=lambda text: app.call_from_thread(app.notify, text, severity="warning",
                                                     timeout=10, markup=False),
            revalidate=tuple(self.revalidate),
        )  # fmt: skip
        self.revalidate.clear()
        return result

    def on_source_fetched(self, message: SourceFetched) -> None:
        app: Any = self
        self.fetch_progress.add(message.event)  # type: ignore[arg-type]
        if app.session is None:  # while loading: the source list shows the progress
            from brief.tui.widgets.source_list import SourceList

            summary = self.fetch_progress.summary()
            progress = self.fetch_progress
            app.main.query_one(SourceList).show_progress(progress.lines(), summary, progress.latest)
            app.main.status.say(summary)

    def on_source_action(self, message: SourceAction) -> None:
        from brief.export.provenance import citation
        from brief.tui.external import copy_text, open_in_browser

        app: Any = self
        article, unread = self._source_of(message.option_id)
        url = article.url or article.final_url if article is not None else ""
        if unread is not None:
            from brief.fetch.urls import looks_like_url

            if not looks_like_url(unread.url):  # a skipped file, listed with its reason
                app.notify("This file was skipped: it has no web address", timeout=5)
                return
            url = unread.url
        if not url and message.action != "copy-citation":
            app.notify("This source is a file, not a web page: it has no address", timeout=5)
            return
        if message.action == "open":
            problem = open_in_browser(url)
            app.notify(problem or "Opening in the browser…", markup=False,
                       severity="warning" if problem else "information")  # fmt: skip
        elif message.action == "copy-url":
            app.notify(copy_text(url, app.copy_to_clipboard), markup=False, timeout=5)
        elif message.action == "copy-citation":
            text = citation(article) if article is not None else url
            app.notify(copy_text(text, app.copy_to_clipboard), markup=False, timeout=5)
        elif message.action == "refetch":
            self.refetch(url)

    def refetch(self, url: str) -> None:
        """Fetch ``url`` again (asking the server, not trusting the cache) and reload the set."""
        app: Any = self
        if self.fetch_args is None or not url.startswith(("http://", "https://")):
            app.notify("Only web sources can be fetched again", severity="warning")
            return
        if app.workers and any(w.group == "load" and w.is_running for w in app.workers):
            app.notify("Sources are still loading", severity="warning")
            return
        self.revalidate.add(url)
        self.fetch_progress = FetchProgress()
        app.main.status.say(f"Fetching {url} again…")
        app.notify("Fetching the source again…", timeout=3)
        app.reload_sources()

    def _source_of(self, option_id: str) -> tuple[Article | None, UnreadSource | None]:
        app: Any = self
        if option_id.startswith("unread:"):
            from brief.tui.widgets.source_list import SourceList

            unread = app.main.query_one(SourceList).unread
            index = int(option_id.split(":", 1)[1])
            return None, unread[index] if index < len(unread) else None
        return app.main.by_id.get(option_id), None
