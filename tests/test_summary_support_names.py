"""An article is credited with a summary sentence only when it says the same thing, not when
it merely names the same people: the other article's unit must hold a word the summary
sentence writes in lower case (``attribution.holds_plain_word``). Invented text."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.summary.attribution import SUPPORT, carriers
from brief.summary.units import collect_units
from brief.summary.vectors import featurize, similarity_vectors

PILE = {
    "a": "Maren Oduya of Velbridge said the tram depot would stay open all winter.\n"
    "The city expects snow on the northern hills from Thursday.\n",
    # the same two names, another statement of the same speaker
    "b": "Maren Oduya of Velbridge praised the school choir on Tuesday.\n"
    "Parents queued early for tickets to the spring concert.\n",
    # the first article's statement, reworded
    "c": "Maren Oduya said the depot for the trams would stay open through winter.\n"
    "A new cycle lane along the river is due in May.\n",
}


def _carried(tmp_path: Path, names: dict[str, str]) -> tuple[tuple[str, ...], float]:
    for name, text in names.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    units = collect_units(load_paths([str(tmp_path)]).articles)
    vectors = similarity_vectors(featurize([u.text for u in units]).unigrams)
    first = next(i for i, u in enumerate(units) if u.article == "a")
    other = next(i for i, u in enumerate(units) if u.article == "b")
    similarity = float((vectors[first] @ vectors[other].T).toarray()[0, 0])
    (carried,) = carriers(units, vectors, [first])
    return carried.sources, similarity


def test_shared_names_alone_do_not_credit_an_article(tmp_path: Path) -> None:
    sources, similarity = _carried(tmp_path, PILE)
    assert similarity >= SUPPORT  # the names alone reach the threshold
    assert sources == ("a", "c")  # the reworded statement is credited, the other is not


def test_a_sentence_opening_word_counts_when_the_other_writes_it_in_lower_case() -> None:
    from brief.summary.attribution import holds_plain_word, summary_words, word_stems

    opening = summary_words("Assistant coach Ilse Brandt will lead the team for now.")
    later = word_stems("Ilse Brandt, his assistant, takes charge of training.")
    assert holds_plain_word(opening, later)
    assert not holds_plain_word(opening, word_stems("Ilse Brandt Of Marlow Town."))
    # a name opening the sentence is still a name: another outlet naming him says nothing more
    named = summary_words("Brandt said the team would train at dawn. \u201cEarly suits us.\u201d")
    assert not holds_plain_word(named, word_stems("Ilse Brandt joined the club from Marlow."))
    assert holds_plain_word(named, word_stems("The squad will train at dawn, Brandt said."))


# A title written before a name is part of the name; the other outlet writing it in lower case
# after the name shares the who, not the what.
TRIP = {
    "a": "Harbour Board Chairman Tomas Rell flew to Lisbon on Monday for talks with lenders.\n"
    "Dock workers voted to accept the new rota.\n",
    # the same man, his title in lower case, on the same day: another statement
    "b": "Tomas Rell, the harbour board chairman, warned on Monday that fares must rise.\n"
    "The old crane will be sold for scrap.\n",
    # the trip, reworded
    "c": "Tomas Rell travelled to Lisbon on Monday to meet the lenders.\n"
    "A bakery opened beside the ferry terminal.\n",
}


def test_a_title_the_other_outlet_writes_in_lower_case_does_not_credit_it(
    tmp_path: Path,
) -> None:
    from brief.summary.attribution import word_stems

    sources, similarity = _carried(tmp_path, TRIP)
    assert similarity >= SUPPORT  # names, title and day reach the threshold
    board = word_stems("Tomas Rell, the harbour board chairman, warned on Monday")
    assert {"harbour", "board", "chairman"} <= board[1]  # written in lower case there
    assert sources == ("a", "c")
