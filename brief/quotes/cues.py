"""Speech cues and the phrases around them: who speaks, and where the content lies.

Every cue verb of a unit (``said``, ``told``, ``according to``, ``quoted X as saying``,
``, adding that``) is tried in one of the orders news prose uses:

* speaker then cue, content after: ``X said (that) ...``, ``X told reporters: "..."``;
* content then speaker and cue: ``"...," X said.``, ``..., the ministry said.``;
* content then cue then speaker: ``"...," said X, the regulator.``;
* a participle after the main clause: ``X pushed back, stating "..."`` (the subject speaks);
* ``according to X, ...`` / ``..., according to X``; ``X quoted Y as saying ...``.

Each found cue becomes an ``Attribution``: the speaker phrase, an apposition, the tokens
the attribution covers, and which side the content is on (``frames`` cuts the content).
"""

from __future__ import annotations

from dataclasses import dataclass

from brief.quotes.lexicon import (
    ADDRESSEE_VERBS,
    AUXILIARIES,
    BAD_CONTENT_START,
    BARE_OK,
    BE_FORMS,
    CLAUSE_WORDS,
    CUE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INFINITIVE_VERBS,
    NEED_THAT_OR_QUOTE,
    PREPOSITION_CUES,
    PREPOSITIONS,
    PRONOUNS,
    THAT_ONLY,
    word_list,
)
from brief.quotes.phrases import (
    head_noun,
    is_name,
    nounish,
    np_back,
    np_fwd,
    possessive,
    skip_adverbials,
    skip_adverbs_back,
    skip_object,
)
from brief.quotes.units import Token

_THAT_ONLY = frozenset(THAT_ONLY)
_OPENERS = frozenset(word_list("meanwhile however also still separately later earlier then"))
_RELATIVES = frozenset(word_list("which who whom whose"))
_CLAIM_NOUNS = frozenset(word_list("claim claims warning"))
_GERUND_PREPS = frozenset(word_list("by for from after before while in without"))
_EPITHET_STARTS = frozenset(word_list("the a an one this my his her their our"))
_SUBJECT_PRONOUNS = frozenset(word_list("he she it they we i there this these those"))
_CONTRACTED = ("'s", "'re", "'ll", "'d", "'ve", "n't")
#: Longest apposition between a speaker and a cue ("X, an adviser to ..., said").
APPOSITION_TOKENS = 28
#: Words of content reported speech needs without "that" or quotation marks.
BARE_CONTENT_MIN_WORDS = 4


@dataclass(slots=True)
class Attribution:
    cue_index: int
    cue_end: int
    """Index after the cue words."""
    cue: str
    base: str
    speaker: tuple[int, int] | None
    appos: tuple[int, int] | None
    zone: tuple[int, int]
    """Tokens of speaker + cue (+ trailing adverbials): content lies outside."""
    order: str
    """``after`` (content follows), ``before`` (content precedes), ``subject``."""
    participle: bool = False


def attributions(tokens: list[Token] | tuple[Token, ...]) -> list[Attribution]:
    found: list[Attribution] = []
    n = len(tokens)
    last_end = 0
    for i, token in enumerate(tokens):
        if i < last_end or token.kind != "w":
            continue
        attribution = None
        if token.low == "according" and i + 1 < n and tokens[i + 1].low == "to":
            attribution = _according(tokens, i)
        elif (token.low in CUE_FORMS or token.low == "quoted") and not token.text[0].isupper():
            attribution = _cue(tokens, i)
        if attribution is not None:
            found.append(attribution)
            last_end = attribution.zone[1]
    return found


def _according(tokens, i: int) -> Attribution | None:
    n = len(tokens)
    end = np_fwd(tokens, i + 2, n, strict_end=False)
    if end is None:
        return None
    before_comma = i - 1 >= 0 and (tokens[i - 1].text == "," or tokens[i - 1].kind == "q")
    appos, zone_end = _appos_after(tokens, end) if before_comma else (None, end)
    order = "after"
    if before_comma:
        later_comma = any(t.text == "," for t in tokens[zone_end:])
        after_comma = zone_end < n and tokens[zone_end].text == ","
        order = "around" if later_comma and after_comma else "before"
        if order == "before":
            zone_end = n  # "..., according to people familiar with the bid."
    return Attribution(
        i, i + 2, "according to", "according", (i + 2, end), appos, (i, zone_end), order
    )


