"""Speaker phrases next to a cue: "X said", "X, the regulator, said", "said X, the head of Y".

Given the index just before (or after) a cue, these find the noun phrase that names the
speaker, an apposition describing it, and where the attribution starts; ``cues`` calls
them for every cue it tries.
"""

from __future__ import annotations

from brief.quotes.lexicon import (
    CLAUSE_WORDS,
    CUE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    contracted_subject,
    word_list,
)
from brief.quotes.phrases import (
    QUANTIFIER_PRONOUNS,
    head_noun,
    is_name,
    name_run_back,
    np_back,
    np_fwd,
    possessive,
)
from brief.quotes.restrictive import restrictive_subject
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import ROLE_NOUNS

#: Longest apposition between a speaker and a cue ("X, an adviser to ..., said").
APPOSITION_TOKENS = 28


#: Participles that open an aside about a source, not a statement: "X, citing Y, said".
_ASIDES = frozenset(word_list("citing"))
#: Words that may stand before a determiner at an apposition's start ("X, himself a
#: pilot", "X, now the head of ...", "X, formerly a judge"): no verb.
_BEFORE_DETERMINER = frozenset(
    word_list("also now then once still even just only again both all each not until")
)


def appos_after(tokens, end: int) -> tuple[tuple[int, int] | None, int]:
    """A comma-delimited apposition right after a speaker phrase ("X, the regulator,")."""
    n = len(tokens)
    if end < n and tokens[end].text == ",":
        j = end + 1
        while j < n and j - end <= APPOSITION_TOKENS:
            token = tokens[j]
            cue = token.low in CUE_FORMS and not (j == end + 1 and token.low in _ASIDES)
            cue = cue and not _name_word(tokens, j)
            if token.kind == "q" or token.text in ",;:.!?" or cue:
                break
            j += 1
        if j > end + 1 and (j >= n or tokens[j].text in ",.;:!?") and j - end <= APPOSITION_TOKENS:
            first = tokens[end + 1]
            if first.kind == "w" and first.low not in ("that", "and", "but", "adding", "saying"):
                if _predicate(tokens, end + 1, j):
                    return None, end
                return (end + 1, j), j
    return None, end


def _predicate(tokens, i: int, j: int) -> bool:
    """A verb and its object, not an apposition: a lower-case word right before a
    determiner or a possessive ("Some risks, according to X, include the pier's ...",
    "..., include Keel's ties to ..."); a noun of an apposition never stands there ("X,
    head of the board", "X, himself a pilot", "X, now the chief"). Not a preposition, a
    clause word or an -ing form: a participle after the source is the writer's clause."""
    first = tokens[i]
    if i + 1 >= j or not first.text.islower() or not enabled("predicate after source"):
        return False
    low = first.low
    if low in DETERMINERS or low in _BEFORE_DETERMINER or low.endswith(("ly", "self", "selves")):
        return False
    if low in PREPOSITIONS or low in CLAUSE_WORDS or low.endswith("ing"):
        return False  # "..., with the ...", "..., taking its total to ...": the writer's
    second = tokens[i + 1]
    return second.kind == "w" and (
        (second.low in DETERMINERS and second.low != "that") or possessive(second)
    )


#: Words that may open a sentence before its subject ("But the study, which notes ...").
_OPENERS = frozenset(word_list("but and yet so still"))
_PARTITIVES = QUANTIFIER_PRONOUNS | {"all", "both", "none", "one", "two", "each", "those"}


