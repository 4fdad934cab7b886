"""Build Textual ``Content`` from untrusted article text: literal, never parsed as markup.

Every string from an article (text, title, outlet, speaker) and every path goes through
``Content(...)`` here, styled only by character offsets, so ``[b]`` or
``[@click=app.quit]`` in a source is shown as typed and does nothing.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from rich._wrap import divide_line
from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from brief.model import Article, Sentence
from brief.naming import shown_date
from brief.text.clean import INVISIBLE, for_screen

Span = tuple[int, int]

ROLE_STYLE = {
    "headline": "bold",
    "subheading": "bold",
    "caption": "italic $text-muted",
    "boilerplate": "italic $text-disabled",
    "meta": "$text-muted",
}
LINK_STYLE = "on $brief-link"
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\s*\S+\s*")
"""A word as Rich's wrapper (``rich._wrap.words``) cuts text: leading space, word, spaces."""


class Hanging(Visual):
    """``body`` wrapped beside a fixed-width ``gutter``: continuation lines stay indented."""

    def __init__(self, gutter: Content, body: Content) -> None:
        self.gutter = gutter
        self.body = body
        self.indent = gutter.cell_length
        self._heights: dict[int, int] = {}
        """Height by width: an option list re-measures every option on any change."""

    @property
    def plain(self) -> str:
        return self.gutter.plain + self.body.plain

    def __str__(self) -> str:
        return self.plain

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        inner = max(1, width - self.indent)
        lines = self.body.render_strips(inner, height, style, options)
        if not self.indent:
            return lines
        first = self.gutter.render_strips(self.indent, 1, style, options)[0]
        blank = Strip.blank(self.indent, style.rich_style)
        return [Strip.join([first if i == 0 else blank, line]) for i, line in enumerate(lines)]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        inner = max(1, container_width - self.indent)
        return self.indent + self.body.get_optimal_width(rules, inner)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.indent + 1

    def get_height(self, rules: RulesMap, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = wrapped_height(self.body, rules, max(1, width - self.indent))
            self._heights[width] = height
        return height


def wrapped_height(content: Content, rules: RulesMap, width: int) -> int:
    """``content.get_height(rules, width)``, without building the wrapped lines.

    An option list measures every option to size its scroll area (hundreds of sentences on
    the first frame); ``Content`` does it by wrapping and styling every line. For one line
    of text under the default rules the height is the number of cuts Textual's own wrapper
    (``divide_line``) makes, plus one: the same answer (tested against ``get_height``).
    """
    plain = content.plain
    if (
        "\n" in plain
        or "\t" in plain
        or rules.get("line_pad", 0)
        or rules.get("text_wrap", "wrap") == "nowrap"
    ):
        return content.get_height(rules, width)
    fold = rules.get("text_overflow", "fold") == "fold"
    if (plain.isascii() and plain.isprintable()) or all(cell_len(c) == 1 for c in set(plain)):
        return _single_cell_cuts(plain, width, fold) + 1
    return len(divide_line(plain, width, fold=fold)) + 1


def _single_cell_cuts(text: str, width: int, fold: bool) -> int:
    """``len(divide_line(text, width, fold))`` for text of one-cell characters only.

    The same walk over the same words, counting instead of listing, with ``len`` for
    ``cell_len`` and a long word folded in pieces of ``width`` (``chop_cells``): the
    option lists measure every sentence at two widths before the first frame (the
    scrollbar appears), and this is about half the cost.
    """
    cuts = 0
    offset = 0
    for match in _WORD.finditer(text):
        word = match.group()
        start = match.start()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            if fold:
                pieces = -(-len(word) // width)
                cuts += pieces - 1 + (1 if start else 0)
                offset = len(word) - (pieces - 1) * width
            else:
                cuts += 1 if start else 0
                offset = len(word)
        elif offset and start:
            cuts += 1
            offset = len(word)
    return cuts


def literal(text: str) -> Content:
    """Untrusted text as content, whitespace folded, bidi controls dropped and other
    control characters shown as escapes (``for_screen``: the article pane's rule too).

    ``Content`` drops only a few controls; ESC would reach the terminal. Article text is
    already blanked at ingest, but paths and error messages are not.
    """
    return Content(for_screen(" ".join(text.split())))


_ESCAPE = re.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4,6}|[tn])")
"""An escape ``printable`` shows for a control or format character."""


def fit_label(label: Content, cells: int) -> Content:
    """``label`` cut with "…" to ``cells`` cells, never inside an escape: Textual cuts a
    border title at the width it has, which left "…2026 \\u20…" of a bidi override."""
    if cells <= 0 or label.cell_length <= cells:
        return label
    plain = label.plain
    used = cut = 0
    for index, char in enumerate(plain):
        used += cell_len(char)
        if used > cells - 1:
            break
        cut = index + 1
    inside = next((m for m in _ESCAPE.finditer(plain) if m.start() < cut < m.end()), None)
    if inside is not None:
        cut = inside.start()
    return Content.assemble(label[:cut].rstrip(), "…")


