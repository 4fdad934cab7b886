"""Quote extraction: direct and reported statements, speakers, cross-source clusters.

``extract_quotes(articles)`` is the public entry point; ``statements_of(article)`` gives
one article's statements as ``QuoteVariant`` values, ``quotes_from`` clusters them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from brief.model import Article, QuoteCluster, QuoteVariant

__all__ = ["by_speaker", "extract_quotes", "quotes_from", "statements_of"]


def statements_of(article: Article) -> list[QuoteVariant]:
    """Every statement of one article, in reading order, with its resolved speaker."""
    from brief.quotes.extract import statements_of as _statements

    return _statements(article)


def extract_quotes(articles: Sequence[Article]) -> tuple[QuoteCluster, ...]:
    """Statements of every article, merged across sources into clusters."""
    return quotes_from([statements_of(article) for article in articles])


def quotes_from(per_article: Sequence[list[QuoteVariant]]) -> tuple[QuoteCluster, ...]:
    """``statements_of`` of every article (in order) merged across sources into clusters:
    the part of ``extract_quotes`` that needs the whole set (``brief.analysis`` maps
    ``statements_of`` in two processes on large sets)."""
    from brief.quotes.across import merge_speakers
    from brief.quotes.cluster import cluster_variants

    return cluster_variants(merge_speakers(per_article))


def wording_key(text: str) -> tuple[str, ...]:
    """A wording's words, lower-case, punctuation and spacing aside: two variants with the
    same key are one wording (a repeat, a wire copy) however they are punctuated."""
    return tuple(re.findall(r"[^\W_]+", text.lower()))


def wording_count(quote: QuoteCluster) -> int:
    """How many different wordings a statement's variants have (at least one)."""
    return max(1, len({wording_key(v.text) for v in quote.variants} - {()}))


def by_speaker(
    quotes: Sequence[QuoteCluster], focus: str = ""
) -> list[tuple[str, list[QuoteCluster]]]:
    """Quotes grouped by speaker for reading: the quote panel and the brief share it.

    Case is ignored ("Officials" and "officials" are one speaker), and so is a middle
    initial ("Ann Keel" and "Ann B. Keel" are one person). Named speakers come
    before descriptions (a spelling whose last word is in lower case: "officials", "Russian
    authorities"), each in order of how many sources quote them, then of first appearance;
    unattributed statements come last. Within a speaker, the most widely carried first.
    A body its name only modifies ("Wexmouth harbour board") counts as named.
    A named speaker's heading carries the description the articles give most often, once:
    "X Y, deputy head of the IT committee".
    With a ``focus``, speakers and statements that answer it come first
    (``quotes.focused.rank_toward``).
    """
    groups: dict[str, tuple[str, list[QuoteCluster]]] = {}
    described: set[str] = set()
    roles: dict[str, Counter[str]] = {}
    for quote in quotes:
        name = " ".join(quote.speaker.split())
        if not name or name.lower() in ("unattributed", "unknown"):
            name = "Unattributed"
        key = _speaker_key(name)
        groups.setdefault(key, (name[0].upper() + name[1:], []))[1].append(quote)
        if name.split()[-1][:1].islower() and not _named_body(name):
            described.add(key)
        for v in quote.variants:
            if v.speaker_role and _speaker_key(v.speaker) == key:
                roles.setdefault(key, Counter())[" ".join(v.speaker_role.split())] += 1

    def rank(key: str) -> tuple[bool, bool, int]:
        members = groups[key][1]
        reach = len({s for q in members for s in q.sources})
        return (key == "unattributed", key in described, -reach)

    def heading(key: str) -> str:
        name = groups[key][0]
        if key in described:
            return _as_written(name, groups[key][1])
        if key not in roles:
            return name
        role = spelled_out(roles[key].most_common(1)[0][0])
        return f"{name}, {role}"

    ordered = sorted(groups, key=rank)  # stable: first appearance breaks ties
    grouped = [
        (heading(key), sorted(groups[key][1], key=lambda q: -len(set(q.sources))))
        for key in ordered
    ]
    if not focus.strip():
        return grouped
    from brief.quotes.focused import rank_toward

    return rank_toward(grouped, focus)


def _speaker_key(name: str) -> str:
    """``name`` as ``by_speaker`` groups it: case folded, a middle initial left out."""
    words = " ".join(name.split()).casefold().split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not re.fullmatch(r"\w\.", w)), words[-1]]
    return " ".join(words)


def spelled_out(role: str) -> str:
    """A description that is an abbreviated title alone, in full ("rep" -> "representative",
    "mp" -> "MP"): a heading is read, not parsed. Inside a longer description the word may be
    a name's ("Tal Sen aide"), so a longer one stays as written."""
    from brief.quotes.speaker_words import SPELLED_TITLES

    words = role.split()
    if len(words) != 1:
        return role
    low = words[0].rstrip(".").lower()
    full = SPELLED_TITLES.get(low)
    if full is None:
        return role
    if not full:
        return low.upper()
    return full.capitalize() if role[:1].isupper() else full


def _as_written(name: str, members: Sequence[QuoteCluster]) -> str:
    """ "the trust said", "a charity warned", "according to his office": a body named only
    by one singular noun is headed with the article or the possessive the sources give it
    most often ("The trust", "A charity", "His office"); the bare noun reads as a name
    ("Trust")."""
    from brief.quotes.speaker_words import ORG_NOUNS

    low = name.lower()
    if " " in name or low not in ORG_NOUNS or low.endswith("s"):
        return name
    articles: Counter[str] = Counter()
    for quote in members:
        for v in quote.variants:
            words = v.speaker_mention.lower().split()
            if len(words) == 2 and words[1] == low and words[0] in _ARTICLES:
                articles[words[0]] += 1
    if not articles:
        return name
    return f"{articles.most_common(1)[0][0].capitalize()} {low}"


_ARTICLES = frozenset(("the", "a", "an", "his", "her", "its", "their"))


def _named_body(name: str) -> bool:
    """ "Wexmouth harbour board": a name, then the body it names (not "Russian authorities",
    a group described)."""
    from brief.quotes.bodies import BODY_NOUNS

    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1].lower() in BODY_NOUNS
