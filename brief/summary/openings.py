"""Page furniture glued before a sentence, and where the sentence itself begins.

A wire dateline ("LONDON (Reuters) - "), a page's breadcrumb trail ("Home | News | World | "),
a photo credit or an advertisement marker ("(Photo: AP) ", "Advertisement ") and a caption
widget with its credit ("enlarge this image toggle caption Jane Doe/AP Jane Doe/AP "): a
plain-text copy of a web page keeps them in the line of the sentence after them. Each
function here gives the length of such an opening (0 when there is none), and
``without_opening`` moves a sentence past it at its own offset, so a unit stays verbatim at
its span and the word budget goes to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from brief.model import Article, Sentence
from brief.summary.references import PREPOSITIONS

MIN_REST = 8
"""Words that must follow an opening for it to be cut (``units.MIN_WORDS``): a shorter rest
is a caption or a fragment itself, and the sentence is left whole for the unit rules."""


def _words(text: str) -> int:
    return len(text.split())


_DATELINE = re.compile(
    # an agency alone, its place split off as a line of its own ("(AP) -- ", "(CNN) -- ")
    r"\([A-Za-z][\w .&\-]{1,30}\)\s*(?:--|_|\u2013|\u2014|-)\s+(?=[A-Z0-9\"'`\u201c\u2018])|"
    # the place: in capitals, or in title case when a date and an agency follow
    r"(?:(?P<caps>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]*){0,3})|[A-Z][a-z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})"
    r"(?:\s*\([A-Z][\w .]{1,20}\))?"  # "(Province)"
    r"(?:,\s*[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})?"  # ", Ore." / ", New South Wales"
    r"(?P<date>,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # ", March 3"
    r"\s*(?:(?P<agency>\([A-Za-z][\w .&\-]{1,30}\))\s*)?"  # "(AP)"
    r"(?(caps)(?:--|_|\u2013|\u2014|(?(agency)-|(?!)))|(?(date)(?(agency)(?:--|_|\u2013|\u2014|-)|(?!))|(?!)))"
    r"\s+(?=[A-Z0-9\"'`\u201c\u2018])"  # the sentence itself opens after it
)
"""A dateline opening a wire story (``dateline_end``)."""
_TITLE_DATELINE = re.compile(
    r"[A-Z][a-z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}"  # the place in title case
    r"(?:,\s*[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})?"  # ", State"
    # "(AP)", "( ap )", "(site.com)"; not a party tag ("(D-Ore.)")
    r"\s*(?:(?P<agency>\(\s*(?![A-Z]-)[A-Za-z][\w .&\-]{0,30}?\s*\))\s*)?"
    r"(?(agency)(?:--|_|\u2013|\u2014|-)|(?:--|\u2013|\u2014))"  # a plain hyphen after an agency
    r"\s+(?=[\w\"'`\u201c\u2018])"
)
"""A dateline whose place is in title case, with no date ("Paris (AFP) - ", "Valdora \u2014 "):
cut only when a whole sentence follows (``_title_dateline_end``)."""
_NOT_A_SENTENCE_START = frozenset(
    ["who", "whom", "whose", "which", "where", "and", "or", "but", "nor", "not"]
)
"""What opens a name's apposition or relative clause ("The president \u2014 who ..."), no
sentence after a dateline."""
_DASH = re.compile(r"--|\u2013|\u2014|\s-\s|\s_\s")
_APPOSITION_WORDS = 8
"""A dash closing an apposition ("Jane Doe \u2014 the mayor \u2014 said") comes this soon."""
_CRUMB_WORDS = 4
"""Words in one step of a breadcrumb trail ("World", "Middle East", "Page 1 of 2")."""
_CLUTTER_OPENING = re.compile(
    # a bracketed credit: "(Photo: Jane Doe, Getty Images) ", "( image credit: AP ) ",
    # "(Credit: Jane Doe) "
    r"\(\s*(?:(?:photo|image|picture|video)s?(?:\s+credit)?|credit)\s*:[^()]{1,80}\)\s+"
    # an advertisement marker before a sentence's opening word ("Advertisement The ...");
    # no English sentence has the noun followed by one of these
    r"|advertisement\s+(?=(?:the|a|an|he|she|it|they|we|i|in|on|at|after|when|while)\s)",
    re.IGNORECASE,
)
"""Page furniture glued before a sentence in a plain-text copy of a web page."""
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
"""A month's name or abbreviation (lower case: use it in a case-blind group)."""
_DATE_RUN = re.compile(
    rf"(?i:{MONTH})\s+\d{{1,2}},?\s+(?:1[89]|20)\d\d\s+(?=(?i:the|a|an)\s|[A-Z\"\u201c])"
)
"""A page's date line run into the sentence after it, with no stop or dash between ("March
3, 2021 The council ...", "march 3, 2021 the council ..."); a date that is the sentence's
subject has its verb after it ("March 3, 2021 was ...") and is left."""
_ASIDE_CHARS = 120
"""Characters of a sentence's start where the tail of a broken bracketed aside may end."""
_ASIDE_TAIL = re.compile(r"[^()]*?[.!?][\"'\u201d\u2019]?\s*\)\s+")
"""The end of a bracketed aside the sentence splitter broke at its own stop ("Available in
May! ) "): text with no bracket up to a stop and the closing bracket."""
_CAPTION_WIDGET = re.compile(r"\b(?:toggle|image|photo)\s+caption\s+", re.IGNORECASE)
"""A caption widget's label ("enlarge this image toggle caption "), its credit after it."""
_CREDIT_WORDS = 6
"""Words in a caption's credit ("Jane Doe/Getty Images"), which the widget shows twice."""
_WIDGET_HEAD = 240
"""Characters of a sentence's start where a widget's end is looked for."""


