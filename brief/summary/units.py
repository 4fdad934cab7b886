"""Which sentences may enter a summary, and as what unit.

A *unit* is what the summary can pick: one body sentence, or a sentence that opens with an
unresolved reference ("This includes ...", "It stated ...", "The move ...") together with the
sentence before it, so the reference is resolved in the summary itself (``references.dangles``
tells such a sentence, the reference at its start or after a short opening adverbial: "On
Monday, he said ..."). Units keep their provenance by position (article id, sentence index,
offsets), never by text: the same wire
sentence in two articles is two units.

A wire dateline that opens a sentence ("LONDON (Reuters) - ", "HANOI, March 3 (Xinhua) -- ",
"EUGENE, Ore. _ ") is left out of its unit: the unit starts after it, at its own offset, so
the text is still verbatim at its span and the word budget goes to the sentence itself. So is
a page's breadcrumb trail glued to a sentence of a plain-text copy ("Home | News | World | "),
and so is a photo credit or an advertisement marker glued before it ("(Photo: AP) ",
"Advertisement "): page furniture a plain-text copy kept in the sentence's line (the rules
of where such furniture ends are in ``openings``).

Excluded: every non-body role (headline, subheading, caption, boilerplate, meta), questions,
wire bylines the reader of a plain-text file still sees ("By JANE DOE (Distributed by ...)"),
copyright notices ("(c) 2017 X. All rights reserved."; ``boilerplate.is_copyright_mark``),
table rows of HTML pages (``cell | cell``: article text, but no sentence), lines of HTML pages
that do not end like a sentence (list items, "He announced:"), fragments shorter than ``MIN_WORDS``
words, and over-long run-ons (``MAX_WORDS``) that are usually lists or unsplit paragraphs.
Only when a whole set has no unit at all are the length limits and the sentence-end rule
dropped (a set of one-line notes still gets a summary); the other rules always hold.

When the units of a set hold fewer words than the summary may use (a short story with a long
budget), a run of sentences that each point back ("A did X. He said Y. It was Z.") may enter
as one unit from the sentence that names what they point to (``collect_units``' ``words``):
otherwise every sentence after the run's second is text the summary can never show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from brief.ingest.boilerplate import ends_like_sentence, is_copyright_mark, is_crawl_note
from brief.ingest.html_blocks import CELL_SEPARATOR
from brief.model import Article, Sentence
from brief.summary.openings import (
    MIN_REST,
    MONTH,
    aside_tail_end,
    buttons_end,
    clutter_end,
    crumbs_end,
    date_run_end,
    dateline_end,
    widget_end,
    without_opening,
)
from brief.summary.references import dangles

MIN_WORDS = MIN_REST
"""Shorter sentences are fragments, datelines or captions in disguise (and an opening of
page furniture is cut only when this many words follow it)."""
MAX_WORDS = 80
"""Longer "sentences" are lists, tables or paragraphs the splitter could not break."""


_AGENCY_WITHIN = 40
"""Characters of a sentence's start where a dateline's "(Agency) " may close."""
_ASIDE_WITHIN = 120
"""Characters of a sentence's start where a broken aside's closing bracket is looked for."""
_EMBED_SIGNATURE = re.compile(rf"\(\s*@\w+\s*\)\s*(?i:{MONTH})\s+\d{{1,2}},?\s+\d{{4}}")
"""An embedded post's signature ("\u2014 Jane Doe (@janedoe) May 3, 2021"): a plain-text
copy runs the post, its signature and the next paragraph into one "sentence"."""
_BYLINE = re.compile(r"By\s+[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]*)+(?:\W|$)")
"""A wire byline ("By JANE DOE (Distributed by ...)"): the writer's name in capitals."""
_QUESTION = re.compile(r"\?[\"'\u201d\u2019)\]]*\s*$|\?[\"\u201d\u2019']?\s+[a-z]")


