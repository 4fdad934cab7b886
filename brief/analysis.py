"""Build a ``Brief`` from loaded articles: the one pipeline the CLI and the app share."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from functools import partial

from brief.model import AnalysisOptions, Article, Brief, Review
from brief.support_figures import statements_without_contradicting, without_contradicting
from brief.support_quotes import without_unquoted

Progress = Callable[[str, int, int], None]
"""``(stage, done, total)``: called between stages so a UI can show progress."""


class Cancelled(Exception):
    """Raised between stages when the caller's ``cancelled()`` returns True."""


STAGES = ("summary", "quotes", "discrepancies")
PARALLEL_MIN_ARTICLES = 300
"""From this many articles ``parallel`` shares the quote stage's per-article statements with
a forked child, which starts on them while this process runs the other stages, when a core
is idle (``_may_fork``); never on a small set."""


def build_brief(
    articles: Sequence[Article],
    options: AnalysisOptions | None = None,
    *,
    title: str | None = None,
    timestamp: bool = True,
    on_progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_partial: Callable[[Brief], None] | None = None,
    parallel: bool = False,
    statements: Callable[[Article], list] | None = None,
    summary: tuple | None = None,
) -> Brief:
    """Summarise, extract quotes and compare figures over the non-duplicate articles.

    ``summary``: ``summarize`` of the non-duplicate articles, when already made (a story
    export makes the summaries of many stories together: ``summary.phases``).

    ``on_partial`` receives the brief so far after each stage but the last (summary, then
    summary and quotes; forked, before the child's figures are joined: an export writes the
    quotes' JSON meanwhile), so a UI can fill its panels in as the stages end. ``parallel``
    lets a single-threaded caller (``brief export``) share the quote stage's per-article
    work with a forked child on large sets (``brief.forked.Shared``); the result is the same.
    """
    from brief.quotes import extract_quotes, quotes_from, statements_of
    from brief.summary import summarize

    options = options or AnalysisOptions()
    articles = _copies_of_present(articles)
    analysed = [a for a in articles if a.duplicate_of is None]

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        if on_progress is not None:
            on_progress(STAGES[min(done, len(STAGES) - 1)], done, len(STAGES))

    def result(**parts: tuple) -> Brief:
        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        return Brief(title, now if timestamp else "", tuple(articles), options=options, **parts)

    with _cycle_collection_paused(keep=parallel):  # no cycle is made, the walks cost
        step(0)
        shared = None
        if parallel and len(analysed) >= PARALLEL_MIN_ARTICLES and _may_fork():
            from brief.forked import Shared

            # the child finds statements from the first article on while this process does
            # the title and summary, then this one from the last article back until they
            # meet; the child compares figures while this one clusters the quotes (forked.py)
            shared = Shared(statements_of, analysed, partial(_discrepancies, analysed))
        discrepancies = None
        try:
            title = title or title_of(analysed)
            if summary is None:
                summary = summarize(analysed, options)
            summary = without_unquoted(without_contradicting(summary, analysed, _closest), analysed)
            summary = _with_copies(summary, articles)
            if on_partial is not None:  # before the next stage is announced: it shows this one
                on_partial(result(summary=summary))
            step(1)
            if shared is None and statements is not None:
                quotes = quotes_from([statements(a) for a in analysed])
            elif shared is None:
                quotes = extract_quotes(analysed)
            else:
                quotes = quotes_from(shared.results())
            quotes = _quotes_with_copies(statements_without_contradicting(quotes), articles)
            if on_partial is not None:  # before the join: the child may still compare figures
                on_partial(result(summary=summary, quotes=quotes))
            if shared is not None:
                discrepancies = shared.beside_result()
        except BaseException:
            if shared is not None:
                shared.cancel()
            raise
        step(2)
        if discrepancies is None:
            discrepancies = _discrepancies(analysed)
        step(3)
        return result(summary=summary, quotes=quotes, discrepancies=discrepancies)