def dateline_end(text: str, *, title_case: bool = True) -> int:
    """Length of the wire dateline that opens ``text`` ("LONDON (Reuters) - "), 0 if none;
    with a story's slug before it ("STORM-COAST _ LONDON _ "), both. ``title_case``: a place
    in title case with no date may be one too (a story's first paragraph only: elsewhere it
    is more often a name and an apposition)."""
    end = _one_dateline_end(text, title_case)
    return end + _one_dateline_end(text[end:], title_case) if end else 0


def _one_dateline_end(text: str, title_case: bool = True) -> int:
    head = text[:80]
    second = text[1:2]  # a place in capitals, or an agency in brackets: most sentences fail here
    if not (  # what ends a dateline
        "_" in head or "--" in head or " - " in head or "\u2014" in head or "\u2013" in head
    ):
        return 0
    if second.isupper() or second in ".'-" or "(" in head:
        found = _DATELINE.match(head)
        if found is not None:
            return found.end()
    if not (title_case and second.islower() and text[:1].isupper()):
        return 0
    return _title_dateline_end(text)


def _title_dateline_end(text: str) -> int:
    """Length of a title-case dateline without a date ("Washington \u2014 ", "Dubai (Reuters)
    - "), 0 if none: the sentence after it must not open like an apposition or a relative
    clause, nor close an apposition with a second dash within ``_APPOSITION_WORDS`` words, and
    must hold ``MIN_REST`` words (a place and a dash before a short line are a heading's)."""
    found = _TITLE_DATELINE.match(text[:80])
    if found is None or text.split(maxsplit=1)[0].lower() in PREPOSITIONS:  # "On Tuesday, X --"
        return 0
    rest = text[found.end() :]
    words = rest.split()
    if (
        len(words) < MIN_REST
        or words[0].lower() in _NOT_A_SENTENCE_START
        or _DASH.search(" ".join(words[:_APPOSITION_WORDS]))
    ):
        return 0
    return found.end()


def crumbs_end(text: str) -> int:
    """Length of a breadcrumb run that opens ``text`` ("Home | News | World | "), 0 if none.

    Plain text copied from a web page keeps the page's trail glued to its first sentence; a
    run of short segments separated by "|" before a long last one is that trail, and the
    sentence is what follows it. A table row ends in a short cell and is left whole.
    """
    bar = text.rfind("|", 0, 160)
    if bar < 0 or "|" in text[bar + 1 :]:
        return 0
    segments = text[:bar].split("|")
    if any(len(segment.split()) > _CRUMB_WORDS for segment in segments):
        return 0
    rest = len(text) - len(text[bar + 1 :].lstrip())
    return rest if _words(text[rest:]) >= MIN_REST else 0


def clutter_end(text: str) -> int:
    """Length of a photo credit or advertisement marker that opens ``text``, 0 if none."""
    if text[:1] not in "(aA":
        return 0
    found = _CLUTTER_OPENING.match(text)
    if found is None or _words(text[found.end() :]) < MIN_REST:
        return 0
    return found.end()


