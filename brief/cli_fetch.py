"""The command line's sources beyond files: URLs, feeds, OPML, URL lists (``brief cache`` is in
``brief.cli_cache``).

Kept apart from ``brief.cli`` so the parser there only gains one block of options
(``add_fetch_options``) and one call (``load_sources``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from brief.text.clean import printable

if TYPE_CHECKING:
    from brief.fetch.gather import Gathered, Listener
    from brief.fetch.request import Request
    from brief.ingest import Limits
    from brief.model import Article, LoadResult, UnreadSource

SNIFF_BYTES = 4096
MAX_FEED_FILE = 50 * 2**20
"""A local feed or OPML file larger than this is refused (feeds are kilobytes)."""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not 0 <= number <= 3600:
        raise argparse.ArgumentTypeError(f"expected 0 to 3600 seconds, got {value}")
    return number


def _count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def add_fetch_options(parser: argparse.ArgumentParser) -> None:
    """URLs and feeds: one contiguous block of options, shared by ``brief`` and ``export``."""
    group = parser.add_argument_group("web sources (PATH may also be an http(s) URL or a feed)")
    group.add_argument(
        "--urls",
        metavar="FILE",
        action="append",
        default=[],
        help="read URLs from FILE, one a line (# starts a comment)",
    )
    group.add_argument(
        "--opml",
        metavar="FILE",
        action="append",
        default=[],
        help="read every feed listed in an OPML file or at its http(s) address",
    )
    group.add_argument(
        "--max-items-per-feed",
        type=_count,
        default=20,
        metavar="N",
        help="fetch at most N items of each feed, newest first (default: 20)",
    )
    group.add_argument(
        "--since",
        type=_date,
        metavar="DATE",
        help="only feed items published on or after DATE (YYYY-MM-DD)",
    )
    group.add_argument(
        "--offline", action="store_true", help="use only pages already in the cache; fetch nothing"
    )
    group.add_argument(
        "--refresh",
        action="store_true",
        help="ask the servers whether cached pages changed (conditional GET)",
    )
    group.add_argument(
        "--allow-private-network",
        action="store_true",
        help="also fetch from this machine and private networks (an intranet, "
        "a local test server); refused otherwise",
    )
    group.add_argument(
        "--timeout",
        type=_seconds,
        default=60.0,
        metavar="SECONDS",
        help="give up on a source after this long in all (default: 60)",
    )
    group.add_argument(
        "--host-delay",
        type=_seconds,
        default=0.5,
        metavar="SECONDS",
        help="pause between requests to one host (default: 0.5)",
    )
    group.add_argument(
        "--user-agent",
        metavar="TEXT",
        help="the User-Agent brief states (default: brief/VERSION with a link)",
    )


def split_sources(
    args: argparse.Namespace, warn: Callable[[str, str], None]
) -> tuple[list[str], Request]:
    """Paths for ingest, and what to fetch: URLs typed, listed in --urls files, and feeds
    (feed or OPML files are recognised by their content, whatever their extension)."""
    from brief.fetch.feeds import sniff
    from brief.fetch.request import Request
    from brief.fetch.urls import looks_like_url

    paths: list[str] = []
    urls: list[str] = []
    feed_files: list[tuple[str, bytes]] = []
    for arg in args.paths or []:
        if looks_like_url(arg):
            urls.append(arg.strip())
            continue
        file = Path(arg)
        if arg != "-" and file.is_file() and _is_feed_file(file, sniff):
            try:
                if file.stat().st_size > MAX_FEED_FILE:
                    warn(arg, f"a feed file over {MAX_FEED_FILE // 2**20} MB is not read")
                else:
                    feed_files.append((arg, file.read_bytes()))
            except OSError as error:
                warn(arg, _os_reason(error))
            continue
        paths.append(arg)
    for listing in args.urls:
        urls.extend(_url_lines(listing, warn))
    for outline in args.opml:
        if looks_like_url(outline):  # a subscriptions list on the web: fetched as PATH is
            urls.append(outline.strip())
            continue
        try:
            if Path(outline).stat().st_size > MAX_FEED_FILE:
                warn(outline, f"an OPML file over {MAX_FEED_FILE // 2**20} MB is not read")
                continue
            data = Path(outline).read_bytes()
        except OSError as error:
            warn(outline, _os_reason(error))
            continue
        if sniff(data) != "opml":
            warn(outline, "not an OPML file")
            continue
        feed_files.append((outline, data))
    request = Request(
        urls=tuple(dict.fromkeys(urls)),
        feed_files=tuple(feed_files),
        max_items=args.max_items_per_feed,
        since=args.since,
    )
    return paths, request


def nothing_to_fetch(args: argparse.Namespace) -> bool:
    """No URL, ``--urls``, ``--opml`` or feed file among the sources: local files only."""
    if getattr(args, "urls", None) or getattr(args, "opml", None):
        return False
    from brief.fetch.urls import looks_like_url

    for arg in getattr(args, "paths", None) or []:
        if looks_like_url(arg):
            return False
        if Path(arg).is_file():
            from brief.fetch.feeds import sniff  # only for a file named (a folder: not a feed)

            if _is_feed_file(Path(arg), sniff):
                return False
    return True


def _os_reason(error: OSError) -> str:
    """Why a named file could not be read, worded as for article files."""
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, IsADirectoryError):
        return "a folder, not a file"
    return (error.strerror or str(error)).lower()


def _is_feed_file(file: Path, sniff: Callable[[bytes], object]) -> bool:
    try:
        with file.open("rb") as handle:
            return sniff(handle.read(SNIFF_BYTES)) is not None
    except OSError:
        return False


def _url_lines(listing: str, warn: Callable[[str, str], None]) -> list[str]:
    try:
        text = Path(listing).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as error:
        warn(listing, _os_reason(error))
        return []
    from brief.fetch.urls import looks_like_url

    urls = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line.startswith("#"):
            continue
        line = line.split(" #", 1)[0].strip()  # a comment after the URL ("#" alone is a fragment)
        if line and not looks_like_url(line):  # else "could not read not a url: ..."
            warn(f"{listing}, line {number}", f"not a web address ({line[:80]!r})")
        elif line:
            urls.append(line)
    if not urls:
        warn(listing, "no URL in the file")
    return urls


def load_sources(
    args: argparse.Namespace,
    limits: Limits,
    warn: Callable[[str, str], None],
    *,
    on_event: Listener | None = None,
    notice: Callable[[str], None] | None = None,
    revalidate: Iterable[str] = (),
) -> LoadResult:
    """Files and web sources together, as one article set; the sample when none is named."""
    from brief.ingest import load_paths
    from brief.ingest.remote import Remote
    from brief.model import UnreadSource

    paths, request = split_sources(args, warn)
    named = paths or request.urls or request.feed_files or args.paths or args.urls or args.opml
    if not named and getattr(args, "sample", True):
        from brief.resources import sample_dir

        paths = [str(sample_dir())]
    remote: list[Remote] = []
    failures: list[UnreadSource] = []
    gathered: Gathered | None = None
    if request.urls or request.feed_files:
        from brief.fetch.gather import gather

        fetcher = make_fetcher(args, limits, notice)
        try:
            gathered = gather(request, fetcher, on_event, revalidate=revalidate)
        finally:
            fetcher.close()
            if fetcher.cache is not None:
                fetcher.cache.close()
        remote = [
            Remote(
                p.url,
                p.final_url,
                p.body,
                p.content_type,
                p.fetched_at,
                p.via_feed,
                (("title", p.feed_title), ("date", p.feed_date), ("author", p.feed_author)),
                p.feed_text,
                p.feed_page,
            )
            for p in gathered.pages
        ]
        failures = [UnreadSource(f.url, f.reason, f.via_feed) for f in gathered.failures]
        for line in gathered.notices:  # a cached copy read in place of a failed fetch
            (notice or _stderr)(line)
        if notice is None:  # the app: a feed's line says it is cut; a page shows once
            for line in gathered.remarks:
                _stderr(line)
    result = load_paths(paths, limits, remote=remote) if paths or remote else None
    if result is None:
        from brief.model import LoadResult

        return LoadResult((), (), tuple(failures))
    if remote:  # an AMP or print version beside the page it names as canonical: read once
        from brief.fetch.versions import one_version

        articles, lines = one_version(result.articles)
        result = replace(result, articles=tuple(articles))
        for line in lines if notice is None else ():
            _stderr(line)
    if request.since is not None:
        undated = {r.url for r in remote if r.via_feed and not dict(r.fallback).get("date")}
        result, older = _older_than(result, request.since, undated)
        failures.extend(older)
    # one list in the order the sources were given: a page fetched but not an article (a
    # consent wall, a PDF) where it was given, not after every fetch that failed
    unread = (*failures, *result.unread)
    if gathered is not None:
        rank = gathered.rank
        unread = tuple(sorted(unread, key=lambda item: rank(item.url)))
    return replace(result, unread=unread)


def _older_than(
    result: LoadResult, since: date, undated: set[str]
) -> tuple[LoadResult, list[UnreadSource]]:
    """Feed items the feed gave no readable date, whose page is dated before ``--since``:
    left out, each listed with its date. The feed could not say they were older, but once
    fetched the page does; they were kept silently, an old article in a brief of today's.
    """
    from brief.model import UnreadSource

    def older(article: Article) -> bool:
        return article.url in undated and bool(article.date) and article.date[:10] < str(since)

    gone = [a for a in result.articles if older(a)]
    if not gone:
        return result, []
    ids = {a.id for a in gone}
    kept = tuple(
        replace(a, duplicate_of=None) if a.duplicate_of in ids else a  # its original left
        for a in result.articles
        if not older(a)
    )
    why = "its page is dated {}, before --since {} (the feed's date is missing or unreadable)"
    unread = [UnreadSource(a.url, why.format(a.date[:10], since), a.via_feed) for a in gone]
    return replace(result, articles=kept), unread


def read_for_app(
    fetch_args: argparse.Namespace,
    limits: Limits,
    *,
    on_event: Listener | None = None,
    notice: Callable[[str], None] | None = None,
    revalidate: Iterable[str] = (),
) -> LoadResult:
    """What the app reads for its command line ``fetch_args``: its sources, standard input
    left out (the app's keys use it), the warnings of naming them first. The app's load
    worker and its analysis ahead (``brief.tui.ahead``) both read this way, so the reading
    one of them caches is the other's."""
    from brief.model import LoadWarning

    warnings: list[LoadWarning] = []
    args = argparse.Namespace(**vars(fetch_args))
    args.paths = [p for p in args.paths or [] if p != "-"]
    args.sample = not fetch_args.paths  # "brief -" alone is not "the sample"
    result = load_sources(
        args,
        limits,
        lambda path, reason: warnings.append(LoadWarning(path, reason)),
        on_event=on_event,
        notice=notice,
        revalidate=revalidate,
    )
    return replace(result, warnings=(*warnings, *result.warnings)) if warnings else result


def make_fetcher(args: argparse.Namespace, limits: Limits, notice: Callable[[str], None] | None):
    from brief.fetch.cache import Cache
    from brief.fetch.fetcher import USER_AGENT, Fetcher, FetchSettings

    timeout = args.timeout
    settings = FetchSettings(
        allow_private=args.allow_private_network,
        max_bytes=limits.max_article_bytes,
        connect_timeout=min(10.0, timeout),
        read_timeout=min(20.0, timeout),
        total_timeout=timeout,
        host_delay=args.host_delay,
        user_agent=printable(args.user_agent).strip() if args.user_agent else USER_AGENT,
        offline=args.offline,
        refresh=args.refresh,
    )
    return Fetcher(settings, Cache(notice=notice or _stderr))


def _stderr(message: str) -> None:
    print(f"brief: {printable(message)}", file=sys.stderr)


def report_unread(result: LoadResult) -> None:
    """One stderr line per source that could not be read."""
    for item in result.unread:
        via = f" (listed in {printable(item.via_feed)})" if item.via_feed else ""
        print(
            f"brief: could not read {printable(item.url)}{via}: {printable(item.reason)}",
            file=sys.stderr,
        )
