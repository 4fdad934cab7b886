"""Tell page furniture from article body by general rules.

Rules look at a line's shape (length, final punctuation, a leading label), its
position (the trailing block of a page), common web-furniture vocabulary (share and
comment prompts, reading times, credits, copyright marks, link bait) and repetition
(the same short line twice in one article or in several articles). Nothing here
knows any particular article or outlet.
"""

from __future__ import annotations

import re

_FURNITURE_LABELS = (
    "see also|read next|read more|also read|related|related articles?|recommended|"
    "more from|more on this|watch|listen|price action|photo|photos|image|images|"
    "photo courtesy|image courtesy|photograph|credit|credits|image credit|photo credit|"
    "source|sources|disclaimer|editor'?s note|note to editors|advertisement|sponsored|"
    "tags|topics|filed under|categories|share|follow|trending|popular|most read|"
    "don'?t miss|up next|featured|newsletter|subscribe|sign up|correction|update"
)
_LABEL = re.compile(rf"^(?:{_FURNITURE_LABELS})\s*[:|\u2013\u2014-]", re.IGNORECASE)
_LEAD_IN = re.compile(rf"^(?:{_FURNITURE_LABELS})\b", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"^[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*){0,2}:(?:\s|$)")
_COPYRIGHT = re.compile(
    r"\u00a9|\(c\)\s*\d{4}|\bcopyright\b\s*(?:\u00a9\s*)?\d{4}|all rights reserved", re.IGNORECASE
)
_READING_TIME = re.compile(
    r"^(?:\d+[\s-]*min(?:ute)?s?\.?[\s-]+read\b|min(?:ute)?s? read$|"
    r"(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*(?:about\s+)?\d+\s*min)",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"^(?:share(?: this(?: article| story| post)?| on \w+)?|tweet|e-?mail|print|"
    r"comments?|leave a (?:comment|reply)|add a comment|join the conversation|"
    r"sign up\b.*|subscribe\b.*|follow us\b.*|log ?in|register|skip to content|"
    r"back to top|advertisement|sponsored content|loading\.*|"
    # an article page's tool row: save, gift, copy the link, print, text size, audio
    r"save(?: (?:article|story|for later))?|bookmark|gift (?:this )?(?:article|story)|"
    r"copy (?:the )?(?:article )?link|link copied|print (?:this )?(?:page|article|story)|"
    r"\d+ comments?|comments? \(\d+\)|text size|font size|show more|"
    r"(?:read|open) in (?:the )?app|play(?: audio)?|audio|listen(?: now)?|"
    r"listen to (?:this )?(?:article|story)(?:\W+\d+\s*min(?:ute)?s?)?|"
    r"(?:story|article) continues below(?: (?:this )?advertisement)?)$",
    re.IGNORECASE,
)
#: A row of sharing buttons as text: "Facebook Twitter Email", "Share · X · LinkedIn".
_SHARE_ROW = re.compile(
    r"^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|threads|bluesky|"
    r"e-?mail|print|share|copy link)(?:\s*[,|\u00b7\u2022/]\s*|\s+|$)){2,}$",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(
    r"^(?:stay tuned|don'?t miss|do not miss|click here|tap here|download (?:our|the) app|"
    r"sign up|subscribe to|follow us|get the latest|for the latest|"
    r"to read more|continue reading|read the full)\b",
    re.IGNORECASE,
)
_LINK_BAIT = re.compile(
    r"\b(?:click here|tap here|available here|read (?:it |more )?here|found here|see here|"
    r"(?:sign up|subscribe|register) here)\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(?:photo|image|picture|credit|courtesy)s?\s*(?:by|:)|"
    r"\b(?:getty images|shutterstock|reuters/|ap photo|afp via|istock)\b",
    re.IGNORECASE,
)
_CREDIT_KEYS = (
    "photo",
    "image",
    "picture",
    "credit",
    "courtesy",
    "getty",
    "shutterstock",
    "reuters/",
    "afp",
    "istock",
)
#: A sentence ends with a stop (Latin or CJK), maybe followed by closing quotes or brackets.
#: A closing bracket alone is no ending: "Story title [VIDEO]" is a link, not a sentence.
_FINAL_PUNCT = re.compile(
    "[.!?\u2026\u3002\uff01\uff1f\uff61\u203c\u2047-\u2049]"
    "[\"'\u201c\u201d\u2019\u00bb)\\]\u300d\u300f\uff09\u3011\u3015]*\\s*$"
)
#: Han, kana and their half-width forms: scripts written without spaces between words.
UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
#: Characters of an unspaced script counted as one word (Chinese and Japanese words are
#: one to three characters long; two keeps the word thresholds meaningful for them).
CHARS_PER_WORD = 2


#: An upper-case tag in brackets opening or closing a line: "[VIDEO] ...", "... [NEWS]".
_TAG = r"[\[\u3010]\s*[^\W\d_a-z][^\W_a-z]{1,15}(?: [^\W_a-z]{2,15})?\s*[\]\u3011]"
_SECTION_TAG = re.compile(rf"^\s*{_TAG}|{_TAG}\s*$")
#: A social-network handle or an e-mail address.
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}|\b[\w.+-]+@[\w-]+\.[\w.]+\b")
#: Addressed to the reader: an imperative ("Follow ...", "Email ...") or "you"/"us"/"our".
_READER = re.compile(r"\b(?:you|your|us|our)\b", re.IGNORECASE)
#: Words that open a reporting sentence, never an imperative (closed-class English words).
_NOT_VERBS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i"}
    | {"his", "her", "its", "their", "my", "one", "some", "in", "on", "at", "for", "from"}
    | {"with", "by", "after", "before", "when", "while", "as"}
)


