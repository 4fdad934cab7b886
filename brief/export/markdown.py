"""The markdown brief: article text is escaped so it can never add structure or links."""

from __future__ import annotations

import re

from brief.model import Article, Brief

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-!|~&])")


def escape(text: str) -> str:
    """Escape every markdown-significant character in untrusted text."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(brief: Brief, *, front_matter: bool = False) -> str:
    number = {a.id: i for i, a in enumerate(brief.sources, 1)}
    lines = [f"# {escape(brief.title)}", ""]
    analysed = [a for a in brief.sources if a.duplicate_of is None]
    lines += [f"{len(brief.sources)} sources ({len(analysed)} analysed).", ""]
    if brief.summary:
        lines += ["## Summary", ""]
        for item in brief.summary:
            lines.append(f"- {escape(item.text)} {_cite(item.supporting_sources, number)}")
        lines.append("")
    if brief.quotes:
        lines += ["## Key statements", ""]
        for quote in brief.quotes:
            lines.append(
                f"- **{escape(quote.speaker)}**: \u201c{escape(quote.text)}\u201d "
                f"{_cite(quote.sources, number)}"
            )
        lines.append("")
    lines += ["## Sources", ""]
    for article in brief.sources:
        lines.append(f"{number[article.id]}. {_source_line(article)}")
    lines.append("")
    return "\n".join(lines)


def _cite(sources: tuple[str, ...], number: dict[str, int]) -> str:
    return "".join(
        f"[{number[s]}]"
        for s in sorted(set(sources), key=lambda s: number.get(s, 0))
        if s in number
    )


def _source_line(article: Article) -> str:
    parts = [escape(article.title)]
    if article.outlet:
        parts.append(escape(article.outlet))
    if article.date:
        parts.append(escape(article.date))
    parts.append(escape(article.url or article.path))
    return " \u00b7 ".join(parts)