def speaker_before(tokens, k: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """Speaker phrase ending at ``k`` (cue after it), with an apposition if any."""
    if k < 0:
        return None, None, 0
    if (
        contracted_subject(tokens[k].low)
        and (k == 0 or tokens[k - 1].kind != "w")
        and enabled("contracted subject")
    ):
        return (k, k + 1), None, k  # "He's claiming that ...": the pronoun speaks
    if tokens[k].text in ",)":
        # "X, the country's regulator, said" / "The regulator, X, said"
        closer = "(" if tokens[k].text == ")" else ","
        j = k - 1
        while j >= 0 and k - j <= APPOSITION_TOKENS and tokens[j].text != closer:
            if _verb_of_saying(tokens, j, k) or (tokens[j].kind == "q" and j == k - 1):
                return None, None, 0
            j -= 1
        if j >= 0 and tokens[j].text == closer and k - j > 1:
            head = _before_parenthesis(tokens, j - 1) if closer == "," else j - 1
            start = np_back(tokens, head, 0)
            if start is not None and head < j - 1:
                # "Rep. X Y (R-Keelby), a harbour panel member, said": the party and state
                return (start, head + 1), (j + 1, k), start
            if start is None and tokens[j + 1].low == "who" and enabled("who apposition"):
                # "one dealer, who asked not to be named, told X ...": "who" makes the
                # noun before it a person, listed or not
                start = np_back(tokens, j - 1, 0, loose=True)
            if start is None and examples(tokens, j + 1):
                start = np_back(tokens, j - 1, 0, loose=True)  # "ferry lines, like X,"
            if start is not None:
                listed = _listed_apposition(tokens, start, j, k)
                if listed is not None:
                    return listed
                return (start, j), (j + 1, k), start
            # "Keeper of the Seal, X Y, said": the apposition is the name
            inner = np_back(tokens, k - 1, j + 1)
            if inner == j + 1 and is_name(tokens, k - 1) and not examples(tokens, j + 1):
                return (j + 1, k), None, j + 1
            chained = _chained_appositions(tokens, j, k)
            if chained is not None:
                return chained
        return _after_quotation(tokens, k)
    partitive = (
        tokens[k].low == "whom"
        and k > 2
        and tokens[k - 1].low == "of"
        and tokens[k - 2].low in _PARTITIVES
        and enabled("partitive relative")
    )
    if tokens[k].low == "which" and k > 1 and tokens[k - 1].text == ",":
        # "The study, which notes that ...": the antecedent speaks, as the main clause's
        # subject would ("the study notes that ..."); only a speaker phrase opening the
        # sentence can ("The board raised fares, which says ..." has no speaker)
        head = tokens[k - 2]
        speaks = is_name(tokens, k - 2) or head_noun(head) in ROLE_NOUNS
        start = np_back(tokens, k - 2, 0) if speaks and enabled("which relative") else None
        if start == 0 or (start == 1 and tokens[0].low in _OPENERS):
            return (start, k - 1), None, start
    if (tokens[k].low == "who" and k > 0) or partitive:
        # "an architect who said ...": the relative pronoun's antecedent speaks; so do
        # the ones of it a quantifier picks ("riders, many of whom say ...")
        at = k - 2 if partitive else k
        head = at - 2 if tokens[at - 1].text == "," else at - 1
        start = np_back(tokens, head, 0, bounded=False)
        if start is None and head >= 0 and is_name(tokens, head) and not possessive(tokens[head]):
            start = name_run_back(tokens, head, 0)  # "the union backed X Y, who says ..."
        if start is not None:
            return (start, head + 1), None, start
        if head >= 0 and _plural_noun(tokens[head]):
            # "calls from listeners who said ...": "who" makes any plural noun people
            return (head, head + 1), None, head
        return None, None, 0
    restrictive = restrictive_subject(tokens, k)
    if restrictive is not None:
        return restrictive, None, restrictive[0]  # "Officials who spoke to X said"
    start = np_back(tokens, k, 0)
    if start is None:
        contact = _contact_clause(tokens, k)
        if contact is not None:
            return contact, None, contact[0]
    if start is None and tokens[k].low in ("him", "her", "them"):
        start = k if _quantified(tokens, k) < k else None  # "those close to him"
    if start is not None:
        start = _quantified(tokens, start)
        opened = _unclosed_apposition(tokens, start)
        if opened is not None:
            return (opened, start - 1), (start, k + 1), opened
        return (start, k + 1), None, start
    # "X – description of X – claimed": the unit opens with the speaker
    return _opening_speaker(tokens, k)


def _unclosed_apposition(tokens, start: int) -> int | None:
    """ "Rep. Tom Reed, a moderate from Kent Valley called ...": an apposition whose closing
    comma is missing, after the name that opens the sentence; the name's start, or None."""
    if start < 2 or tokens[start - 1].text != "," or tokens[start].low not in ("a", "an"):
        return None
    if not is_name(tokens, start - 2) or not enabled("unclosed apposition"):
        return None
    opened = np_back(tokens, start - 2, 0)
    return opened if opened == 0 else None


def _before_parenthesis(tokens, i: int) -> int:
    """The token before a short parenthesis closing at ``i`` ("X Y (R-Keelby)"), else ``i``."""
    if i < 2 or tokens[i].text != ")" or not enabled("parenthesis apposition"):
        return i
    j = i - 1
    while j > 0 and i - j <= 6 and tokens[j].text not in "(),":
        j -= 1
    return j - 1 if tokens[j].text == "(" and j < i - 1 else i


def _contact_clause(tokens, k: int) -> tuple[int, int] | None:
    """ "the experts I interviewed said", "the officials we spoke to say": a relative clause
    with no pronoun of its own after a noun for people; that noun's phrase speaks."""
    j = k - 1 if tokens[k].low in ("to", "with") else k
    verb = tokens[j]
    if j < 2 or verb.kind != "w" or not verb.text.islower():
        return None
    if not (verb.low.endswith("ed") or verb.low in _CONTACT_VERBS):
        return None
    if tokens[j - 1].low not in _CONTACT_SUBJECTS:
        return None
    head = j - 2
    if not head_noun(tokens[head]) and tokens[head].low not in ("everyone", "everybody"):
        return None
    start = np_back(tokens, head, 0)
    if start is None and tokens[head].low in ("everyone", "everybody"):
        start = head
    return (start, head + 1) if start is not None else None


_CONTACT_SUBJECTS = frozenset(word_list("i we you he she they"))
_CONTACT_VERBS = frozenset(word_list("spoke met saw heard knew"))


def _quantified(tokens, start: int) -> int:
    """ "some in the fishing community", "those close to the mayor": the quantifier
    before the phrase is the speaker's head (not the community, not the mayor)."""
    if (
        start < 2
        or not enabled("quantifier subject")
        or tokens[start - 1].low not in ("in", "at", "to")
    ):
        return start
    before = tokens[start - 2]
    if before.low in _PARTITIVES and before.low not in ("one", "two", "each"):
        return start - 2
    if before.low == "close" and start > 2 and tokens[start - 3].low == "those":
        return start - 3
    return start


_RELATIVES = frozenset(("who", "which"))


def examples(tokens, c: int) -> bool:
    """ "Certain broadcasters, like X, claim": an apposition naming examples of the
    speakers is not the speaker (rule "example apposition")."""
    low = tokens[c].low
    such = low == "such" and c + 1 < len(tokens) and tokens[c + 1].low == "as"
    return (low in ("like", "including") or such) and enabled("example apposition")


def _name_word(tokens, j: int) -> bool:
    """ "a former United States ambassador": a capitalised cue word inside a name run,
    past the first word, is part of the name (rule "name word")."""
    return (
        j > 0 and tokens[j].text[:1].isupper() and is_name(tokens, j - 1) and enabled("name word")
    )


def _verb_of_saying(tokens, j: int, k: int) -> bool:
    """A cue word inside an apposition that is a verb of its own: not a noun after a
    determiner ("a co-author of the report") nor the verb of a relative clause ("an
    expert who writes about ...")."""
    if tokens[j].low not in CUE_FORMS or _name_word(tokens, j):
        return False
    if tokens[j].low in _ASIDES and j > 0 and tokens[j - 1].text == ",":
        return False  # "X, citing unnamed sources, said"
    if j > 0 and (tokens[j - 1].low in DETERMINERS or possessive(tokens[j - 1])):
        return False
    if any(t.low in ("who", "which", "that") for t in tokens[max(0, j - 4) : j]):
        return False
    if not enabled("coordinated verb"):
        return True
    # "X, who admitted fraud and will testify next week, said": a verb after "and" in a
    # relative clause is the clause's own
    back = j - 1
    while back >= 0 and tokens[back].text not in ",(" and tokens[back].low not in _RELATIVES:
        back -= 1
    joined = any(t.low in ("and", "or") for t in tokens[back + 1 : j])
    return not (back >= 0 and tokens[back].low in _RELATIVES and joined)


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


def owner_of(tokens, prev: int) -> tuple[int, int] | None:
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


def _plural_noun(token) -> bool:
    """A lower-case word that reads as a plural noun ("listeners", "voters")."""
    low = token.low
    return (
        token.kind == "w"
        and token.text.islower()
        and len(low) > 4
        and low.endswith("s")
        and not low.endswith(("ss", "us", "'s"))
        and low not in CUE_FORMS
    )


def _listed_apposition(tokens, start: int, j: int, k: int):
    """ "X Y, Minister of Harbours, Ferries and Bridges, said": what stands between the
    last two commas ends a list inside the apposition, not an apposition of its own; the
    name before the first comma speaks, and the whole of the rest describes it."""
    tail = tokens[j + 1 : k]
    if not (
        start >= 2
        and tokens[start - 1].text == ","
        and tail
        and tail[0].text[:1].isupper()
        and any(t.low == "and" for t in tail)
        and is_name(tokens, start - 2)
    ):
        return None
    first = np_back(tokens, start - 2, 0)
    if first is None:
        return None
    return (first, start - 1), (start, k), first


def _chained_appositions(tokens, j: int, k: int):
    """ "Rep. X Y, D-Calif., the incoming chair of ..., said": two appositions in a row;
    the name before the first comma speaks (the phrase before the last comma, "D-Calif.",
    is none)."""
    for c in range(j - 1, max(-1, k - 2 * APPOSITION_TOKENS), -1):
        token = tokens[c]
        if token.kind == "q" or token.text in ";:" or _verb_of_saying(tokens, c, k):
            return None
        if token.text == "," and c > 0 and is_name(tokens, c - 1):
            start = np_back(tokens, c - 1, 0)
            if start is not None:
                return (start, c), (c + 1, k), start
            return None
    return None