def _addresses_reader(line: str) -> bool:
    """A line that asks the reader to do something rather than reporting.

    Reporting prose with a handle names its subject ("The minister wrote on @x that ...")
    and has a finite verb after it; a pitch opens on a bare verb followed by the handle
    or an object and ends on the address ("Follow @x", "Email tips to x@y.org"), or
    speaks to "you"/"us".
    """
    if _READER.search(line):
        return True
    first, _, rest = line.partition(" ")
    rest = rest.lstrip()
    return (
        first[:1].isupper()
        and first.isalpha()
        and first.lower() not in _NOT_VERBS
        and (
            rest.startswith("@")
            or _HANDLE.match(rest) is not None
            or (rest[:1].islower() and _HANDLE.search(" ".join(line.split()[-2:])) is not None)
        )
        and not line.rstrip().endswith(('"', "\u201d"))
    )


#: A call to action is short: "Like us on ..., and never miss ...".
CALL_MAX_WORDS = 15
_INNER_STOP = re.compile(r"[.!?\u2026]\s+\S")
_QUOTES = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def _asks_reader_to_join(line: str) -> bool:
    """An imperative that puts the outlet in front of the reader: "Join us", "Support our ...".

    The shape: one sentence, a bare capitalised verb, then "us"/"our" within the next
    three words; no quotation (a quoted plea in a report is prose).
    """
    tokens = line.split()
    if len(tokens) < 2 or not tokens[0].isalpha() or not tokens[0][:1].isupper():
        return False
    if tokens[0].lower() in _NOT_VERBS or any(ch in _QUOTES for ch in line):
        return False
    if _INNER_STOP.search(line):  # a pitch is one sentence; prose goes on
        return False
    return any(t.strip(".,!:;") in ("us", "our") for t in tokens[1:4])


def word_count(line: str) -> int:
    """Words of ``line``; in Chinese and Japanese, measured in characters."""
    if line.isascii():
        return len(line.split())
    unspaced = len(UNSPACED.findall(line))
    if not unspaced:
        return len(line.split())
    return len(UNSPACED.sub(" ", line).split()) + -(-unspaced // CHARS_PER_WORD)


def ends_like_sentence(line: str) -> bool:
    return _FINAL_PUNCT.search(line) is not None


def is_copyright_mark(line: str) -> bool:
    """A line of 40 words or fewer with a copyright mark ("(c) 2017 X. All rights reserved.")."""
    low = line.lower()
    return (
        ("\u00a9" in low or "(c)" in low or "right" in low)
        and word_count(line) <= 40
        and _COPYRIGHT.search(line) is not None
    )


_CRAWL = re.compile(
    r"\b(?:crawls|crawl data|(?:this|the|a|focused) crawl|webcrawl)\b", re.IGNORECASE
)
_ARCHIVING = re.compile(r"\b(?:archiv\w*|wayback|warc|web ?crawls?|webcrawl)\b", re.IGNORECASE)


def is_crawl_note(text: str) -> bool:
    """A web archive's note about the crawl that saved a page ("This crawl was run ...",
    "crawl data is added to the archive"): the archive's furniture, which a plain-text copy
    of an archived page keeps as if it were the article's. The noun "crawl" (not the verb:
    "crawled out of the woods") with a word of archiving in the same sentence."""
    return "rawl" in text and bool(_CRAWL.search(text)) and bool(_ARCHIVING.search(text))


def furniture_reason(line: str, *, in_tail: bool) -> str:
    """Return why ``line`` is page furniture, or an empty string if it is not.

    Args:
        line: one paragraph, whitespace folded.
        in_tail: the line lies in the trailing part of the page (after the body).
    """
    words = word_count(line)
    if words > 60:  # furniture is short; long paragraphs are prose
        return ""
    low = line.lower()  # cheap keyword gates keep the slower searches off most lines
    if words <= 40 and is_copyright_mark(line):
        return "copyright mark"
    if _READING_TIME.match(line):
        return "reading time"
    if "rawl" in low and is_crawl_note(line):
        return "web archive's crawl note"
    if words <= 8 and _PROMPT.match(line.rstrip(".:!")):
        return "share or comment prompt"
    if words <= 10 and _SHARE_ROW.match(line):
        return "share or comment prompt"
    if _LABEL.match(line):
        return "furniture label"
    if _LEAD_IN.match(line) and not ends_like_sentence(line) and words <= 20:
        return "link to another article"
    if _CALL_TO_ACTION.match(line):
        return "call to action"
    if "here" in low and _LINK_BAIT.search(line):
        return "link bait"
    if (
        words <= 30
        and (in_tail or "credit" in low)
        and any(k in low for k in _CREDIT_KEYS)
        and _CREDIT.search(line)
    ):
        return "photo credit"
    if (
        words <= 25
        and _SECTION_TAG.search(line)
        and not ends_like_sentence(_SECTION_TAG.sub("", line))
    ):
        return "link with a section tag"
    if words <= 25 and "@" in line and _HANDLE.search(line) and _addresses_reader(line):
        return "social or contact pitch"
    if words <= CALL_MAX_WORDS and _asks_reader_to_join(line):
        return "call to action"
    if in_tail and _TITLE_LABEL.match(line):
        return "furniture label"
    if in_tail and words <= 6 and not ends_like_sentence(line):
        return "short line after the article"
    return ""


_WORD_RUN = re.compile(r"\w+")


def normalise_line(line: str) -> str:
    """Key for repetition checks: folded, lower-case, punctuation-insensitive (its word
    runs joined by single spaces: what replacing each non-word run by a space and
    stripping gives, no word character being a space, in about four fifths of the time)."""
    return " ".join(_WORD_RUN.findall(line.lower()))
