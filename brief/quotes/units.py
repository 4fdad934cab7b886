"""Quote-aware sentences ("units") of an article's body, as token lists.

A unit is one or more of ingest's sentences of one body paragraph, merged when a
quotation runs across their boundary (``“A. B,” she said.`` is one unit). Inside a
unit each quoted segment is a single ``q`` token, so speech-frame rules never look
inside quotations and never confuse words in a quote with the frame around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from brief.model import Article
from brief.quotes.lexicon import CUE_FORMS
from brief.quotes.marks import Segment, find_segments
from brief.quotes.rules import enabled

_TOKEN = re.compile(
    r"[^\W_](?:[\w'\u2019\-.&]*[^\W_])?(?:(?<=s)['\u2019](?=\s+[^\W\d_]))?"
    r"|[^\w\s\u200b-\u200f\u2060\ufeff]"
)
"""Words (inner apostrophes, hyphens, dots: "country's", "U.S"; the plural possessive
"riders'" before the word it qualifies) and single punctuation marks; zero-width format
characters are skipped like spaces."""
_TOKEN_SLASH = re.compile(
    r"[^\W_](?:[\w'\u2019\-.&]*[^\W_])?(?:(?<=\d)/\d+)*(?:(?<=s)['\u2019](?=\s+[^\W\d_]))?"
    r"|[^\w\s\u200b-\u200f\u2060\ufeff]"
)
"""The same, with a slash between digits inside a word: "9/11", "24/7" (rule "number
slash": "said 9/11 widow X" names X; split at the slash, "11 widow" was no phrase)."""
_GAP = r"([_\s\u200b-\u200f\u2060\ufeff]*)"
"""What the patterns above pass over: no token starts at an underscore, a space or a
zero-width format character, and one starts at every other character."""
_GAPPED = {
    False: re.compile(_GAP + f"({_TOKEN.pattern})"),
    True: re.compile(_GAP + f"({_TOKEN_SLASH.pattern})"),
}
"""Each pattern after the gap before it: ``findall`` gives (gap, token) pairs, the
tokens ``finditer`` finds and the text between them, so the offsets follow from their
lengths without a match object per token (the tokenizer's largest cost after the regex)."""


class Token(NamedTuple):
    """A word, a punctuation mark or a whole quoted segment (a tuple: cheap to make)."""

    kind: str
    """``w`` word, ``p`` punctuation, ``q`` quoted segment."""
    text: str
    low: str
    start: int
    end: int
    segment: Segment | None = None
    capitalised: bool = False
    """A word with a capital first letter (or an inner one: "eBay", "iPhone")."""


def _inner_capital(word: str) -> bool:
    """ "eBay", "iPhone", and a name with a lower-case particle: "al-Shabaab", "el-Sisi"."""
    if not word[0].islower():
        return False
    if any(c.isupper() for c in word[1:3]):
        return True
    head, dash, rest = word.partition("-")
    return bool(dash) and len(head) <= 3 and rest[:1].isupper()


@dataclass(frozen=True, slots=True)
class Unit:
    paragraph: int
    """Index into ``Article.paragraphs``."""
    number: int
    """Position of the unit among the article's units."""
    start: int
    end: int
    tokens: tuple[Token, ...]
    segments: tuple[Segment, ...]
    first_in_paragraph: bool
    subheading: bool = False
    """From a subheading line ("Money is tight, mayor says"): speech frames only."""


def tokenize(text: str, start: int, end: int, segments: list[Segment]) -> list[Token]:
    tokens: list[Token] = []
    pos = start
    for segment in segments:
        _words(text, pos, segment.open, tokens)
        tokens.append(
            Token("q", text[segment.start : segment.end], "", segment.open, segment.close, segment)
        )
        pos = segment.close
    _words(text, pos, end, tokens)
    return tokens


_SHAPES: dict[str, tuple[str, str, bool]] = {}
"""Word -> (kind, low, capitalised), worked out once per distinct word (cleared when big)."""
_SHAPES_MAX = 200_000


def _shape(word: str) -> tuple[str, str, bool]:
    if len(_SHAPES) >= _SHAPES_MAX:
        _SHAPES.clear()
    if word[0].isalnum():
        cap = word[0].isupper() or (not word.islower() and _inner_capital(word))
        shape = ("w", word.lower().replace("\u2019", "'"), cap)
    else:
        shape = ("p", word, False)
    _SHAPES[word] = shape
    return shape


def _words(text: str, start: int, end: int, out: list[Token]) -> None:
    if start >= end:
        return
    new = tuple.__new__  # a Token without the generated ``__new__``'s extra frame
    append = out.append
    shapes = _SHAPES
    b = start
    for gap, word in _GAPPED[enabled("number slash")].findall(text, start, end):
        a = b + len(gap)
        b = a + len(word)
        kind, low, cap = shapes.get(word) or _shape(word)
        append(new(Token, (kind, word, low, a, b, None, cap)))


def units_of(article: Article) -> list[Unit]:
    """The article's body units in order (headlines, captions and furniture excluded;
    subheadings kept, where news sites put statements: "Money is tight, mayor says")."""
    roles = ("body", "subheading") if enabled("subheading") else ("body",)
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for sentence in article.sentences:
        if sentence.role in roles:
            by_paragraph.setdefault(sentence.paragraph, []).append((sentence.start, sentence.end))
    units: list[Unit] = []
    text = article.text
    for index, paragraph in enumerate(article.paragraphs):
        spans = by_paragraph.get(index)
        if paragraph.role not in roles or not spans:
            continue
        if enabled("clip caption") and _RUNNING_TIME.search(text, paragraph.start, paragraph.end):
            continue  # "... tells us about the crisis. 10:43": a video's caption
        segments = find_segments(text, paragraph.start, paragraph.end)
        first = True
        for start, end in _merge(spans, segments, text):
            inside = [s for s in segments if start <= s.open and s.close <= end]
            tokens = tokenize(text, start, end, inside)
            if tokens:
                sub = paragraph.role == "subheading"
                units.append(
                    Unit(index, len(units), start, end, tuple(tokens), tuple(inside), first, sub)
                )
                first = False
    return units


#: A paragraph ending in a clip's running time ("... the opioid crisis. 10:43") is the
#: caption of an embedded video: nobody's statement, and nobody in it is the story's focus.
_RUNNING_TIME = re.compile(r"[.!?\u201d\"]\s+\d{1,2}:\d{2}\s*$")

#: A first name and a middle initial ending a sentence: the splitter cut a name.
_MIDDLE_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-Z]\.\s*$")