def _appos_after(tokens, end: int) -> tuple[tuple[int, int] | None, int]:
    """A comma-delimited apposition right after a speaker phrase ("X, the regulator,")."""
    n = len(tokens)
    if end < n and tokens[end].text == ",":
        j = end + 1
        while j < n and j - end <= APPOSITION_TOKENS:
            token = tokens[j]
            if token.kind == "q" or token.text in ",;:.!?" or token.low in CUE_FORMS:
                break
            j += 1
        if j > end + 1 and (j >= n or tokens[j].text in ",.;:!?") and j - end <= APPOSITION_TOKENS:
            first = tokens[end + 1]
            if first.kind == "w" and first.low not in ("that", "and", "but", "adding", "saying"):
                return (end + 1, j), j
    return None, end


def _cue(tokens, c: int) -> Attribution | None:
    n = len(tokens)
    token = tokens[c]
    if token.low == "quoted":
        return _quoted_as_saying(tokens, c)
    base = CUE_FORMS[token.low]
    cue_end = c + 1
    if base == "point":
        if cue_end < n and tokens[cue_end].low == "out":
            cue_end += 1
        else:
            return None
    if base == "call":
        if cue_end < n and tokens[cue_end].low in ("for", "on"):
            cue_end += 1  # "called for a ban", "called on X to resign": a demand
        else:
            return None
    particle = cue_end < n and tokens[cue_end].low in PREPOSITION_CUES.get(base, ())
    if particle:
        cue_end += 1  # "warned of job losses": the content is what the preposition governs
    cue_text = " ".join(t.text for t in tokens[c:cue_end])
    prev = c - 1
    if prev >= 0 and tokens[prev].low == "as" and token.low in ("saying", "said"):
        return None  # "quoted X as saying" (handled at "quoted")
    participle = token.low.endswith("ing")
    if prev >= 0 and _noun_use(tokens[prev]):
        # "his claims", "the examiner's report": a noun, a statement only as
        # "X's claim that ..." (the owner claims it)
        if (
            token.low in _CLAIM_NOUNS
            and cue_end < n
            and tokens[cue_end].low == "that"
            and (possessive(tokens[prev]) or tokens[prev].low in ("his", "her", "their", "its"))
        ):
            owner = _owner(tokens, prev)
            if owner is not None:
                zone = (owner[0], cue_end)
                return Attribution(c, cue_end, cue_text, base, owner, None, zone, "after")
        return None
    k = skip_adverbs_back(tokens, c - 1, 0)
    if k >= 0 and tokens[k].low == "to" and not participle:
        return None  # "declined to say", "asked Australia to call for": nothing was said
    between = {t.low for t in tokens[k + 1 : c]}
    if between & BE_FORMS or (prev >= 0 and tokens[prev].low in BE_FORMS):
        return None  # passive: "was told", "were charged"
    if (
        token.low == base
        and base != "read"  # "read" is also its past tense
        and not participle
        and not _plural_or_modal(tokens, k, between)
    ):
        return None  # "an Irish state ceremony", "the Treasury note rose"
    if participle and k >= 0 and (tokens[k].text == "," or tokens[k].low in _GERUND_PREPS):
        # "..., stating ..." / "began by saying ...": the subject of the clause speaks
        return Attribution(c, cue_end, cue_text, base, None, None, (k, cue_end), "subject", True)
    if participle and (k < 0 or (tokens[k].low not in PRONOUNS and not nounish(tokens, k))):
        return None
    if k >= 0 and tokens[k].low in ("and", "but") and not participle:
        # "He said ..., and added he doesn't think ...": the same speaker goes on
        if content_after_start(tokens, cue_end, base) is not None:
            return Attribution(c, cue_end, cue_text, base, None, None, (k, cue_end), "subject")
        return None
    # inverted: "...," said X / ..., said X, deputy head of ...
    if k >= 0 and (tokens[k].text == "," or tokens[k].kind == "q") and not participle:
        end = np_fwd(tokens, cue_end, n)
        if end is None and _after_quote(tokens, k):
            end = _epithet(tokens, cue_end, n)
        if end is not None and _inverted_ok(tokens, cue_end, end):
            appos, zone_end = _appos_after(tokens, end)
            zone_end = skip_adverbials(tokens, zone_end, n)
            text_before = not _after_quote(tokens, k)
            speaker = (cue_end, end)
            zone = (k + 1, zone_end)
            if not text_before or (
                base not in NEED_THAT_OR_QUOTE and _ends_attribution(tokens, zone_end)
            ):
                return Attribution(c, cue_end, cue_text, base, speaker, appos, zone, "before")
            if _quote_follows(tokens, zone_end):
                # "..., asks editor X, "has anyone ever considered ...?""
                return Attribution(c, cue_end, cue_text, base, speaker, appos, zone, "quote")
    speaker, appos, start = _speaker_before(tokens, k)
    if base == "read" and (
        speaker is None or head_noun(tokens[speaker[1] - 1]) not in DOCUMENT_NOUNS
    ):
        return None  # only a statement, a post or a letter "reads"
    if speaker is None and _quote_frame(tokens, k, cue_end):
        # with a quotation, any short definite phrase speaks: "the announcer said, "...""
        loose = np_back(tokens, k, 0, loose=True)
        if loose is not None and k - loose <= 5:
            speaker, appos, start = (loose, k + 1), None, loose
    if speaker is None:
        return None
    if start > 0 and tokens[start - 1].low in _RELATIVES:
        return None  # "routes which it says serve ...": an aside inside a relative clause
    zone_end = cue_end
    order = "after"
    preceded = start - 1
    content_before = preceded >= 0 and (
        tokens[preceded].kind == "q"
        or (
            tokens[preceded].text == ","
            and base not in NEED_THAT_OR_QUOTE
            and _before_is_content(tokens, preceded)
        )
    )
    after = content_after_start(tokens, cue_end, base, form=token.low)
    if not content_before and after is None:
        return None
    if content_before and (after is None or tokens[preceded].kind == "q"):
        zone_end = cue_end
        if base in ADDRESSEE_VERBS:
            zone_end = skip_object(tokens, zone_end, n)  # "..., X told the BBC."
        zone_end = skip_adverbials(tokens, zone_end, n)
        if tokens[preceded].kind == "q" or _ends_attribution(tokens, zone_end):
            order = "before"
            if tokens[preceded].text == ",":
                start = preceded
        elif _parenthetical(tokens, preceded, zone_end):
            order = "around"  # "Acts of protest, Mr. X said, are acts of patriotism"
            start = preceded
        else:
            zone_end = cue_end
            if after is None:
                return None
    return Attribution(c, cue_end, cue_text, base, speaker, appos, (start, zone_end), order)


