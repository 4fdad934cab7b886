"""The JSON brief carries what the markdown shows beside a statement's words: the speaker's
description in the heading and the bracketed referent of a pronoun (QA, qa-r34). Invented."""

from __future__ import annotations

import json

from brief.export import to_json, to_markdown
from brief.model import Article, Brief, QuoteCluster, QuoteVariant


def _brief(variant: QuoteVariant) -> Brief:
    text = "The harbour master said it would reopen the pier."
    return Brief(
        title="Pier",
        generated="",
        sources=(Article("a", "/tmp/a.txt", text, title="Pier to reopen"),),
        quotes=(QuoteCluster("q1", "Ada Marlow", variant.text, variant.kind, ("a",), (variant,)),),
    )


def test_the_description_and_the_referent_the_markdown_shows_are_in_the_json() -> None:
    variant = QuoteVariant(
        "a",
        "it would reopen the pier",
        (20, 44),
        "Ada Marlow",
        "indirect",
        speaker="Ada Marlow",
        cue="said",
        speaker_role="the harbour master",
        referents=((0, 2, "the pier office"),),
    )
    brief = _brief(variant)
    markdown = to_markdown(brief)
    assert "### Ada Marlow, the harbour master" in markdown
    assert "Said that \\[the pier office\\] would reopen the pier" in markdown
    (entry,) = json.loads(to_json(brief))["quotes"][0]["variants"]
    assert entry["speaker_role"] == "the harbour master"
    assert entry["referents"] == [[0, 2, "the pier office"]]
    start, end, _name = entry["referents"][0]
    assert entry["text"][start:end] == "it"


def test_a_broken_statement_s_referent_points_into_its_own_part() -> None:
    first, second = "It is safe", "we will sail"
    variant = QuoteVariant(
        "a",
        f"{first} \u2026 {second}",
        (0, 60),
        "Ada Marlow",
        "direct",
        speaker="Ada Marlow",
        parts=((0, 10), (40, 52)),
        part_texts=(first, second),
        referents=((0, 2, "the pier"),),
    )
    one, two = json.loads(to_json(_brief(variant)))["quotes"][0]["variants"]
    assert one["referents"] == [[0, 2, "the pier"]] and two["referents"] == []
    assert one["speaker_role"] == two["speaker_role"] == ""