#: A quotation closing on "?" or "!": the splitter ends a sentence there.
_CLOSED_ON_QUESTION = re.compile(r"[?!][\"\u201d\u2019']{1,2}\s*$")
#: Words of an attribution sentence after such a quotation ("Reid said.", "she asked").
ATTRIBUTION_WORDS = 8


def _attribution_after_question(
    text: str, previous: tuple[int, int], current: tuple[int, int]
) -> bool:
    """'"Why should I care?" Reid said.': ingest splits after the question mark; the
    short sentence holding a verb of saying is the quotation's attribution."""
    if not _CLOSED_ON_QUESTION.search(text, previous[0], previous[1]):
        return False
    words = text[current[0] : current[1]].split()
    if not words:
        return False
    if len(words) > ATTRIBUTION_WORDS:
        return _set_attribution(words) if enabled("question setting") else False
    return any(w.strip(".,;:!?").lower() in CUE_FORMS for w in words[:5])


#: Words after a verb of saying that open where or when it was said, not what: '"Any
#: prizes?" Keel asked before teeing off in the last group.' (not "on": "He called on the
#: board to act." is a statement of its own)
_SETTING_OPENERS = frozenset(("after", "as", "at", "before", "during", "in", "while", "when"))
#: Most words of such a sentence: its setting may run on, its speaker may not.
SETTING_WORDS = 20


def _set_attribution(words: list[str]) -> bool:
    """A longer sentence after such a quotation is its attribution when it opens with a
    short speaker and a verb of saying, and what follows the verb is its setting."""
    if len(words) > SETTING_WORDS:
        return False
    for k, word in enumerate(words[:4]):
        if word.strip(".,;:!?").lower() in CUE_FORMS and not word.endswith((",", ".")):
            nxt = words[k + 1].lower() if k + 1 < len(words) else ""
            return k > 0 and nxt in _SETTING_OPENERS
    return False


#: A sentence opening with a dash and a capital: a quotation's signature ("— Ann Keel").
_BYLINE_LINE = re.compile(r"\s*(?:[\u2015\u2014\u2013]|--?)\s*[A-Z]")
#: Most words of such a signature, its description included ("— Tom Brand, a fisherman").
BYLINE_WORDS = 14


def _byline_follows(text: str, current: tuple[int, int]) -> bool:
    """The splitter cut a quotation from its signature ('"..." | — Ann Keel')."""
    words = text[current[0] : current[1]].split()
    return 0 < len(words) <= BYLINE_WORDS and _BYLINE_LINE.match(text, current[0]) is not None


def _cut_after(text: str, previous: tuple[int, int], current: tuple[int, int]) -> bool:
    """The splitter cut after a middle initial or after a quotation's "?" or "!" (cheap
    look at the previous sentence's last characters first: this runs at every boundary)."""
    tail = text[max(previous[0], previous[1] - 4) : previous[1]].rstrip()
    if len(tail) >= 3 and tail[-1] == "." and tail[-2].isupper() and tail[-3] == " ":
        return bool(
            _MIDDLE_INITIAL.search(text, previous[0], previous[1])
            and text[current[0] : current[0] + 1].isupper()
        )
    if tail[-1:] in ('"', "\u201d", "\u2019", "'"):
        if enabled("byline") and _byline_follows(text, current):
            return True  # '"..." | — Ann Keel': the quotation's signature
        return _attribution_after_question(text, previous, current)
    return False


def _merge(
    spans: list[tuple[int, int]], segments: list[Segment], text: str
) -> list[tuple[int, int]]:
    """Join sentences whose boundary falls inside a quoted segment, or after a middle
    initial ("Ann B." | "Keel said ...": one name, split by the period)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (
            any(s.open < merged[-1][1] < s.close for s in segments)
            or _cut_after(text, merged[-1], (start, end))
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    # a segment may end after the last sentence of a unit when splitting went wrong
    out: list[tuple[int, int]] = []
    for start, end in merged:
        for segment in segments:
            if segment.open < end < segment.close:
                end = segment.close
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


#: Share of capitalised words that makes a line a headline ("X: Voters Worried About Y").
HEADLINE_SHARE = 0.7


def headline_case(tokens) -> bool:
    """Title case: most words of five or more capitalised, as in a headline."""
    words = capitals = 0
    for token in tokens:  # one pass, no list: a test of every unit's tokens
        if token.kind == "w":
            first = token.text[:1]
            if first.isalpha():
                words += 1
                capitals += first.isupper()
    return words >= 5 and capitals >= HEADLINE_SHARE * words


def title_like(text: str) -> bool:
    """Most longer words capitalised: the title of a work, a slogan or a name."""
    long_words = [w for w in text.split() if len(w.strip("\"'“”‘’.,:;!?")) > 3]
    capitals = sum(1 for w in long_words if w.lstrip("\"'“”‘’")[:1].isupper())
    return bool(long_words) and capitals / len(long_words) > 0.6
