"""Where sources differ: figures about the same subject that disagree across sources.

Every body sentence is scanned for figures (``quantities``); each figure gets a subject, an
owner and a measure (``subjects``), or none when the words around it leave that unclear.
Figures with the same subject (same owner, measure, kind, currency and direction, with
compatible modifiers such as ``monthly``) are grouped, and a group is reported when two
*different* sources give values that cannot both be true:

* two exact values differ by more than the rounding of the coarser one (half a unit of its
  last written digit: ``97 million`` agrees with ``97.3 million``, ``96 million`` does not);
* an approximation (``about``, ``nearly``) agrees with values within 5 % of it;
* a bound agrees with every value on its side (``over 96 million`` agrees with
  ``97.3 million``, ``over 100 million`` does not), and two bounds the same way always agree.

Figures within one source are never compared with each other.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from brief.discrepancies.quantities import Figure, find_figures
from brief.discrepancies.subjects import ProperNames, SentenceView, Subject, entities, subject_of
from brief.discrepancies.subjects import tokenize as _tokenize
from brief.model import Article, Discrepancy, DiscrepancyValue

APPROXIMATION = Decimal("0.05")
"""Relative tolerance of an approximate figure (``about 100 million``)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure in one source, with its subject."""

    source: str
    figure: Figure
    subject: Subject
    order: int
    """Position in the article set (source order, then sentence order), for stable output."""


def find_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Groups of figures about one subject on which different sources disagree."""
    if len({a.id for a in articles}) < 2:
        return []  # one source disagrees with no one (a story of one article: no reading)
    with _cycle_collection_paused():
        figures = _figures_of(articles)
        if len({a.id for a, found in zip(articles, figures, strict=True) if any(found)}) < 2:
            # a disagreement is two sources' figures: with figures in one source or none,
            # the names and subjects are not read (a third of a pile's small stories)
            return []
        return _find_discrepancies(articles, figures)


Figures = list[list[list[Figure]]]
"""``find_figures`` of each body sentence of each article."""


def _figures_of(articles: Sequence[Article]) -> Figures:
    return [[find_figures(s.text) for s in a.body_sentences] for a in articles]


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Reading makes hundreds of thousands of short-lived tuples (tokens) and no reference
    cycle, and each 700 allocations set off a cycle collection that walks the young objects
    (the tuples, again and again): a fifth of the stage's time at 10,000 leads. Paused only if
    it was on; whatever ran beside it is collected when it resumes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _find_discrepancies(
    articles: Sequence[Article], figures: Figures | None = None
) -> list[Discrepancy]:
    mentions = find_mentions(articles, figures)
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for mention in mentions:
        s, f = mention.subject, mention.figure
        key = (s.owner_key, s.measure_key, f.kind, f.currency, s.direction)
        groups.setdefault(key, []).append(mention)
    found: list[tuple[int, int, Discrepancy]] = []
    for group in groups.values():
        for part in _split_by_attributes(group):
            if len({m.source for m in part}) < 2 or not _disagree(part):
                continue
            sources = {m.source for m in part}
            found.append((-len(sources), min(m.order for m in part), _discrepancy(part)))
    found.sort(key=lambda item: (item[0], item[1]))
    return [d for _, _, d in found]