def _ends_attribution(tokens, i: int) -> bool:
    """Nothing but punctuation follows, or a comma before a quotation, a participle or a
    new clause ("..., sources said, and as employees worry ...")."""
    n = len(tokens)
    if i >= n or all(t.kind == "p" for t in tokens[i:]):
        return True
    if tokens[i].text in ",;:—–" and i + 1 < n:
        nxt = tokens[i + 1]
        return (
            nxt.kind == "q"
            or nxt.low.endswith("ing")
            or nxt.low in ("who", "whose", "which")
            or nxt.low in CLAUSE_WORDS
        )
    return False


def _after_quote(tokens, k: int) -> bool:
    """The cue right after a quotation (perhaps past its comma): ``"...," says X``."""
    return tokens[k].kind == "q" or (k > 0 and tokens[k].text == "," and tokens[k - 1].kind == "q")


def _epithet(tokens, i: int, n: int) -> int | None:
    """After ``"...," says`` any short definite phrase names the speaker: "the affable
    proprietor", "the rookie defenceman" (heads the lexicon cannot list)."""
    if i >= n or tokens[i].low not in _EPITHET_STARTS:
        return None
    j = i + 1
    while j < n and j - i <= 6 and tokens[j].kind == "w" and tokens[j].low not in CLAUSE_WORDS:
        if tokens[j].low in PREPOSITIONS or tokens[j].low in CUE_FORMS:
            break
        j += 1
    if j == i + 1 or j - i > 6:
        return None
    if j < n and tokens[j].kind == "w" and tokens[j].low not in PREPOSITIONS | CLAUSE_WORDS:
        return None
    return j


