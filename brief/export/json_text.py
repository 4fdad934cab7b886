"""``json.dumps(value, ensure_ascii=False, indent=2)``, the same text in half the time.

With ``indent`` the standard library encodes in Python: every piece of text is passed up
through one generator per level of nesting (six in a quote variant's span), 0.12 s of the
0.15 s a 1,000-article JSON brief takes to render, after the analysis, when nothing else
runs (docs/decisions.md, issue 11, fourth round). This writer appends to one list, encodes
strings with the same C function the standard library uses and writes lists of plain
scalars (spans, source ids) in one join. Anything it does not know (a type other than the
JSON ones, a circular value) is handed back to ``json.dumps``, so the text, or the error,
is always the standard library's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

_INDENT = "  "


class _Unknown(Exception):
    """A value this writer leaves to ``json.dumps``."""


class Verbatim(str):
    """JSON text written ahead (by ``indented_at`` at the depth where it will stand), that
    ``dumps_indented`` puts in as it is: the value of a dict's key, or an item of a list
    whose first item is no plain scalar (such a list is written in one join)."""


def dumps_indented(value: Any, end: str = "") -> str:
    """The text of ``json.dumps(value, ensure_ascii=False, indent=2)`` (with any
    ``Verbatim`` in it standing for the value it was written from), then ``end``: joined
    in, not added after, which would copy the whole text again (80 MB for the stories of
    10,000 leads)."""
    return indented_at(value, 0, end)


def indented_at(value: Any, depth: int, end: str = "") -> str:
    """``value``'s text as it stands ``depth`` levels deep in an indented document, then
    ``end``."""
    newline = "\n" + _INDENT * depth
    out: list[str] = []
    try:
        _write(value, out.append, newline)
    except (_Unknown, TypeError, RecursionError):  # json.dumps says what is wrong with the value
        # an encoded string holds no line break: every one is a line's indentation
        text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)
        if _holds_verbatim(value):  # json would write it as a string: never that
            raise TypeError("JSON written ahead inside a value json writes itself") from None
        return text + end
    out.append(end)
    return "".join(out)


def _holds_verbatim(value: Any) -> bool:
    if isinstance(value, Verbatim):
        return True
    if isinstance(value, dict):
        return any(_holds_verbatim(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_holds_verbatim(v) for v in value)
    return False


def _float(x: float) -> str:
    if x != x:
        return "NaN"
    if x == float("inf"):
        return "Infinity"
    if x == float("-inf"):
        return "-Infinity"
    return float.__repr__(x)


def _scalar(x: Any) -> str:
    """A JSON scalar as the standard library writes it, in its order of tests (``True`` is
    an int; a subclass of str, int or float is written as its base)."""
    kind = type(x)
    if kind is str:
        return encode_basestring(x)
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if kind is int:
        return int.__repr__(x)
    if kind is float:
        return _float(x)
    if isinstance(x, str):
        return encode_basestring(x)
    if isinstance(x, int):
        return int.__repr__(x)
    if isinstance(x, float):
        return _float(x)
    raise _Unknown


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _scalars(values: list | tuple) -> Any:
    """A list whose first item is a scalar: all are (else ``_Unknown`` from ``_scalar``, or
    ``TypeError`` from the string encoder, and ``json.dumps`` writes it)."""
    if type(values[0]) is str:
        return map(encode_basestring, values)
    return map(_scalar, values)


_KEYS: dict[str, str] = {}
"""Key -> its encoded text and ": " (a brief repeats a few dozen keys thousands of times)."""


def _key(key: Any) -> str:
    """A key's text and ": ", converted as ``json`` converts a key that is no string."""
    if isinstance(key, str):
        text = encode_basestring(key) + ": "
        if type(key) is str and len(_KEYS) < 1024:
            _KEYS[key] = text
        return text
    if isinstance(key, float):
        return encode_basestring(_float(key)) + ": "
    if key is None or isinstance(key, int):  # True, False, None and ints as json writes them
        return encode_basestring(_scalar(key)) + ": "
    raise _Unknown


def _write(value: Any, emit: Callable[[str], None], newline: str) -> None:
    """``newline``: a line break and the indentation of the line ``value`` starts on."""
    kind = type(value)
    if kind is dict:
        if not value:
            emit("{}")
            return
        inner = newline + _INDENT
        lead = "{" + inner
        keys = _KEYS
        for key, item in value.items():
            kind = type(item)
            if kind is str:  # most values: inline, no call
                emit(f"{lead}{keys.get(key) or _key(key)}{encode_basestring(item)}")
            elif kind is list and item and type(item[0]) in _PLAIN:
                line = inner + _INDENT
                items = ("," + line).join(_scalars(item))
                emit(f"{lead}{keys.get(key) or _key(key)}[{line}{items}{inner}]")
            elif item is None:
                emit(f"{lead}{keys.get(key) or _key(key)}null")
            elif kind is int:
                emit(f"{lead}{keys.get(key) or _key(key)}{int.__repr__(item)}")
            else:
                emit(f"{lead}{keys.get(key) or _key(key)}")
                _write(item, emit, inner)
            lead = "," + inner
        emit(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            emit("[]")
            return
        inner = newline + _INDENT
        if type(value[0]) in _PLAIN:
            emit("[" + inner + ("," + inner).join(_scalars(value)) + newline + "]")
            return
        lead = "[" + inner
        for item in value:
            emit(lead)
            _write(item, emit, inner)
            lead = "," + inner
        emit(newline + "]")
    elif kind is Verbatim:
        emit(value)
    else:
        emit(_scalar(value))
