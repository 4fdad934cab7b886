"""One statement, many outlets: merge quote variants across sources into clusters.

Two variants are the same statement when their content stems (``content_stems``: stop
words dropped, Snowball stems) overlap enough, in a similar order, or, for short
quotations, when one is a near-verbatim substring of the other (rapidfuzz
``partial_ratio``). With ``shared`` the number of common stems, ``containment`` =
shared / the smaller set, ``dice`` = 2·shared / (both sizes) and ``order`` = the longest
common subsequence of the two stem sequences (rapidfuzz ``LCSseq``) / the shorter one:

* trimmed: ``shared >= 4`` and ``containment >= 0.9``;
* reworded or re-translated: ``shared >= 5`` and (``dice >= 0.7`` with ``order >= 0.5``,
  or ``dice >= 0.6`` with ``order >= 0.6``);
* one outlet adds a clause: ``shared >= 6``, ``containment >= 0.75``, ``dice >= 0.5``
  and ``order >= 0.6``;
* short verbatim: both normalised texts 20+ characters and ``partial_ratio >= 95``.

Order matters because topic words are shared by different statements of one story:
"requests to comply with the rules were ignored" and "restrictions would be lifted if
they comply with the rules" share most of their stems, in a different order.

Stricter when the speakers disagree (both named, neither contains the other): then
``containment >= 0.9`` or ``dice >= 0.75``; and two variants of the same source only
merge when ``containment >= 0.9`` with 5+ shared stems (a quotation repeated in one
article), so two different statements of one outlet stay apart.

Candidates are blocked on shared rare stems: each variant looks up the variants sharing
its ``RARE_STEMS`` rarest stems (a stem carried by more than ``MAX_POSTING`` variants is
skipped), so the work grows with the number of variants, not quadratically.
Pairs are merged best first (single link, deterministic order).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from brief.model import QuoteCluster, QuoteVariant
from brief.quote_ids import normalise, quote_id
from brief.quotes.order import LOOSE_ORDER, stem_order
from brief.quotes.paraphrase import named_speaker, paraphrase
from brief.text.tokens import content_stems

UNATTRIBUTED = "unattributed"
MIN_SHARED = 4
TRIMMED_CONTAINMENT = 0.9
REWORDED_DICE = 0.6
REWORDED_LOOSE_DICE = 0.7
REWORDED_SHARED = 5
ORDER = 0.6
EXTENDED_CONTAINMENT = 0.75
EXTENDED_DICE = 0.5
EXTENDED_SHARED = 6
VERBATIM_PARTIAL = 95.0
VERBATIM_MIN_CHARS = 20
CONFLICT_CONTAINMENT = 0.9
CONFLICT_DICE = 0.75
SAME_SOURCE_SHARED = 5
MAX_POSTING = 200
"""A stem carried by more variants than this is too common to block candidates on."""
RARE_STEMS = 8
"""Each variant looks for partners through this many of its rarest stems."""
POSTING_BUDGET = 250
"""Postings one variant scans at most, rarest stems first: the blocking stays linear as a
pile grows (with a fixed cap per stem, each variant's work grew with the pile)."""

_LEAST_SHARED = min(MIN_SHARED, SAME_SOURCE_SHARED, REWORDED_SHARED, EXTENDED_SHARED)
_KIND_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


@dataclass(slots=True)
class _Item:
    index: int
    article: int
    variant: QuoteVariant
    stems: frozenset[str]
    norm: str
    sequence: list[str]
    source: str = ""
    speaker: str = ""
    size: int = 0
    """``len(stems)``; these three are read for every candidate pair, kept at hand."""


def cluster_variants(per_article: Sequence[Sequence[QuoteVariant]]) -> tuple[QuoteCluster, ...]:
    """Clusters of every article's variants (articles in order, variants in reading order)."""
    items: list[_Item] = []
    for article, variants in enumerate(per_article):
        for variant in variants:
            sequence = content_stems(variant.text)
            stems = frozenset(sequence)
            items.append(
                _Item(len(items), article, variant, stems, _norm(variant.text), sequence,
                      variant.source, variant.speaker, len(stems))
            )  # fmt: skip
    parent = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    # per cluster root, kept up to date as clusters merge (small into large), so a join
    # costs the smaller side, not the whole cluster: a set repeating one line 100,000
    # times must not turn quadratic
    sources = {i: {item.variant.source} for i, item in enumerate(items)}
    named = {i: {item.variant.speaker} - {UNATTRIBUTED, ""} for i, item in enumerate(items)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _score, i, j in _candidate_pairs(items):
        a, b = find(i), find(j)
        if a == b:
            continue
        if not _may_join(items[i].variant, items[j].variant, (sources[a], named[a]),
                         (sources[b], named[b])):  # fmt: skip
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        parent[b] = a
        members[a].extend(members.pop(b))
        sources[a] |= sources.pop(b)
        named[a] |= named.pop(b)
    clusters = [_cluster([items[k] for k in sorted(group)]) for group in members.values()]
    clusters.sort(key=lambda pair: (-len(pair[1].sources), pair[0]))
    return tuple(cluster for _order, cluster in clusters)


_norm = normalise


def _candidate_pairs(items: list[_Item]) -> list[tuple[float, int, int]]:
    """Pairs worth comparing: identical texts, and variants sharing rare stems.

    Identical normalised texts (a syndicated quotation) are paired directly and only one
    of them takes part in the stem blocking, so wire copies do not crowd the postings.
    A repeat is paired with the first copy and with the last one of its own source: once
    the first joins another outlet's, only a pair within one source may bring in that
    source's repeat (``_may_join``), so an article quoting a line twice showed it twice.
    """
    pairs: list[tuple[float, int, int]] = []
    first_of: dict[str, int] = {}
    last_in: dict[tuple[str, str], int] = {}
    unique: list[_Item] = []
    for item in items:
        seen = first_of.get(item.norm)
        if seen is None:
            first_of[item.norm] = item.index
            unique.append(item)
        else:
            for earlier in {seen, last_in.get((item.norm, item.source), seen)}:
                score = similar(items[earlier], item)
                if score > 0:
                    pairs.append((score, earlier, item.index))
        last_in[(item.norm, item.source)] = item.index
    postings: dict[str, list[int]] = defaultdict(list)
    for item in unique:
        for stem in item.stems:
            postings[stem].append(item.index)
    size = {stem: len(posting) for stem, posting in postings.items()}
    small = [len(item.stems) < MIN_SHARED for item in items]
    total = len(items)
    candidates: set[int] = set()  # the pair (i, j), i < j, as i * total + j: cheap to hash
    for item in unique:
        # (size, stem) pairs are unique: sorting them orders as the key (size, stem) would
        rare = sorted([(size[stem], stem) for stem in item.stems])[:RARE_STEMS]
        chosen = []
        budget = POSTING_BUDGET
        for count, stem in rare:
            if count > MAX_POSTING or count > budget:
                continue
            budget -= count  # the rarest stems first; the work per variant is bounded
            chosen.append(postings[stem])
        counts = Counter(chain.from_iterable(chosen))  # tallied in C
        index = item.index
        if small[index]:  # one shared stem is enough
            others = [o for o in counts if o != index]
        else:  # two, unless the other is small
            others = [o for o, c in counts.items() if (c >= 2 or small[o]) and o != index]
        candidates.update([index * total + o if index < o else o * total + index for o in others])
    for key in candidates:
        i, j = divmod(key, total)
        score = similar(items[i], items[j])
        if score > 0:
            pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def similar(a: _Item, b: _Item) -> float:
    """A similarity in (0, 1] when the two variants are one statement, else 0."""
    speakers_agree = _agree(a.speaker, b.speaker)
    if a.norm == b.norm and speakers_agree:
        return 1.0  # the same words by the same speaker, however few: a repeat or a wire copy
    same_source = a.source == b.source
    common = len(a.stems & b.stems)
    if common >= _LEAST_SHARED:  # every test below asks for at least this many
        containment = common / min(a.size, b.size)
        dice = 2 * common / (a.size + b.size)
        if same_source:
            if common >= SAME_SOURCE_SHARED and containment >= TRIMMED_CONTAINMENT:
                return dice
        elif not speakers_agree:
            if common >= MIN_SHARED and (
                containment >= CONFLICT_CONTAINMENT or dice >= CONFLICT_DICE
            ):
                return dice
        elif common >= MIN_SHARED and containment >= TRIMMED_CONTAINMENT:
            return dice
        elif common >= REWORDED_SHARED and dice >= EXTENDED_DICE:
            order = stem_order(a.sequence, b.sequence)
            if dice >= REWORDED_LOOSE_DICE - 1e-9 and order >= LOOSE_ORDER - 1e-9:
                return dice
            if order >= ORDER and dice >= REWORDED_DICE:
                return dice
            if order >= ORDER and common >= EXTENDED_SHARED and containment >= EXTENDED_CONTAINMENT:
                return dice
    if same_source or not speakers_agree:
        return 0.0
    # one shared stem may do: a figure phrase's unit ("days"); ``paraphrase`` asks the rest
    if common and a.speaker == b.speaker and named_speaker(a.speaker):
        score = paraphrase(a.variant, b.variant)
        if score > 0:
            return score
    # the cutoff lets rapidfuzz stop early: below it the score is 0, at or above it the
    # score itself, so the test is the same as without it (and ~3.5x cheaper)
    if (
        min(len(a.norm), len(b.norm)) >= VERBATIM_MIN_CHARS
        and _partial_ratio()(a.norm, b.norm, score_cutoff=VERBATIM_PARTIAL) >= VERBATIM_PARTIAL
    ):
        return 0.5
    return 0.0


@lru_cache(maxsize=1)
def _partial_ratio():  # type: ignore[no-untyped-def]
    """rapidfuzz's ``partial_ratio``, imported on first use (not once per pair)."""
    from rapidfuzz import fuzz

    return fuzz.partial_ratio


def _agree(x: str, y: str) -> bool:
    """Speakers agree when one is unattributed, equal, or one's words contain the other's."""
    if not x or not y or x == UNATTRIBUTED or y == UNATTRIBUTED:
        return True
    a, b = _speaker_words(x), _speaker_words(y)
    return a <= b or b <= a


@lru_cache(maxsize=65_536)
def _speaker_words(speaker: str) -> frozenset[str]:
    """A speaker's words (cached: every candidate pair asks for its two speakers' words)."""
    return frozenset(_norm(speaker).split())


def _may_join(
    x: QuoteVariant,
    y: QuoteVariant,
    left: tuple[set[str], set[str]],
    right: tuple[set[str], set[str]],
) -> bool:
    """Two clusters (their sources and named speakers) join through the pair ``x``, ``y``
    unless they hold different variants of one source (which only a near-identical repeat
    may bridge) or name conflicting speakers."""
    (left_sources, named_left), (right_sources, named_right) = left, right
    if left_sources & right_sources and x.source != y.source:
        return False
    pair_agrees = _agree(x.speaker, y.speaker)
    return pair_agrees or not (named_left and named_right) or bool(named_left & named_right)


def _cluster(group: list[_Item]) -> tuple[tuple[int, int], QuoteCluster]:
    group.sort(key=lambda item: (item.article, item.variant.span[0]))
    variants = tuple(item.variant for item in group)
    sources: list[str] = []
    for variant in variants:
        if variant.source not in sources:
            sources.append(variant.source)
    # A direct quotation leads when an outlet has one (the speaker's own words, not another
    # outlet's report of them); then the wording with most stems, then direct before mixed.
    representative = min(
        group,
        key=lambda item: (
            item.variant.kind != "direct",
            -len(item.stems),
            _KIND_RANK.get(item.variant.kind, 3),
            -len(item.variant.text),
            item.article,
            item.variant.span[0],
        ),
    )
    rep = representative.variant
    ident = quote_id(rep.source, representative.norm)
    cluster = QuoteCluster(
        id=ident,
        speaker=agreed_speaker(variants),
        text=rep.text,
        kind=rep.kind,
        sources=tuple(sources),
        variants=variants,
    )
    return (group[0].article, group[0].variant.span[0]), cluster


def agreed_speaker(variants: Sequence[QuoteVariant]) -> str:
    """The speaker most variants name; ties go to the most specific (a capitalised name
    over a description, then the longer name); "unattributed" only when none names one."""
    named = [v.speaker for v in variants if v.speaker and v.speaker != UNATTRIBUTED]
    if not named:
        return UNATTRIBUTED
    votes: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for speaker in named:
        key = _norm(speaker)
        votes[key] += 1
        spelling.setdefault(key, speaker)
    # a short form ("Ortiz") votes for the longer name that contains it
    for key in list(votes):
        for other in votes:
            if other != key and set(key.split()) < set(other.split()):
                votes[other] += votes[key]
    best = max(
        votes,
        key=lambda k: (votes[k], spelling[k][:1].isupper(), len(k.split()), len(k), k),
    )
    return spelling[best]