def _parenthetical(tokens, comma: int, i: int) -> bool:
    """An attribution set off by commas inside the statement: text before it, and after
    its closing comma a clause that goes on ("..., he said, local officials should ...")."""
    n = len(tokens)
    if tokens[comma].text != "," or i >= n - 2 or tokens[i].text != ",":
        return False
    nxt = tokens[i + 1]
    if nxt.kind != "w" or nxt.low in CLAUSE_WORDS or nxt.low.endswith("ing"):
        return False
    return sum(1 for t in tokens[i + 1 :] if t.kind != "p") >= 3


def _quote_follows(tokens, i: int) -> bool:
    n = len(tokens)
    if i < n and tokens[i].text in ",:":
        i += 1
    return i < n and tokens[i].kind == "q"


def _quote_frame(tokens, k: int, cue_end: int) -> bool:
    """A quotation right before the speaker or right after the cue (past a comma or colon)."""
    n = len(tokens)
    j = cue_end
    if j < n and tokens[j].text in ",:":
        j += 1
    if j < n and tokens[j].kind == "q":
        return True
    back = k
    while back >= 0 and k - back <= 6 and tokens[back].kind == "w":
        back -= 1
    return back >= 0 and (
        tokens[back].kind == "q"
        or (tokens[back].text == "," and back > 0 and tokens[back - 1].kind == "q")
    )


def _owner(tokens, prev: int) -> tuple[int, int] | None:
    """The possessor of "X's claim" or "his claim" as a speaker phrase."""
    token = tokens[prev]
    if token.low in ("his", "her", "their", "its"):
        return (prev, prev + 1)  # the resolver reads a possessive as its pronoun
    if is_name(tokens, prev):
        start = prev
        while start > 0 and is_name(tokens, start - 1) and not possessive(tokens[start - 1]):
            start -= 1
        return (start, prev + 1)
    return None


def _noun_use(token: Token) -> bool:
    """A cue word right after a determiner or a possessive is a noun ("his claims")."""
    if token.kind != "w":
        return False
    low = token.low
    return (low in DETERMINERS and low not in ("that", "all", "both")) or (
        low.endswith(("'s", "s'")) and len(low) > 2
    )


def _plural_or_modal(tokens, k: int, between: set[str]) -> bool:
    """A bare cue form ("say", "report") needs an auxiliary, "to", or a plural subject."""
    if between & AUXILIARIES or (k >= 0 and tokens[k].low in AUXILIARIES | {"to"}):
        return True
    if k < 0 or tokens[k].kind != "w":
        return False
    low = tokens[k].low
    if low in ("they", "we", "i", "you") or low in GROUP_NOUNS:
        return True
    start = max(0, k - 8)
    if any(t.low in ("and", "&") for t in tokens[start:k]):
        return True
    return low.endswith("s") and not low.endswith(("ss", "'s")) and len(low) > 3


def _inverted_ok(tokens, start: int, end: int) -> bool:
    """ "said X" names a speaker, not the start of content ("said the plan would")."""
    first = tokens[start]
    return not (first.low in ("that", "it") and end == start + 1)


