"""Stories: a mixed pile of articles grouped by the event they report.

``group_stories(articles)`` returns the stories, largest first, then latest, then by id:
the same input always gives the same stories in the same order. The core of the feature;
no UI imports (see the import-linter contract in pyproject.toml).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from brief.model import Article

if TYPE_CHECKING:
    from brief.stories.score import Settings

FeaturesOf = Callable[[Sequence[Article]], list]
"""The grouping signals of each article (``brief.stories.features.features_of``, in order)."""


def __getattr__(name: str) -> Any:
    """``DEFAULT`` and ``Settings`` come from the scorer, loaded on first use: the app's
    second open reads the saved moves (``brief.stories.overrides``, inside this package)
    and never scores, so it does not import the scorer and its feature tables (~5 ms)."""
    if name in ("DEFAULT", "Settings"):
        from brief.stories import score

        return getattr(score, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class Story:
    """Articles reporting one event."""

    id: str
    """Stable for the same member articles: a hash of their ids."""
    title: str
    articles: tuple[Article, ...]
    first: str
    """Earliest ISO date among the articles, or empty when none is dated."""
    last: str

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.articles)

    def without(self, excluded: Collection[str]) -> Story:
        """The story as its review shows it: the same id and title, its sources, outlets and
        dates without the articles ``excluded`` in review (an index and the app's list gave
        the dates and outlet of a source the brief left out), its title chosen again only
        when it was the headline of an excluded one (``kept_title``). A review never
        excludes every source: the story as it is then."""
        kept = tuple(a for a in self.articles if a.id not in excluded)
        if not kept or len(kept) == len(self.articles):
            return self
        first, last = _span(kept)
        return Story(self.id, kept_title(self.title, self.articles, excluded), kept, first, last)

    @property
    def outlets(self) -> int:
        """Distinct outlets named by the articles (articles without one are not counted)."""
        return len({a.outlet.casefold() for a in self.articles if a.outlet})

    @property
    def outlets_label(self) -> str:
        """ "3 outlets"; "1 named outlet" when some articles name none ("1 outlet" would
        read as every source coming from it); "" when none is named."""
        count = self.outlets
        if not count:
            return ""
        noun = "outlet" if count == 1 else "outlets"
        if all(a.outlet for a in self.articles):
            return f"{count} {noun}"
        return f"{count} named {noun}"


def kept_title(title: str, articles: Sequence[Article], excluded: Collection[str]) -> str:
    """A story's title once ``excluded`` leave it: the same (excluding a source does not
    rename the story), unless it was the headline of an excluded source only; then the
    most central headline of the rest (the brief was titled by a source it left out)."""
    if not any(a.id in excluded and a.title == title for a in articles):
        return title
    kept = [a for a in articles if a.id not in excluded]
    if not kept or any(a.title == title for a in kept):
        return title
    return _title([a for a in kept if a.duplicate_of is None] or kept)


def group_ids(
    articles: Sequence[Article],
    settings: Settings | None = None,
    features: FeaturesOf | None = None,
) -> list[list[int]]:
    """Indices of ``articles`` grouped by story (copies join the story of their original);
    ``settings`` None: the scorer's ``DEFAULT``; ``features`` gives the same list as
    ``features_of`` of each article (``brief.stories.ahead`` has most of them ahead).

    The cycle collector is paused meanwhile: the grouping makes hundreds of thousands of
    short-lived objects (pair links, heap entries, counters) and no garbage cycle, and the
    collections they set off walk the whole loaded pile in the oldest generation, more of
    it and more often the larger the pile (0.4 s of 4.3 s at 10,000 leads, 2 % at 1,000:
    docs/decisions.md, issue 13, sixth round)."""
    from brief.analysis import _cycle_collection_paused

    with _cycle_collection_paused():
        return _group_ids(articles, settings, features)


def _group_ids(
    articles: Sequence[Article], settings: Settings | None, features_all: FeaturesOf | None
) -> list[list[int]]:
    from brief import numpy_imports
    from brief.stories.cluster import NameGuard, average_link
    from brief.stories.features import features_of
    from brief.stories.score import DEFAULT, pair_scores
    from brief.stories.vectors import build_vectors, candidate_pairs

    settings = DEFAULT if settings is None else settings

    position = {a.id: i for i, a in enumerate(articles)}
    originals = [i for i, a in enumerate(articles) if a.duplicate_of not in position]
    if not originals:
        return []
    if features_all is None:
        features = [features_of(articles[i]) for i in originals]
    else:
        features = features_all([articles[i] for i in originals])
    numpy_imports.defer()
    vectors = build_vectors(features)
    first, second = candidate_pairs(vectors, settings.candidates_per_article)
    scores = pair_scores(features, vectors, first, second, settings)
    strong = scores >= settings.min_link  # weak pairs count as unscored (0): a smaller graph
    first, second, scores = first[strong], second[strong], scores[strong]
    days = [f.day.toordinal() if f.day else None for f in features]
    # keyed when a name guard or a cut asks (a few hundred times on 2,000 titled articles)
    headlines = (
        functools.cache(lambda k: _headline(articles[originals[k]], features[k].entities))
        if settings.split_headlines
        else None
    )
    groups = average_link(
        len(features),
        first,
        second,
        scores,
        days=days,
        max_span=settings.max_span_days,
        names=[[e for e in f.entities if " " not in e] for f in features],
        guard=NameGuard() if settings.name_guard else None,
        magnitudes=[f.magnitude for f in features] if settings.magnitude_gap > 0 else None,
        magnitude_gap=settings.magnitude_gap,
        cohesion=settings.cohesion,
        headlines=headlines,
    )
    if settings.name_guard:
        from brief.stories.split import split_stories

        groups = split_stories(
            groups,
            vectors.terms,
            vectors.entities,
            [{e for e in f.entities if " " not in e} for f in features],
            entity_weight=settings.entity_weight,
            guard=NameGuard(),
            headlines=headlines,
        )
    if settings.actor_least > 0:
        from brief.stories.actors import split_by_actors

        groups = split_by_actors(
            groups,
            [f.lead for f in features],
            vectors.terms,
            vectors.entities,
            entity_weight=settings.entity_weight,
            least=settings.actor_least,
        )
    if settings.era_least > 0:
        from brief.stories.eras import split_by_eras

        groups = split_by_eras(
            groups,
            [f.day for f in features],
            lambda k: articles[originals[k]].text,
            least=settings.era_least,
            gap=settings.era_gap,
        )
    if settings.loose_share > 0:
        from brief.stories.outliers import set_aside_loose

        groups = set_aside_loose(groups, features, vectors, settings)
    members = [[originals[k] for k in group] for group in groups]
    story_of = {articles[i].id: n for n, group in enumerate(members) for i in group}
    for i, article in enumerate(articles):
        if article.duplicate_of in position:
            root = article.duplicate_of
            while articles[position[root]].duplicate_of in position:  # a copy of a copy
                root = articles[position[root]].duplicate_of  # type: ignore[assignment]
                if root == article.id:
                    break
            members[story_of.get(root, 0)].append(i)
    return [sorted(group) for group in members]


def group_stories(
    articles: Sequence[Article],
    settings: Settings | None = None,
    moves: Mapping[str, str | None] | None = None,
    features: FeaturesOf | None = None,
) -> tuple[Story, ...]:
    """Group ``articles`` into stories, largest first, then latest.

    ``moves`` are the user's corrections (``brief.stories.overrides``), applied last;
    ``features`` as in ``group_ids``.
    """
    return moved_stories(articles, group_ids(articles, settings, features), moves or {})


def moved_stories(
    articles: Sequence[Article], groups: list[list[int]], moves: Mapping[str, str | None]
) -> tuple[Story, ...]:
    """The stories of ``groups`` with the user's ``moves`` applied, each titled by its own
    articles (not by one moved into it: ``joined_ids``)."""
    if not moves:
        return stories_of(articles, groups)
    from brief.stories.overrides import apply_moves, joined_ids

    ids = [a.id for a in articles]
    return stories_of(articles, apply_moves(groups, ids, moves), joined_ids(groups, ids, moves))


def stories_of(
    articles: Sequence[Article], groups: list[list[int]], joined: Collection[str] = ()
) -> tuple[Story, ...]:
    """``Story`` values for groups of indices into ``articles``, in story order; a story is
    titled by its own articles, not by those ``joined`` to it by a move (``joined_ids``),
    unless it holds no other."""
    stories = []
    for group in groups:
        members = tuple(articles[i] for i in group)
        first, last = _span(members)
        ids = "\n".join(sorted(a.id for a in members))
        digest = hashlib.sha1(ids.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        originals = [a for a in members if a.duplicate_of is None] or list(members)
        originals = [a for a in originals if a.id not in joined] or originals
        stories.append(
            Story(
                id=f"s-{digest}",
                title=_title(originals),
                articles=members,
                first=first,
                last=last,
            )
        )
    stories.sort(key=lambda s: s.id)
    stories.sort(key=lambda s: s.last, reverse=True)
    stories.sort(key=lambda s: len(s.articles), reverse=True)
    return tuple(stories)


def _span(articles: Sequence[Article]) -> tuple[str, str]:
    """The earliest and latest ISO day the articles show ("", "" when none is dated)."""
    from brief.text.dates import shown_day

    days = sorted(str(d) for d in (shown_day(a.date, a.text) for a in articles) if d is not None)
    return (days[0], days[-1]) if days else ("", "")


def _headline(article: Article, names: Collection[str]) -> str:
    """The article's own headline as ``brief.stories.cluster.headline_key`` keys it ("" for
    none: a title that is only the file's name is none)."""
    from brief.stories.cluster import headline_key

    title = article.title if article.title not in (article.id, article.path) else ""
    return headline_key(title, names)


def _title(articles: Sequence[Article]) -> str:
    """The most central headline; without any, the opening words of the first article."""
    from brief.analysis import title_of

    return title_of(articles)


__all__ = [
    "DEFAULT",
    "Settings",
    "Story",
    "group_ids",
    "group_stories",
    "kept_title",
    "moved_stories",
    "stories_of",
]
