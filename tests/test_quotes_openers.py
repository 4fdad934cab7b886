"""A statement that opened its sentence reads in lower case after "Said that" unless its
first word is a name (invented sentences only)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import Article, QuoteVariant
from brief.quotes import statements_of
from brief.quotes.reading import read_variant


def statements(tmp_path: Path, body: str) -> tuple[Article, list[QuoteVariant]]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour fees rise again\n\n" + body + "\n", encoding="utf-8")
    article = load_paths([str(path)]).articles[0]
    return article, statements_of(article)


def read(found: list[QuoteVariant], needle: str) -> QuoteVariant:
    hits = [v for v in found if needle in v.text]
    assert len(hits) == 1, (needle, [v.text for v in found])
    return hits[0]


def test_a_common_word_loses_the_capital_of_its_sentence(tmp_path: Path) -> None:
    article, found = statements(
        tmp_path,
        "Fuel costs rose sharply in the spring, the mayor said.\n\n"
        "The board buys its fuel from a supplier in the north.\n\n"
        "Crops failed across the valley, a farmer said. Only one crop was saved.",
    )
    fuel = read(found, "costs rose sharply")
    assert read_variant(fuel) == "Said that fuel costs rose sharply in the spring"
    assert article.text[fuel.span[0] : fuel.span[1]] == fuel.text  # the span is the words
    assert fuel.text.startswith("Fuel")  # as written, for the JSON export
    crops = read(found, "failed across the valley")  # "crop": the same word, another form
    assert read_variant(crops) == "Said that crops failed across the valley"


def test_names_and_i_keep_their_capital(tmp_path: Path) -> None:
    _, found = statements(
        tmp_path,
        "Ostland will answer the new fees, the minister said. She spoke in Ostland on Monday.\n\n"
        "I will not resign over the fees, the mayor said.\n\n"
        "New Carvel will lose its ferry, a councillor said. The new fees start in May.\n\n"
        "Tom Brand runs the harbour.\n\nBrand is a fair man, the mayor said.\n\n"
        "Hope will chair the board, the mayor said. Ann Hope has little hope of lower fees.",
    )
    assert read_variant(read(found, "will answer")) == "Said that Ostland will answer the new fees"
    assert read_variant(read(found, "not resign")).startswith("Said that I will")
    assert read_variant(read(found, "lose its ferry")).startswith("Said that New Carvel")
    assert read_variant(read(found, "a fair man")).startswith("Said that Brand is")
    # written in lower case too ("hope"), but capitalised inside a sentence: a name
    assert read_variant(read(found, "chair the board")).startswith("Said that Hope will")


def test_a_word_the_article_never_writes_in_lower_case_is_lowered(tmp_path: Path) -> None:
    # "Mooring" and "Secrecy" appear once, capitalised only by their sentence: no name
    _, found = statements(
        tmp_path,
        "Mooring fees will double next year, the mayor said.\n\n"
        "Secrecy has hurt the board, a councillor said.",
    )
    assert read_variant(read(found, "fees will double")) == (
        "Said that mooring fees will double next year"
    )
    assert read_variant(read(found, "hurt the board")) == "Said that secrecy has hurt the board"


def test_a_stop_word_a_title_capitalises_is_still_common(tmp_path: Path) -> None:
    _, found = statements(
        tmp_path,
        "The Wexmouth Gazette first reported the fees.\n\n"
        "The new fees start in May, the mayor told The Gazette.",
    )
    fees = read(found, "new fees start")
    assert fees.lower_opener  # "The" of "The Gazette" is no name
    assert read_variant(fees).startswith("Said that the new fees")


def test_another_form_of_a_name_keeps_the_capital(tmp_path: Path) -> None:
    _, found = statements(
        tmp_path,
        "Trade with Ostlandia has slowed since the fees rose.\n\n"
        "Ostlandian fishermen will stay away, the mayor said.\n\n"
        "The harbour is owned by Keel, who bought it in May.\n\n"
        "Keel's offer was fair, a councillor said.",
    )
    assert read_variant(read(found, "fishermen will stay")).startswith("Said that Ostlandian")
    assert read_variant(read(found, "offer was fair")).startswith("Said that Keel's offer")


def test_a_conjunction_linking_to_the_sentence_before_is_not_read(tmp_path: Path) -> None:
    _, found = statements(
        tmp_path,
        "The board wants a scapegoat. And that scapegoat is the ferry, Ann Keel said.\n\n"
        "But Keelby will pay for it, the mayor said.",
    )
    scapegoat = read(found, "scapegoat is the ferry")
    assert scapegoat.text.startswith("And that")  # the words as written
    assert read_variant(scapegoat) == "Said that that scapegoat is the ferry"
    assert read_variant(read(found, "will pay")) == "Said that Keelby will pay for it"


def test_an_owner_opening_the_sentence_keeps_its_capital(tmp_path: Path) -> None:
    _, found = statements(tmp_path, "Ostland's harbour is full, the mayor said.")
    assert read_variant(read(found, "harbour is full")) == "Said that Ostland's harbour is full"
