"""What to fetch, as the command line reads it: kept apart from ``gather`` so that reading
local files alone never imports the network stack."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Request:
    """What to fetch: URLs as typed, feed files read locally, and the limits of feeds."""

    urls: Sequence[str] = ()
    feed_files: Sequence[tuple[str, bytes]] = ()
    """(path, bytes) of local files that are feeds or OPML."""
    max_items: int = 20
    since: date | None = None
