"""A source is cited for a summary sentence only when its words do not contradict the figures.

Another article carries a summary sentence by word overlap (``summary.attribution``: a
cosine of 0.3), so a report of "13 million" carried a sentence saying "12 million" and a
reader who followed the citation found another figure (QA, seventeenth round). Here the
source's sentence closest to the summary sentence (``analysis._closest``) is read for
figures (``discrepancies.quantities``: dates, years, ordinals and codes are no figures) and
the source is dropped when both sentences give a figure of the same kind and none of the
source's agrees with any of the summary's (``discrepancies._agree``: rounding, bounds,
"about"). A kind is a currency, a percentage, or a count with the noun after it (``6.2
metres``) or, with none, its scale word (``12 million``); a count with neither, or a kind
only one sentence gives, contradicts nothing, and a source giving no figure is cited as
before.

The quote panel follows the same rule (``statements_without_contradicting``): a statement
merged across outlets was cited to an outlet whose wording gave another figure ("45
million" listed under the outlet that wrote "54 million"). That outlet's variant stays (the
panel's variants and the brief's "another figure" line show it), but the statement's
``sources`` no longer name it (QA, eighteenth round).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from brief.model import Article

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def without_contradicting(
    summary: tuple, articles: Sequence[Article], closest: Callable[[Article, str], str]
) -> tuple:
    """``summary`` with the sources whose closest sentence contradicts its figures dropped."""
    by_id = {a.id: a for a in articles}
    out = []
    for item in summary:
        if len(item.supporting_sources) < 2:
            out.append(item)
            continue
        own = _figures(item.text)
        if not own:
            out.append(item)
            continue
        kept = tuple(
            source
            for source in item.supporting_sources
            if source == item.source
            or source not in by_id
            or not _contradicts(own, _figures(closest(by_id[source], item.text)))
        )
        same = kept == item.supporting_sources
        out.append(item if same else replace(item, supporting_sources=kept))
    return tuple(out)


def statements_without_contradicting(quotes: tuple) -> tuple:
    """``quotes`` with each source all of whose wordings contradict the figures of the
    statement's shown wording left out of its ``sources`` (its variants are kept).

    The shown wording is the one whose figures the most sources agree with: the
    representative (the wording with the most words) gave "45 million" under a statement
    three of four outlets wrote with "54 million" (QA, nineteenth round). A tie keeps the
    representative; the outlets left out are flagged where the statement is shown."""
    out = []
    for quote in quotes:
        if len(quote.sources) < 2 or not _figures(quote.text):
            out.append(quote)
            continue
        wordings: dict[str, list[str]] = {}
        for variant in quote.variants:
            wordings.setdefault(variant.source, []).append(variant.text)
        best, kept = quote, _agreeing(quote.text, quote.sources, wordings)
        for variant in quote.variants:
            if variant.text == best.text or not _figures(variant.text):
                continue
            theirs = _agreeing(variant.text, quote.sources, wordings)
            if len(theirs) > len(kept):
                best, kept = replace(quote, text=variant.text, kind=variant.kind), theirs
        out.append(best if kept == best.sources or not kept else replace(best, sources=kept))
    return tuple(out)


def _agreeing(text: str, sources: tuple[str, ...], wordings: dict[str, list[str]]) -> tuple:
    """The ``sources`` with a wording that does not contradict the figures of ``text`` (a
    source with no wording of its own, a syndicated copy, contradicts nothing)."""
    own = _figures(text)
    return tuple(
        source
        for source in sources
        if source not in wordings
        or any(not _contradicts(own, _figures(theirs)) for theirs in wordings[source])
    )


def _figures(text: str) -> dict[tuple[str, str], list]:  # type: ignore[type-arg]
    """The figures of ``text`` by kind (see the module's docstring); counts of no kind left out."""
    from brief.discrepancies.quantities import SCALE_NAMES, find_figures
    from brief.text.tokens import stem, stop_words

    found: dict[tuple[str, str], list] = {}  # type: ignore[type-arg]
    for figure in find_figures(text):
        if figure.kind == "money":
            key = ("money", figure.currency)
        elif figure.kind == "percent":
            key = ("percent", "")
        else:
            after = _NEXT_WORD.match(text, figure.end)
            word = after.group(1).lower() if after else ""
            if word and word not in stop_words():
                key = ("count", stem(word))
            elif figure.scale:
                key = ("count", SCALE_NAMES[figure.scale])
            else:
                continue
        found.setdefault(key, []).append(figure)
    return found


def _contradicts(own: dict, theirs: dict) -> bool:  # type: ignore[type-arg]
    """Whether a kind both give has no figure of ``theirs`` agreeing with one of ``own``."""
    from brief.discrepancies import _agree

    return any(
        not any(_agree(a, b) for a in own[key] for b in theirs[key])
        for key in own.keys() & theirs.keys()
    )
