"""Why a read text is no article: a headline alone, page furniture, a menu, a list of links,
a cookie consent wall."""

from __future__ import annotations

import re
from collections.abc import Iterable

from brief.model import Article


def no_text(article: Article) -> str:
    """Why an article is no source, or "": it has no body sentence and nothing but a
    headline or page furniture (lines read as subheadings or captions are kept: they may
    be the text, cut short or oddly punctuated)."""
    if _url_list(article.text):
        return "a list of web addresses, not an article (give it as --urls FILE to fetch them)"
    if not any(_prose(article.text[p.start : p.end]) for p in article.paragraphs):
        if article.paragraphs and all(p.role == "headline" for p in article.paragraphs):
            return "no article text, only a headline"
        return "no article text (only short lines such as menu items or link labels)"
    if consent_wall(
        article.text[p.start : p.end] for p in article.paragraphs if p.role != "headline"
    ):
        return CONSENT_WALL
    if article.body_sentences:
        return ""
    roles = {p.role for p in article.paragraphs}
    if not roles <= {"headline", "boilerplate", "meta"}:
        return ""
    if "boilerplate" in roles:
        return "no article text (only lines such as links, credits or notices)"
    return "no article text, only a headline"


_SEPARATORS = re.compile(r"\s[|·•/»>]\s|\s*[|·•]\s*")
#: A character each separator holds: a line without one is one stretch.
_SEPARATOR_MARK = re.compile(r"[|·•/»>]")
_SENTENCE_END = re.compile(r"[.!?。！？…][\"”’')\]]*$")


def _prose(line: str) -> bool:
    """A line of text, not a menu: some stretch between separators ("Home | News") holds
    four words or more, 25 characters or more (a script written without spaces), or ends a
    sentence ("Minister resigns.")."""
    segments = _SEPARATORS.split(line) if _SEPARATOR_MARK.search(line) else (line,)
    for segment in segments:
        segment = segment.strip()
        if len(segment) >= 25 or len(segment.split()) >= 4 or _SENTENCE_END.search(segment):
            return True
    return False


_URL_LINE = re.compile(r"(?:[-*]\s+)?<?https?://\S+?>?")


def _url_list(text: str) -> bool:
    """A file of web addresses, one a line (``#`` comments and list markers allowed): the
    reading list of an article, not one; read as prose it made a source of addresses."""
    lines = [s for s in (line.strip() for line in text.splitlines()) if s and s[0] != "#"]
    return bool(lines) and len(lines) <= 10_000 and all(_URL_LINE.fullmatch(s) for s in lines)


#: Words of a consent banner: cookies, consent, the reader's device and choices, the site's
#: partners, the buttons; English, German, French and Spanish.
_CONSENT = re.compile(
    r"\bcookies?\b|\bconsent(?:ing|s)?\b|\bprivacy (?:settings|policy|preferences|cent(?:re|er))\b|"
    r"\bpersonali[sz]ed? (?:ads|advertising|content)\b|"
    r"\byour (?:device|browser|choices|preferences|data)\b|\b(?:our|\d+) (?:partners|vendors)\b|"
    r"\blegitimate interests?\b|\b(?:accept|reject|decline|refuse) all\b|"
    r"\bmanage (?:preferences|options|settings|cookies)\b|"
    r"\beinwilligung|\bzustimm|\bdatenschutz|\bconsentement\b|\bconsentimiento\b",
    re.IGNORECASE,
)
#: What every consent banner names: cookies or consent, or its buttons.
_BANNER = re.compile(
    r"\bcookies?\b|\bconsent|\beinwilligung|\bconsentement\b|\bconsentimiento\b|"
    r"\b(?:accept|reject|decline|refuse) all\b|\blegitimate interests?\b",
    re.IGNORECASE,
)
#: The site speaking to its reader ("we and our partners", "your device"): a news report
#: about cookie rules speaks of others.
_ADDRESS = re.compile(
    r"\b(?:we|our|us|you|your|wir|unsere?[mnrs]?|sie|ihre?[mnrs]?|nous|vous|notre|nos|votre|vos|"
    r"usted|su|sus|nosotros|nuestr[oa]s?)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
#: A consent wall: at most this many words besides the headline ...
CONSENT_MAX_WORDS = 800
#: ... of which at least this share is in sentences of a consent banner (the most on 990
#: real pages, whose articles sit beside a banner, is 0.44).
CONSENT_SHARE = 0.6
_BUTTON_WORDS = 4


CONSENT_WALL = "a cookie consent page, not an article (the site showed its consent banner)"


def consent_wall(lines: Iterable[str]) -> bool:
    """A short text that is mostly a cookie banner: sentences in which the site asks its
    reader's consent ("We and our partners use cookies"), and its buttons ("Accept all")."""
    lines = list(lines)
    if not _may_name_banner(lines) or not any(_BANNER.search(line) for line in lines):
        return False  # every banner names cookies or consent; "on your device" alone is not one
    words, consent = consent_words(lines, CONSENT_MAX_WORDS)
    return 0 < words <= CONSENT_MAX_WORDS and consent >= CONSENT_SHARE * words


#: What lower-cased text holds wherever ``_BANNER`` finds a word in it: the words'
#: letters, and the letters that ``re.IGNORECASE`` reads as "i" or "s" but ``str.lower``
#: keeps apart ("ı", "ſ", and the dot that "İ" gains).
_BANNER_PARTS = (
    "cookie",
    "consent",
    "einwilligung",
    "accept all",
    "reject all",
    "decline all",
    "refuse all",
    "legitimate interest",
    "ı",
    "ſ",
    "\u0307",
)


def _may_name_banner(lines: list[str]) -> bool:
    """False only when no line holds a word of ``_BANNER``: a cheap look at the lower-cased
    text (a substring search) before the word search line by line."""
    text = "\n".join(lines).lower()
    return any(part in text for part in _BANNER_PARTS)


def consent_words(lines: Iterable[str], stop: int | None = None) -> tuple[int, int]:
    """Words of ``lines``, and how many are in a consent banner's sentences (counting
    stops once the words pass ``stop``)."""
    words = consent = 0
    for line in lines:
        for sentence in _SENTENCE_BREAK.split(line):
            n = len(sentence.split())
            words += n
            if n and _CONSENT.search(sentence):
                consent += n if n <= _BUTTON_WORDS or _ADDRESS.search(sentence) else 0
        if stop is not None and words > stop:
            break
    return words, consent