def source_label(article: Article) -> Content:
    """The source's name as the exports give it: its headline, else its opening words in
    quotes and italics (a file stem such as "000_70c4e7e497e1e715" names nothing)."""
    from brief.naming import headline, opening_words

    own = headline(article)
    if own:
        return literal(own)
    words = opening_words(article)
    return literal(f"“{words}”").stylize("italic") if words else literal(article.id)


def folded(raw: str) -> tuple[str, list[int]]:
    """``raw`` with whitespace runs folded to one space, and each kept char's raw offset."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for match in _SPACE.finditer(raw):
        out.append(raw[last : match.start()])
        where.extend(range(last, match.start()))
        if match.start() > 0 and match.end() < len(raw):
            out.append(" ")
            where.append(match.start())
        last = match.end()
    out.append(raw[last:])
    where.extend(range(last, len(raw)))
    return "".join(out), where


def without_bidi(text: str, where: list[int]) -> tuple[str, list[int]]:
    """``text`` without ``INVISIBLE`` characters (raw, a bidi override shows "cod.exe" as
    "exe.doc" in a terminal that obeys it), as ``literal`` drops them from the lists;
    ``where`` (each char's raw offset) keeps pace. The words stay, in their stored order,
    as in the markdown export."""
    if not INVISIBLE.search(text):
        return text, where
    kept = [(c, w) for c, w in zip(text, where, strict=True) if not INVISIBLE.match(c)]
    return "".join(c for c, _ in kept), [w for _, w in kept]


SHOWN_MAX = 5_000
"""Characters of one sentence a pane shows. A file of text with no sentence end (a 3 MB
line of words) is one "sentence", and wrapping it on every repaint froze the app for 10 s
(QA, seventeenth round); a real sentence is a few hundred characters."""


def sentence_content(article: Article, sentence: Sentence, marks: Sequence[Span] = ()) -> Content:
    """One source sentence, styled by its role, with ``marks`` (article offsets) highlighted;
    past ``SHOWN_MAX`` characters cut, saying how much is left out."""
    length = sentence.end - sentence.start
    read = min(length, 4 * SHOWN_MAX)  # folding 3 MB took 1.5 s: only what can be shown
    text, where = without_bidi(*folded(article.text[sentence.start : sentence.start + read]))
    left_out = length - read  # raw characters, whitespace runs counted whole
    if len(text) > SHOWN_MAX:
        left_out = length - where[SHOWN_MAX]
        text = text[:SHOWN_MAX]
    content = Content(text)
    style = ROLE_STYLE.get(sentence.role)
    if style:
        content = content.stylize(style)
    for start, end in marks:
        a = bisect_left(where, start - sentence.start)
        b = min(bisect_left(where, end - sentence.start), len(text))
        if a < b:
            content = content.stylize(LINK_STYLE, a, b)
    if left_out:
        note = f" … {left_out:,} more characters with no sentence end, not shown"
        content = content + Content.styled(note, "italic $text-muted")
    return content


def article_heading(article: Article, number: int | None = None) -> Content:
    """``outlet · date`` (or the file name when neither is known), and "text from the feed"
    when the page could not be read and its feed's text stands in."""
    parts = [p for p in (article.outlet, shown_date(article)) if p]
    label = " · ".join(parts) if parts else article.id
    if article.feed_text:
        label += " · text from the feed (page not read)"
    if number is not None:
        return Content.assemble((f"{number} ", "bold"), literal(label))
    return literal(label)


def word_diff(base: str, variant: str) -> Content:
    """``variant`` with its words that differ from ``base`` marked.

    Words the variant adds or changes are bold and underlined; words of ``base`` the
    variant leaves out are shown struck through in between.
    """
    a, b = base.split(), variant.split()
    pieces: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, [_norm(w) for w in a], [_norm(w) for w in b])
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append((" ".join(b[b1:b2]), ""))
            continue
        if a1 < a2:
            pieces.append((" ".join(a[a1:a2]), "strike $text-muted"))
        if b1 < b2:
            pieces.append((" ".join(b[b1:b2]), "bold underline $warning"))
    return _join(pieces)


def _norm(word: str) -> str:
    return word.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()").lower()


def _join(pieces: Iterable[tuple[str, str]]) -> Content:
    parts: list[Content] = []
    for text, style in pieces:
        if not text:
            continue
        piece = Content(text)
        parts.append(piece.stylize(style) if style else piece)
    return Content(" ").join(parts)


def struck(content: Content, label: str) -> Content:
    """``content`` struck through and dimmed, followed by ``label`` (dropped, rejected...)."""
    return Content.assemble(content.stylize("strike $text-muted"), (f" {label}", "$error"))


def counted(count: int, noun: str) -> str:
    """``1 source``, ``3 sources``: a count with its noun in the right number."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def sources_badge(count: int) -> Content:
    """`` 3 sources``: emphasised when more than one source carries the item."""
    return Content.styled(
        f" {counted(count, 'source')}",
        "bold $accent" if count > 1 else "$text-muted",
    )


def placeholder(text: str) -> Content:
    return Content.styled(text, "italic $text-muted")
