"""One name per speaker across outlets: "Durov" in one article, "Pavel Durov" in another.

Each article resolves its own surnames ("Durov" -> "Pavel Durov" when the article names him
in full); an outlet that only ever writes the surname leaves "Durov". Across the pile, a
named speaker whose words are the end of exactly one longer named speaker's name becomes
that name. Two longer names ending the same way ("Robert Keel", "Brent Keel") leave it as
written: guessing would put words in the wrong mouth.

A description in one article ("the harbour chief said") becomes the one named speaker the
other articles describe in that role ("Ann Keel, the Keelby harbour chief", "Harbour Chief
Ann Keel"): an editor joins them. Only a role one person holds (not "officials", nor "a
spokesman", who speaks for a body), and only when a single named speaker of the pile holds
it (rule "role across articles").

Names written differently only in letter case or with a hyphen for a space ("KeelScope"
and "Keelscope", "ANN KEEL", "Jean-Luc Keel" and "Jean Luc Keel") are one speaker, written
the way the pile writes it most often (ties: the earliest), before any other join (rule
"one spelling"). A word of up to three capitals is an acronym and keeps its case ("US"
and the magazine "Us", "WHO" and "Who" stay apart). Words written together or apart
("Mark Lee", "Marklee") stay apart: that is no spelling of one name an outlet would vary
without meaning another one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from brief.model import QuoteVariant
from brief.quotes.paraphrase import named_speaker
from brief.quotes.rules import enabled
from brief.quotes.speaker_words import GROUP_NOUNS, PERSON_NOUNS, SPOKES_NOUNS

#: Words of a description that may be one person's role ("the Keelby harbour chief").
ROLE_WORDS = 4
_ARTICLES = frozenset(("the", "a", "an"))
#: Letters up to which a word in capitals keeps its case when spellings are compared.
ACRONYM = 3


def _spelling_key(name: str) -> str:
    """What two spellings of one name share: letter case aside, a hyphen read as a space;
    a short word in capitals is an acronym, no spelling of a word ("US" is not "Us")."""
    words = name.replace("-", " ").split()
    return " ".join(w if w.isupper() and len(w) <= ACRONYM else w.casefold() for w in words)


def _shouted(name: str) -> bool:
    """A name of several words all in capitals: a headline's or a transcript's style, which an
    editor writes in mixed case when an outlet does (one word may be an acronym: "NATO")."""
    return " " in name.strip() and name.isupper()


def _spellings(per_article: Sequence[list[QuoteVariant]]) -> dict[str, str]:
    """Each named speaker's spelling -> the spelling the pile uses most (ties: one not shouted,
    then the first)."""
    if not enabled("one spelling"):
        return {}
    counts: dict[str, Counter[str]] = {}
    for found in per_article:
        for v in found:
            if named_speaker(v.speaker):
                counts.setdefault(_spelling_key(v.speaker), Counter())[v.speaker] += 1
    chosen: dict[str, str] = {}
    for forms in counts.values():
        if len(forms) > 1:
            best = max(forms, key=lambda form: (forms[form], not _shouted(form)))  # ties: first
            chosen.update((form, best) for form in forms if form != best)
    return chosen


def merge_speakers(per_article: Sequence[list[QuoteVariant]]) -> list[list[QuoteVariant]]:
    """The statements of every article, each name in the pile's usual spelling, shorter
    speaker names replaced by the one full name they belong to in another article."""
    per_article = _respelled(per_article, _spellings(per_article))
    names = {v.speaker for found in per_article for v in found if named_speaker(v.speaker)}
    longer: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for size in range(1, len(words)):
            longer.setdefault(" ".join(words[-size:]), set()).add(name)
    full: dict[str, str] = {}
    for short, candidates in longer.items():
        if short not in names:
            continue
        widest = {
            c for c in candidates if not any(c != o and o.endswith(" " + c) for o in candidates)
        }
        if len(widest) == 1:
            full[short] = widest.pop()
    full.update(_role_holders(per_article))
    return _respelled(per_article, full)


def _respelled(
    per_article: Sequence[list[QuoteVariant]], full: dict[str, str]
) -> list[list[QuoteVariant]]:
    if not full:
        return [list(found) for found in per_article]
    return [
        [replace(v, speaker=full[v.speaker]) if v.speaker in full else v for v in found]
        for found in per_article
    ]


def _role(speaker: str) -> bool:
    """A description naming one person's role: "harbour chief", "mayor" (not "officials",
    "spokesman", "unattributed")."""
    words = speaker.split()
    if not words or len(words) > ROLE_WORDS or not all(w.islower() for w in words):
        return False
    head = words[-1]
    return head in PERSON_NOUNS and head not in SPOKES_NOUNS and head not in GROUP_NOUNS


def _role_key(text: str) -> str:
    return " ".join(w for w in text.lower().replace(",", " ").split() if w not in _ARTICLES)


def _role_holders(per_article: Sequence[list[QuoteVariant]]) -> dict[str, str]:
    """Description -> the one named speaker of the pile the articles describe with it."""
    if not enabled("role across articles"):
        return {}
    roles = {
        v.speaker
        for found in per_article
        for v in found
        if _role(v.speaker) and v.speaker_mention.lower().startswith("the ")
    }  # "a union leader" is somebody new, not the one another article names
    if not roles:
        return {}
    holders: dict[str, set[str]] = {}
    for found in per_article:
        for v in found:
            if not named_speaker(v.speaker):
                continue
            mention = v.speaker_mention
            at = mention.find(v.speaker.split()[0])
            titled = mention[:at] if at > 0 else ""  # "Harbour Chief Ann Keel"
            for text in (v.speaker_role, titled):
                words = _role_key(text).split()
                for size in range(1, min(len(words), ROLE_WORDS) + 1):
                    role = " ".join(words[-size:])  # the key's endings: linear in the pile
                    if role in roles:
                        holders.setdefault(role, set()).add(v.speaker)
    return {role: names.pop() for role, names in holders.items() if len(names) == 1}
