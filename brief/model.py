"""The brief's data model: plain, immutable values shared by the core and the app.

Every span is a ``(start, end)`` character offset pair into ``Article.text``, which is
the decoded original text of the file (for ``.txt``/``.md``: the whole file, front
matter included; for HTML and JSON: the extracted article text). ``Article.text`` has
the same length as the decoded original: control characters are replaced by spaces,
never removed, so offsets stay valid (see ``brief.text.clean``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["body", "headline", "subheading", "caption", "boilerplate", "meta"]
"""What a paragraph (and its sentences) is: only ``body`` feeds summary and quotes."""

QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text separated from its neighbours by a line break."""

    start: int
    end: int
    role: Role = "body"
    reason: str = ""
    """Why a non-body role was given (e.g. "repeated line", "credit mark")."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one article, located by offsets into ``Article.text``."""

    article: str
    """Id of the article the sentence belongs to."""
    index: int
    """Position of the sentence within its article (0-based, all roles counted)."""
    paragraph: int
    """Index into ``Article.paragraphs``."""
    start: int
    end: int
    text: str
    """The sentence with runs of whitespace folded to one space."""
    role: Role = "body"

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def key(self) -> str:
        """A stable reference to this sentence: ``article:start``."""
        return f"{self.article}:{self.start}"


@dataclass(frozen=True, slots=True)
class Article:
    """One source document after ingest."""

    id: str
    """Stable id: the file stem, made unique within the set."""
    path: str
    """Where it came from (a file path, or ``-`` for standard input)."""
    text: str
    """Decoded original text (control characters blanked); spans index into it."""
    title: str = ""
    outlet: str = ""
    date: str = ""
    """ISO date (``YYYY-MM-DD``) when known, else empty."""
    url: str = ""
    author: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    duplicate_of: str | None = None
    """Id of the article this one is a (near-)identical copy of; copies are not analysed."""
    format: str = "txt"
    final_url: str = ""
    """Where a fetched page was read after redirects (empty for files)."""
    canonical_url: str = ""
    """The page's own canonical address (``<link rel=canonical>``/``og:url``), when it names one."""
    fetched_at: str = ""
    """ISO-8601 UTC time the page was fetched (empty for files)."""
    via_feed: str = ""
    """The feed (URL or file) whose item this page was, when it came from one."""
    feed_text: str = ""
    """Why the page itself could not be read, when the text is the item's own in its feed."""

    @property
    def boilerplate(self) -> tuple[str, ...]:
        """The page-furniture lines separated from the body, in order."""
        return tuple(
            " ".join(self.text[p.start : p.end].split())
            for p in self.paragraphs
            if p.role == "boilerplate"
        )

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.role == "body")

    def snippet(self, start: int, end: int) -> str:
        """The text between two offsets with whitespace folded."""
        return " ".join(self.text[start:end].split())


def path_label(path: str) -> str:
    """A path as a person reads it in a message: ``-`` is standard input."""
    return "standard input" if path == "-" else path


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """A file that was skipped (or partly read), and why, in one line."""

    path: str
    reason: str
    partly: bool = False
    """The file was read, all but what ``reason`` names (a front matter, a date, a record):
    said as "a.md: ...", not "skipped a.md: ..."."""

    @property
    def where(self) -> str:
        """The path for a message (``-`` named as standard input)."""
        return path_label(self.path)


@dataclass(frozen=True, slots=True)
class UnreadSource:
    """A source the user asked for that could not be read; the brief lists it, never drops it."""

    url: str
    reason: str
    via_feed: str = ""


