"""The documents of many stories: their JSON, the markdown of every brief in one file, its
one front matter, and the index of a folder of briefs (``brief.stories.export`` writes them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from brief.model import Brief, UnreadSource
from brief.stories import Story

if TYPE_CHECKING:
    from brief.stories.briefs import Titled


def json_ahead(brief: Brief) -> str:
    """A story's brief as JSON text, at the depth ``stories_json`` puts it."""
    from brief.export.json_export import to_dict
    from brief.export.json_text import Verbatim, indented_at

    # made a Verbatim here: wrapping it at the end would copy 40 MB of text at 10,000 leads
    return Verbatim(indented_at(to_dict(brief), BRIEF_DEPTH))


BRIEF_DEPTH = 3
"""The document, its ``stories`` list, a story, then its ``brief``."""


def shown(story: Story, brief: Brief | Titled) -> Story:
    """The story as its brief is made: a source excluded in review (``--review``) is not
    counted (the index said "3 sources" over a brief of 2), nor its dates and outlet."""
    if not isinstance(brief, Brief) or not brief.sources:
        return story
    ids = {article.id for article in brief.sources}
    return story.without([source for source in story.sources if source not in ids])


def _count(story: Story, brief: Brief | Titled) -> int:
    """How many of the story's articles its brief is made of (``shown``)."""
    return len(shown(story, brief).articles)


def _verbatim(text: str) -> str:
    from brief.export.json_text import Verbatim

    return text if isinstance(text, Verbatim) else Verbatim(text)


def stories_json(
    pairs: Sequence[tuple[Story, Brief | Titled]],
    title: str | None = None,
    rendered: Sequence[str | None] = (),
    unread: Sequence[UnreadSource] = (),
) -> str:
    """The stories' JSON; ``rendered[i]``, when given, is story i's brief written ahead
    (``json_ahead``); ``unread`` (web sources that could not be read), when any, beside
    ``stories`` as a brief's JSON lists them."""
    from brief.export.json_export import to_dict
    from brief.export.json_text import dumps_indented

    def item(whole: Story, brief: Brief | Titled, text: str | None) -> dict[str, Any]:
        story = shown(whole, brief)
        return {
            "id": story.id,
            "title": brief.title,
            "sources": list(story.sources),
            "outlets": story.outlets,
            "dates": [story.first, story.last],
            "brief": _verbatim(text) if text else to_dict(brief),
        }

    texts = list(rendered) or [None] * len(pairs)
    document: dict[str, Any] = {"title": title} if title else {}
    document["stories"] = [item(s, b, t) for (s, b), t in zip(pairs, texts, strict=True)]
    if unread:
        document["unread"] = [
            {"url": u.url, "reason": u.reason, "via_feed": u.via_feed} for u in unread
        ]

    return dumps_indented(document, "\n")  # json.dumps(..., ensure_ascii=False, indent=2)


def stories_markdown(
    pairs: Sequence[tuple[Story, Brief]],
    front_matter: bool = False,
    title: str | None = None,
    unread: Sequence[UnreadSource] = (),
) -> str:
    """Every story's brief, one after another (markdown to stdout), under ``title`` if any,
    then the web sources that could not be read."""
    from brief.export.markdown import escape, heading_anchor, to_markdown

    taken: dict[str, int] = {}  # one document: each brief's anchors are its own
    if title:
        heading_anchor(title, taken)
    texts = [to_markdown(b, taken=taken) for _, b in pairs]
    text = "\n---\n\n".join(texts)
    text = f"# {escape(title)}\n\n---\n\n{text}" if title else text
    text += unread_section(unread)
    return (stories_front_matter(pairs, title) + "\n" + text) if front_matter else text


def stories_front_matter(pairs: Sequence[tuple[Story, Brief]], title: str | None) -> str:
    """One YAML front matter for a document holding every story's brief: the set's title,
    its latest date, when it was generated, and each story's title, size and dates."""
    import yaml

    from brief.text.clean import printable

    def clean(text: str) -> str:
        return " ".join(printable(text).split())

    pairs = [(shown(story, brief), brief) for story, brief in pairs]
    days = [story.last for story, _ in pairs if story.last]
    data: dict[str, object] = {"title": clean(title or "Stories")}
    if days:
        data["date"] = max(days)
    generated = next((brief.generated for _, brief in pairs if brief.generated), "")
    if generated:
        data["generated"] = generated
    stories = []
    for story, brief in pairs:
        entry: dict[str, object] = {"title": clean(brief.title), "sources": len(story.articles)}
        if story.first:
            entry["dates"] = [story.first, story.last]
        stories.append(entry)
    data["stories"] = stories
    dumped = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**9
    )
    return f"---\n{dumped}---\n"


def newest_first(pairs: Sequence[tuple[Story, Brief]]) -> list[tuple[Story, Brief]]:
    """Stories by their latest date (undated last), then size, then id."""
    ordered = sorted(pairs, key=lambda p: p[0].id)
    ordered.sort(key=lambda p: len(p[0].articles), reverse=True)
    ordered.sort(key=lambda p: p[0].last, reverse=True)
    return ordered


def index_markdown(
    pairs: Sequence[tuple[Story, Brief]],
    names: dict[str, str],
    title: str | None = None,
    unread: Sequence[UnreadSource] = (),
) -> str:
    """The index: each story's title linked to its brief, with counts and dates, then the
    web sources that could not be read."""
    from brief.export.markdown import escape

    count = sum(len(story.articles) for story, _ in pairs)
    total = f"{count_label(len(pairs), 'story', 'stories')} from {count_label(count, 'article')}"
    dated = sum(1 for story, _ in pairs if story.first)
    order = (  # "newest first" of a folder with no dates at all was a claim the list broke
        "newest first" if dated == len(pairs)
        else "largest first (none is dated)" if not dated
        else "newest first, then the undated, largest first"
    )  # fmt: skip
    lines = [f"# {escape(title) if title else 'Stories'}", "", f"{total}, {order}.", ""]
    left_out = count - sum(_count(story, brief) for story, brief in pairs)
    if left_out:  # a line of its own: the one above is how brief knows its index again
        lines[-1:-1] = ["", f"{count_label(left_out, 'article')} excluded in review."]
    for story, brief in newest_first([(shown(story, brief), brief) for story, brief in pairs]):
        detail = count_label(len(story.articles), "source")
        if story.outlets_label:
            detail += ", " + story.outlets_label
        if story.first:
            dates = story.first if story.first == story.last else f"{story.first} to {story.last}"
            detail += f", {dates}"
        lines.append(f"- [{escape(brief.title)}]({names[story.id]}) ({detail})")
    return "\n".join(lines) + "\n" + unread_section(unread)


def unread_section(unread: Sequence[UnreadSource]) -> str:
    """The links, feeds and feed items that could not be read, as a brief lists them (a
    folder of stories said nothing of them: only the terminal did); empty when none."""
    from brief.export.provenance import unread_line

    if not unread:
        return ""
    return "\n## Could not be read\n\n" + "\n".join(map(unread_line, unread)) + "\n"


def file_names(stories: Sequence[Story]) -> dict[str, str]:
    """A safe, stable file name per story: a slug of its title and a piece of its id."""
    names = {}
    for story in stories:
        slug = "-".join(re.findall(r"[a-z0-9]+", story.title.lower()))[:50].strip("-")
        names[story.id] = f"{slug or 'story'}-{story.id.removeprefix('s-')[:6]}.md"
    return names


def count_label(number: int, one: str, many: str = "") -> str:
    """ "1 story", "3 stories"."""
    return f"{number} {one if number == 1 else (many or one + 's')}"
