"""An article is credited with a summary sentence only when it says the same thing, not when
it merely names the same people: the two units must share a word one of them writes in
lower case (``attribution.share_plain_word``). Invented text."""

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


def test_a_word_capitalised_in_one_sentence_only_still_counts() -> None:
    from brief.summary.attribution import share_plain_word, word_stems

    opening = word_stems("Assistant coach Ilse Brandt will lead the team for now.")
    later = word_stems("Ilse Brandt, his assistant, takes charge of training.")
    assert share_plain_word(opening, later)
    assert not share_plain_word(opening, word_stems("Ilse Brandt Of Marlow Town."))
