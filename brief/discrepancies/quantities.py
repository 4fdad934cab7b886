"""Find the figures in a sentence and normalise them: scale words, currency, percent, bounds.

A figure is a number with what makes it comparable: its value in units (``96 million`` is
96e6), its kind (a count, a sum of money in one currency, a percentage), the precision it
was written with (``97.3 million`` is precise to 0.1 million, ``96 million`` to 1 million),
and a qualifier saying whether it is a bound (``over``, ``more than``, ``up to``) or an
approximation (``about``, ``nearly``). Dates, years, times, ordinals, ranks and numbers
glued to letters (``G7``, ``5G``, ``3-year``) are not figures and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Qualifier = Literal["", ">", "<", "~"]
"""Exact (``""``), a lower bound (``>``), an upper bound (``<``) or an approximation (``~``)."""

Kind = Literal["count", "money", "percent"]

SCALES = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mln": 6,
    "mn": 6,
    "m": 6,
    "billion": 9,
    "bn": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
}
SCALE_NAMES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}

_SPELLED = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
}

# Currency written before the number: symbols with optional country prefix, or ISO codes.
_CURRENCY_BEFORE = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₹": "INR",
    "₩": "KRW",
}
_CURRENCY_CODES = ("USD", "EUR", "GBP", "RUB", "JPY", "CNY", "INR", "CHF", "AUD", "CAD")
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "roubles": "RUB",
    "rubles": "RUB",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "francs": "CHF",
}

# Qualifiers, longest first so "more than" wins over a bare "than".
_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("in excess of", ">"),
    ("upwards of", ">"),
    ("more than", ">"),
    ("greater than", ">"),
    ("at least", ">"),
    ("no fewer than", ">"),
    ("no less than", ">"),
    ("exceeding", ">"),
    ("over", ">"),
    ("above", ">"),
    ("topping", ">"),
    ("as many as", "<"),
    ("as much as", "<"),
    ("fewer than", "<"),
    ("less than", "<"),
    ("at most", "<"),
    ("up to", "<"),
    ("under", "<"),
    ("below", "<"),
    ("nearly", "~"),
    ("almost", "~"),
    ("close to", "~"),
    ("about", "~"),
    ("around", "~"),
    ("roughly", "~"),
    ("approximately", "~"),
    ("some", "~"),
)
QUALIFIER_WORDS = {">": "over", "<": "under", "~": "about", "": ""}

_MONTHS = _words(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december"
)
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_SYMBOL = r"(?:(?:US|U\.S\.|AU|A|CA|C|NZ|HK|S)\$|[$€£¥₽₹₩])"
_CODE = "|".join(_CURRENCY_CODES)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SPELLED_RE = "|".join(sorted(_SPELLED, key=len, reverse=True))

FIGURE = re.compile(
    rf"""
    (?P<currency>{_SYMBOL}\s?|(?:{_CODE})\s)?
    (?:
        (?P<digits>{_DIGITS})
        (?:
            (?P<glued>k|m|bn|b|tn|mn)\b                       # 96m, $5bn
          | \s(?P<scale>thousand|million|billion|trillion|mln|mn|bn|tn)\b
        )?
      | (?P<spelled>{_SPELLED_RE})\s(?P<spelled_scale>thousand|million|billion|trillion)\b
    )
    (?P<percent>\s?%|\s(?:per\s?cent|percent)\b)?
    (?P<currency_word>\s(?:{"|".join(_CURRENCY_WORDS)})\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)

