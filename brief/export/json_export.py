"""The JSON brief: a stable interface (documented in README.md); keys are only ever added."""

from __future__ import annotations

from typing import Any

from brief.export.json_text import Verbatim, dumps_indented, indented_at
from brief.model import Article, Brief, QuoteCluster, QuoteVariant, SummarySentence
from brief.naming import shown_date, source_name


def to_dict(brief: Brief) -> dict[str, Any]:
    return _document(brief, [_quote(q) for q in brief.quotes])


def _document(brief: Brief, quotes: list[dict[str, Any]] | Verbatim) -> dict[str, Any]:
    return {
        "title": brief.title,
        "generated": brief.generated,
        "algorithm": brief.options.algorithm,
        "focus": brief.options.focus,
        "sources": [_source(a) for a in brief.sources],
        "summary": [_sentence(s) for s in brief.summary],
        "quotes": quotes,
        "discrepancies": [
            {
                "subject": d.subject,
                "values": [
                    {"value": v.value, "text": v.text, "sources": list(v.sources)} for v in d.values
                ],
            }
            for d in brief.discrepancies
        ],
        "unread": [
            {"url": u.url, "reason": u.reason, "via_feed": u.via_feed} for u in brief.unread
        ],
    }


class Ahead:
    """The quotes' JSON written as soon as they are known: pass it as ``build_brief``'s
    ``on_partial``, then to ``to_json``. In a forked export this process writes it while
    the child still compares figures, off the end of the command (0.05 s of 1,000 BBC
    articles, docs/decisions.md, issue 11, fourth round)."""

    def __init__(self) -> None:
        self.quotes: tuple[QuoteCluster, ...] = ()
        self.text = Verbatim("")

    def __call__(self, partial: Brief) -> None:
        if partial.quotes and partial.quotes is not self.quotes:
            self.quotes = partial.quotes
            self.text = Verbatim(indented_at([_quote(q) for q in partial.quotes], 1))


def to_json(brief: Brief, ahead: Ahead | None = None) -> str:
    # json.dumps(..., ensure_ascii=False, indent=2), written in half the time (json_text.py);
    # the quotes' text from ``ahead`` when it was written from these very quotes
    if ahead is not None and ahead.quotes and brief.quotes is ahead.quotes:
        return dumps_indented(_document(brief, ahead.text), "\n")
    return dumps_indented(to_dict(brief), "\n")


def _source(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": source_name(article),  # the headline, else the opening words
        "outlet": article.outlet,
        "date": shown_date(article),  # the metadata's, else a dateline's
        "path": article.path,
        "url": article.url,
        "author": article.author,
        "format": article.format,
        "duplicate_of": article.duplicate_of,
        "boilerplate": list(article.boilerplate),
        "final_url": article.final_url,
        "canonical_url": article.canonical_url,
        "fetched_at": article.fetched_at,
        "via_feed": article.via_feed,
        "feed_text": article.feed_text,
    }


def _sentence(item: SummarySentence) -> dict[str, Any]:
    return {
        "text": item.text,
        "source": item.source,
        "span": list(item.span),
        "supporting_sources": list(item.supporting_sources),
        "score": round(item.score, 6),
        "pinned": item.pinned,
    }


def _quote(cluster: QuoteCluster) -> dict[str, Any]:
    return {
        "id": cluster.id,
        "speaker": cluster.speaker,
        "text": cluster.text,
        "kind": cluster.kind,
        "sources": list(cluster.sources),
        "variants": [entry for v in cluster.variants for entry in _variant(v)],
    }


def _variant(v: QuoteVariant) -> list[dict[str, Any]]:
    """One entry per quoted passage. A statement broken by its attribution gives one entry per
    part, each with its own ``span`` and ``text``, numbered by ``part`` (1, 2, ...): every
    entry's ``span`` stays one passage of the article, as it always was, and ``parts`` lets a
    reader join them again."""
    whole = {
        "source": v.source,
        "text": v.text,
        "span": list(v.span),
        "speaker_mention": v.speaker_mention,
        "kind": v.kind,
        "cue": v.cue,
        "speaker": v.speaker,
        "speaker_span": list(v.speaker_span) if v.speaker_span else None,
        "parts": [list(p) for p in v.parts or (v.span,)],
        "part": 1,
        # what the markdown and the app show beside the words: the speaker's description
        # ("X, deputy head of the committee") and each pronoun's referent ("[the mayor]")
        "speaker_role": v.speaker_role,
        "referents": [[start, end, name] for start, end, name in v.referents],
    }
    if len(v.parts) < 2:
        return [whole]
    entries = []
    offset = 0
    for number, (span, text) in enumerate(zip(v.parts, v.part_texts, strict=True), 1):
        offset = max(0, v.text.find(text, offset))  # where it starts in "A … B"
        own = [
            [start - offset, end - offset, name]
            for start, end, name in v.referents
            if offset <= start and end <= offset + len(text)
        ]
        entries.append(
            {**whole, "text": text, "span": list(span), "part": number, "referents": own}
        )
        offset += len(text)
    return entries