_BUTTON = (
    r"(?:share(?: this (?:article|story|video))?|embed|skip(?: in)?|close|x|tweet|e-?mail|print|"
    r"facebook|twitter|linkedin|pinterest|whatsapp|reddit|copy link|"
    r"listen to (?:this )?(?:article|story)(?: \d+\s*:\s*\d\d)?)"
)
_BUTTON_RUN = re.compile(rf"(?:{_BUTTON}\s+){{3,}}", re.IGNORECASE)
_BUTTON_VERB = re.compile(r"\b(?:share|embed|skip|close|print|listen|tweet|e-?mail)\b", re.I)


def buttons_end(text: str) -> int:
    """Length of a run of a page's button labels that opens ``text`` ("Skip x share x embed
    ...", "Listen to story 4: 10 share this story print ..."), 0 if none: at least three
    labels, one of them an action (share, embed, skip, close, print, listen, tweet, e-mail),
    and at least ``MIN_REST`` words after it. Names of networks alone are left ("Facebook,
    Twitter and ... were fined")."""
    found = _BUTTON_RUN.match(text)
    if found is None or not _BUTTON_VERB.search(found.group()):
        return 0
    return found.end() if _words(text[found.end() :]) >= MIN_REST else 0


def date_run_end(text: str) -> int:
    """Length of a date line run into the sentence that follows it ("November 3, 2021 The
    ..."), 0 if none or when fewer than ``MIN_REST`` words would be left."""
    if not (text[:1].isalpha() and text[1:2].isalpha() and text[:3].isalpha()):
        return 0
    found = _DATE_RUN.match(text)
    return found.end() if found is not None and _words(text[found.end() :]) >= MIN_REST else 0


def aside_tail_end(text: str) -> int:
    """Length of the tail of a bracketed aside that opens ``text``, 0 if none: the splitter
    broke "( Packed in cans. Available in May! ) When the fire ..." at the aside's own stops,
    so the sentence that follows the aside starts past its closing bracket."""
    close = text.find(")", 0, _ASIDE_CHARS)
    if close < 0 or "(" in text[:close]:
        return 0
    found = _ASIDE_TAIL.match(text)
    return found.end() if found is not None and _words(text[found.end() :]) >= MIN_REST else 0


def widget_end(text: str) -> int:
    """Length of a caption widget's text that opens ``text``, 0 if none.

    A caption widget shows its credit twice ("enlarge this image toggle caption Jane Doe/AP
    Jane Doe/AP The council ..."): the sentence starts after the second copy, and whatever
    came before the label (a headline glued to it) goes too. Without the repeated credit, or
    when fewer than ``MIN_REST`` words would be left, the sentence is left whole: a caption
    with no such end runs into the sentence unmarked.
    """
    if "aption" not in text[:_WIDGET_HEAD]:  # a plain substring test first: most sentences
        return 0
    label = _CAPTION_WIDGET.search(text[:_WIDGET_HEAD])
    cut = _after_repeat(text, label.end()) if label is not None else 0
    return cut if cut and _words(text[cut:]) >= MIN_REST else 0


def _after_repeat(text: str, start: int) -> int:
    """The end of a run of 1 to ``_CREDIT_WORDS`` words that ``start`` opens and that is
    repeated at once after itself, with the space after it; 0 if there is none."""
    spans = [m.span() for m in re.finditer(r"\S+", text[start : start + 2 * _WIDGET_HEAD])]
    words = [text[start + a : start + b].lower() for a, b in spans]
    for size in range(1, _CREDIT_WORDS + 1):
        if 2 * size < len(words) and words[:size] == words[size : 2 * size]:
            return start + spans[2 * size][0]
    return 0


def without_opening(
    article: Article, sentence: Sentence, opening: Callable[[str], int]
) -> Sentence:
    """The sentence past its ``opening`` (a dateline, a trail), at its own offset."""
    cut = opening(sentence.text)
    if not cut:
        return sentence
    raw_cut = opening(article.text[sentence.start : sentence.end])
    if (
        not raw_cut
        or sentence.text[:cut].split()
        != article.text[sentence.start : sentence.start + raw_cut].split()
    ):
        return sentence
    return replace(sentence, start=sentence.start + raw_cut, text=sentence.text[cut:])
