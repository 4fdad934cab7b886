"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, then a detector for legacy code pages."""

from __future__ import annotations

import codecs
import re


class DecodeError(ValueError):
    """The bytes are not text brief can read (binary, or no encoding fits)."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> str:
    """Decode file bytes to text, or raise ``DecodeError`` with a reason."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _mostly_utf8(data) or _western_sprinkled(data) or _detect(data)
    if _looks_binary(text):
        raise DecodeError("binary data, not text")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(f"invalid {encoding} text at byte {error.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Spot UTF-16 without a BOM: one byte column holds only a script's high bytes.

    In UTF-16 text of one script (Latin, Cyrillic, Greek...) every other byte is the
    script's block number (0x00, 0x04...), so two values cover nearly all of that
    column, while the other column varies. Legacy 8-bit text varies in both.
    """
    sample = data[:4096]
    if len(sample) < 8 or 0 not in sample:
        return None  # the concentrated column of one script holds a NUL (see _concentrated)
    even, odd = sample[0::2], sample[1::2]
    encoding = None
    if _concentrated(odd) and _varied(even):
        encoding = "utf-16-le"
    elif _concentrated(even) and _varied(odd):
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text[:2048] if ch.isprintable() or ch in "\n\r\t")
    return text if printable >= 0.95 * min(len(text), 2048) else None


def _concentrated(column: bytes) -> bool:
    """Nearly all of ``column`` is two values, the commoner a block number below U+2000.

    The block test keeps 8-bit text with stray NULs ("aaaaaaa\\0": one column all "a" and
    the NUL) from passing for UTF-16.
    """
    counts = sorted(((column.count(value), value) for value in set(column)), reverse=True)
    return (
        sum(count for count, _ in counts[:2]) >= 0.9 * len(column)
        and 0 in column
        and counts[0][1] < 0x20
        and counts[0][0] >= 0.8 * len(column)
    )


def _varied(column: bytes) -> bool:
    """The low bytes of UTF-16 text: letters, so more than two values (``a\\0aa`` is not)."""
    return not _concentrated(column) and len(set(column)) > 2


_STRAY = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
#: What a mostly-UTF-8 file spells besides ASCII and its stray bytes: Latin letters and
#: typographic punctuation (dashes, quotes, the euro sign).
_NOT_LATIN = re.compile("[^\x00-\u024f\u2000-\u20cf\udc80-\udcff]")
#: Stray bytes a UTF-8 file may hold per character it spells as UTF-8 and still be UTF-8.
STRAY_PER_UTF8_CHAR = 4


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray single bytes (a windows-1252 "é" pasted into a UTF-8 file),
    each stray byte read as windows-1252; None when the file is not mostly UTF-8.

    A detector reads such a file as one legacy code page, and every UTF-8 "é" in it
    becomes "Ã©". Mostly UTF-8 means: it spells some UTF-8 characters, all of them Latin
    letters or typographic punctuation (what such a file holds beside the stray bytes),
    and at most four stray bytes for each. A file in a legacy code page spells almost no
    valid UTF-8 sequence, or odd ones, and goes to the detector as before.
    """
    # a large legacy file decoded byte by byte through the error handler is slow (2 s for
    # 10 MB): its first part already shows it
    if len(data) > _SAMPLE and not _mostly_utf8_text(data[:_SAMPLE], part=True):
        return None
    text = data.decode("utf-8", "surrogateescape")
    if not _mostly_utf8_text(text):
        return None
    return _STRAY.sub(lambda m: _byte_char(ord(m.group()) - 0xDC00), text)


_SAMPLE = 65536


def _mostly_utf8_text(data: bytes | str, part: bool = False) -> bool:
    """The test of ``_mostly_utf8``; for a ``part`` of the file, ASCII alone passes too."""
    text = data.decode("utf-8", "surrogateescape") if isinstance(data, bytes) else data
    if _NOT_LATIN.search(text):
        return False  # a double-byte code page (GBK, Shift-JIS) spells odd UTF-8 by chance
    stray = len(_STRAY.findall(text))
    spelled = len(_NON_ASCII.findall(text)) - stray
    if part and stray <= 3:  # nothing strays yet, or a character cut at the sample's end
        return True
    return bool(spelled) and stray <= STRAY_PER_UTF8_CHAR * spelled


def _byte_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes windows-1252 leaves undefined
        return chr(byte)


#: What windows-1252 text holds besides letters: typographic punctuation and the signs of
#: Western prose. Not "¹ ³ ¿ ¥ ¤ ª º", which are letters of Central European code pages
#: read as windows-1252 ("ł" is "³").
_WESTERN_MARKS = frozenset("\u00a0\u00ad‘’‚“”„–—…•€™£©®°«»·§½¼¾±×†‡‰‹›")
#: At most one word in ten carries a non-ASCII letter in prose that uses a few (English
#: with "café", "Renée"); Polish, Czech, Turkish or Hungarian text marks a third of its
#: words or more, German and Spanish one in five to eight.
MARKED_WORDS_SHARE = 0.1


def _western_sprinkled(data: bytes) -> str | None:
    """windows-1252 prose with a few accented words ("café", "naïve", "Renée"), else None.

    The detector's language model needs many marked words: on an English article with a
    few it guesses a Baltic or Central European page ("naïve" read "na’ve", "Renée"
    "Renķe"). Such text reads as windows-1252 when every non-ASCII character it then holds
    is a letter or a Western mark and few words carry one; anything else goes to the
    detector as before.
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if not high or high * 20 > len(data):  # cheap: non-Latin text is mostly high bytes
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # a byte windows-1252 leaves undefined
        return None
    if any(not c.isalpha() and c not in _WESTERN_MARKS for c in set(_NON_ASCII.findall(text))):
        return None
    words = text.split()
    marked = sum(1 for w in words if not w.isascii() and any(c.isalpha() for c in w if c > "\x7f"))
    return text if marked <= MARKED_WORDS_SHARE * len(words) else None


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes  # lazy: only legacy files need it

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("binary data or unknown text encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(f"could not decode as {best.encoding}") from None


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    """Many control characters, or NULs in more than one character in ten.

    A few stray controls in a short text are tolerated; NUL, which no text file holds on
    purpose, is judged by its share alone, so a file of a few bytes that is mostly NULs is
    binary however short it is.
    """
    sample = text[:8192]
    share = len(sample) // 10
    return len(_CONTROL.findall(sample)) > max(8, share) or sample.count("\0") > share
