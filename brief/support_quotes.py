"""A source is cited for a summary sentence quoting someone only when it carries the words.

Another article carries a summary sentence by word overlap (``summary.attribution``: a
cosine of 0.3), and a quotation's frame is the words most reports share: "..., union
leader X said." So a line one outlet quoted was cited to four, two of which quoted X
saying something else, while the quote panel listed it under the two that carry it (QA,
eighteenth round). Here, when a summary sentence is a quotation of ``MIN_STEMS`` content
stems or more and its attribution (``FRAME_MAX`` stems at most outside the quotation), a
source is cited only when one of its sentences has at least ``SHARE`` of the quoted stems:
a paraphrase still supports it ("X said the drivers would not accept less than 7 percent"
for "we will not accept less than 7 percent"), another statement of the speaker does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from brief.model import Article

SHARE = 0.5
"""Share of a quotation's content stems one sentence of a source must have."""
MIN_STEMS = 3
"""A shorter quotation ("a disgrace") is left to the overlap of the whole sentence."""

FRAME_MAX = 8
"""Content stems a sentence may have outside its quotation for the rule to apply: a name
and a role ("Sen. X of Maine, the minority whip, said" is 6). A longer rest states facts
of its own ("X was convicted of two thefts ... and called fraud '...'"), which a
source may carry without the quotation."""

_QUOTED = re.compile(r"[\"“]([^\"“”]{8,})[\"”]")


def without_unquoted(summary: tuple, articles: Sequence[Article]) -> tuple:
    """``summary`` with the sources that lack a summary sentence's quoted words dropped."""
    from brief.text.tokens import content_stems

    by_id = {a.id: a for a in articles}
    stems_of: dict[str, list[set[str]]] = {}
    out = []
    for item in summary:
        if len(item.supporting_sources) < 2:
            # one source or none: the item stays as it is whatever its words, so they are
            # not stemmed (every sentence of a one-article story; the same answer)
            out.append(item)
            continue
        marked = item.text.replace("``", '"').replace("''", '"')  # wire copy: ``A,'' he said
        quoted = set(content_stems(" ".join(_QUOTED.findall(marked))))
        said = set(content_stems(_QUOTED.sub(" ", marked))) - quoted
        if len(quoted) < MIN_STEMS or len(said) > FRAME_MAX:
            out.append(item)
            continue
        need = SHARE * len(quoted)
        kept = tuple(
            source
            for source in item.supporting_sources
            if source == item.source
            or source not in by_id
            or any(len(quoted & stems) >= need for stems in _stems(by_id[source], stems_of))
        )
        same = kept == item.supporting_sources
        out.append(item if same else replace(item, supporting_sources=kept))
    return tuple(out)


def _stems(article: Article, cache: dict[str, list[set[str]]]) -> list[set[str]]:
    """Each body sentence's content stems (``cache``: filled as asked)."""
    from brief.text.tokens import content_stems

    if article.id not in cache:
        cache[article.id] = [set(content_stems(s.text)) for s in article.body_sentences]
    return cache[article.id]
