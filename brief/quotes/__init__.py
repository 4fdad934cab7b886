"""Quote extraction (first version: direct quotations with the speaker in the sentence)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from brief.model import Article, QuoteCluster, QuoteVariant

_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{12,}?)[\"\u201d]")
_SAID_AFTER = re.compile(r"(?:said|says|stated|added|told)\s+((?:[A-Z][\w'\u2019-]+\s?){1,4})")
_SAID_BEFORE = re.compile(
    r"((?:[A-Z][\w'\u2019-]+\s?){1,4})\s*(?:,[^,]{0,60},\s*)?(?:said|says|stated|added|told)\b"
)


def extract_quotes(articles: Sequence[Article]) -> tuple[QuoteCluster, ...]:
    clusters = []
    for article in articles:
        for sentence in article.body_sentences:
            for match in _QUOTED.finditer(sentence.text):
                if len(match.group(1).split()) < 4:
                    continue
                rest = sentence.text[: match.start()] + " " + sentence.text[match.end() :]
                found = _SAID_AFTER.search(rest) or _SAID_BEFORE.search(rest)
                if not found:
                    continue
                speaker = found.group(1).strip()
                text = match.group(1).strip()
                offset = article.text.find(text, sentence.start, sentence.end)
                span = (offset, offset + len(text)) if offset >= 0 else sentence.span
                variant = QuoteVariant(article.id, text, span, speaker, "direct", speaker)
                ident = hashlib.sha1(f"{article.id}:{span[0]}".encode()).hexdigest()[:10]
                clusters.append(
                    QuoteCluster(ident, speaker, text, "direct", (article.id,), (variant,))
                )
    return tuple(clusters)
