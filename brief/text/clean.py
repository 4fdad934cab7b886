"""Make untrusted text safe to hold, without moving any character offset."""

from __future__ import annotations

import re

# C0 controls except TAB and LF, DEL, and the C1 block: these can drive a terminal
# (ESC starts escape sequences, U+009B is a one-byte CSI). Replaced by a space, never
# removed, so every offset into the text still points at the same character.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
# A terminal's escape sequence as a whole: CSI (colours, cursor moves: ESC [ or U+009B,
# parameters, a final letter), OSC (a window title or a link, ended by BEL or ESC \\) and the
# two-character ones. Blanking only the ESC left "[31m" or "]0;title" in the text (a file
# saved from a terminal, a log pasted into an article).
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"
    "|\x1b\\][^\x07\x1b\n]{0,2048}(?:\x07|\x1b\\\\)"
    "|\x1b[ -/]*[0-~]"
)


def blank_controls(text: str) -> str:
    """Return ``text`` with line breaks unified to ``\\n``, controls and whole terminal
    escape sequences blanked.

    The result always has the same length as ``text``: ``\\r\\n`` becomes `` \\n``.
    """
    text = _LINE_BREAKS.sub(lambda m: " \n" if m.group() == "\r\n" else "\n", text)
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQUENCE.sub(lambda m: " " * len(m.group()), text)
    return _UNSAFE.sub(" ", text)


# A character reference with its semicolon: decimal, hexadecimal or named. Bare "&" in
# "AT&T" or "R&D", and legacy references without the semicolon, are left as written.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """Decode HTML character references left in plain text ("&#163;8m" -> "£8m").

    Scraped text and datasets often keep a page's references; a reader should see the
    character. Unknown names stay as written. The result may hold controls ("&#27;"), so
    callers blank them afterwards.
    """
    if "&" not in text:
        return text
    import html  # lazy: html.entities is a large table, needed only when "&" appears

    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def fold(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return " ".join(text.split())


def one_line(text: str) -> str:
    """``text`` as one line of printable characters: controls, format characters (bidi
    overrides) and line breaks become spaces, runs of spaces one."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


# A headline, outlet or byline longer than this is not one: a text file that is one huge
# line, or a field holding a whole article. Shown cut, so no list row or export heading
# carries megabytes.
LABEL_MAX_CHARS = 300


def clip(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    """``text`` folded to one line and cut to ``limit`` characters ("…" ends a cut text).

    The cut falls after the last whole word when one ends in the second half.
    """
    text = fold(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


_JOINERS = frozenset("\u200c\u200d")
"""Zero-width non-joiner and joiner: not printable to Python, but part of words and emoji."""


def printable(text: str) -> str:
    """Render ``text`` for a terminal line: non-printables shown as escapes.

    Used for file names and article text in warnings, errors and titles, so nothing
    printed can move the cursor or retitle the terminal. The zero-width joiners stay:
    Persian words are written with the non-joiner and emoji families with the joiner, and
    neither moves anything; the app's lists showed "\\u200c" inside the words of every
    such summary sentence (QA, eighteenth round), where the panes and the markdown keep
    them.
    """
    if text.isprintable():  # the usual case: no tab, newline or other control to escape
        return text
    out = []
    for char in text:
        if char == "\t":
            out.append("\\t")
        elif char == "\n":
            out.append("\\n")
        elif (not char.isprintable() and char not in _JOINERS) or char in "\x7f":
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


# Invisible format characters that can change what a line seems to say: bidi embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069; "\u202egnp.exe" shows as
# "exe.png", the "Trojan Source" trick), the zero-width space, word joiner and zero-width
# no-break space (U+200B, U+2060, U+FEFF: they hide inside a word or an address). Dropped
# wherever text is shown to a reader (the app's panes and lists, the markdown); the words
# stay, in their stored order. The model and the JSON keep them as written. The joiners
# U+200C/U+200D and the direction marks stay: scripts and emoji need them.
INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")


# Wire copy (the news agencies' archives, DUC/TREC text, LaTeX-era files) spells a double
# quotation mark with two characters: ``opening'' with two backticks and two apostrophes,
# and a quotation inside one with a single backtick: `inner'. Shown as written, a reader
# takes them for stray code marks. ``''`` opens after a space, a bracket or a dash and at
# the start, and closes elsewhere; after a digit it is inches or seconds (12'') and stays.
# Backticks that pair as code marks (`name`, ```block```, with no apostrophe between) are
# left as written: the text quotes code, not speech. Two "``" with no "''" between are the
# wire's: a quotation running on into a new paragraph opens it again ("``A. ``B ...").
_WIRE_QUOTES = re.compile(r"(?<!`)``(?!`)|(?<!')''(?!')|(?<!`)`(?=\w)")
_CODE_MARKS = re.compile(r"(`{3,}|(?<!`)`(?!`))[^`']+\1(?!`)")
# A single backtick's quotation closes at the next apostrophe not inside a word ("`They're
# hateful.' He": the one after "hateful.").
_INNER_QUOTE = re.compile(r"(?<!`)`(?=\w)((?:[^`']|'(?=\w))*)'(?![\w'])")
_OPENS_AFTER = frozenset("([{\u2014\u2013-/")


def typeset_quotes(text: str) -> str:
    """``text`` with the wire's two-character quotation marks as the marks they stand for:
    "``" and a "''" that opens as "\u201c", a "''" that closes as "\u201d", a single
    backtick before a word as "\u2018" and the apostrophe closing it as "\u2019"."""
    if "`" not in text and "''" not in text:
        return text
    code = "`" in text and _CODE_MARKS.search(text) is not None
    if not code and "`" in text:
        text = _INNER_QUOTE.sub("\u2018\\1\u2019", text)

    def mark(found: re.Match[str]) -> str:
        quote = found.group()
        if code and quote[0] == "`":
            return quote
        if quote == "``":
            return "\u201c"
        if quote == "`":
            return "\u2018"
        before = text[found.start() - 1] if found.start() else " "
        if before.isspace() or before in _OPENS_AFTER:
            return "\u201c"
        return quote if before.isdigit() else "\u201d"

    return _WIRE_QUOTES.sub(mark, text)


def for_screen(text: str) -> str:
    """``text`` as a screen shows it: ``INVISIBLE`` characters dropped, the wire's quotation
    marks typeset (``typeset_quotes``), other non-printables as escapes (``printable``). One
    rule for every pane and list but the article pane, which shows the article as written."""
    return printable(typeset_quotes(INVISIBLE.sub("", text)))


def safe_name(name: str) -> str:
    """A file name or path fit for the model: undecodable bytes and controls shown escaped.

    File names may hold bytes that are not UTF-8 (Python keeps them as lone surrogates,
    which cannot be written as UTF-8) and terminal escape sequences.
    """
    if any("\udc80" <= ch <= "\udcff" for ch in name):
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return printable(name)
