"""Why a read text is no article: a headline alone, page furniture, a menu, a list of links."""

from __future__ import annotations

import re

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
    if article.body_sentences:
        return ""
    roles = {p.role for p in article.paragraphs}
    if not roles <= {"headline", "boilerplate", "meta"}:
        return ""
    if "boilerplate" in roles:
        return "no article text (only lines such as links, credits or notices)"
    return "no article text, only a headline"


_SEPARATORS = re.compile(r"\s[|·•/»>]\s|\s*[|·•]\s*")
_SENTENCE_END = re.compile(r"[.!?。！？…][\"”’')\]]*$")


def _prose(line: str) -> bool:
    """A line of text, not a menu: some stretch between separators ("Home | News") holds
    four words or more, 25 characters or more (a script written without spaces), or ends a
    sentence ("Minister resigns.")."""
    for segment in _SEPARATORS.split(line):
        segment = segment.strip()
        if len(segment.split()) >= 4 or len(segment) >= 25 or _SENTENCE_END.search(segment):
            return True
    return False


_URL_LINE = re.compile(r"(?:[-*]\s+)?<?https?://\S+?>?")


def _url_list(text: str) -> bool:
    """A file of web addresses, one a line (``#`` comments and list markers allowed): the
    reading list of an article, not one; read as prose it made a source of addresses."""
    lines = [s for s in (line.strip() for line in text.splitlines()) if s and s[0] != "#"]
    return bool(lines) and len(lines) <= 10_000 and all(_URL_LINE.fullmatch(s) for s in lines)
