"""The markdown brief: a document that stands on its own, with citations that resolve.

Layout (sections with nothing to show are left out, never an empty heading)::

    # Title
    *13–14 August 2025 · 5 sources (3 undated)*
    ## Summary                 bullets, each ending in citations [1][3]
    ## Key statements          ### Speaker, then one bullet per statement
    ## Where sources differ    **subject**: value [2]; other value [4]
    ## Sources                 ### Source 1, then headline · outlet · date · url or path

Citations are links to in-document anchors: ``[\\[1\\]](#source-1)`` points at the heading
``### Source 1``. GitHub and Textual's ``Markdown`` widget both derive a heading's anchor from
its text (lower-cased, punctuation dropped, spaces to hyphens, ``-1`` added to repeats), so a
fixed heading text gives a predictable anchor without raw HTML; the repeats are tracked here
in case a title or speaker happens to read "Source 2".

Safety: every piece of article text (headlines, outlets, sentences, quotes, speakers, paths,
figures) goes through :func:`escape`, so it cannot open a link, an image, raw HTML, code, a
heading, a list or a quote. The only links in the output are the citations and the sources'
own ``http``/``https`` urls, written as autolinks after checking they hold nothing but URL
characters. Untrusted text is folded to one line, so no line is ever hard-wrapped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from brief.export.provenance import provenance, unread_line
from brief.model import Article, Brief, Discrepancy, QuoteCluster, QuoteVariant, path_label
from brief.naming import headline, opening_words, shown_date
from brief.quotes import by_speaker, wording_key
from brief.quotes.reading import read_quote, read_variant
from brief.resources import in_sample, shown_path
from brief.text.clean import INVISIBLE, typeset_quotes

MONTHS = tuple(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)

# Characters that can start markdown syntax anywhere in a line. "$" is math on GitHub, "@"
# starts e-mail autolinks; "(" and ")" are harmless once "[" and "]" are escaped.
_ALWAYS = re.compile(r"([\\`*_{}\[\]<>#|~&$@])")
# What only matters at the start of a block: list markers ("- ", "+ ", "1. ", "1) "),
# thematic breaks and setext underlines ("---", "==="), definition lists (": ").
_LINE_START = re.compile(r"^(?:([-+=:])(?=[\s\-+=:]|$)|(\d{1,9})([.)])(?=\s|$))")
# Bare URLs and domains that GFM renderers (GitHub, markdown-it's linkify) would turn into
# links: an escaped ":" before "//" and an escaped "." inside a dotted name stop them.
_SCHEME = re.compile(r"(?<=[A-Za-z0-9]):(?=//)")
_DOTTED = re.compile(r"(?<=[^\W_])\.(?=[^\W\d_]{2,})")
# What an autolinked url may contain: RFC 3986 characters, no "<", ">", quotes or spaces.
_SAFE_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.IGNORECASE)
# Bidi controls and zero-width characters (``clean.INVISIBLE``): invisible, but a renderer
# obeys them. Dropped from the export, as from the app's panes; the words stay.
_BIDI = INVISIBLE


def escape(text: str) -> str:
    """Untrusted text as inert markdown on one line: it renders as exactly these words (the
    wire's ``quotation marks'' as the marks they stand for, ``clean.typeset_quotes``)."""
    text = " ".join(typeset_quotes(_BIDI.sub("", text)).split())
    text = _ALWAYS.sub(r"\\\1", text)
    text = _SCHEME.sub(r"\\:", text)
    text = _DOTTED.sub(r"\\.", text)
    match = _LINE_START.match(text)
    if match:
        if match.group(1):
            text = "\\" + text
        else:
            text = f"{match.group(2)}\\{match.group(3)}{text[match.end() :]}"
    return text


def to_markdown(
    brief: Brief, *, front_matter: bool = False, taken: dict[str, int] | None = None
) -> str:
    """The whole brief as markdown (with YAML front matter when asked).

    Args:
        taken: the anchors of the headings before this brief in the same document (several
            briefs in one file), counted and updated here, so that a second brief's
            ``[1]`` points at its own ``### Source 1`` (anchor ``source-1-1``).
    """
    writer = _Writer(brief, {} if taken is None else taken)
    text = writer.render()
    if front_matter:
        text = _front_matter(brief) + "\n" + text
    return text


class _Writer:
    """Renders one brief; knows the number and anchor of every source."""

    def __init__(self, brief: Brief, taken: dict[str, int]) -> None:
        self.brief = brief
        self.number = {a.id: i for i, a in enumerate(brief.sources, 1)}
        self.cited: set[str] = set()
        self.speakers = by_speaker(brief.quotes, brief.options.focus)
        headings = [_title(brief)]
        if brief.summary:
            headings.append("Summary")
        if self.speakers:
            headings += ["Key statements", *(name for name, _ in self.speakers)]
        if brief.discrepancies:
            headings.append("Where sources differ")
        headings.append("Sources")
        first = len(headings)
        headings += [f"Source {i}" for i in self.number.values()]
        if brief.unread:
            headings.append("Could not be read")
        slugs = _slugs(headings, taken)
        self.anchor = {source: slugs[first + i - 1] for source, i in self.number.items()}

    def render(self) -> str:
        brief = self.brief
        blocks = [f"# {escape(_title(brief))}", f"*{_overview(brief)}*"]
        if brief.summary:
            bullets = [
                f"- {escape(s.text)} {self.cite(s.supporting_sources)}" for s in brief.summary
            ]
            blocks.append("## Summary")
            focus = " ".join(brief.options.focus.split())
            if focus:
                blocks.append(f"*Focus: {escape(focus)}*")
            blocks.append("\n".join(bullets))
        if self.speakers:
            blocks.append("## Key statements")
            for speaker, quotes in self.speakers:
                blocks += [f"### {escape(speaker)}", "\n".join(self.statement(q) for q in quotes)]
        if brief.discrepancies:
            blocks += [
                "## Where sources differ",
                "\n".join(self.discrepancy(d) for d in brief.discrepancies),
            ]
        blocks.append("## Sources")
        for article in brief.sources:
            blocks += [f"### Source {self.number[article.id]}", self.source(article)]
        if brief.unread:
            blocks += ["## Could not be read", "\n".join(map(unread_line, brief.unread))]
        return "\n\n".join(blocks) + "\n"

    def cite(self, sources: Iterable[str]) -> str:
        """``[\\[1\\]](#source-1)[\\[3\\]](#source-3)`` for the known sources, in order."""
        known = sorted({s for s in sources if s in self.number}, key=self.number.__getitem__)
        self.cited.update(known)
        return "".join(f"[\\[{self.number[s]}\\]](#{self.anchor[s]})" for s in known)

    def statement(self, quote: QuoteCluster) -> str:
        line = f"- {read_quote(quote, escape)} {self.cite(quote.sources)}"
        variants = _other_wordings(quote)
        # an outlet left out of the statement's sources gives another figure (support_figures)
        other = [(v, s) for v, s in variants if not set(s) <= set(quote.sources)]
        for label, group in (
            ("Wording differs across outlets", [p for p in variants if p not in other]),
            ("Another figure in", other),
        ):
            if group:
                notes = "; ".join(
                    f"{self.cite(sources)} {read_variant(v, escape)}" for v, sources in group
                )
                line += f"\n  - {label}: {notes}"
        return line

    def discrepancy(self, item: Discrepancy) -> str:
        values = "; ".join(f"{escape(v.value)} {self.cite(v.sources)}" for v in item.values)
        return f"- **{escape(item.subject)}**: {values}"

    def source(self, article: Article) -> str:
        own = headline(article)
        parts = [f"**{escape(own)}**" if own else _untitled(article)]
        if article.outlet:
            parts.append(escape(article.outlet))
        dated = shown_date(article)
        when = _parse_date(dated)
        if when:
            parts.append(_format_date(when))
        elif dated:
            parts.append(escape(dated))
        parts.append(_location(article))
        line = " · ".join(parts) + provenance(article)
        if article.duplicate_of and article.duplicate_of in self.number:
            line += f" · syndicated copy of {self.cite([article.duplicate_of])}"
        elif article.id not in self.cited:
            line += " · *not cited above*"
        return line


def _title(brief: Brief) -> str:
    return " ".join(brief.title.split()) or "Brief"


def _overview(brief: Brief) -> str:
    """``13–14 August 2025 · 5 sources (3 undated)``: built from our own words only.

    Dated as the stories index dates a story: the metadata date, else a dateline's."""
    from brief.text.dates import shown_day

    sources = brief.sources
    dates = sorted(d for d in (shown_day(a.date, a.text) for a in sources) if d)
    parts = []
    if dates:
        parts.append(_date_range(dates[0], dates[-1]))
    count = f"{len(sources)} source{'s' if len(sources) != 1 else ''}"
    undated = len(sources) - len(dates)
    if dates and undated:
        count += f" ({undated} undated)"
    copies = sum(1 for a in sources if a.duplicate_of)
    if copies:
        count += ", 1 a syndicated copy" if copies == 1 else f", {copies} syndicated copies"
    parts.append(count)
    generated = _parse_timestamp(brief.generated)
    if generated:
        parts.append(f"generated {generated}")
    return " · ".join(parts)


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10]) if text else None
    except ValueError:
        return None


