"""One brief per story, the stories shared between this process and a forked child.

A pile of 1,000+ articles holds hundreds of small stories, each brief a few tens of
milliseconds of single-threaded work; on a 2-core machine a forked child builds about half of
them (balanced by text length) while the parent builds the rest. The child reads the parent's
articles where they are (fork, no copy) and sends back only what it computed: the briefs
without their sources, which the parent puts back. Each brief is built by the same
``build_brief`` either way, so the output is the same; only the time differs.

Only with ``BRIEF_PARALLEL=1`` (as ``brief.forked``), from ``PARALLEL_MIN_ARTICLES`` articles
and ``MIN_STORIES`` stories (a fork and the pickling of results cost more than they save on
small sets), and never where fork is missing: ``brief.forked.Beside`` then runs everything
here. Off by default: on the shared 2-core machine it was measured on (load average above 2),
1,000 Multi-News leads took 0.98x the serial wall time (median of 3 interleaved runs), which
does not pay for a second process (docs/decisions.md, issue 13).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from brief.model import AnalysisOptions, Article, Brief

PARALLEL_MIN_ARTICLES = 1000
MIN_STORIES = 20

Job = tuple[Sequence[Article], str]
"""A story's articles (after the review's exclusions) and its title."""


def build_briefs(
    jobs: Sequence[Job], options: AnalysisOptions, *, timestamp: bool, parallel: bool | None = None
) -> list[Brief]:
    """``build_brief`` of every job, in order; shared with a forked child on large piles."""
    if parallel is None:
        parallel = _worth_forking(jobs)
    if not parallel:
        return [_build(job, options, timestamp) for job in jobs]
    from brief.forked import Beside

    theirs = set(_share(jobs))
    their_jobs = [jobs[k] for k in sorted(theirs)]
    child = Beside(_build_bare, their_jobs, options, timestamp)
    try:
        mine = {k: _build(jobs[k], options, timestamp) for k in range(len(jobs)) if k not in theirs}
    except BaseException:
        child.cancel()
        raise
    for k, brief in zip(sorted(theirs), child.result(), strict=True):
        mine[k] = replace(brief, sources=tuple(jobs[k][0]))
    return [mine[k] for k in range(len(jobs))]


def _worth_forking(jobs: Sequence[Job]) -> bool:
    if os.environ.get("BRIEF_PARALLEL", "0").strip() != "1" or not hasattr(os, "fork"):
        return False
    articles = sum(len(members) for members, _ in jobs)
    return articles >= PARALLEL_MIN_ARTICLES and len(jobs) >= MIN_STORIES


def _share(jobs: Sequence[Job]) -> list[int]:
    """The jobs for the child: about half the work, counted in characters of text."""
    cost = [sum(len(a.text) for a in members) for members, _ in jobs]
    loads = [0, 0]
    theirs = []
    for k in sorted(range(len(jobs)), key=lambda k: (-cost[k], k)):
        side = 0 if loads[0] <= loads[1] else 1
        loads[side] += cost[k]
        if side == 1:
            theirs.append(k)
    return theirs


def _build(job: Job, options: AnalysisOptions, timestamp: bool) -> Brief:
    from brief.analysis import build_brief

    members, title = job
    return build_brief(members, options, title=title, timestamp=timestamp)


def _build_bare(jobs: Sequence[Job], options: AnalysisOptions, timestamp: bool) -> list[Brief]:
    """The briefs without their sources (the parent has them): a smaller pipe payload."""
    return [replace(_build(job, options, timestamp), sources=()) for job in jobs]
