"""Ingest: paths in, ``Article`` values out, with one clear warning per skipped file."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from brief.ingest.boilerplate import normalise_line, word_count
from brief.ingest.decode import DecodeError, decode
from brief.ingest.dedupe import find_copies
from brief.ingest.discover import STDIN, Found, discover
from brief.ingest.html_roles import LISTED, Hints
from brief.ingest.layout import (
    Line,
    assign_roles,
    is_headline,
    lines_of,
    outlet_from_text,
    sentences_of,
    take_markers,
)
from brief.ingest.meta_dates import iso_date
from brief.ingest.no_text import CONSENT_WALL, consent_wall
from brief.ingest.no_text import no_text as _no_text
from brief.ingest.readers import PartlyRead, RawDoc, ReadError, read, sniff_suffix
from brief.ingest.remote import (
    FEED_TEXT_MIN_WORDS,
    Remote,
    paywall_teaser,
    stem_for,
    suffix_for,
)
from brief.ingest.title_site import site_from_title
from brief.model import Article, LoadResult, LoadWarning, UnreadSource
from brief.text.clean import blank_controls, clip, fold, safe_name

MB = 1024 * 1024

Built = Callable[[list[Article], int], None]
"""``load_paths``' ``on_built``: the articles built so far, and how many there will be."""
Share = Callable[[int], bool]
"""``load_paths``' ``share_reading``: whether to read this many files with a forked child."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Guards against accidents; both are configurable (config file and flags)."""

    max_article_bytes: int = 10 * MB
    max_articles: int = 50_000


@dataclass(slots=True)
class _Pending:
    path: str
    stem: str
    doc: RawDoc
    lines: list[Line]
    meta_paragraphs: list
    remote: Remote | None = None


def load_paths(
    paths: Iterable[str],
    limits: Limits | None = None,
    *,
    stdin: Callable[[], bytes] | None = None,
    remote: Iterable[Remote] = (),
    on_built: Built | None = None,
    share_reading: Share | None = None,
) -> LoadResult:
    """Read every article under ``paths`` and every fetched document in ``remote``.

    Bad files become warnings and unreadable fetched pages become ``unread`` entries,
    never exceptions. ``on_built(built, total)`` is called after each article is built, with
    the list built so far (an article may still be dropped or marked a copy after) and the
    number there will be: ``brief export --stories`` hands finished articles to a forked
    child meanwhile (``brief.stories.ahead``); ``share_reading(files)`` says whether a forked
    child reads some of the files beside this process (``brief.ingest.beside``). The result
    is the same either way.
    """
    limits = limits or Limits()
    warnings: list[LoadWarning] = []
    pending: list[_Pending] = []
    unread: list[UnreadSource] = []
    over_limit: list[str] = []
    found_all = list(discover(paths))
    shared = _shared_reading(found_all, limits, share_reading)
    for index, found in enumerate(found_all):
        if found.problem:
            warnings.append(LoadWarning(found.path, found.problem))
            continue
        if len(pending) >= limits.max_articles:
            over_limit.append(found.path)
            continue
        done = shared[index] if index < len(shared) else None
        file_warnings, file_pending = done or _read_found(found.path, limits, stdin)
        warnings.extend(file_warnings)
        pending.extend(file_pending)
        if len(pending) > limits.max_articles:  # a JSON-lines file may hold any number
            warnings.append(_cut_at_limit(found.path, pending, limits))
    if over_limit:  # one line for them all: a folder over the limit is not 500 lines
        warnings.append(LoadWarning(over_limit[0], _over_limit(limits, len(over_limit))))
    for item in remote:
        if len(pending) >= limits.max_articles:
            reason = f"the set already has {limits.max_articles} articles (raise --max-articles)"
            unread.append(UnreadSource(item.url, reason, item.via_feed))
            continue
        read, why = _read_remote(item, limits)
        if item.feed_page and (read or why):
            read = _longer_in_feed(item, read, why, limits)
        pending.extend(read)
        if not read and why:
            unread.append(UnreadSource(item.url, why, item.via_feed))
    articles = []
    built = _build(pending, on_built)
    warnings.extend(unread_dates(pending, built))
    for item, article in zip(pending, built, strict=True):
        why = _no_text(article)
        if not why:
            articles.append(article)
        elif item.remote is not None:
            unread.append(UnreadSource(item.remote.url, why, item.remote.via_feed))
        else:
            warnings.append(LoadWarning(item.path, why))
    copies = find_copies(articles)
    articles = [replace(a, duplicate_of=copies.get(a.id)) for a in articles]
    return LoadResult(tuple(articles), tuple(warnings), tuple(unread))


Read = tuple[list[LoadWarning], list[_Pending]]
"""One file read: its warnings and the articles it holds, not yet built."""