def _speaker_before(tokens, k: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """Speaker phrase ending at ``k`` (cue after it), with an apposition if any."""
    if k < 0:
        return None, None, 0
    if tokens[k].text in ",)":
        # "X, the country's regulator, said" / "The regulator, X, said"
        closer = "(" if tokens[k].text == ")" else ","
        j = k - 1
        while j >= 0 and k - j <= APPOSITION_TOKENS and tokens[j].text != closer:
            if tokens[j].low in CUE_FORMS or (tokens[j].kind == "q" and j == k - 1):
                return None, None, 0
            j -= 1
        if j >= 0 and tokens[j].text == closer and k - j > 1:
            start = np_back(tokens, j - 1, 0)
            if start is not None:
                return (start, j), (j + 1, k), start
            # "Keeper of the Seal, X Y, said": the apposition is the name
            inner = np_back(tokens, k - 1, j + 1)
            if inner == j + 1 and is_name(tokens, k - 1):
                return (j + 1, k), None, j + 1
        return _after_quotation(tokens, k)
    if tokens[k].low == "who" and k > 0:
        # "an architect who said ...": the relative pronoun's antecedent speaks
        head = k - 2 if tokens[k - 1].text == "," else k - 1
        start = np_back(tokens, head, 0, bounded=False)
        if start is not None:
            return (start, head + 1), None, start
        return None, None, 0
    start = np_back(tokens, k, 0)
    if start is not None:
        return (start, k + 1), None, start
    # "X – description of X – claimed": the unit opens with the speaker
    return _opening_speaker(tokens, k)


def _after_quotation(tokens, k: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """``"...," X, the attorney general of Y, one of the states suing, said``: the
    speaker opens the attribution right after the quotation; the rest is apposition."""
    j = k
    while j >= 0 and k - j <= 2 * APPOSITION_TOKENS and tokens[j].kind != "q":
        if tokens[j].low in CUE_FORMS:
            return None, None, 0
        j -= 1
    if j < 0 or tokens[j].kind != "q":
        return None, None, 0
    first = j + 2 if j + 1 < k and tokens[j + 1].text == "," else j + 1
    end = np_fwd(tokens, first, k, strict_end=False)
    if end is None or end >= k or tokens[end].text != ",":
        return None, None, 0
    return (first, end), (end + 1, k), first


def _opening_speaker(tokens, k: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    if k > 20 or not tokens or tokens[0].kind != "w":
        return None, None, 0
    end = np_fwd(tokens, 0, k + 1, strict_end=False)
    if end is None or end > k or tokens[end].text not in ("\u2013", "\u2014", "(", "-"):
        return None, None, 0
    if not any(is_name(tokens, i) for i in range(0, end)):
        return None, None, 0
    return (0, end), (end + 1, k + 1), 0


def _before_is_content(tokens, comma: int) -> bool:
    """Words before ", X said" are a statement, not an opener like "In a statement,"."""
    if any(t.kind == "q" for t in tokens[:comma]):
        return True
    words = [t for t in tokens[:comma] if t.kind == "w"]
    if len(words) >= 6:
        return True
    opener = words[0].low in PREPOSITIONS or words[0].low in _OPENERS if words else True
    return len(words) >= 3 and not opener


def content_after_start(
    tokens, i: int, base: str, participle: bool = False, form: str = ""
) -> int | None:
    """Where content begins after a cue, or None when nothing follows that could be one."""
    n = len(tokens)
    if i > 0 and tokens[i - 1].low in PREPOSITION_CUES.get(base, ()):
        # "warned of "very severe consequences"", "complained about the delays": a phrase
        return i if i < n and sum(1 for t in tokens[i:] if t.kind != "p") >= 2 else None
    if base in ADDRESSEE_VERBS:
        skipped = skip_object(tokens, i, n)
        if skipped > i and skipped < n and tokens[skipped].low == "to":
            return skipped if n - skipped >= 3 else None  # "told his advisers to ..."
        i = skipped
    if base in INFINITIVE_VERBS and i < n and tokens[i].low == "to":
        return i if n - i >= 3 else None
    i = skip_adverbials(tokens, i, n)
    if i >= n:
        return None
    token = tokens[i]
    if token.text in (",", ":"):
        if i + 1 < n and tokens[i + 1].kind == "q":
            return i + 1
        if token.text == ":" and i + 1 < n:
            return i + 1
        if i + 1 < n and tokens[i + 1].low == "that":
            return i + 1
        # "says at a campaign stop in Toledo, Ohio, that it means ..."
        for j in range(i + 1, min(n - 1, i + 8)):
            if tokens[j].kind == "q" or tokens[j].low in CUE_FORMS:
                break
            if tokens[j].text == "," and tokens[j + 1].low == "that":
                return j + 1
        return None
    if token.kind == "q":
        return i
    if token.low == "that":
        if i + 1 < n and tokens[i + 1].text == "," and i + 2 < n:
            return i  # "said that, if elected, he would ..."
        if i + 1 >= n or tokens[i + 1].kind not in "wq":
            return None
        if tokens[i + 1].low in AUXILIARIES and form.endswith("s") and form != base:
            return None  # a relative clause: "member states that have French as ..."
        return i
    if token.low in ("of", "about") and i + 1 < n and tokens[i + 1].kind == "q":
        return i + 1  # "warning of "very severe consequences""
    if token.kind != "w" or token.low in BAD_CONTENT_START:
        return None
    if base == "call":
        # "called for an inquiry", "called on the minister to resign": the demand itself
        return i if sum(1 for t in tokens[i:] if t.kind != "p") >= 2 else None
    if base in _THAT_ONLY or base in NEED_THAT_OR_QUOTE:
        return None
    quoted = participle and base in BARE_OK and any(t.kind == "q" for t in tokens[i:])
    if not quoted and (base not in BARE_OK or participle) and not _clause_like(tokens, i):
        return None
    words = sum(1 if t.kind == "w" else len(t.text.split()) for t in tokens[i:] if t.kind != "p")
    return i if words >= BARE_CONTENT_MIN_WORDS or quoted else None


def _clause_like(tokens, i: int) -> bool:
    """Content without "that" reads as a clause: a subject pronoun opens it, or an
    auxiliary or modal verb comes soon ("confirmed there are no plans", "said repeated
    requests have been ignored"), unlike a plain object ("announced new rules")."""
    if tokens[i].low in _SUBJECT_PRONOUNS:
        return True
    for token in tokens[i + 1 : i + 12]:
        if token.kind == "w" and (token.low in AUXILIARIES or token.low.endswith(_CONTRACTED)):
            return True
        if token.kind == "p" and token.text in ",;:":
            return False
    return False


def _quoted_as_saying(tokens, c: int) -> Attribution | None:
    """``X quoted Y as saying ...`` (Y speaks) and ``X was quoted as saying`` (X speaks)."""
    n = len(tokens)
    if c > 0 and tokens[c - 1].low == "as":
        return None  # "as quoted by the news agency": a source note, not a speaker
    if c + 2 < n and tokens[c + 1].low == "as" and tokens[c + 2].low == "saying":
        k = skip_adverbs_back(tokens, c - 1, 0)
        speaker, appos, start = _speaker_before(tokens, k)
        if speaker is None:
            return None
        return Attribution(
            c,
            c + 3,
            "quoted as saying",
            "say",
            speaker,
            appos,
            (start, c + 3),
            _order_at(tokens, start),
        )
    end = np_fwd(tokens, c + 1, n, strict_end=False)
    if end is None or end + 1 >= n or tokens[end].low != "as" or tokens[end + 1].low != "saying":
        return None
    k = skip_adverbs_back(tokens, c - 1, 0)
    subject = np_back(tokens, k, 0) if k >= 0 else None
    start = subject if subject is not None else c
    cue_end = end + 2
    return Attribution(
        c,
        cue_end,
        "quoted as saying",
        "say",
        (c + 1, end),
        None,
        (start, cue_end),
        _order_at(tokens, start),
    )


def _order_at(tokens, start: int) -> str:
    return (
        "before"
        if start > 0 and (tokens[start - 1].kind == "q" or tokens[start - 1].text == ",")
        else "after"
    )
