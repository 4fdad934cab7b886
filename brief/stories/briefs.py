"""One brief per story, the stories shared between this process and a forked child.

A pile of 1,000+ articles holds hundreds of small stories, each brief a few to a few hundred
milliseconds of single-threaded work. On large piles, when a core is idle (the rule of
``brief export``: ``brief.analysis._may_fork``, ``BRIEF_PARALLEL=1`` always, ``=0`` never), a
forked child claims stories from the front of the list (the largest) while this process
claims them from the back, a few at a time from a shared counter, until the claims meet
(``brief.forked.Shared``): whoever gets the CPU does the work, with no cost model to fit. The
child reads the parent's articles where they are (fork, no copy) and sends back only what it
computed, the briefs without their sources, which the parent puts back. Each brief is built
by the same ``build_brief`` either way and the results are joined in story order, so the
output is the same; only the time differs. A child that fails or dies leaves its stories to
this process (``Shared``'s fallback).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from brief.model import AnalysisOptions, Article, Brief

if TYPE_CHECKING:
    from brief.forked import Claims

PARALLEL_MIN_ARTICLES = 1000
MIN_STORIES = 20
"""Smaller piles stay in one process: the fork and the pickling of the child's briefs cost
more than they save (a few tenths of a second)."""

Job = tuple[Sequence[Article], str]
"""A story's articles (after the review's exclusions) and its title."""


Statements = Callable[[Article], list]
"""``brief.quotes.statements_of``, or a stand-in that gives the same lists (found ahead)."""

Render = Callable[[Brief], str]
"""What the process that built a brief also makes of it (a story's JSON text)."""


@dataclass(frozen=True, slots=True)
class Titled:
    """A brief its caller needs only as rendered: its title (``build_briefs_rendered``'s
    ``lean``). The whole brief pickled back from the forked child and read here cost 0.5 s
    at 10,000 leads, after both processes' work, where nothing else runs."""

    title: str


class StatementsAhead:
    """Each article's quote statements, found by a forked child while this process groups
    the stories (the statements of an article do not depend on its story).

    ``lookup()`` takes the articles the child has not started (it claims them a few at a
    time: ``brief.forked.Claims``) and answers from what it sent; the rest, an article it
    did not see, or everything if the child failed, is read with ``statements_of`` where
    each brief is built, so this process never waits for more than the child's last claim.
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        from brief.forked import Beside, Claims

        self._articles = [a for a in articles if a.duplicate_of is None]
        self._claims = Claims.over(len(self._articles))
        self._child = Beside(_statements_of_all, self._articles, self._claims)

    def lookup(self) -> Statements:
        from brief.quotes import statements_of

        if self._claims is not None:
            self._claims.take_rest()
        said = self._child.result()
        self._close()
        if not isinstance(said, list) or len(said) > len(self._articles):
            said = []
        prefix = self._articles[: len(said)]  # the child's part: the first articles
        found = {a.id: (a, s) for a, s in zip(prefix, said, strict=True)}

        def statements(article: Article) -> list:
            entry = found.get(article.id)
            return entry[1] if entry is not None and entry[0] is article else statements_of(article)

        return statements

    def cancel(self) -> None:
        """Stop the child (the grouping failed: nobody will ask)."""
        self._child.cancel()
        self._close()

    def _close(self) -> None:
        if self._claims is not None:
            self._claims.close()
            self._claims = None


def worth_looking_ahead(articles: Sequence[Article]) -> bool:
    """Whether to find the statements in a child while grouping: the rule of the stories."""
    if not hasattr(os, "fork") or len(articles) < PARALLEL_MIN_ARTICLES:
        return False
    from brief.analysis import _may_fork

    return _may_fork()


def build_briefs(
    jobs: Sequence[Job],
    options: AnalysisOptions,
    *,
    timestamp: bool,
    parallel: bool | None = None,
    statements: Statements | None = None,
) -> list[Brief]:
    """``build_brief`` of every job, in order; shared with a forked child on large piles."""
    built = _build_all(jobs, options, timestamp, parallel, statements, None)
    return [brief for brief, _ in built]


def build_briefs_rendered(
    jobs: Sequence[Job],
    options: AnalysisOptions,
    render: Render | None,
    *,
    timestamp: bool,
    parallel: bool | None = None,
    statements: Statements | None = None,
    lean: bool = False,
) -> list[tuple[Brief | Titled, str | None]]:
    """``build_briefs``, each brief with ``render(brief)`` (None without ``render``), made by
    the process that built the brief (with its sources): a story's JSON is then written
    beside both processes' work instead of after it (0.9 s of CPU at 10,000 leads).

    ``lean`` (with ``render``): each brief comes back as its ``Titled`` only, for a caller
    that needs no more than the rendering (``brief export --stories`` to JSON, unreviewed).
    """
    return _build_all(jobs, options, timestamp, parallel, statements, render, lean=lean)


def _build_all(
    jobs: Sequence[Job],
    options: AnalysisOptions,
    timestamp: bool,
    parallel: bool | None,
    statements: Statements | None,
    render: Render | None,
    *,
    lean: bool = False,
) -> list[tuple[Brief | Titled, str | None]]:
    from functools import partial

    from brief.analysis import _cycle_collection_paused

    if parallel is None:
        parallel = _worth_forking(jobs)
    build = partial(
        _build,
        options=options,
        timestamp=timestamp,
        statements=statements,
        render=render,
        lean=lean and render is not None,
    )
    batches = _batches(jobs)
    # one pause over all the stories, not one per brief: between briefs the collector walked
    # the briefs made so far again and again (0.8 s of full collections at 10,000 leads)
    with _cycle_collection_paused(keep=True):
        if not parallel:
            return [built for batch in batches for built in build(batch)]
        return _shared(jobs, batches, partial(_build_bare, build=build))


BATCH_STORIES = 64
BATCH_ARTICLES = 128
"""Stories are built in batches of consecutive stories (the summaries of a batch in phases,
``summary.phases``) of at most this many stories and articles (a larger story alone): the
phases pay per batch what they saved per story, and a batch is what the two processes
claim, so the last claims stay short (decisions.md, issue 13, fifteenth round)."""


def _batches(jobs: Sequence[Job]) -> list[Sequence[Job]]:
    out: list[Sequence[Job]] = []
    start, articles = 0, 0
    for end, (members, _) in enumerate(jobs):
        size = len(members)
        if end > start and (end - start >= BATCH_STORIES or articles + size > BATCH_ARTICLES):
            out.append(jobs[start:end])
            start, articles = end, 0
        articles += size
    if start < len(jobs):
        out.append(jobs[start:])
    return out


def _shared(
    jobs: Sequence[Job],
    batches: Sequence[Sequence[Job]],
    build: Callable[[Sequence[Job]], list[tuple[Brief | Titled, str | None]]],
) -> list[tuple[Brief | Titled, str | None]]:
    from brief.forked import Shared

    shared = Shared(build, batches, tuple, chunk=1)
    try:
        bare = [built for batch in shared.results() for built in batch]
    finally:
        shared.cancel()  # all it had to send is in: reap it
    return [
        (replace(b, sources=tuple(members)) if isinstance(b, Brief) else b, text)
        for (b, text), (members, _) in zip(bare, jobs, strict=True)
    ]


def _worth_forking(jobs: Sequence[Job]) -> bool:
    if not hasattr(os, "fork") or len(jobs) < MIN_STORIES:
        return False
    if sum(len(members) for members, _ in jobs) < PARALLEL_MIN_ARTICLES:
        return False
    from brief.analysis import _may_fork

    return _may_fork()


def _build(
    batch: Sequence[Job],
    *,
    options: AnalysisOptions,
    timestamp: bool,
    statements: Statements | None = None,
    render: Render | None = None,
    lean: bool = False,
) -> list[tuple[Brief | Titled, str | None]]:
    """Each story's brief (its ``Titled`` only when ``lean``) and its rendering (None
    without ``render``), the summaries of the batch made together (``summarize_many``: the
    same as one by one)."""
    from brief.analysis import _copies_of_present, build_brief
    from brief.summary.phases import summarize_many

    analysed = []
    for members, _ in batch:
        articles = _copies_of_present(members)  # as build_brief reads them
        analysed.append([a for a in articles if a.duplicate_of is None])
    summaries = summarize_many(analysed, options)
    out: list[tuple[Brief | Titled, str | None]] = []
    for (members, title), summary in zip(batch, summaries, strict=True):
        brief = build_brief(
            members,
            options,
            title=title,
            timestamp=timestamp,
            statements=statements,
            summary=summary,
        )
        text = render(brief) if render is not None else None
        out.append((Titled(brief.title) if lean else brief, text))
    return out


def _build_bare(
    batch: Sequence[Job],
    *,
    build: Callable[[Sequence[Job]], list[tuple[Brief | Titled, str | None]]],
) -> list[tuple[Brief | Titled, str | None]]:
    """The briefs without their sources (the parent has them): a smaller payload to pickle."""
    return [
        (replace(brief, sources=()) if isinstance(brief, Brief) else brief, text)
        for brief, text in build(batch)
    ]


def _statements_of_all(
    articles: Sequence[Article], claims: Claims | None = None, chunk: int | None = None
) -> list[list]:
    """The child's work, without cycle collection (it makes no cycle; the walks cost): the
    statements of the articles from the first on, ``chunk`` (``CLAIM``) at a time, until the
    parent takes the rest (all of them without ``claims``). Run in this process when the
    child failed: the collector is then on again after, and the rest is already taken."""
    from brief.analysis import _cycle_collection_paused
    from brief.quotes import statements_of

    size = CLAIM if chunk is None else chunk
    out: list[list] = []
    with _cycle_collection_paused():
        while True:
            claim = claims.take(size) if claims is not None else (0, len(articles))
            if claim is None:
                return out
            start, end = claim
            out.extend(statements_of(a) for a in articles[start:end])
            if claims is None:
                return out


CLAIM = 8
"""Articles a statements child claims at a time (about 8 ms): what the parent may wait for."""