@contextmanager
def _cycle_collection_paused(keep: bool = False) -> Iterator[None]:
    """The stages make millions of short-lived objects (tokens, statements, candidate
    pairs) and no garbage cycle, and each 700 allocations set off a cycle collection that
    walks the young objects, the older generations walking everything the set holds more
    and more often as it grows: 12% of the stages' time at 10,000 leads, 5% at 1,000
    (docs/decisions.md, issue 11, fourth round). Paused only if it was on; whatever was
    made meanwhile is collected when it resumes.

    ``keep`` (a one-shot caller: ``brief export``) also moves what the process holds out of
    the collector's sight (``gc.freeze``), or the first collection after would walk the whole
    analysis once more (0.1 s at 1,000 articles); the few hundred cycles left by the stages
    then stay until the process exits."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if enabled:
            gc.enable()


def _may_fork() -> bool:
    """Fork when a core is idle: at least two cores and a load average (1 minute) below
    cores - 0.5. ``BRIEF_PARALLEL=1`` forks always, ``=0`` never.

    The fork adds little CPU time (1,000 BBC articles: 4.8-5.3 s serial, 5.0-5.9 s parent
    and child), so it shortens the wall time when the child gets a core of its own: 0.71x
    at a load average of 1.0-1.4 on 2 cores, but slower than serial at a load of 4-5
    (docs/decisions.md, issue 11, third round). A load of 1 is one busy core, e.g. brief's
    own previous run."""
    import os

    asked = os.environ.get("BRIEF_PARALLEL", "").strip()
    if asked in ("0", "1"):
        return asked == "1"
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cores >= 2 and load < cores - 0.5


def _discrepancies(articles: Sequence[Article]) -> tuple:
    try:
        from brief.discrepancies import find_discrepancies
    except ImportError:
        return ()
    return tuple(find_discrepancies(articles))


def _copies_of_present(articles: Sequence[Article]) -> Sequence[Article]:
    """``articles`` with every copy of an original left out of the set (an excluded source)
    re-linked: its first copy stands in as the original, the others copy that one."""
    present = {a.id for a in articles}
    stand_in: dict[str, str] = {}
    out = list(articles)
    for i, article in enumerate(articles):
        original = article.duplicate_of
        if original is None or original in present:
            continue
        out[i] = replace(article, duplicate_of=stand_in.get(original))
        stand_in.setdefault(original, article.id)
    return out if stand_in else articles


NEAR_WORDS = 0.8
"""Share of a sentence's content stems a copy's sentence must have to carry it."""
NEAR_MIN_STEMS = 5
"""Fewer content stems than this ("I can't say who the agents even are": one) must be there
word for word: a share of one or two stems is found in any sentence of the story."""


def _with_copies(summary: tuple, articles: Sequence[Article]) -> tuple:
    """A syndicated copy carries what its original carries, where it keeps its words.

    A copy is one whose sentences are 80 % its original's (``ingest.dedupe``): the other
    fifth may be a corrected figure, a line cut or one added. A copy is cited for a summary
    sentence only when it has the sentence its original carries it with (the summary
    sentence itself when it is the original's, else the original's sentence sharing the
    most content stems with it): word for word, or with ``NEAR_WORDS`` of its content stems
    and every figure it gives (an edit that drops a word keeps the fact; one that changes
    a number does not). QA, seventeenth round: a copy saying 13 million was cited for
    "12 million", and copies were cited for sentences they had cut."""
    copies = _copies_by_original(articles)
    if not copies:
        return summary
    by_id = {a.id: a for a in articles}
    bodies: dict[str, str] = {}
    out = []
    for item in summary:
        supporting = list(item.supporting_sources)
        for source in item.supporting_sources:
            words = item.text if source == item.source else _closest(by_id[source], item.text)
            for copy in copies.get(source, ()):
                if copy.id not in supporting and _keeps(copy, words, bodies):
                    supporting.append(copy.id)
        out.append(replace(item, supporting_sources=tuple(supporting)))
    return tuple(out)


def _copies_by_original(articles: Sequence[Article]) -> dict[str, list[Article]]:
    """Each original's syndicated copies among ``articles`` (``ingest.dedupe`` marks them)."""
    copies: dict[str, list[Article]] = {}
    for article in articles:
        if article.duplicate_of:
            copies.setdefault(article.duplicate_of, []).append(article)
    return copies


