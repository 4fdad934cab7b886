"""brief's own output given back as input: a brief, a stories index, a saved review.

An export written into the folder it summarises (``brief export DIR -o DIR/brief.md``) would
come back as an article on the next run, and the new brief would cite the old one as a
source. The files are recognised by the shape brief gives them, not by a marker: briefs
written by any earlier version are caught too, and the exports stay as they were. Each
test needs two parts of that shape at once, which a person's own notes do not have.
"""

from __future__ import annotations

import re
from typing import Any

# A brief: its heading, then the overview line ("*13–14 August 2025 · 5 sources (3 undated)*"),
# and at the end the numbered source list the citations point at.
_OVERVIEW = re.compile(r"^# [^\n]*\n\n\*(?:[^\n]* · )?\d+ sources?\b[^\n]*\*$", re.MULTILINE)
_SOURCES = re.compile(r"^## Sources\n\n### Source 1\n", re.MULTILINE)
# The --stories index: its heading, then "3 stories from 12 articles, newest first." (or
# "largest first (none is dated)." or "newest first, then the undated, largest first.")
_INDEX = re.compile(
    r"^# [^\n]*\n\n\d+ stor(?:y|ies) from \d+ articles?, "
    r"(?:newest first|largest first \(none is dated\)|"
    r"newest first, then the undated, largest first)\.$",
    re.MULTILINE,
)

_LINE_END = re.compile(r"[ \t\r]*\n")

BRIEF = "brief's own export (a brief), not an article"
INDEX = "brief's own export (the index of a stories export), not an article"
REVIEW = "a review saved by brief, not an article"


def own_text(text: str) -> str:
    """Why a markdown or text file is brief's own output ("" when it is not)."""
    if "### Source 1" not in text and "st first." not in text and "is dated)." not in text:
        return ""  # the common case, without a regular expression over the whole file
    text = _LINE_END.sub("\n", text)  # a brief saved again with CRLF (read as " \n")
    if _SOURCES.search(text) and _OVERVIEW.search(text):
        return BRIEF
    if _INDEX.search(text):
        return INDEX
    return ""


def own_json(data: Any) -> str:
    """Why a parsed JSON document is brief's own output ("" when it is not)."""
    if not isinstance(data, dict):
        return ""
    if _is_brief(data):
        return BRIEF
    stories = data.get("stories")
    if (
        isinstance(stories, list)
        and stories
        and all(isinstance(s, dict) and _is_brief(s.get("brief")) for s in stories)
    ):
        return BRIEF.replace("(a brief)", "(a stories export)")
    if isinstance(data.get("version"), int) and (
        isinstance(data.get("moves"), dict) or isinstance(data.get("dropped"), list)
    ):
        return REVIEW
    return ""


def _is_brief(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("sources"), list)
        and isinstance(data.get("summary"), list)
        and isinstance(data.get("quotes"), list)
        and "algorithm" in data
    )
