"""What the app shows while web sources load: one line per source, and a count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from brief.tui.text import Hanging, literal

if TYPE_CHECKING:
    from brief.fetch.gather import SourceEvent

MARKS = {
    "queued": (" ·  ", "$text-muted"),
    "fetching": (" …  ", "$text-muted"),
    "done": (" ✓  ", "$success"),
    "cached": (" ◌  ", "$accent"),
    "revalidated": (" ◌  ", "$accent"),
    "stale": (" ◌  ", "$warning"),
    "failed": (" ✗  ", "$error"),
    "feed": (" ≡  ", "$primary"),
    "feed-text": (" ≡  ", "$warning"),
}
WORDS = {
    "revalidated": "cached, still current",
    "cached": "from the cache",
    "stale": "server unreachable: the cached copy is read",
    "feed-text": "page unreachable: its text in the feed is read",
}


class FetchProgress:
    """Sources in the order first heard of, each with its latest state."""

    def __init__(self) -> None:
        self.states: dict[str, SourceEvent] = {}
        self.latest = -1
        """Index of the source heard of last (the list keeps it in view)."""

    def add(self, event: SourceEvent) -> None:
        self.states[event.url] = event
        self.latest = list(self.states).index(event.url)

    def count(self, *states: str) -> int:
        return sum(1 for e in self.states.values() if e.state in states)

    def summary(self) -> str:
        pages = [e for e in self.states.values() if e.state != "feed"]
        done = self.count("done", "feed-text")
        cached = self.count("cached", "revalidated", "stale")
        failed = self.count("failed")
        waiting = len(pages) - done - cached - failed
        return (f"Fetching {len(pages)} sources: {done} done · {cached} cached · "
                f"{failed} failed · {waiting} to go")  # fmt: skip

    def lines(self) -> list[Hanging]:
        rows = []
        for event in self.states.values():
            mark, style = MARKS.get(event.state, (" ?  ", ""))
            body = literal(event.url.removeprefix("https://").removeprefix("http://"))
            word = WORDS.get(event.state, "")
            if event.state == "failed":
                body = Content.assemble(body, (" — could not be read: ", "$error"),
                                        literal(event.detail))  # fmt: skip
            elif event.state == "feed":
                body = Content.assemble(body, " — ", literal(event.detail))
            elif word:
                body = Content.assemble(body, (f" — {word}", "$text-muted"))
            rows.append(Hanging(Content.styled(mark, f"bold {style}".strip()), body))
        return rows
