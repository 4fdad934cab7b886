"""How a source is named and dated wherever it shows: its headline, else its opening words;
its metadata date, else its dateline's.

One rule for the app (source list, pane title, palette, the move dialog), the markdown
(source lines, front matter, citations) and the JSON brief. A source without a headline
was named by its file stem in the app ("000_70c4e7e497e1e715") and by its opening words in
the markdown: a stem is often a hash or a counter, the opening words say which piece it is.
"""

from __future__ import annotations

from pathlib import PurePath

from brief.model import Article
from brief.text.clean import clip

OPENING_WORDS = 12


def headline(article: Article) -> str:
    """The article's own headline, or "" when it has none (its title is only its id, its
    path, or its file's name standing in for one)."""
    title = " ".join(article.title.split())
    if not title:
        return ""
    path = PurePath(article.path)
    if title in (article.id, article.path, path.name, path.stem):
        return ""
    return title


def opening_words(article: Article, words: int = OPENING_WORDS) -> str:
    """The first ``words`` words of the article's first body sentence ("…" when cut)."""
    first = next((s.text for s in article.body_sentences), "").split()
    text = " ".join(first[:words]) + ("…" if len(first) > words else "")
    return clip(text, words * 12)  # a "word" may be a whole file written without spaces


def source_name(article: Article) -> str:
    """The headline; without one the opening words; without those (no body) the id."""
    return headline(article) or opening_words(article) or article.id


def shown_date(article: Article) -> str:
    """The article's date as every place shows it: the metadata date as read, else the day of
    a dateline at the top of its text (ISO), the one the story list and the markdown's
    overview count; "" when neither is known.

    A ``.txt`` report with no front matter but a dateline was dated in the story list and
    undated in its brief's source list, the markdown's Sources and the JSON."""
    if article.date:
        return article.date
    from brief.text.dates import shown_day

    day = shown_day("", article.text)
    return day.isoformat() if day else ""
