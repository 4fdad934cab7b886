"""Generic English word lists for quotations: speech verbs, frame words, pronouns, times.

The words that say who speaks (role nouns, titles, name words) are in ``speaker_words``.

Nothing here names a particular person, organisation or story: these are closed classes
(pronouns, determiners) and common nouns and verbs of news reporting.
"""

from __future__ import annotations


def word_list(words: str) -> list[str]:
    """A word list written as one string (keeps long lists compact and readable)."""
    return words.split()


_w = word_list


def _inflect(base: str) -> set[str]:
    """Regular forms of a verb: base, -s, -ed, -ing (with the usual spelling rules)."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    return forms


_IRREGULAR = {
    "say": {"say", "says", "said", "saying"},
    "tell": {"tell", "tells", "told", "telling"},
    "write": {"write", "writes", "wrote", "written", "writing"},
    "think": {"think", "thinks", "thought", "thinking"},
    "find": {"find", "finds", "found", "finding"},
    "show": {"show", "shows", "showed", "shown", "showing"},
    "admit": {"admit", "admits", "admitted", "admitting"},
    "quip": {"quip", "quips", "quipped", "quipping"},
    "slam": {"slam", "slams", "slammed", "slamming"},
    "tweet": {"tweet", "tweets", "tweeted", "tweeting"},
    "predict": {"predict", "predicts", "predicted", "predicting"},
    "read": {"read", "reads"},
    "swear": {"swear", "swears", "swore", "sworn"},
    "forecast": {"forecast", "forecasts", "forecasting"},
    "concede": {"concede", "concedes", "conceded", "conceding"},
    "propose": {"propose", "proposes", "proposed", "proposing"},
    "feel": {"feel", "feels", "felt", "feeling"},
}

#: Verbs that introduce what someone said (the cues).
SPEECH_VERBS = _w(
    "say tell add claim state accuse vow warn argue note explain insist announce confirm "
    "allege write report testify declare stress emphasize emphasise reply respond retort "
    "observe remark comment complain contend maintain assert caution concede reveal disclose "
    "indicate mention tweet quip joke boast lament acknowledge admit predict deny suggest "
    "recall continue point pledge promise urge ask counter charge reiterate estimate conclude "
    "describe advise recommend repeat read call encourage implore exhort "
    "recount exclaim shout yell scream whisper mutter speculate concur affirm "
    "proclaim posit opine surmise reassure brag gripe grumble fume clarify stipulate rebut "
    "express propose"
)

#: Verbs of public evaluation: "X criticized the plan", "X endorsed Y" report a stance X
#: took in words; the object is what X said about (a statement only with one).
STANCE_VERBS = _w(
    "criticize criticise condemn denounce praise endorse blast slam applaud question attack "
    "laud decry deride ridicule assail castigate lambaste rebuke scold chastise commend "
    "disparage belittle berate excoriate bemoan"
)
#: Verbs of bringing something up in words: "X mentioned the cost", "X likened the plan to
#: a lottery", "X echoed the call for ...": the object is what X said (rule "reference");
#: "X cited the cost as a reason" and "X compared the plan to a lottery" are too, with
#: guards of their own (rules "citation", "comparison").
REFERENCE_VERBS = _w("mention liken echo reference cite compare")
#: Verbs of saying whose object is what was said when no clause follows: "X noted the
#: rule in an interview", "X acknowledged the risk" (rule "noted object"); with a clause
#: they report it as any speech verb does ("X noted the rule was new").
NOTED_VERBS = _w("note acknowledge")

#: Cues that need "that", a quotation or a clause after them: they also take plain objects
#: ("announced new rules", "continued the talks", "confirmed the deal").
WEAK_CUES = frozenset(
    _w(
        "acknowledge admit advise agree announce ask believe charge comment concede conclude "
        "confirm continue counter deny describe disclose estimate find indicate mention observe "
        "pledge point promise recall recommend remark reply report respond reveal show suggest "
        "think urge encourage implore exhort propose"
    )
)

#: Belief, stance and evidence verbs: a statement only with "that" ("experts believe that
#: ...", "residents worry that ...", "the court ruled that ..."). Verbs of knowing (know,
#: learn, realize, discover) report facts, not anybody's statement: not cues.
THAT_ONLY = _w(
    "believe think find show agree hope fear expect worry suspect doubt assume feel demand "
    "decide rule signal imply reckon"
)

#: Verbs taking an infinitive statement ("vowed to continue", "pledged to ...").
INFINITIVE_VERBS = frozenset(_w("pledge promise threaten urge vow encourage implore exhort"))

#: Cue verbs that take their content through a preposition: "warned of job losses",
#: "complained about the delays". The preposition belongs to the cue ("warned of").
PREPOSITION_CUES: dict[str, frozenset[str]] = {
    "warn": frozenset(_w("of about against")),
    "caution": frozenset(_w("against about")),
    "complain": frozenset(_w("of about")),
    "boast": frozenset(_w("of about")),
    "joke": frozenset(_w("about")),
    "lament": frozenset(_w("about")),
    "speak": frozenset(_w("about of on against")),
    "talk": frozenset(_w("about of on against")),
}

#: Verbs whose object is the addressee, skipped before the content ("told reporters").
ADDRESSEE_VERBS = frozenset(_w("ask assure inform remind tell urge warn encourage implore exhort"))


def _forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for base in [*SPEECH_VERBS, *THAT_ONLY, *STANCE_VERBS, *REFERENCE_VERBS]:
        for form in _IRREGULAR.get(base, _inflect(base)):
            out.setdefault(form, base)
    return out


CUE_FORMS: dict[str, str] = _forms()
"""Every inflected form of a cue verb -> its base form."""

#: Words that may stand between a speaker and the cue ("he also said", "has said").
ADVERBS = frozenset(
    _w(
        "again already also apparently earlier even finally first flatly frequently further "
        "initially just later long never not now officially often once openly previously "
        "privately promptly publicly quickly recently repeatedly reportedly separately simply "
        "since still subsequently then today tonight yesterday"
    )
)
#: Auxiliaries that may stand between a speaker and a cue ("has said", "would say").
NEGATIONS = frozenset(_w("not never n't didn't doesn't don't won't wouldn't couldn't cannot can't"))
"""Words that deny the verb after them: "did not say", "never said" report no statement."""
AUXILIARIES = frozenset(
    _w(
        "is are was were be been being has have had will would could can should may might must "
        "did do does shall"
    )
)
#: A subject pronoun and "is"/"are"/"has" in one token ("He's claiming that ...", "They're
#: saying ..."), with the pronoun it stands for.
CONTRACTED_SUBJECTS = {
    "he's": "he",
    "she's": "she",
    "it's": "it",
    "they're": "they",
    "they've": "they",
    "we're": "we",
    "we've": "we",
}


def contracted_subject(low: str) -> str:
    """The pronoun of "he's" / "they’re" (either apostrophe), or ''."""
    return CONTRACTED_SUBJECTS.get(low.replace("\u2019", "'"), "")


#: Forms of "be": before a cue they make it passive ("was told", "were charged").
BE_FORMS = frozenset(_w("is are was were be been being am 's"))
#: Cue verbs that take "that" or a quotation, never a bare clause or text before them.
NEED_THAT_OR_QUOTE = frozenset(
    _w("ask continue describe charge counter conclude repeat read express")
)
#: Cue verbs whose content may be a bare clause with no sign of one ("said the plan
#: failed"); the others need "that", a quotation, or a clause-like start.
BARE_OK = frozenset(
    _w(
        "say tell claim argue insist contend maintain assert allege explain state warn stress "
        "emphasize emphasise testify declare predict"
    )
)

DAYS = frozenset(
    _w("fri friday mon monday sat saturday sun sunday thu thursday tue tuesday wed wednesday")
)
MONTHS = frozenset(
    _w(
        "apr april aug august dec december feb february jan january jul july jun june mar march "
        "may nov november oct october sep sept september"
    )
)
#: Words before a time noun, month or day that make a time phrase ("last week", "on Monday").
TIME_LEADS = frozenset(["last", "this", "next", "earlier", "late", "early", "on", "in"])
TIME_NOUNS = frozenset(
    _w(
        "afternoon autumn day evening fall month morning night spring summer time week weekend "
        "winter year"
    )
)

PERSON_PRONOUNS = frozenset(_w("he she"))
ORG_PRONOUNS = frozenset(_w("it"))
PLURAL_PRONOUNS = frozenset(_w("they"))
OTHER_PRONOUNS = frozenset(_w("i we you"))
PRONOUNS = PERSON_PRONOUNS | ORG_PRONOUNS | PLURAL_PRONOUNS | OTHER_PRONOUNS

DETERMINERS = frozenset(
    _w(
        "a all an another any both each every few five four her his its many most my no one other "
        "our several some such that the their these this those three two your"
    )
)

#: Words that start a clause and end a speaker phrase when scanning backwards.
CLAUSE_WORDS = frozenset(
    _w(
        "after although and as because before but if nor or since so than that then though unless "
        "until when where whether which while who whom whose yet"
    )
)

#: Prepositions that start an adverbial after a cue ("said on Wednesday in a statement").
PREPOSITIONS = frozenset(
    _w(
        "about after ahead amid at before by during following for from in on over since through "
        "to under until via while with"
    )
)

#: Words that cannot start the content of reported speech (it needs its own subject).
BAD_CONTENT_START = frozenset(
    _w(
        "about and are as at be been being but by can could did do does for from goodbye had has "
        "have hello in is may might must no nothing of on or shall should so than to was were "
        "will with would yes"
    )
)
