"""Property tests over ingest: any bytes, any text; offsets always point at the text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brief.ingest import load_paths
from brief.text.clean import blank_controls, printable

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"])
PIECES = st.sampled_from(
    [
        *list("abcdefghij ABCDEFG.,;:!?\"'“”’()-\n\r\t0123456789$%#*[]<>`"),
        "\x1b",
        "\x00",
        "\x9b",
        "\u2028",
        " said ",
        " Mr. ",
        " U.S. ",
        "...",
        "\n\n",
    ]
)
NEWSY = st.lists(PIECES, max_size=200).map("".join)


def _check_offsets(result) -> None:  # type: ignore[no-untyped-def]
    for article in result.articles:
        assert "\x1b" not in article.text and "\x00" not in article.text
        for sentence in article.sentences:
            piece = article.text[sentence.start : sentence.end]
            assert " ".join(piece.split()) == sentence.text
        for paragraph in article.paragraphs:
            assert 0 <= paragraph.start <= paragraph.end <= len(article.text)


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=SUFFIXES)
def test_any_bytes_load_or_warn(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    result = load_paths([str(path)])
    assert len(result.articles) + len(result.warnings) >= 1
    for warning in result.warnings:
        assert warning.reason and "\n" not in warning.reason
    _check_offsets(result)


@SETTINGS
@given(text=NEWSY)
@example(text="aaaaaaa\x00")  # once read as UTF-16: one byte column all "a", the other a NUL
@example(text="a\x00aaa\x00a\x00")
def test_any_text_keeps_offsets_exact(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    result = load_paths([str(path)])
    _check_offsets(result)
    for article in result.articles:
        assert len(article.text) == len(text)


@SETTINGS
@given(text=st.text(max_size=300))
def test_blank_controls_keeps_length_and_removes_escapes(text: str) -> None:
    cleaned = blank_controls(text)
    assert len(cleaned) == len(text)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in cleaned)
    assert not any(0x7F <= ord(c) <= 0x9F for c in cleaned)


@SETTINGS
@given(text=st.text(max_size=200))
def test_printable_never_emits_control_characters(text: str) -> None:
    shown = printable(text)
    assert all(c.isprintable() or c in "\u200c\u200d" for c in shown)  # joiners: words


def _escaped_char_by_char(text: str) -> str:
    """``printable`` as it was written before its fast path: every character looked at."""
    out = []
    for char in text:
        if char == "\t":
            out.append("\\t")
        elif char == "\n":
            out.append("\\n")
        elif not char.isprintable() and char not in "\u200c\u200d":
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


@SETTINGS
@given(
    text=st.text(max_size=200)
    | st.text(st.characters(codec="utf-8"), max_size=50)
    | st.text(st.sampled_from("a\u200c\u200d\u202e\x1b"), max_size=20)
)
def test_printable_is_the_same_with_its_fast_path(text: str) -> None:
    assert printable(text) == _escaped_char_by_char(text)