def _keeps(copy: Article, text: str, bodies: dict[str, str]) -> bool:
    """Whether ``copy`` has ``text`` word for word, or nearly with the same figures
    (``bodies``: each copy's normalised body, filled as asked)."""
    import re

    from brief.text.tokens import content_stems

    def normalise_line(line: str) -> str:  # ingest.boilerplate's key, not imported from
        return re.sub(r"\W+", " ", line.lower()).strip()  # it: a cached open reads no file

    if copy.id not in bodies:
        bodies[copy.id] = f" {' '.join(normalise_line(s.text) for s in copy.body_sentences)} "
    if f" {normalise_line(text)} " in bodies[copy.id]:
        return True
    figures = Counter(re.findall(r"\d+", text))
    wanted = set(content_stems(text))
    need = NEAR_WORDS * len(wanted)
    return len(wanted) >= NEAR_MIN_STEMS and any(
        not figures - Counter(re.findall(r"\d+", s.text))
        and len(wanted & set(content_stems(s.text))) >= need
        for s in copy.body_sentences
    )


def _quotes_with_copies(quotes: tuple, articles: Sequence[Article]) -> tuple:
    """A syndicated copy carries the statements its original carries, where it keeps their
    words (``_keeps``): the quote panel said "6 sources" for a line the summary cited to
    20, the copies among them (QA, seventeenth round). The copy is added to the statement's
    ``sources``; it has no variant of its own (it is not analysed)."""
    copies = _copies_by_original(articles)
    if not copies:
        return quotes
    bodies: dict[str, str] = {}
    out = []
    for quote in quotes:
        sources = list(quote.sources)
        for variant in quote.variants:
            if variant.source not in quote.sources:  # its figures differ (support_figures)
                continue
            for copy in copies.get(variant.source, ()):
                if copy.id not in sources and _keeps(copy, variant.text, bodies):
                    sources.append(copy.id)
        out.append(
            replace(quote, sources=tuple(sources)) if len(sources) > len(quote.sources) else quote
        )
    return tuple(out)


def _closest(article: Article, text: str) -> str:
    """The body sentence of ``article`` sharing the most content stems with ``text``."""
    from brief.text.tokens import content_stems

    wanted = set(content_stems(text))
    best = max(
        article.body_sentences,
        key=lambda s: len(wanted & set(content_stems(s.text))),
        default=None,
    )
    return best.text if best is not None else text


UNTITLED = "Brief"
"""What ``choose_title`` returns for a set none of whose articles has a headline."""


def title_of(articles: Sequence[Article]) -> str:
    """The most central headline; without any, the opening words of the first article.

    One title for one set wherever it shows: the story list, the app's title bar, and the
    markdown and JSON exports of ``brief export`` (a file or standard input without a
    headline was "Brief" there while the story list named it by its opening words)."""
    if not articles:
        return UNTITLED
    headline = choose_title(articles)
    if headline != UNTITLED:
        return headline
    from brief.naming import opening_words

    if articles[0].body_sentences:
        return opening_words(articles[0])  # as the source is named everywhere
    first = articles[0].text.split()
    return " ".join(first[:12]) + ("…" if len(first) > 12 else "") or articles[0].id


def has_headline(articles: Sequence[Article]) -> bool:
    """Whether any article has a headline of its own (not its id or path standing in)."""
    from brief.naming import headline

    return any(headline(a) for a in articles)


def choose_title(articles: Sequence[Article]) -> str:
    """The headline most central to the set (most content words shared with the others)."""
    from brief.text.tokens import content_stems

    headlines = [a.title for a in articles if has_headline([a])]
    if not headlines:
        return UNTITLED
    if len(headlines) == 1:
        return headlines[0]
    stems = [set(content_stems(h)) for h in headlines]
    # how many articles' openings carry each stem: sum(|headline & opening|) over the
    # openings is then one lookup per headline stem, linear in the set, not quadratic
    carried: Counter[str] = Counter()
    for a in articles:
        carried.update(set(content_stems(" ".join(s.text for s in a.body_sentences[:5]))))

    def centrality(i: int) -> float:
        return sum(carried[w] for w in stems[i]) / (1 + len(stems[i]) ** 0.5)

    best = max(range(len(headlines)), key=lambda i: (centrality(i), -i))
    return headlines[best]


def apply_review(brief: Brief, review: Review) -> Brief:
    """The brief as the user reviewed it: drops, pins, order, rejected quotes, title."""
    from brief.review import apply

    return apply(brief, review)
