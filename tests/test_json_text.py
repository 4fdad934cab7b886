"""The fast indented JSON writer gives exactly the standard library's text."""

from __future__ import annotations

import json
import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from brief.analysis import build_brief
from brief.export.json_export import Ahead, to_dict, to_json
from brief.export.json_text import Verbatim, dumps_indented, indented_at


def _expected(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


_text = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from('"\\\n\t\x00\x1f\u2028/[]{},:'),
    max_size=12,
)
_scalars = (
    _text
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.booleans()
    | st.none()
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=5).map(tuple)
        | st.dictionaries(_text, inner, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(_values)
def test_same_text_as_json_dumps(value: object) -> None:
    assert dumps_indented(value) == _expected(value)


def test_scalar_lists_and_nesting_are_laid_out_like_json() -> None:
    value = {
        "span": [3, 14],
        "parts": [[1, 2], [5, 8]],
        "empty": [],
        "none": {},
        "flags": [True, False, None],
        "floats": [0.1, -0.0, math.inf, -math.inf, 1e300],
        "ids": ["a", 'b\u201d"c'],
        "nested": [{"a": [{"b": []}]}],
    }
    assert dumps_indented(value) == _expected(value)
    assert dumps_indented([]) == "[]" and dumps_indented("x") == '"x"'


def test_what_it_does_not_know_is_left_to_json() -> None:
    """Non-string keys, mixed lists and other types give json's own text or error."""
    for value in (
        {1: "a", None: [1], 2.5: {"x": 1}, False: 0},
        [1, "two", [3]],
        ["one", 2],
        {"k": [None, {"deep": 1}]},
    ):
        assert dumps_indented(value) == _expected(value)

    class Thing:
        pass

    for bad in ([Thing()], {"k": Thing()}):
        try:
            _expected(bad)
        except TypeError as error:
            expected = str(error)
        try:
            dumps_indented(bad)
        except TypeError as error:
            assert str(error) == expected
        else:
            raise AssertionError("an unknown type was written")


def test_circular_value_fails_like_json() -> None:
    loop: list = []
    loop.append(loop)
    try:
        dumps_indented(loop)
    except ValueError as error:
        assert "Circular" in str(error)
    else:
        raise AssertionError("a circular value was written")


def test_brief_json_is_the_standard_librarys(sample) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(sample.articles, timestamp=False)
    assert to_json(brief) == _expected(to_dict(brief)) + "\n"


@settings(max_examples=200, deadline=None)
@given(_values, st.integers(min_value=0, max_value=4))
def test_text_written_ahead_stands_for_its_value(value: object, depth: int) -> None:
    """``indented_at(v, depth)`` put in as ``Verbatim`` gives the document's own text."""
    document: object = {"x": value}
    for _ in range(depth - 1):
        document = {"in": document}
    inner: object = {"x": Verbatim(indented_at(value, depth))}
    for _ in range(depth - 1):
        inner = {"in": inner}
    if depth == 0:
        assert indented_at(value, 0) == _expected(value)
    else:
        assert dumps_indented(inner) == _expected(document)


def test_text_written_ahead_is_never_written_as_a_string() -> None:
    """A value only json can write (here an unknown type) with a ``Verbatim`` in it is an
    error, never the text as a quoted string."""

    class Thing:
        pass

    try:
        dumps_indented({"ahead": Verbatim("[]"), "other": [Thing()]})
    except TypeError:
        pass
    else:
        raise AssertionError("written")


def test_quotes_written_ahead_give_the_same_json(sample) -> None:  # type: ignore[no-untyped-def]
    ahead = Ahead()
    brief = build_brief(sample.articles, timestamp=False, on_partial=ahead)
    assert brief.quotes and ahead.quotes is brief.quotes
    assert to_json(brief, ahead) == to_json(brief)
    assert len(to_json(brief)) > len(ahead.text) > 0
    other = replace(brief, quotes=brief.quotes[1:])  # e.g. a review dropped one
    assert to_json(other, ahead) == _expected(to_dict(other)) + "\n"
    assert to_json(other, ahead) != to_json(brief, ahead)


@settings(max_examples=100, deadline=None)
@given(_values, st.sampled_from(["\n", "", "\n\n"]))
def test_an_end_is_joined_in_as_if_added_after(value: object, end: str) -> None:
    """``end`` (a document's last line break) is part of the one join, the text the same."""
    assert dumps_indented(value, end) == _expected(value) + end


def test_an_end_follows_the_standard_librarys_text_too() -> None:
    """A value the writer hands to ``json.dumps`` (a set is not JSON: its error) and one
    it writes itself (a subclass of float) both end with ``end``."""
    import pytest

    with pytest.raises(TypeError):
        dumps_indented({"a": {1, 2}}, "\n")

    class Weird(float):
        pass

    class Mapping(dict):  # not the writer's: json.dumps writes it
        pass

    assert dumps_indented({"x": Weird(1.5)}, "\n") == _expected({"x": 1.5}) + "\n"
    assert dumps_indented(Mapping(a=[1]), "\n") == _expected({"a": [1]}) + "\n"
    assert (
        indented_at([1, {"a": "b"}], 2, "\n")
        == _expected([1, {"a": "b"}]).replace("\n", "\n    ") + "\n"
    )
