"""A plain fallback for pages trafilatura gives up on (e.g. absurdly deep nesting).

Uses the standard library's tolerant ``html.parser``: keeps the text of block
elements, skips scripts, styles, frames, forms and page chrome. Never a regex over HTML.
"""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "template",
        "svg",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "button",
        "select",
        "object",
        "embed",
    }
)
_BLOCKS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "br",
        "div",
        "section",
        "article",
        "tr",
        "title",
    }
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.parts: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if not self.skip_depth:
            self.parts.append(data)


def plain_text(html: str) -> tuple[str, str]:
    """Return ``(title, text)`` with one block per line."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return " ".join(collector.title.split()), "\n".join(line for line in lines if line)
