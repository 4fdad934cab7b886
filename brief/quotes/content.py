"""Where a statement's content lies around its cue: after it (with or without "that"),
before it (", X said"), or around a parenthetical attribution ("A, X said, B").
"""

from __future__ import annotations

from brief.quotes.continuations import subordinate_opening
from brief.quotes.lexicon import (
    ADDRESSEE_VERBS,
    AUXILIARIES,
    BAD_CONTENT_START,
    BARE_OK,
    BE_FORMS,
    CLAUSE_WORDS,
    CUE_FORMS,
    DAYS,
    DETERMINERS,
    INFINITIVE_VERBS,
    NEED_THAT_OR_QUOTE,
    NOTED_VERBS,
    PREPOSITION_CUES,
    PREPOSITIONS,
    REFERENCE_VERBS,
    STANCE_VERBS,
    THAT_ONLY,
    word_list,
)
from brief.quotes.naming import NAMING_WINDOW, described_as
from brief.quotes.phrases import possessive
from brief.quotes.rules import enabled
from brief.quotes.skips import named_work, skip_adverbials, skip_object, time_span

_SUBJECT_DETERMINERS = frozenset(word_list("the a an his her its their this"))
_CLAIMED_THINGS = frozenset(word_list("responsibility credit victory ownership"))
_OPENERS = frozenset(word_list("meanwhile however also still separately later earlier then"))
_SUBJECT_PRONOUNS = frozenset(word_list("he she it they we i there this these those"))
_CONTRACTED = ("'s", "'re", "'ll", "'d", "'ve", "n't")
#: Words of content reported speech needs without "that" or quotation marks.
BARE_CONTENT_MIN_WORDS = 4
_THAT_ONLY = frozenset(THAT_ONLY)
_STANCE = frozenset(STANCE_VERBS)
_REFERENCE = frozenset(REFERENCE_VERBS)
_NOTED = frozenset(NOTED_VERBS)
_RELATIVE_WORDS = frozenset(word_list("which who whom whose where"))


_MODALS = frozenset(word_list("would could will may might should can must"))
_COORDINATORS = frozenset(word_list("and or but"))
#: Most words of an addressee no lexicon names before "to" ("the night crews on the pier").
_ORDER_ADDRESSEE_WORDS = 6


def _addressee_before_to(tokens, i: int) -> int:
    """ "urged riders to buy ...", "asked the night crews not to ...": a plain phrase
    of a few words, then "to" (perhaps after "not" / "never") and a verb in lower case.
    The index after the phrase, else ``i``."""
    n = len(tokens)
    j = i
    while j < n and tokens[j].kind == "w" and j - i < _ORDER_ADDRESSEE_WORDS:
        low = tokens[j].low
        if low in ("to", "not", "never", "that") or low in AUXILIARIES or low in CUE_FORMS:
            break
        j += 1
    k = j + 1 if j < n and tokens[j].low in ("not", "never") else j
    if j == i or k + 1 >= n or tokens[k].low != "to":
        return i
    verb = tokens[k + 1]
    return j if verb.kind == "w" and verb.text.islower() and verb.low not in DETERMINERS else i


#: Verbs whose content may be an action proposed, as a gerund ("proposed dropping ...").
PROPOSAL_VERBS = frozenset(word_list("propose suggest recommend"))
_NOT_GERUNDS = frozenset(word_list("nothing something anything everything morning evening"))


def proposed_action(tokens, i: int) -> bool:
    """A gerund with at least two words after it: "dropping the levy", "looking at ..."."""
    low = tokens[i].low
    if tokens[i].kind != "w" or not low.endswith("ing") or len(low) < 6 or low in _NOT_GERUNDS:
        return False
    return words_reach(tokens, i + 1, 2)