@dataclass(frozen=True, slots=True)
class Unit:
    """A pickable piece of summary: one sentence, or a dangling sentence with its antecedent."""

    article: str
    index: int
    """``Sentence.index`` of the first sentence of the unit."""
    position: int
    """Rank of the unit's first sentence among its article's body sentences (0 = lead)."""
    start: int
    end: int
    text: str
    sentences: int = 1
    """1, or 2 when the unit carries the previous sentence for a dangling reference (more
    for a whole run of them, ``article_units``' ``runs``)."""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def word_count(text: str) -> int:
    return len(text.split())


def is_question(text: str) -> bool:
    """A question, or a sentence whose quotation is one (``"Why?" he asked.``)."""
    return bool(_QUESTION.search(text.rstrip()))


def _standalone(sentence: Sentence, min_words: int, max_words: float, markup: bool) -> bool:
    words = word_count(sentence.text)
    strict = min_words > 1 and markup  # the shape rules go with the length limits
    return (
        min_words <= words <= max_words
        and not is_question(sentence.text)
        and CELL_SEPARATOR not in sentence.text  # a table row is article text, no sentence
        and not (sentence.text.startswith("By ") and _BYLINE.match(sentence.text))
        and not _in_broken_aside(sentence.text)
        and not ("@" in sentence.text and _EMBED_SIGNATURE.search(sentence.text))
        # in a web page a line without a sentence end is a list item or an intro ending in
        # ":" (the markup made it its own line); in plain text it is usually prose whose
        # final stop was lost, and dropping those cost 1 R-1 on Multi-News (decisions.md)
        and (ends_like_sentence(sentence.text) or not strict)
    )


def _in_broken_aside(text: str) -> bool:
    """A sentence of a bracketed aside the splitter broke at the aside's own stops: it opens
    a bracket it does not close ("(Packed in cans by the brewery."), or closes one it did not
    open ("The rest of the note follows.)"). Bylines, notes to editors and asides."""
    if text.startswith("(") and ")" not in text:
        return True
    close = text.find(")")
    return close >= 0 and "(" not in text[:close]


def article_units(
    article: Article,
    min_words: int = MIN_WORDS,
    max_words: float = MAX_WORDS,
    *,
    dangling: bool = False,
    runs: bool = False,
) -> list[Unit]:
    """The units of one article, in reading order.

    With the limits dropped (``min_words`` 1), or in an article that is not a web page, a line
    need not end like a sentence. ``dangling`` keeps a sentence whose opening reference
    nothing before it carries ("The ministry said ...") as a unit of its own. ``runs`` lets a
    sentence that points back at a sentence that itself points back enter with the whole run
    back to the one that does not ("A did X. He said Y. He added Z." as one unit).
    """
    out: list[Unit] = []
    previous: Sentence | None = None
    run: list[tuple[Sentence, int]] = []
    """The sentence that does not dangle and the units-eligible ones after it that do."""
    position = -1
    first_paragraph: int | None = None
    """The paragraph of the article's first body sentence: a title-case dateline opens it."""
    for sentence in article.sentences:
        if sentence.role != "body":
            previous = None
            run = []
            continue
        position += 1
        if first_paragraph is None:
            first_paragraph = sentence.paragraph
        if is_copyright_mark(sentence.text) or is_crawl_note(sentence.text):
            # a copyright notice or a web archive's crawl note: no unit, and no antecedent
            previous = None
            run = []
            continue
        if (  # a dateline opens a paragraph; its agency may follow a place split off before it,
            # and a place with its agency may follow a caption run into its paragraph
            previous is None
            or previous.paragraph != sentence.paragraph
            or sentence.text.startswith("(")
            or ") " in sentence.text[:_AGENCY_WITHIN]
        ):
            lead = first_paragraph in (None, sentence.paragraph)
            sentence = without_opening(article, sentence, partial(dateline_end, title_case=lead))
        if "|" in sentence.text and article.format != "html":
            sentence = without_opening(article, sentence, crumbs_end)
        sentence = without_opening(article, sentence, clutter_end)
        if ")" in sentence.text[:_ASIDE_WITHIN]:
            sentence = without_opening(article, sentence, aside_tail_end)
        sentence = without_opening(article, sentence, date_run_end)
        sentence = without_opening(article, sentence, buttons_end)
        if "aption" in sentence.text:  # a caption widget's label: rare, so tested first
            sentence = without_opening(article, sentence, widget_end)
        standalone = _standalone(sentence, min_words, max_words, article.format == "html")
        points_back = (standalone or runs) and dangles(sentence.text)
        if runs:
            run = _next_run(run, sentence, position, standalone=standalone, back=points_back)
        if standalone:
            if dangling or not points_back:
                out.append(
                    Unit(
                        article.id,
                        sentence.index,
                        position,
                        sentence.start,
                        sentence.end,
                        sentence.text,
                    )
                )
            elif _can_carry(previous, sentence):
                assert previous is not None
                text = f"{previous.text} {sentence.text}"
                if word_count(text) <= max_words:
                    out.append(
                        Unit(
                            article.id,
                            previous.index,
                            position - 1,
                            previous.start,
                            sentence.end,
                            text,
                            sentences=2,
                        )
                    )
            elif runs and len(run) > 2:
                unit = _run_unit(article.id, run, max_words)
                if unit is not None:
                    out.append(unit)
        previous = sentence
    return out