def _parse_timestamp(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return ""
    if moment is None:
        return ""
    zone = " UTC" if moment.utcoffset() is not None and not moment.utcoffset() else ""
    return moment.strftime("%Y-%m-%d %H:%M") + zone


def _format_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _date_range(first: date, last: date) -> str:
    if first == last:
        return _format_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} – {_format_date(last)}"
    return f"{_format_date(first)} – {_format_date(last)}"


def _untitled(article: Article) -> str:
    """No headline: say so, and quote the opening words so the reader knows which piece."""
    lede = opening_words(article)
    return f"*No headline:* “{escape(lede)}”" if lede else "*No headline*"


def _location(article: Article) -> str:
    """An http(s) url as an autolink; anything else (paths, other schemes) as plain text."""
    url = article.url.strip()
    if url and _SAFE_URL.fullmatch(url):
        return f"<{url}>"
    if not url and article.path == "-":
        return path_label(article.path)  # "standard input"
    return escape(url or _display_path(article.path))


def _display_path(path: str) -> str:
    """A file of the bundled sample by its name; another path relative to the working
    folder when it lies inside it, else as given."""
    if in_sample(path):
        return shown_path(path)
    return _relative(path)


def _relative(path: str) -> str:
    """A path relative to the working folder when it lies inside it, else as given."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative


def _other_wordings(quote: QuoteCluster) -> list[tuple[QuoteVariant, list[str]]]:
    """Variants worded differently from the quote shown, each with the sources using it."""
    shown = wording_key(quote.text)
    wordings: dict[tuple[str, ...], tuple[QuoteVariant, list[str]]] = {}
    for variant in quote.variants:
        key = wording_key(variant.text)
        if key == shown or not key:
            continue
        entry = wordings.setdefault(key, (variant, []))
        if variant.source not in entry[1]:
            entry[1].append(variant.source)
    return list(wordings.values())


def heading_anchor(heading: str, taken: dict[str, int]) -> str:
    """The anchor of one more heading in a document whose earlier anchors ``taken`` counts."""
    return _slugs([heading], taken)[0]


def _slugs(headings: Sequence[str], used: dict[str, int]) -> list[str]:
    """The anchors GitHub and Textual give these headings, repeats numbered ``-1``, ``-2``
    (``used`` counts the anchors before them, and is updated)."""
    slugs = []
    for heading in headings:
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        count = used.get(slug, 0)
        used[slug] = count + 1
        slugs.append(f"{slug}-{count}" if count else slug)
    return slugs


def _front_matter(brief: Brief) -> str:
    """YAML front matter for static sites, written by ``yaml.safe_dump`` (always quoted safely)."""
    import yaml

    from brief.text.dates import shown_day  # the overview's dates, datelines included

    dates = sorted(d for d in (shown_day(a.date, a.text) for a in brief.sources) if d)
    data: dict[str, object] = {"title": _BIDI.sub("", _title(brief))}
    if dates:
        data["date"] = dates[-1].isoformat()
    if brief.generated:
        data["generated"] = brief.generated
    sources = []
    for article in brief.sources:
        entry = {"title": _BIDI.sub("", headline(article) or opening_words(article))}
        shown = {"outlet": article.outlet, "date": shown_date(article), "url": article.url}
        for key, given in shown.items():
            value = " ".join(_BIDI.sub("", given).split())
            if key == "url" and not _SAFE_URL.fullmatch(value):
                continue  # a site's template makes it a link: http(s) only, as in the body
            if value:
                entry[key] = value
        if "url" not in entry:
            entry["path"] = shown_path(article.path)
        sources.append(entry)
    data["sources"] = sources
    dumped = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**9
    )
    return f"---\n{dumped}---\n"