def words_reach(tokens, start: int, least: int, quote_words: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``least`` words follow from ``start`` (a quotation token counts its words with
    ``quote_words``, else one). Stops once reached: counting the whole rest of the sentence
    at every cue made a sentence of 200,000 words take minutes."""
    words = 0
    for j in range(start, len(tokens)):
        token = tokens[j]
        if token.kind != "p":
            words += 1 if token.kind == "w" or not quote_words else len(token.text.split())
            if words >= least:
                return True
    return False


def content_after_start(
    tokens, i: int, base: str, participle: bool = False, form: str = "", proposals: bool = True
) -> int | None:
    """Where content begins after a cue, or None when nothing follows that could be one."""
    n = len(tokens)
    if i > 0 and tokens[i - 1].low in PREPOSITION_CUES.get(base, ()):
        # "warned of "very severe consequences"", "complained about the delays": a phrase
        return i if i < n and words_reach(tokens, i, 2) else None
    if base in ADDRESSEE_VERBS:
        skipped = skip_object(tokens, i, n, told=base == "tell")
        # "urged riders to", "asked the crews to"; not "the plan would lead more of
        # them to ...": after a modal, an effect foreseen, no appeal made
        modal = i >= 2 and tokens[i - 2].low in _MODALS
        if skipped == i and not modal and enabled("order addressee"):
            skipped = _addressee_before_to(tokens, i)
        to = skipped + 1 if skipped < n and tokens[skipped].low in ("not", "never") else skipped
        if skipped > i and to < n and tokens[to].low == "to":
            if n - to < 3:
                return None
            # "told his advisers to ...": who is told to act is part of the order
            return i if enabled("order addressee") else skipped
        i = skipped
    if base in INFINITIVE_VERBS:
        j = i  # "vowed Monday to keep ...", "vowed again on Friday to ..."
        while j < n and (tokens[j].low in DAYS or tokens[j].low in ("on", "again")):
            j += 1
        if j < n and tokens[j].low == "to":
            return j if n - j >= 3 else None
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
        # "says at a town-hall meeting in Port Senna, Ohio, that it means ..."
        for j in range(i + 1, min(n - 1, i + 8)):
            if tokens[j].kind == "q" or tokens[j].low in CUE_FORMS:
                break
            if tokens[j].text == "," and tokens[j + 1].low == "that":
                return j + 1
        return None
    if token.kind == "q":
        return None if base == "propose" else i  # 'proposes "control orders"': a plan
    if token.low == "that":
        if i + 1 < n and tokens[i + 1].text == "," and i + 2 < n:
            return i  # "said that, if elected, he would ..."
        if i + 1 >= n or tokens[i + 1].kind not in "wq":
            return None
        if tokens[i + 1].low in AUXILIARIES and (
            (form.endswith("s") and form != base)
            or (base in _THAT_ONLY and tokens[i + 1].low not in BE_FORMS)
        ):
            return None  # a relative clause: "the ports that have ferries as ...",
            # "the costs they worry that could come": "that" is no conjunction there
        return i
    if base == "express":  # the cue ran over what was expressed ("expressed concern about")
        after_object = i > 0 and tokens[i - 1].low in ("about", "over")
        return i if after_object and words_reach(tokens, i, 2) else None
    if token.low in ("of", "about") and i + 1 < n and tokens[i + 1].kind == "q":
        return i + 1  # "warning of "very severe consequences""
    counted = token.low == "about" and i + 1 < n and tokens[i + 1].low[:1].isdigit()
    # "said no decision had been made", "said no one was hurt" (not "said no to the plan")
    counted = counted or (
        token.low == "no"
        and i + 1 < n
        and tokens[i + 1].kind == "w"
        and tokens[i + 1].low not in ("to", "comment")
        and _clause_like(tokens, i)
    )
    if base in BARE_OK and not participle and subordinate_opening(tokens, i):
        return i  # "He said as the police came in, one rider ..."
    if token.kind != "w" or (token.low in BAD_CONTENT_START and not counted):
        return None  # ("says about 550 students attend ...": a quantity, not a topic)
    if base == "claim" and token.low in _CLAIMED_THINGS:
        return None  # "claimed responsibility for the attack": an act, not a statement
    if base == "call":
        # "called for an inquiry", "called on the minister to resign": the demand itself
        return i if words_reach(tokens, i, 2) else None
    if base == "question" and (not enabled("questioning") or not _doubted_thing(tokens, i)):
        return None  # "police questioned the suspect": an interrogation, not a doubt
    if base == "accuse" and accusation(tokens, i):
        return i if enabled("accusation") else None
    if base == "attack" and not (enabled("verbal attack") and _for_or_as(tokens, i)):
        return None  # "attacked the officer with a knife": an act, not words
    if base == "compare" and not compared_to(tokens, i):
        return None  # "compared to last year": figures side by side, nobody's words
    if base in _STANCE or (base in _REFERENCE and enabled("reference")) or noted(tokens, i, base):
        # "criticized the council's lack of a plan": the object is what the stance is about
        return i if words_reach(tokens, i, 2) else None
    if base == "describe":
        return described_as(tokens, i)  # "described the plan as a gamble"
    if base == "ask" and token.low in WH_WORDS and i + 2 < n:
        return i  # "asked whether the deal holds": the question asked (rule "question")
    if base in _THAT_ONLY or base in NEED_THAT_OR_QUOTE:
        return None
    proposal = proposals and base in PROPOSAL_VERBS and not participle and enabled("proposal")
    if proposal and proposed_action(tokens, i):
        return i  # "proposed dropping the levy", "suggested looking at ...": the action
    if base == "propose":
        return None  # "proposed a new levy": a plan tabled, not words ("proposed that" is)
    quoted = participle and base in BARE_OK and any(tokens[j].kind == "q" for j in range(i, n))
    loose = participle and base in BARE_OK  # "saying the club needs to move on"
    if not quoted and (base not in BARE_OK or participle) and not _clause_like(tokens, i, loose):
        return None
    return i if quoted or words_reach(tokens, i, BARE_CONTENT_MIN_WORDS, quote_words=True) else None


_SOURCE_NOUNS = frozenset(word_list("source sources"))


def cited_words(tokens, i: int) -> bool:
    """After "cited": what the speaker brought up ("cited the cost of the ferry as a
    reason", "citing her work for the island"), not where something came from: a name
    ("cited the Harbour Accord"), a source ("citing unnamed sources") or a thing of
    somebody else's ("cited a study by X", "an idea from X")."""
    first = i + 1 if tokens[i].low in ("the", "a", "an") and i + 1 < len(tokens) else i
    head = tokens[first]
    if head.kind != "w" or (head.text[:1].isupper() and not possessive(head)):
        return False
    for j in range(i, min(len(tokens) - 2, i + 8)):
        token = tokens[j]
        if token.kind == "p":
            break
        if token.low in _SOURCE_NOUNS:
            return False
        owner = tokens[j + 2] if tokens[j + 1].low == "the" else tokens[j + 1]
        if token.low in ("from", "by") and owner.text[:1].isupper():
            return False
    return True


def compared_to(tokens, i: int) -> bool:
    """After "compared": an object, then "to" or "with" and what it was likened to
    ("compared the fare rise to a tax", "comparing him favorably with ..."); with no
    object ("compared to last year") it sets figures side by side."""
    if tokens[i].kind != "w" or tokens[i].low in ("to", "with"):
        return False
    for j in range(i + 1, min(len(tokens) - 1, i + NAMING_WINDOW)):
        if tokens[j].kind == "p":
            return False
        if tokens[j].low in ("to", "with"):
            return tokens[j + 1].kind in "wq"
    return False


def accusation(tokens, i: int) -> bool:
    """After "accused": the accused, then "of" and the charge ("accused the board of
    hiding the costs", "accused X, who ..., of lying"), where no clause follows (a
    clause is reported speech of its own: "accused him, saying he ...")."""
    if _clause_like(tokens, i):
        return False
    for j in range(i + 1, min(len(tokens) - 1, i + 25)):
        if tokens[j].low == "of":
            after = tokens[j + 1]
            near = all(t.kind != "p" for t in tokens[i:j]) and j - i <= 8
            return after.kind == "w" and (after.low.endswith("ing") or near)
        if tokens[j].kind == "p" and tokens[j].text in ".;:!?":
            return False
    return False


def _for_or_as(tokens, i: int) -> bool:
    """ "attacked X for Y" / "attacked X as Y": the grounds or the name given, which makes
    the attack one of words ("attacked the rival for her vote", "... as a fraud")."""
    for token in tokens[i + 1 : i + 8]:
        if token.kind == "p":
            return False
        if token.low in ("for", "as"):
            return True
    return False


WH_WORDS = frozenset(("whether", "why", "how", "what", "if"))


def _doubted_thing(tokens, i: int) -> bool:
    """After "questioned": a thing one doubts ("whether ...", "Y's eligibility", "the
    integrity of the vote"), not a person one questions by asking ("the suspect", "him",
    "Smith", "the man for hours")."""
    first = tokens[i]
    if first.low in WH_WORDS or first.low.endswith(("'s", "\u2019s")):
        return True
    return (
        first.low in DETERMINERS
        and i + 2 < len(tokens)
        and tokens[i + 1].kind == "w"
        and tokens[i + 2].low == "of"
    )


def noted(tokens, i: int, base: str) -> bool:
    """ "noted the rule in an interview", "acknowledged the risk": a noun phrase, no clause,
    after a verb of saying that takes one (rule "noted object")."""
    if base not in _NOTED or not enabled("noted object") or tokens[i].kind != "w":
        return False
    if tokens[i].low in BAD_CONTENT_START or _clause_like(tokens, i, True):
        return False
    if not words_reach(tokens, i, 3):
        return False  # "acknowledged the crowd", "noted the time": an act as often as words
    # "noted the change in fares rose", "noted the EU, in particular, was ...": a clause
    for j in range(i + 1, len(tokens)):
        word = tokens[j]
        if word.kind == "q" or word.text in ".;:!?" or word.low in _RELATIVE_WORDS:
            return True  # "acknowledged the cost, which ...": the writer's relative clause
        if word.kind != "w":
            continue
        past = word.low.endswith("ed") and tokens[j - 1].low not in DETERMINERS
        if word.low in AUXILIARIES or (past and word.text.islower()):
            return False
    return True


def _clause_like(tokens, i: int, loose: bool = False) -> bool:
    """Content without "that" reads as a clause: a subject pronoun opens it, or an
    auxiliary or modal verb comes soon ("confirmed there are no plans", "said repeated
    requests have been ignored"), unlike a plain object ("announced new rules").
    ``loose`` (after "saying", "arguing") also takes a short noun phrase and a verb in
    -s or -ed ("saying the party needs to ...", "saying X holds a lower debt")."""
    if tokens[i].low in _SUBJECT_PRONOUNS:
        return True
    if loose and _subject_and_verb(tokens, i):
        return True
    for j in range(i + 1, min(len(tokens), i + 12)):
        token = tokens[j]
        if token.kind == "w" and (token.low in AUXILIARIES or token.low.endswith(_CONTRACTED)):
            # "admitted fraud and will testify": the verb after "and" is the subject's own
            # next predicate, not a clause's (rule "coordinated verb")
            joined = tokens[j - 1].low in _COORDINATORS and enabled("coordinated verb")
            return not joined
        if token.kind == "p" and token.text in ",;:":
            return False
    return False


def _subject_and_verb(tokens, i: int) -> bool:
    """A determiner and a noun, or a name, up to three words in all, then a verb in -s or
    -ed followed by more words ("the party needs to", "X holds a"); a plural noun before
    a preposition ("the new rules for") is no verb."""
    first = tokens[i]
    determined = first.low in _SUBJECT_DETERMINERS
    if first.kind != "w" or not (determined or first.text[:1].isupper()):
        return False
    for j in range(i + 1, min(len(tokens) - 1, i + 5)):
        word = tokens[j]
        if word.kind != "w":
            return False
        low = word.low
        verb = low.endswith("ed") or (
            low.endswith("s") and not low.endswith(("ss", "'s", "\u2019s"))
        )
        if not verb or not word.text.islower() or (determined and j < i + 2):
            continue
        nxt = tokens[j + 1]
        stop = nxt.low in PREPOSITIONS and nxt.low != "to"  # "needs to" is a verb
        return nxt.kind == "w" and not stop and nxt.low not in ("of", "and", "or")
    return False


def before_is_content(tokens, comma: int) -> bool:
    """Words before ", X said" are a statement, not an opener like "In a statement," or
    "In an interview on CBS's "Harbour Hour,""."""
    if any(t.kind == "q" and not named_work(tokens, j) for j, t in enumerate(tokens[:comma])):
        return True
    words = [t for t in tokens[:comma] if t.kind == "w"]
    if len(words) >= 6:
        return True
    opener = words[0].low in PREPOSITIONS or words[0].low in _OPENERS if words else True
    return len(words) >= 3 and not opener and not time_span(words)


def ends_attribution(tokens, i: int) -> bool:
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


def parenthetical(tokens, comma: int, i: int) -> bool:
    """An attribution set off by commas inside the statement: text before it, and after
    its closing comma a clause that goes on ("..., he said, local officials should ...")."""
    n = len(tokens)
    if tokens[comma].text != "," or i >= n - 2 or tokens[i].text != ",":
        return False
    nxt = tokens[i + 1]
    if nxt.kind != "w" or nxt.low in CLAUSE_WORDS or nxt.low.endswith("ing"):
        return False
    return sum(1 for t in tokens[i + 1 :] if t.kind != "p") >= 3
