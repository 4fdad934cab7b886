"""The frames reported speech takes, each a named rule that can be switched off.

Every statement brief finds comes from one of these rules (``Frame.rule``). They are all
on in normal use; ``benchmarks/quotes.py --ablate`` switches them off one at a time to
measure what each one gains on each dev set, and each has a unit test of its own
(``tests/test_quotes_frames.py``) that fails when it is switched off.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

RULES: dict[str, str] = {
    "that-clause": "speech verb with a that-clause: X said that ...",
    "bare clause": "speech verb with a clause and no that: X said the plan ...",
    "quotation after": 'speaker and verb, then a quotation: X told reporters: "..."',
    "content before": 'statement, then speaker and verb: "...," X said. / ..., the ministry said.',
    "dateline": "WEXMOUTH (AP) -- Fees rose, X said: the dateline is no part of the statement",
    "setting tail": "..., X told a news conference. / X said an interview with Y: no content",
    "told object": '"...," X, a fisherman, told the Herald: the one told never speaks',
    "issued by": '"...," said a statement released by the board: the issuer speaks',
    "inverted": 'statement, then verb and speaker: "...," said X, the regulator.',
    "inverted parenthetical": "A, insists X, in B: an inverted attribution inside the statement",
    "parenthetical": "attribution inside the statement: A, X said, B",
    "coordinated predicate": "A, he says, and are mostly used ...: the subject of A goes on",
    "relative": "what X says is Y / a step the firm said was required: the claim follows",
    "addressee": "X told an invited crowd at the club the fares ...: the addressee is skipped",
    "order addressee": "X told / urged / asked the board to cut fares: the one told is ordered",
    "according to": "according to X, ... / ..., according to X",
    "in words": "The pier was, in her words, a disgrace / In the words of X, ...: X's",
    "predicate after source": "Some risks, according to X, include the ...: no apposition",
    "source phrase": "according to officials at the port, who asked not to be named: the source's",
    "according aside": "X, according to Y, rejected Z: Y's account of what X did",
    "according copula": "X, according to Y, is Z: Y's account of what X is, in two parts",
    "participle": "X did Y, saying/adding/warning that ...: the clause's subject speaks",
    "document participle": "X issued a statement on Monday saying ...: the issuer speaks",
    "and-cue": "X said ... and added that ...: the same speaker goes on",
    "quoted as saying": "X quoted Y as saying ... / X was quoted as saying ...",
    "question": "X asked whether / how / why ...: the question X put",
    "naming": 'X called Y a disgrace / X called the plan "reckless" / described Y as Z',
    "superlative naming": "X called the plan the worst idea in years: the name given with 'the'",
    "long naming": "X called her vote in favour of the plan a mistake: an object with a phrase",
    "relative naming": 'which X called "a betrayal" / what she called a "rant": the name given',
    "stance": "X criticized / condemned / praised / endorsed Y: the stance X took in words",
    "reference": "X mentioned Y / likened Y to Z / echoed Y: what X brought up in words",
    "noted object": "X noted Y / acknowledged Y (no clause after): what X brought up in words",
    "citation": "X cited Y as a reason / citing Y: what X brought up, not a source named",
    "comparison": "X compared Y to Z: the likeness X drew in words",
    "verbal attack": "X attacked Y for Z / as Z: the grounds or the name make it words",
    "accusation": "X accused Y of Z: the charge X made",
    "questioning": "X questioned the need for / whether ...: doubt about a thing, not a person",
    "demand in progress": "X is calling for / urging / promising ..., continued to call for",
    "raised cue": "X went on to say that / appeared to suggest that / began to argue that",
    "stance in progress": 'X is criticizing Y / is describing Y as Z / is calling Y "Z"',
    "headline": "a title-case line in the body: X Says Y Will ... / Y, X Says.",
    "contracted subject": "He's claiming that ... / They're saying ...: a pronoun and 'is' in one",
    "partitive relative": "..., many of whom say ...: the ones of the antecedent speak",
    "which relative": "The study, which notes that ...: the antecedent speaks as a subject",
    "quantifier subject": "some in the X community say / those close to X say: a plural subject",
    "noun frame": "X's claim that ..., his warning that ...: the owner says it",
    "response frame": '"Not again!" was the reaction of a rider / was her reply: hers',
    "message colon": "His advice is plain: stay ashore / X's advice was blunt: ...",
    "topic": "X spoke about the need for Y / talked of Z: what X spoke about",
    "passive": "it was announced that ...: a statement with no named speaker",
    "object end": "X endorsed the plan in July / ..., who ...: a noun-phrase content ends there",
    "relative aside end": "X, who says that A, will resign: the statement ends before 'will'",
    "narration tail": 'X called it "a disaster," but voted for it / ..., citing Y / ..., though.',
    "named work": 'a quoted title after a possessive or preposition: on CNN\'s "Harbour Hour"',
    "subheading": "a subheading line holding a statement: Money is tight, mayor says",
    "floating": "a quoted sentence of its own: the previous speaker goes on",
    "byline": 'a quotation signed after a dash: "..." \u2014 Ann Keel, a fisherman',
    "block": "X added: then a paragraph without quotation marks: the paragraph is X's",
    "colon": 'after a colon: he put it this way: "..."',
    "characterization": 'X pounded Y as a "con artist": a quotation after "as" is the subject\'s',
    "embedded": "a long quotation inside a sentence with no verb of saying: its subject's",
    "transcript": "a transcript line: SMITH: ... (the label names somebody of the article)",
    "transcript turn": "SMITH: A \"B.\" C. -- the turn runs to the paragraph's end, all SMITH's",
    "group publisher": "Bread for X program users report ...: a group tells, publishes nothing",
    "nested report": "Norway has asked X to act, she said: she reports the request",
    "pronoun outside": "Tom Reed has asked X for Y, she said: 'she' is no one named in it",
    "pronoun gender": "After her son X died, she said: 'she' is not the son",
    "document owner": "according to the union's release: the union, as 'the union said' is",
    "subheading no paragraph": "a subheading between 'X said' and 'she said' is no paragraph",
    "titled subject": 'The mayor brought up the plan. "...," he said: he is the mayor',
    "one office holder": "the mayor said: the one person the article names as mayor",
    "opening place": "In X, the mayor said: X is no mayor (no apposition after an opening phrase)",
    "plural relative": "There are economists who argue that ...: a plural antecedent's verb",
    "participle opener": "Chastened by the vote, X changed the plan, saying ...: no name X",
    "medium aside": "X on Twitter said / X on the show says: where X spoke is no speaker",
    "compass place": "North Keelby ... He said: a name opening with a compass point is a place",
    "name as modifier": "Senator Ann Keel ... the Keel campaign said: Keel is still a person",
    "owned office": "the Harbour Minister's Office said: the office's name keeps its owner",
    "verb after name": "Keeper of the Seal, X, said the board met: no apposition of X",
    "one titled run": "Secretary of State X Y: the title's department and name are one run",
    "modifier opener": "Separately, ... / Low-cost airlines said: no name 'Separately', 'Low-cost'",
    "agent premodifier": "Trawl and Hook maker Seacraft rose. The company said: Seacraft",
    "who apposition": "one dealer, who asked not to be named, told X ...: the noun speaks",
    "reports as saying": "the Herald reports a source as saying ...: the source speaks",
    "bare body word": "X People's Party ... the ruling party said: not 'Party' alone",
    "initial stop": "Rep. Tom Brand Jr. of Keelby said: the full stop of 'Jr.' ends no name",
    "participle after head": "An annual survey released on Friday said: a document, no speaker",
    "role then name": "the Bank of X governor Tom Brand said: the role's holder speaks",
    "expressed": "X expressed concern that ... / outrage over Y: a feeling put into words",
    "coordinated verb": "X, who admitted fraud and will testify, ...: no clause after 'admitted'",
    "common opener": "Recent harbour surveys show / Local press reported: no name 'Recent'",
    "example apposition": "Some ferry lines, like Keel Line, claim ...: no speaker 'Keel Line'",
    "person compound": "the harbour master / a fisherman said: a compound of a person's noun",
    "embedded guess": 'This would "add boats." "...," he said: "he" is no guessed speaker',
    "parenthesis apposition": "Rep. Tom Brand (R-Keelby), a panel member, said: X speaks",
    "likeness": "Ann Keel, who like Tom Brand was born here ... says the owner: not Brand",
    "question setting": '"Any prizes?" Keel asked before teeing off in the last group: hers',
    "definite surname": "Ann Keel ... back to the Keel of old. He said: Keel is still a person",
    "role across articles": "the harbour chief said (one outlet), Ann Keel, the harbour chief",
    "one spelling": "KeelScope said (one outlet), Keelscope said (two): one speaker, Keelscope",
    "clip caption": "... Ann Keel tells us about the pier. 2:43 (a video's caption): no focus",
    "owner pronoun": 'Ann Keel ... Her message is simple. ... "...," she said: still Ann Keel',
    "quotation in focus": 'Ann Keel runs the pier. "..." (nobody spoke before): Ann Keel',
    "topic opener": 'For Ann Keel, the day is near. "...," she said: Ann Keel is the topic',
    "added pronoun": 'Ann Keel said ... (groups, paragraphs later) "...," she added: Ann Keel',
    "name word": '"...," X, a former United States envoy, said: "States" is no verb here',
    "number slash": '"...," said 9/11 widow Mary Stone: the slash is inside a word',
    "possessed subject": "Brand's family urged the board \"...\": the family, not 'Brand's'",
    "as clause": "As Ann Keel noted, the pier is old / ..., as the mayor has said: hers",
    "opening connective": "However, fares rose, X said: 'However,' links to the writer's text",
    "proposal": "X proposed dropping the levy / suggested looking at ...: the action proposed",
    "office description": '"...," said the ferry operator: not Mayor X, the last person named',
    "kinship": '"...," said the younger brother of Sam Brand: a relative speaks, not Brand',
    "participle after quotation": 'X said "A," adding that B: the comma inside the marks',
    "nested subject": "X said that Y told him Z: X's clause runs through Y's report",
    "raised participle": '"...," X said, going on to say that ...: the subject of the clause',
    "relative clause subject": 'X, who called Y "Z" last year, says A: two statements of X',
    "poll finding": "a new poll shows Keel leading / one survey found most riders want ...",
    "poll setting": "In the latest Keelby Herald poll, Keel led Reid by five points",
    "manner adverb": "X sharply criticized Y / the experts generally praised Z: how X said it",
    "restrictive relative": "Officials who spoke on condition of anonymity said ...: the plural",
    "owned description": "Tom Brand ... The fares will rise, his lawyer said: not Brand himself",
    "subordinate opening": "He said as the police came in, one rider ...: the whole clause",
    "place of a name": 'Sen. Tom Reed of Kent Valley said ... "...," he said: Reed, no place',
    "from affiliation": "Tom Reed, a moderate from Kent Valley, called ...: not Kent Valley",
    "unclosed apposition": "Tom Reed, a moderate from Kent Valley called ...: Reed speaks",
    "listed places": "captains in Wexmouth, Kelby and Porthaven reported ...: the captains",
    "whole name": "Pilots Without Frontiers said (never 'Frontiers' alone): the whole name",
    "modifier only": "a Wexish newspaper reported (Wexish only ever before a noun): no 'Wexish'",
    "addressee noun": "X told the Harbour Gazette weekly that ...: 'weekly' is the paper's",
    "named description": "the senator from Kelby said ... Tom Reed ... the senator said: Reed",
    "spokesman for": "a Kelby spokesman for the Harbour Party said: the party, not Kelby",
    "lower elsewhere": "Crews walked out ... the crews: a capital only the sentence gave",
}
"""Rule name -> the frame it finds (the ``--ablate`` table lists them in this order)."""

PILE_RULES = frozenset(("role across articles", "one spelling"))
"""Rules that join the articles of a pile: each has its test on a pile of its own
(``tests/test_quotes_across.py``); the dev sets score one article at a time, so
``--ablate`` shows them as 0."""

_off: set[str] = set()


def enabled(rule: str) -> bool:
    return rule not in _off


@contextmanager
def switched_off(*rules: str) -> Iterator[None]:
    """Measure without some rules (process-wide: for benchmarks, not for the app)."""
    unknown = set(rules) - set(RULES)
    if unknown:
        raise ValueError(f"unknown rules: {sorted(unknown)}")
    before = set(_off)
    _off.update(rules)
    try:
        yield
    finally:
        _off.clear()
        _off.update(before)