def _next_run(
    run: list[tuple[Sentence, int]],
    sentence: Sentence,
    position: int,
    *,
    standalone: bool,
    back: bool,
) -> list[tuple[Sentence, int]]:
    """The run after ``sentence``: it starts one when it does not point back, extends the run
    when it does and follows the run's last sentence in its paragraph, else ends it."""
    if not back:
        return [(sentence, position)]
    if not (standalone and run):
        return []
    last = run[-1][0]
    if last.paragraph != sentence.paragraph or last.index != sentence.index - 1:
        return []
    return [*run, (sentence, position)]


def _run_unit(article: str, run: list[tuple[Sentence, int]], max_words: float) -> Unit | None:
    """One unit of a whole run, when its first sentence is whole and it is not over-long."""
    first, position = run[0]
    if word_count(first.text) < MIN_WORDS // 2 or is_question(first.text):
        return None
    text = " ".join(sentence.text for sentence, _ in run)
    if word_count(text) > max_words:
        return None
    last = run[-1][0]
    return Unit(article, first.index, position, first.start, last.end, text, len(run))


def _can_carry(previous: Sentence | None, sentence: Sentence) -> bool:
    """The previous sentence resolves the reference: same paragraph, itself whole."""
    return (
        previous is not None
        and previous.paragraph == sentence.paragraph
        and previous.index == sentence.index - 1
        and word_count(previous.text) >= MIN_WORDS // 2
        and not is_question(previous.text)
        and not dangles(previous.text)
    )


def collect_units(
    articles: Sequence[Article], min_words: int = MIN_WORDS, *, words: int | None = None
) -> list[Unit]:
    """Units of all articles, article by article, each in reading order.

    ``words``: the summary's budget. When the units together hold fewer words, runs of
    sentences that point back enter whole too (``article_units``' ``runs``): the summary
    would otherwise end short while the set still has text to tell.
    """
    units = [unit for article in articles for unit in article_units(article, min_words)]
    if units and words is not None and not _fill(units, words):
        return [
            unit for article in articles for unit in article_units(article, min_words, runs=True)
        ]
    if units:
        return units
    # nothing passed the rules: every body sentence may stand, rather than no summary at all
    return [
        unit
        for article in articles
        for unit in article_units(article, 1, float("inf"), dangling=True)
    ]


def _fill(units: Sequence[Unit], words: int) -> bool:
    """The units hold at least ``words`` words (counted only as far as needed)."""
    total = 0
    for unit in units:
        total += word_count(unit.text)
        if total >= words:
            return True
    return False