@dataclass(frozen=True, slots=True)
class LoadResult:
    articles: tuple[Article, ...]
    warnings: tuple[LoadWarning, ...] = ()
    unread: tuple[UnreadSource, ...] = ()
    """Fetched sources (URLs, feed items) that could not be read."""


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A sentence chosen for the summary, with every source that carries its fact."""

    text: str
    source: str
    span: tuple[int, int]
    supporting_sources: tuple[str, ...]
    """Every article carrying this information, ``source`` first."""
    score: float
    sentence_index: int = 0
    """Position of the sentence within ``source`` (``Sentence.index``)."""
    pinned: bool = False

    @property
    def key(self) -> str:
        return f"{self.source}:{self.span[0]}"


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    """One outlet's wording of a statement."""

    source: str
    text: str
    span: tuple[int, int]
    speaker_mention: str
    kind: QuoteKind = "direct"
    speaker: str = ""
    """The canonical speaker resolved for this variant (may be "unattributed")."""
    cue: str = ""
    speaker_span: tuple[int, int] | None = None
    """Where ``speaker_mention`` is in ``Article.text`` (None when carried over)."""
    speaker_role: str = ""
    """How the article describes the speaker ("deputy head of the IT committee"), or ''."""
    referents: tuple[tuple[int, int, str], ...] = ()
    """Pronouns of ``text`` whose referent stands in an earlier sentence: (start, end) in
    ``text`` and the referent's name, shown "[Name]" when read; ``span`` is unchanged. An
    empty range (start == end) is a subject the statement leaves before its source, shown
    "[the mayor] rejected ..." ("The mayor, according to Y, rejected ...")."""
    parts: tuple[tuple[int, int], ...] = ()
    """A statement broken by its attribution (``"A," she said. "B."``): each segment's
    (start, end) in ``Article.text``, in order; ``span`` then runs from the first part's
    start to the last part's end and ``text`` joins the parts with " … ". Empty when the
    statement is one segment (its one part is ``span``)."""
    part_texts: tuple[str, ...] = ()
    """Each part's own ``text``, in the order of ``parts`` (empty when ``parts`` is)."""
    lower_opener: bool = False
    """``text`` opens with a common word capitalised only because it opened the sentence
    ("Fuel costs rose ..., the mayor said"): read in lower case after "Said that"; ``text``
    and ``span`` keep the article's own letters."""


@dataclass(frozen=True, slots=True)
class QuoteCluster:
    """One statement, merged across outlets."""

    id: str
    speaker: str
    text: str
    kind: QuoteKind
    sources: tuple[str, ...]
    variants: tuple[QuoteVariant, ...]


@dataclass(frozen=True, slots=True)
class DiscrepancyValue:
    value: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Figures about one subject that disagree across sources."""

    subject: str
    values: tuple[DiscrepancyValue, ...]


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    algorithm: str = "concepts"
    sentences: int = 7
    words: int | None = None
    """When set, the summary is about this many words instead of ``sentences`` (whole
    sentences; the last may pass it when it ends nearer, ``brief.summary.select.ends_nearer``)."""
    focus: str = ""
    """A question or an angle the summary ranks toward ("" for a general summary)."""


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything an export or the app shows, for one article set."""

    title: str
    generated: str
    """ISO-8601 timestamp, or empty for reproducible output."""
    sources: tuple[Article, ...]
    summary: tuple[SummarySentence, ...] = ()
    quotes: tuple[QuoteCluster, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    options: AnalysisOptions = field(default_factory=AnalysisOptions)
    unread: tuple[UnreadSource, ...] = ()
    """Sources asked for that could not be read ("could not be read: reason")."""

    def source(self, article_id: str) -> Article:
        for article in self.sources:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


@dataclass(frozen=True, slots=True)
class Review:
    """A user's decisions over a brief; export applies them, so app and CLI agree."""

    dropped: frozenset[str] = frozenset()
    """Keys (``SummarySentence.key``) of summary sentences the user dropped."""
    pinned: tuple[str, ...] = ()
    """``Sentence.key`` of source sentences pinned into the summary, in pin order."""
    order: tuple[str, ...] = ()
    """Explicit summary order by key; keys not listed keep their natural order after."""
    rejected_quotes: frozenset[str] = frozenset()
    """``QuoteCluster.id`` of rejected quotes; an id the statement had before (another
    wording was its representative) still rejects it (``brief.quote_ids.is_rejected``)."""
    excluded_sources: frozenset[str] = frozenset()
    algorithm: str | None = None
    sentences: int | None = None
    title: str | None = None
    focus: str | None = None
    """The summary's focus chosen in the app ("" clears the command line's); None: not set."""