def find_mentions(articles: Sequence[Article], figures: Figures | None = None) -> list[Mention]:
    """Every figure of the set that has a clear subject, in reading order (``figures``:
    ``_figures_of(articles)`` when already found)."""
    bodies = [[s for s in a.body_sentences] for a in articles]
    if figures is None:
        figures = _figures_of(articles)
    names = ProperNames(s.text for sentences in bodies for s in sentences)

    read: dict[str, SentenceView] = {}
    """Views of sentences without their context, by text: each is read once, though it is
    the context of up to two later sentences."""

    def bare_view(text: str) -> SentenceView:
        view = read.get(text)
        if view is None:
            tokens = _tokenize(text)
            view = read[text] = SentenceView(text, tokens, entities(tokens, names))
        return view

    def view_of(text: str, previous: list[str]) -> SentenceView:
        bare = bare_view(text)

        def earlier() -> list[SentenceView]:
            """Resolution looks two sentences back, seldom: those are read only then."""
            return [bare_view(t) for t in previous]

        return SentenceView(text, bare.tokens, bare.entities, earlier)

    mentions: list[Mention] = []
    order = 0
    for article, sentences, found in zip(articles, bodies, figures, strict=True):
        for i, sentence in enumerate(sentences):
            figures_here = found[i]
            if not figures_here:
                continue  # most sentences: no tokens, no entities, nothing to pay for
            previous = [
                s.text
                for s in reversed(sentences[max(0, i - 2) : i])
                if s.paragraph == sentence.paragraph
            ]
            view = view_of(sentence.text, previous)
            for figure in figures_here:
                subject = subject_of(view, figure, figures_here)
                if subject is not None:
                    mentions.append(Mention(article.id, figure, subject, order))
                    order += 1
    return mentions


def _split_by_attributes(group: list[Mention]) -> list[list[Mention]]:
    """Keep ``daily`` and ``monthly`` users apart; a figure with no modifier fits either,
    unless the modified ones conflict, in which case it is left out as ambiguous."""
    sets = {m.subject.attributes for m in group if m.subject.attributes}
    maximal = [s for s in sets if not any(s < other for other in sets)]
    if len(maximal) <= 1:
        return [group]
    return [
        [m for m in group if m.subject.attributes and m.subject.attributes <= s] for s in maximal
    ]


def _disagree(group: list[Mention]) -> bool:
    return any(
        a.source != b.source and not _agree(a.figure, b.figure)
        for i, a in enumerate(group)
        for b in group[i + 1 :]
    )


def _agree(a: Figure, b: Figure) -> bool:
    """Can both figures be true of the same thing?"""
    bounds = ("<", ">")
    if a.qualifier in bounds and b.qualifier in bounds:
        if a.qualifier == b.qualifier:
            return True  # "over 96 million" and "over 100 million" can both hold
        low, high = (a, b) if a.qualifier == ">" else (b, a)
        return low.value < high.value
    if b.qualifier in bounds:
        a, b = b, a
    slack = max(_slack(a), _slack(b))
    if a.qualifier == ">":
        return b.value >= a.value - slack
    if a.qualifier == "<":
        return b.value <= a.value + slack
    return abs(a.value - b.value) <= slack


def _slack(figure: Figure) -> Decimal:
    if figure.qualifier == "~":
        return max(figure.tolerance, abs(figure.value) * APPROXIMATION)
    return figure.tolerance


def _discrepancy(group: list[Mention]) -> Discrepancy:
    values: dict[tuple[str, Decimal], list[Mention]] = {}
    for mention in group:
        f = mention.figure
        values.setdefault((f.qualifier, f.value), []).append(mention)
    ordered = sorted(values.items(), key=lambda item: (item[0][1], "<~ >".index(item[0][0] or " ")))
    attributes = max((m.subject.attributes for m in group), key=len)
    first = min(group, key=lambda m: m.order)
    return Discrepancy(
        subject=_label(first.subject, attributes, group),
        values=tuple(
            DiscrepancyValue(
                value=mentions[0].figure.display(),
                text=mentions[0].subject.phrase,
                sources=tuple(dict.fromkeys(m.source for m in mentions)),
            )
            for _, mentions in ordered
        ),
    )


def _label(subject: Subject, attributes: frozenset[str], group: list[Mention]) -> str:
    """``Chatterly's monthly users``, ``change in Acme's stock (down)``."""
    from collections import Counter

    owner = Counter(m.subject.owner for m in group).most_common(1)[0][0]
    measure = Counter(m.subject.measure for m in group).most_common(1)[0][0]
    periods = sorted(
        a for a in attributes if a in ("daily", "weekly", "monthly", "quarterly", "annual")
    )
    others = sorted(a for a in attributes if a not in periods)
    words = [*periods, *others, measure]
    possessive = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
    label = f"{possessive} {' '.join(words)}"
    if subject.direction:
        label += " (fall)" if subject.direction == "down" else " (rise)"
    return label
