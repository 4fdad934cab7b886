"""The ingest's per-file checks take a cheap look before their regexes, with the same answers.

Three checks ran a slow regex over every file: the UTF-16 test counted each byte value of a
4 KB sample (no UTF-16 text of one script is without a NUL there), the menu test split
each paragraph at separators it did not hold, and the consent-wall test searched each
paragraph for a banner's words. Texts here are invented.
"""

from __future__ import annotations

import importlib
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brief.ingest import no_text

decode_module = importlib.import_module("brief.ingest.decode")

_SEPARATORS_OLD = re.compile(r"\s[|·•/»>]\s|\s*[|·•]\s*")


def _prose_old(line: str) -> bool:
    for segment in _SEPARATORS_OLD.split(line):
        segment = segment.strip()
        if len(segment.split()) >= 4 or len(segment) >= 25 or no_text._SENTENCE_END.search(segment):
            return True
    return False


def _banner_old(lines: list[str]) -> bool:
    return any(no_text._BANNER.search(line) for line in lines)


_PIECES = [
    "cookie",
    "Cookies",
    "COOKIE",
    "consent",
    "Consentement",
    "consentimiento",
    "Einwilligung",
    "accept all",
    "Reject All",
    "decline all",
    "refuse all",
    "legitimate interests",
    "coo\u212aies",  # Kelvin sign: re.IGNORECASE reads it as "k"
    "cookİe",  # capital dotted I: read as "i"
    "cookıes",  # dotless i: read as "i"
    "con\u017fent",  # long s: read as "s"
    "accept  all",
    "accept\nall",
    "the mayor",
    "Home | News | Sport",
    "Sport · Weather",
    "a/b",
    "» More",
    "> quoted",
    "•",
    "|",
    " ",
    "\n",
    "Council votes.",
    "Minister resigns",
    "rain fell on the valley towns overnight",
    "x",
    "42",
]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(["", " ", "  ", "\t", "-"]) for _ in range(8))


def test_the_menu_test_answers_as_the_full_split_does() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        line = _text(rng)[: rng.randrange(0, 120)]
        assert no_text._prose(line) == _prose_old(line), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab cdeflmnoprstuwIKSL|·•/»>.!?…\"”’')]\n\t\u212a\u0130\u0131\u017f"))
def test_the_menu_test_answers_as_the_full_split_does_on_any_text(line: str) -> None:
    assert no_text._prose(line) == _prose_old(line)


def test_the_banner_look_never_misses_what_the_word_search_finds() -> None:
    rng = random.Random(11)
    seen = 0
    for _ in range(3000):
        lines = [_text(rng) for _ in range(rng.randrange(1, 4))]
        old = _banner_old(lines)
        seen += old
        assert no_text._may_name_banner(lines) or not old, lines
    assert seen > 500  # the search found words in many, with each odd letter among them


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="acdegiklnoprstuwACEIKLNOST \n\u212a\u0130\u0131\u017f")))
def test_the_banner_look_never_misses_on_any_text(lines: list[str]) -> None:
    assert no_text._may_name_banner(lines) or not _banner_old(lines)


class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(text)

    def split(self, text: str) -> list[str]:
        self.calls += 1
        return self.pattern.split(text)


REPORT = [
    "Flood waters rose across the valley on Tuesday as the river broke its banks.",
    "The council opened two shelters and said the road north would stay closed.",
]


def test_a_report_naming_no_banner_word_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    banner = _Counting(no_text._BANNER)
    monkeypatch.setattr(no_text, "_BANNER", banner)
    assert not no_text.consent_wall(REPORT)
    assert banner.calls == 0
    wall = ["We and our partners use cookies on your device.", "Accept all", "Reject all"]
    assert no_text.consent_wall(wall)
    assert banner.calls >= 1


def test_a_line_without_separators_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    separators = _Counting(no_text._SEPARATORS)
    monkeypatch.setattr(no_text, "_SEPARATORS", separators)
    assert no_text._prose(REPORT[0])
    assert not no_text._prose("Home")
    assert separators.calls == 0
    assert not no_text._prose("Home | News | Sport")
    assert separators.calls == 1


def test_text_without_a_nul_byte_is_not_counted_for_utf16(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    concentrated = decode_module._concentrated

    def counting(column: bytes) -> bool:
        calls.append(column)
        return concentrated(column)

    monkeypatch.setattr(decode_module, "_concentrated", counting)
    text = " ".join(REPORT) + " Café prices rose — again."
    assert decode_module.decode(text.encode("utf-8")) == text
    assert decode_module.decode(text.encode("cp1252")) == text
    assert calls == []
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_module.decode(text.encode(encoding)) == text
    assert calls


def _utf16_old(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    encoding = None
    if decode_module._concentrated(odd) and decode_module._varied(even):
        encoding = "utf-16-le"
    elif decode_module._concentrated(even) and decode_module._varied(odd):
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text[:2048] if ch.isprintable() or ch in "\n\r\t")
    return text if printable >= 0.95 * min(len(text), 2048) else None


_UTF16_BYTES = st.one_of(
    st.binary(min_size=0, max_size=300),
    st.text(max_size=150).map(lambda t: t.encode("utf-16-le")),
    st.text(max_size=150).map(lambda t: t.encode("utf-16-be")),
    st.text(alphabet="\u0400\u0410\u0430\u044f \u0451", max_size=150).map(
        lambda t: t.encode("utf-16-le")
    ),
)


@settings(max_examples=400, deadline=None)
@given(_UTF16_BYTES)
def test_the_utf16_test_answers_as_before_on_any_bytes(data: bytes) -> None:
    assert decode_module._utf16_without_bom(data) == _utf16_old(data)


def _normalise_old(line: str) -> str:
    return re.sub(r"\W+", " ", line.lower()).strip()


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_the_line_key_is_the_same_as_replacing_non_words(line: str) -> None:
    from brief.ingest.boilerplate import normalise_line

    assert normalise_line(line) == _normalise_old(line)


def test_the_line_key_of_invented_lines() -> None:
    from brief.ingest.boilerplate import normalise_line

    for line in ("  The U.S.-China talks (2024) ", "Share\u00a0this: é_x", "—", "a\x1cb\u2028c"):
        assert normalise_line(line) == _normalise_old(line)
