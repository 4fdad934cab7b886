"""sumy's rating of brief's summary units (the non-default algorithms), capped for speed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from brief.model import Article


def sumy_scores(articles, units, algorithm):  # type: ignore[no-untyped-def]
    """sumy's rating of each unit; units beyond ``SUMY_MAX_UNITS`` get minus infinity."""
    from brief.summary import SUMY_MAX_UNITS
    from brief.summary.sumy_adapter import SumyInput, rank_with_sumy

    cap = SUMY_MAX_UNITS[algorithm]
    keep = sorted(range(len(units)), key=lambda i: (units[i].position, i))[:cap]
    keep.sort()
    groups: dict[str, int] = {}
    for i in keep:
        groups.setdefault(units[i].article, len(groups))
    by_id = {a.id: a for a in articles}
    titles = [_headline(by_id[a]) if a in by_id else "" for a in groups]
    bonus, stigma = _cue_words([by_id[a] for a in groups if a in by_id], titles)
    data = SumyInput(
        texts=[units[i].text for i in keep],
        groups=[groups[units[i].article] for i in keep],
        titles=titles,
        bonus_words=bonus,
        stigma_words=stigma,
    )
    rated = rank_with_sumy(data, algorithm)
    scores = [float("-inf")] * len(units)
    for i, value in zip(keep, rated, strict=True):
        scores[i] = value
    return scores


def _headline(article: Article) -> str:
    """The article's own title, or its first body sentence when it has none."""
    title = article.title.strip()
    if title and title not in (article.id, Path(article.path).stem, "standard input"):
        return title
    body = article.body_sentences
    return body[0].text if body else ""


def _cue_words(articles: Sequence[Article], titles: Sequence[str]) -> tuple[frozenset, frozenset]:
    """Edmundson's cue words: bonus from the headlines, stigma from the page furniture."""
    from brief.text.tokens import stop_words, words

    stops = stop_words()
    bonus = frozenset(w for t in titles for w in words(t) if w not in stops and len(w) > 1)
    stigma = frozenset(
        w
        for a in articles
        for line in a.boilerplate
        for w in words(line)
        if w not in stops and len(w) > 1 and w not in bonus
    )
    return bonus, stigma