_MAY_HOLD_FIGURE = re.compile(r"[\dTtMmBb](?:(?<=\d)|(?i:housand|illion|rillion))")
r"""A digit or a scale word, the same as ``\d|thousand|million|billion|trillion`` ignoring case
but faster: a pattern opening with a set of characters that ignores no case lets the search
skip every other character at once (no other character is ``t``, ``m`` or ``b`` ignoring
case)."""
_BEFORE_DATE = re.compile(rf"(?:\b(?:{_MONTH_RE})\.?|\bNo\.|#|\bnumber|\bpage|\baged?)\s*$", re.I)
_AFTER_DATE = re.compile(rf"^(?:st|nd|rd|th)\b|^\s(?:{_MONTH_RE})\b|^\s?(?:a\.m\.|p\.m\.)", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as written in a sentence."""

    start: int
    end: int
    """Offsets of the figure (qualifier included) in the sentence text."""
    value: Decimal
    unit_exponent: int
    """Power of ten of the precision it was written with (``97.3 million``: 5)."""
    kind: Kind
    currency: str = ""
    qualifier: Qualifier = ""
    scale: int = 0
    """Power of ten of the scale word (``million``: 6), 0 without one."""
    number: str = ""
    """The digits as written (``97.3``, ``130,000``) or the spelled number."""

    @property
    def tolerance(self) -> Decimal:
        """Half a unit of the last written digit: the rounding the writer may have done."""
        return Decimal(5) * Decimal(10) ** (self.unit_exponent - 1)

    def display(self) -> str:
        """A canonical rendering: ``over 100 million``, ``US$130,000``, ``1.26%``."""
        number = self.number
        if self.scale:
            number = f"{number} {SCALE_NAMES[self.scale]}"
        if self.kind == "percent":
            number += "%"
        if self.currency:
            number = _currency_prefix(self.currency) + number
        qualifier = QUALIFIER_WORDS[self.qualifier]
        return f"{qualifier} {number}" if qualifier else number


def _currency_prefix(code: str) -> str:
    return {"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(code, f"{code} ")


_DIGIT_REACH = 6
"""How far before a digit a match of ``FIGURE`` can start: a currency (``U.S.$ ``, at most 6
characters). A spelled figure holds no digit, so it cannot start before the first digit."""
_SCALE_REACH = 6 + 9 + 1
"""How far before a scale word: a currency, a spelled number (``a hundred``) and a space."""


def find_figures(text: str) -> list[Figure]:
    """Every comparable figure in ``text`` (one sentence), in order."""
    figures = []
    for match in _figure_matches(text):
        figure = _figure(text, match)
        if figure is not None:
            figures.append(figure)
    return figures


def _figure_matches(text: str) -> list[re.Match[str]]:
    """``FIGURE.finditer(text)``, faster: every match holds a digit or a scale word, so each
    search starts just before the next of those (``_MAY_HOLD_FIGURE``), not at every character
    in between, which is where the slow pattern spends its time."""
    matches = []
    pos = 0
    while (hint := _MAY_HOLD_FIGURE.search(text, pos)) is not None:
        reach = _DIGIT_REACH if hint.end() - hint.start() == 1 else _SCALE_REACH
        match = FIGURE.search(text, max(pos, hint.start() - reach))
        if match is None:
            break
        matches.append(match)
        pos = match.end()
    return matches


def _figure(text: str, match: re.Match[str]) -> Figure | None:
    start, end = match.span()
    before, after = text[:start], text[end:]
    if before and (before[-1].isalnum() or before[-1] in "-/.:_'’"):
        return None  # part of a code, a range or a time: G7, 2-3, 10:30, '98
    if after[:1].isalpha() or after[:1] in ("-", "/", "_"):
        return None  # 5G, 3-year, 24/7
    if (after[:1] in ":," and after[1:2].isdigit()) or re.match(r"\s\d", after):
        return None  # 10:30, 1,2, "2 1/2"
    if _search_tail(_BEFORE_DATE, before) or _AFTER_DATE.search(after):
        return None
    currency = _currency(match)
    percent = bool(match.group("percent"))
    scale_word = (
        match.group("glued") or match.group("scale") or match.group("spelled_scale") or ""
    ).lower()
    if match.group("glued") and not currency and match.group("glued").lower() in ("m", "b", "k"):
        return None  # 5m could be metres: only a sum of money takes a one-letter scale
    scale = SCALES.get(scale_word, 0)
    if match.group("spelled"):
        number = match.group("spelled").lower()
        value = Decimal(_SPELLED[number])
        unit = scale
    else:
        number = match.group("digits")
        value = Decimal(number.replace(",", ""))
        unit = _last_digit_exponent(number) + scale
    plain = not (currency or percent or scale or "," in number or "." in number)
    if plain and 1800 <= value <= 2100 and len(number) == 4:
        return None  # a year
    qualifier, qualifier_start = _qualifier(before)
    return Figure(
        start=qualifier_start if qualifier else start,
        end=end,
        value=value * Decimal(10) ** scale,
        unit_exponent=unit,
        kind="percent" if percent else ("money" if currency else "count"),
        currency=currency,
        qualifier=qualifier,
        scale=scale,
        number=number,
    )


def _currency(match: re.Match[str]) -> str:
    word = (match.group("currency_word") or "").strip().lower()
    if word:
        return _CURRENCY_WORDS[word]
    written = (match.group("currency") or "").strip()
    if not written:
        return ""
    if written.upper() in _CURRENCY_CODES:
        return written.upper()
    return _CURRENCY_BEFORE.get(written.lower(), "")


def _last_digit_exponent(digits: str) -> int:
    """Power of ten of the last written digit: ``97.3`` -> -1, ``130,000`` -> 0."""
    digits = digits.replace(",", "")
    if "." in digits:
        return -len(digits.split(".", 1)[1])
    return 0


_QUALIFIER_RE = re.compile(
    r"(?:^|[\s(])(?:an?\s+)?(?:estimated\s+)?("
    + "|".join(re.escape(q) for q, _ in _QUALIFIERS)
    + r")\s+(?:an?\s+)?(?:estimated\s+)?$",
    re.IGNORECASE,
)
_QUALIFIER_KIND = dict(_QUALIFIERS)


def _qualifier(before: str) -> tuple[Qualifier, int]:
    """The bound or approximation word right before a figure, and where it starts."""
    found = _search_tail(_QUALIFIER_RE, before)
    if not found:
        return "", len(before)
    return _QUALIFIER_KIND[found.group(1).lower()], found.start(1)


_TAIL = 64
"""Characters of the text before a figure that ``_search_tail`` reads."""


def _search_tail(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for the patterns anchored at the end (``$``) above, reading
    only the tail of the text: a search of a whole long sentence costs more than the rest of
    a figure's reading. Their matches hold at most ``_MATCH_INK`` characters that are not
    whitespace (``(an estimated approximately an estimated``), so a match starting before the
    last ``_TAIL`` characters would leave at least ``_TAIL - _MATCH_INK`` whitespace characters
    among them: only then is the whole text read. ``search(text, pos)`` still sees the
    characters before ``pos`` (``^``, word boundaries), so a match found in the tail is the
    one the search of the whole text finds."""
    pos = len(text) - _TAIL
    if pos <= 0 or _TAIL - len("".join(text[pos:].split())) >= _TAIL - _MATCH_INK:
        return pattern.search(text)
    return pattern.search(text, pos)


_MATCH_INK = 1 + 2 * len("an" + "estimated") + max(len(q.replace(" ", "")) for q, _ in _QUALIFIERS)
"""Most characters other than whitespace in a match of ``_QUALIFIER_RE`` (``_BEFORE_DATE``
holds fewer: ``september.``)."""
