"""A speaker's heading: the abbreviated title the article wrote before the name spelled out
("Sen. X" gives "X, senator", not "X, sen"), one heading whatever the middle initial (QA,
qa-r34). Invented text."""

from __future__ import annotations

import pytest

from brief.export import to_markdown
from brief.model import Article, Brief, QuoteCluster, QuoteVariant
from brief.quotes import by_speaker


def _quote(role: str) -> QuoteCluster:
    variant = QuoteVariant(
        "a",
        "the pier must reopen",
        (0, 20),
        "Ada Marlow",
        "indirect",
        speaker="Ada Marlow",
        cue="said",
        speaker_role=role,
    )
    return QuoteCluster("q1", "Ada Marlow", variant.text, "indirect", ("a",), (variant,))


@pytest.mark.parametrize(
    ("role", "heading"),
    [
        ("sen", "Ada Marlow, senator"),
        ("rep", "Ada Marlow, representative"),
        ("gov", "Ada Marlow, governor"),
        # in a longer description the word may be a name's: left as written
        ("Tal Sen aide", "Ada Marlow, Tal Sen aide"),
        ("mp", "Ada Marlow, MP"),
        ("harbour master", "Ada Marlow, harbour master"),  # words in full stay as written
        ("general manager", "Ada Marlow, general manager"),
    ],
)
def test_an_abbreviated_title_is_spelled_out_in_the_heading(role: str, heading: str) -> None:
    ((shown, _),) = by_speaker([_quote(role)])
    assert shown == heading


def test_the_markdown_heading_reads_the_title_in_full() -> None:
    brief = Brief(
        title="Pier",
        generated="",
        sources=(Article("a", "/tmp/a.txt", "text", title="Pier"),),
        quotes=(_quote("sen"),),
    )
    assert "### Ada Marlow, senator\n" in to_markdown(brief)


def test_a_middle_initial_does_not_split_a_speaker() -> None:
    def said(ident: str, speaker: str, text: str) -> QuoteCluster:
        variant = QuoteVariant(ident, text, (0, 9), speaker, "indirect", speaker=speaker)
        return QuoteCluster(ident, speaker, text, "indirect", (ident,), (variant,))

    quotes = [
        said("a", "Ada Marlow", "the pier must reopen"),
        said("b", "Ada K. Marlow", "the ferry will sail"),
        said("c", "Ben Marlow", "the fares are too high"),  # another person of the name
    ]
    groups = by_speaker(quotes)
    assert [(name, len(items)) for name, items in groups] == [("Ada Marlow", 2), ("Ben Marlow", 1)]
