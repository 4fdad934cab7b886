"""Acronyms and the names they stand for: "the Parliamentary Budget Officer (PBO)".

Split from ``names`` (the article's names and their types): spelling out an acronym is a
pass of its own over the article's brackets and its names' initials.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter

from brief.quotes.lexicon import word_list
from brief.quotes.phrases import is_name
from brief.quotes.units import Unit

NameOf = Callable[..., tuple[str, int]]
"""``Names.name_of``: the name in a run of tokens, and where it starts."""

_TEXT = itemgetter(1)  # Token.text
_JOINERS = frozenset(word_list("of the and for on"))


def acronyms(
    text: str, units: list[Unit], evidence: Mapping[str, object], name_of: NameOf
) -> dict[str, str]:
    """ "the Parliamentary Budget Officer (PBO)": the acronym stands for the name."""
    out: dict[str, str] = {}
    for unit in units:
        if text.find("(", unit.start, unit.end) < 0:
            continue  # no bracket in the unit's text: no "(" token
        tokens = unit.tokens
        # an acronym stands right after an opening bracket: only those places are seen
        for k in [o + 1 for o, text in enumerate(map(_TEXT, tokens)) if text == "("]:
            if k < 2 or k >= len(tokens) - 1:
                continue
            acronym = tokens[k].text
            if tokens[k + 1].text != ")":
                continue
            if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
                continue
            end = k - 1
            start = end
            while start > 0 and (is_name(tokens, start - 1) or tokens[start - 1].low in _JOINERS):
                start -= 1
            words = [t.text for t in tokens[start:end] if t.kind == "w"]
            while words and words[0].lower() in _JOINERS:
                words.pop(0)
            initials = "".join(w[0] for w in words if w.lower() not in _JOINERS)
            if initials.upper() == acronym and words:
                name = name_of(tokens, end - len(words), end)[0]
                out.setdefault(acronym, name or " ".join(words))
    # "the PBO" in an article that names "the Parliamentary Budget Officer": the one
    # name of the article whose initials spell it
    acronyms = [
        name
        for name in evidence
        if name not in out and name.isupper() and name.isalpha() and 2 <= len(name) <= 6
    ]
    if not acronyms:
        return out  # no acronym to spell out: the initials of the names are not needed
    by_initials: dict[str, set[str]] = {}
    for name in evidence:
        words = [w for w in name.split() if w.lower() not in _JOINERS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(name)
    for name in acronyms:
        found = by_initials.get(name, set())
        if len(found) == 1:
            out[name] = found.pop()
    return out