def _read_found(path: str, limits: Limits, stdin: Callable[[], bytes] | None = None) -> Read:
    """Read one file: the same whether this process or a forked child reads it."""
    warnings: list[LoadWarning] = []
    try:
        docs = _read_file(path, limits, stdin)
    except PartlyRead as partly:
        warnings.append(LoadWarning(path, str(partly), partly=True))
        docs = partly.docs
    except (DecodeError, ReadError) as error:
        return [LoadWarning(path, str(error))], []
    except OSError as error:
        return [LoadWarning(path, (error.strerror or str(error)).lower())], []
    stem = "stdin" if path == STDIN else safe_name(Path(path).stem)
    pending = []
    for doc in docs:
        lines = lines_of(doc.text, doc.body_start, markdown=doc.format == "md")
        lines, meta_paragraphs = take_markers(doc.text, lines, doc.meta)
        if not lines:
            warnings.append(LoadWarning(path, "no text after metadata"))
            continue
        pending.append(_Pending(path, stem, doc, lines, meta_paragraphs))
    return warnings, pending


def _shared_reading(
    found: Sequence[Found], limits: Limits, share: Share | None
) -> list[Read | None]:
    """The first files read by this process and a forked child together, when ``share``
    says so for their number: their reads in order (``brief.ingest.beside``); none else.

    Only files the serial loop could reach are shared (at most ``max_articles`` readable
    ones); a pile with standard input is read here alone (a child never reads it)."""
    if share is None or any(f.path == STDIN for f in found):
        return []
    readable = [i for i, f in enumerate(found) if not f.problem][: limits.max_articles]
    if not readable or not share(len(readable)):
        return []
    from brief.ingest.beside import read_beside

    paths = [found[i].path for i in readable]
    reads = read_beside(paths, lambda path: _read_found(path, limits))
    out: list[Read | None] = [None] * (readable[-1] + 1)
    for i, done in zip(readable, reads, strict=True):
        out[i] = done
    return out


def _cut_at_limit(path: str, pending: list[_Pending], limits: Limits) -> LoadWarning:
    """Keep the first ``max_articles`` of ``pending``: the file that crossed the limit is
    read up to it, and its warning says how many of its records were left."""
    left = len(pending) - limits.max_articles
    del pending[limits.max_articles :]
    records = "record was" if left == 1 else "records were"
    return LoadWarning(
        path,
        f"the set reached {limits.max_articles} articles, so {left} more {records} not read "
        "(raise the limit with --max-articles or max_articles in config.toml)",
        partly=True,
    )


def _over_limit(limits: Limits, skipped: int) -> str:
    """The one warning for every file past the article limit, named by the first."""
    what = "this file was" if skipped == 1 else f"this file and {skipped - 1} more were"
    return (
        f"the set already has {limits.max_articles} articles, so {what} not read "
        "(raise the limit with --max-articles or max_articles in config.toml)"
    )


def _read_remote(item: Remote, limits: Limits) -> tuple[list[_Pending], str]:
    """The articles a fetched document gives, or none and why."""
    try:
        docs = _decode_read(item.data, suffix_for(item), limits)
    except PartlyRead as partly:
        docs = partly.docs  # a fetched page is read whole or not at all: its part
    except (DecodeError, ReadError) as error:
        return [], str(error)
    read: list[_Pending] = []
    why = ""
    for doc in docs:
        for key, value in item.fallback:  # the item's own fields, when its text is the feed's
            if value and (item.feed_text or not doc.meta.get(key)):
                doc.meta[key] = fold(blank_controls(value))
        site_from_title(doc.meta, doc.title_site, item.final_url or item.url)
        lines = lines_of(doc.text, doc.body_start, markdown=doc.format == "md")
        lines, meta_paragraphs = take_markers(doc.text, lines, doc.meta)
        if not lines or paywall_teaser(item, doc.text):
            why = "behind a paywall (only a teaser is readable)" if lines else "no text"
            continue
        if consent_wall(line.text for line in lines):
            why = CONSENT_WALL  # before the feed's text is looked for: it may hold the article
            continue
        stem = safe_name(stem_for(item.final_url or item.url))
        read.append(_Pending(item.url, stem, doc, lines, meta_paragraphs, item))
    return read, why


def _longer_in_feed(item: Remote, read: list[_Pending], why: str, limits: Limits) -> list[_Pending]:
    """``read``, or the item's text in its feed when the page gave no text (``why``) or fewer
    words than a feed's summary can hold (a teaser unflagged, "Subscribe to continue"), and
    the feed holds at least that minimum and more."""
    words = sum(len(r.doc.text.split()) for r in read)
    if words >= FEED_TEXT_MIN_WORDS:
        return read
    reason = f"only {words} words readable" if read else why
    fed, _ = _read_remote(_feed_instead(item, reason), limits)
    fed_words = sum(len(r.doc.text.split()) for r in fed)
    return fed if fed_words >= FEED_TEXT_MIN_WORDS and fed_words > words else read


def _feed_instead(item: Remote, why: str) -> Remote:
    """``item`` read from its feed's text, for a page fetched with ``why`` nothing to read."""
    return replace(
        item,
        data=item.feed_page,
        content_type="text/html; charset=utf-8",
        feed_text=why,
        feed_page=b"",
    )


