"""A UTF-8 file with a few stray windows-1252 bytes reads as both, not as mojibake; a file
in a legacy code page still goes to the detector (invented sentences only)."""

from __future__ import annotations

import pytest

from brief.ingest.decode import _mostly_utf8, decode

UTF8_PART = "The café on the square closed on Tuesday – the owner said “enough”. "
STRAY_PART = "Fiancée and naïve were written as Latin-1. "


@pytest.mark.parametrize("stray", ["cp1252", "latin-1"])
def test_stray_single_bytes_in_utf8_read_as_windows_1252(stray: str) -> None:
    data = UTF8_PART.encode("utf-8") + STRAY_PART.encode(stray) + UTF8_PART.encode("utf-8")
    assert decode(data) == UTF8_PART + STRAY_PART + UTF8_PART


def test_one_utf8_letter_and_two_stray_bytes() -> None:
    data = "Bridge closes\n\nThe café closed. ".encode() + b"\xe9t\xe9 is over."
    assert decode(data).endswith("The café closed. été is over.")


LEGACY = [
    ("Совет утвердил бюджет во вторник после долгих споров.", "windows-1251"),
    ("Le conseil a approuvé le budget mardi après un long débat à l'hôtel de ville.", "cp1252"),
    ("Rada miejska zatwierdziła budżet we wtorek po długiej debacie.", "cp1250"),
    ("Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό την Τρίτη.", "cp1253"),
    ("市议会周二投票决定关闭大桥进行维修。工程师在两根支撑梁上发现了裂缝。", "gb18030"),
    ("市議会は火曜日に橋を修理のために閉鎖することを決定しました。", "shift_jis"),
    ("시의회는 화요일에 다리를 수리하기 위해 폐쇄하기로 결정했다.", "euc-kr"),
    ("市議會週二投票決定關閉大橋進行維修。工程師發現了裂縫。", "big5"),
]


@pytest.mark.parametrize(("text", "encoding"), LEGACY, ids=[e for _, e in LEGACY])
def test_a_legacy_code_page_is_not_taken_for_mostly_utf8(text: str, encoding: str) -> None:
    assert _mostly_utf8(text.encode(encoding)) is None


def test_a_stray_byte_far_into_a_long_ascii_file() -> None:
    long = "The council met again on Tuesday. " * 4000  # past the first part looked at
    data = (long + "The café closed. ").encode() + "Naïve.".encode("cp1252")
    assert decode(data).endswith("The café closed. Naïve.")


def test_a_long_legacy_file_is_turned_away_by_its_first_part() -> None:
    text = "Совет утвердил бюджет во вторник после долгих споров. " * 20000
    assert _mostly_utf8(text.encode("windows-1251")) is None


ENGLISH = (
    "The council closed the bridge on Tuesday, Mayor Renée Dubois said. Engineers found "
    "cracks in two beams during a routine inspection. The repairs will take three months and "
    "cost about two million euros. Commuters face a detour through the old café district, "
    "which adds twenty minutes. Schools will stay open, and the naïve hope of a quick fix "
    "has faded."
)
ARTICLES = [
    (ENGLISH, "cp1252"),
    (ENGLISH.replace("Tuesday,", "Tuesday – “as planned”,"), "cp1252"),
    (ENGLISH, "latin-1"),
    (
        "Der Stadtrat hat am Dienstag die Brücke über den Fluss gesperrt, sagte "
        "Bürgermeister Müller. Ingenieure hatten Risse in zwei Trägern gefunden. Pendler "
        "müssen einen Umweg über die Nordstraße nehmen.",
        "cp1252",
    ),
    (
        "Rada miejska zamknęła most we wtorek, powiedział burmistrz. Inżynierowie znaleźli "
        "pęknięcia w dwóch belkach podczas rutynowej kontroli. Naprawa potrwa trzy miesiące i "
        "będzie kosztować około dwóch milionów euro. Szkoły pozostaną otwarte.",
        "cp1250",
    ),
    (
        "Rada města v úterý uzavřela most, řekl starosta. Inženýři našli trhliny ve dvou "
        "nosnících během běžné kontroly. Oprava potrvá tři měsíce a bude stát asi dva miliony "
        "eur. Školy zůstanou otevřené.",
        "cp1250",
    ),
    (
        "Belediye meclisi salı günü köprüyü kapattı, dedi belediye başkanı. Mühendisler rutin "
        "bir denetim sırasında iki kirişte çatlak buldu. Onarım üç ay sürecek ve yaklaşık iki "
        "milyon avroya mal olacak. Okullar açık kalacak.",
        "cp1254",
    ),
    ("Совет утвердил бюджет во вторник после долгих споров. " * 5, "windows-1251"),
]


@pytest.mark.parametrize(("text", "encoding"), ARTICLES, ids=[e for _, e in ARTICLES])
def test_an_article_in_a_legacy_code_page_reads_as_written(text: str, encoding: str) -> None:
    """English with a few accented words was read as a Baltic page ("Renķe"); the languages
    that mark many words still go to the detector, which reads them right."""
    assert decode(text.encode(encoding)) == text
