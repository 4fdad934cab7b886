"""A run of a page's button labels that a plain-text copy glues before the article's first
sentence ("skip", "embed", "share", a listen button with its duration), cut from the unit
(``openings.buttons_end``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.summary.openings import buttons_end
from brief.summary.units import article_units

REST = "a falling oak branch closed the coast road for most of the afternoon on Sunday."


@pytest.mark.parametrize(
    "opening",
    [
        "Skip x share x embed ",
        "Skip in skip x share x embed ",
        "Listen to story 3: 15 share this story print email ",
        "Share this story facebook whatsapp close ",
    ],
)
def test_a_button_run_is_cut(opening: str) -> None:
    text = opening + REST
    assert text[buttons_end(text) :] == REST


@pytest.mark.parametrize(
    "text",
    [
        # names of networks with no button's action: a subject
        "Facebook twitter linkedin and two banks were fined by the regulator on Monday.",
        # too few labels, or a verb in prose
        "Share prices fell sharply on Monday after the bank cut its forecast again.",
        "Close friends of the mayor said she had not decided whether to run again.",
        # too little after the run
        "Skip x share x embed the clip.",
    ],
)
def test_prose_is_left(text: str) -> None:
    assert buttons_end(text) == 0


def test_the_unit_starts_after_the_buttons(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        f"Skip in skip x share x embed {REST} Drivers were sent inland through the hills.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    (first, *_) = article_units(article)
    assert first.text == REST
    assert " ".join(article.text[first.start : first.end].split()) == first.text