def _read_file(path: str, limits: Limits, stdin: Callable[[], bytes] | None) -> list[RawDoc]:
    if path == STDIN:
        data = (stdin or sys.stdin.buffer.read)()
        suffix = ""  # no name to go by: told by its content (``readers.sniff_suffix``)
    else:
        file = Path(path)
        size = file.stat().st_size
        if size > limits.max_article_bytes:
            raise ReadError(
                f"too large ({size / MB:.1f} MB, limit {limits.max_article_bytes / MB:g} MB; "
                "raise it with --max-size or max_size_mb in config.toml)"
            )
        data = file.read_bytes()
        suffix = file.suffix.lower()
    return _decode_read(data, suffix, limits)


def _decode_read(data: bytes, suffix: str, limits: Limits) -> list[RawDoc]:
    if len(data) > limits.max_article_bytes:
        raise ReadError(f"too large ({len(data) / MB:.1f} MB)")
    text = blank_controls(decode(data))
    docs = read(text, suffix or sniff_suffix(text))
    for doc in docs:
        doc.text = blank_controls(doc.text)
    return docs


def _build(pending: list[_Pending], on_built: Built | None = None) -> list[Article]:
    repeated = _repeated_lines(pending)
    taken: set[str] = set()
    articles: list[Article] = []
    for item in pending:
        base = item.stem + (f"-{item.doc.suffix}" if item.doc.suffix else "")
        article_id, number = base, 1
        while article_id in taken:
            number += 1
            article_id = f"{base}-{number}"
        taken.add(article_id)
        hints = Hints(item.doc.hints)
        here = {
            normalise_line(line.text)
            for line in item.lines
            if _repeat_key(item, line, hints) in repeated
        }
        articles.append(_article(article_id, item, here))
        if on_built is not None:
            on_built(articles, len(pending))
    return articles


def _repeated_lines(pending: list[_Pending]) -> set[str]:
    """Short lines seen twice in one article or in two different articles."""
    seen: Counter[str] = Counter()
    for item in pending:
        hints = Hints(item.doc.hints)
        for line in item.lines:
            if word_count(line.text) <= 10:
                seen[_repeat_key(item, line, hints)] += 1
    return {key for key, count in seen.items() if count > 1 and key}


def _repeat_key(item: _Pending, line: Line, hints: Hints) -> str:
    """What counts as the same line: its words; for a list item or table row, its outlet too.

    A page template repeats its furniture on every page of one site; two outlets that
    list the same closed schools or print the same table are reporting, not furniture.
    """
    key = normalise_line(line.text)
    hint = hints.at(line.start) if hints and key else None
    if hint is None or hint.kind not in LISTED:
        return key
    meta = item.doc.meta
    site = meta.get("outlet") or urlsplit(meta.get("url", "")).netloc
    return f"{site.lower()}\x00{key}"


def _article(article_id: str, item: _Pending, repeated: set[str]) -> Article:
    doc = item.doc
    paragraphs = assign_roles(item.lines, repeated, doc.hints, never_empty=doc.format == "html")
    meta = doc.meta
    title = meta.get("title", "")
    if not title and paragraphs and paragraphs[0].role == "headline" and is_headline(item.lines[0]):
        title = item.lines[0].text
    title = title or item.stem  # no headline: named as a file is (standard input: "stdin")
    all_paragraphs = sorted([*item.meta_paragraphs, *paragraphs], key=lambda p: p.start)
    sentences = tuple(sentences_of(article_id, doc.text, all_paragraphs))
    article = Article(
        id=article_id,
        path=safe_name(item.path),
        text=doc.text,
        title=clip(title),
        outlet=clip(meta.get("outlet") or outlet_from_text(doc.text, all_paragraphs)),
        date=clip(iso_date(meta.get("date", ""))),
        url=meta.get("url", ""),
        author=clip(meta.get("author", "")),
        paragraphs=tuple(all_paragraphs),
        sentences=sentences,
        format=doc.format,
    )
    remote = item.remote
    if remote is None:
        return article
    return replace(
        article,
        url=remote.url,
        final_url=remote.final_url,
        canonical_url=meta.get("url", ""),
        fetched_at=remote.fetched_at,
        via_feed=remote.via_feed,
        feed_text=remote.feed_text,
    )


def unread_dates(pending: Sequence[_Pending], articles: Sequence[Article]) -> list[LoadWarning]:
    """One warning per local file whose metadata dates could not be read: the article is
    read as undated, and the user learns why its date is missing."""
    bad: dict[str, list[str]] = {}
    for item, article in zip(pending, articles, strict=True):
        given = item.doc.meta.get("date")
        if item.remote is None and isinstance(given, str) and given.strip() and not article.date:
            bad.setdefault(item.path, []).append(given.strip())
    warnings = []
    for path, values in bad.items():
        shown = clip(" ".join(values[0].split()), 40)
        what = f"date '{shown}' is" if len(values) == 1 else f"{len(values)} dates ('{shown}'…) are"
        warnings.append(
            LoadWarning(
                path,
                f"{what} not a date brief can read (write it as 2026-12-02 or "
                "2 December 2026); read as undated",
                partly=True,
            )
        )
    return warnings
