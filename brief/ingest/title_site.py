"""A site's name read from the end of a page's ``<title>`` ("Pier shut - Daily Harbour"),
kept as the outlet only when it spells the page's host name (dailyharbour.example).

Many pages name their site only there: with no ``og:site_name`` or publisher tag the
headline was cut from the title and the site's name lost, and the outlet was empty or a
bare host name. A title's last part is not always a site ("Budget - what it means"), so
it counts only when its letters are those of a label of the page's address.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from brief.text.clean import blank_controls, fold

_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")
_SEPARATOR = re.compile(r"\s+[|\-–—·]\s+")
"""What parts a title's site name from its headline: a dash, a bar or a middle dot with
spaces around it (not a colon: "Budget: what it means" is one headline)."""
_MAX_SITE = 60
_LEADING_MARKS = re.compile(r"^[\W_]+")


def title_suffix(page: str) -> str:
    """The last part of the page's own ``<title>`` after a site separator; "" when none."""
    head_end = _HEAD_END.search(page)
    found = _TITLE.search(page, 0, head_end.start() if head_end else len(page))
    if found is None:
        return ""
    title = " ".join(html.unescape(_TAGS.sub(" ", found.group(1))).split())
    parts = list(_SEPARATOR.finditer(title))
    if not parts:
        return ""
    suffix = _LEADING_MARKS.sub("", title[parts[-1].end() :]).strip()  # "| ✂ Name": "Name"
    return suffix if 0 < len(suffix) <= _MAX_SITE and parts[-1].start() > 0 else ""


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _without_the(letters: str) -> str:
    return letters[3:] if letters.startswith("the") and len(letters) > 3 else letters


def spells_host(name: str, address: str) -> bool:
    """Whether ``name``'s letters are those of a label of ``address``'s host ("Daily
    Harbour", "The Daily Harbour" and dailyharbour.example; not its last label, the
    top-level domain, nor "www")."""
    host = (urlsplit(address).hostname or "").casefold()
    labels = [label for label in host.split(".")[:-1] if label != "www"]
    own = _without_the(_letters(name))
    return bool(own) and any(_without_the(_letters(label)) == own for label in labels)


def is_host_name(outlet: str, address: str) -> bool:
    """Whether ``outlet`` is only the address's host name (what a reader falls back to)."""
    host = (urlsplit(address).hostname or "").casefold().removeprefix("www.")
    return bool(host) and outlet.strip().casefold().removeprefix("www.") == host


def outlet_from_title(suffix: str, outlet: str, address: str) -> str:
    """``outlet``, or the title's ``suffix`` when the page gave no outlet but its host name
    (or none) and the suffix spells that host."""
    if suffix and (not outlet or is_host_name(outlet, address)) and spells_host(suffix, address):
        return suffix
    return outlet


def site_from_title(meta: dict[str, str], suffix: str, address: str) -> None:
    """A fetched page that names its site only at the end of its ``<title>``: ``meta``'s
    outlet when the suffix spells the host the page came from (the page's own ``url`` tag,
    if any, was tried as it was read), and the headline without it."""
    from brief.ingest.html_reader import without_site_name  # lazy, as html is

    outlet = meta.get("outlet", "")
    site = outlet_from_title(suffix, outlet, address)
    if site != outlet:
        meta["outlet"] = fold(blank_controls(site))
        meta["title"] = without_site_name(meta.get("title", ""), meta["outlet"])
