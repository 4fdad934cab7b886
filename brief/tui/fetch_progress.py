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
    """Sources in the order given, each with its latest state: a feed's items in the feed's
    place as they become known (``brief A FEED B``: A, the feed, its items, B), like the
    source list once they are read; a source with no place yet after those with one, in the
    order first heard of (qa-r35 ordered everything else; this list stayed as heard)."""

    def __init__(self) -> None:
        self.states: dict[str, SourceEvent] = {}
        self.places: dict[str, tuple[int, ...]] = {}
        self.latest = -1
        """Index of the source heard of last (the list keeps it in view)."""

    def add(self, event: SourceEvent) -> None:
        self.states[event.url] = event
        if event.place is not None:  # an item of two feeds moves to the earlier one's place
            self.places[event.url] = event.place
        self.latest = self._order().index(event.url)

    def _order(self) -> list[str]:
        heard = {url: number for number, url in enumerate(self.states)}
        places = self.places

        def given(url: str) -> tuple[bool, tuple[int, ...], int]:
            return url not in places, places.get(url, ()), heard[url]

        return sorted(self.states, key=given)

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
        for event in (self.states[url] for url in self._order()):
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
