"""The quote panel as an editor reads it: a speaker is a person, a body or a group, not a
place, an opening adverb or a word cut from a longer phrase (QA twenty-third round).

Every article here is invented.
"""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import by_speaker, quotes_from, statements_of
from brief.quotes.reading import as_read


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body, encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def speakers(tmp_path: Path, body: str) -> list[str]:
    return [v.speaker for v in statements(tmp_path, body)]


def test_an_opening_adverb_before_a_comma_is_no_speaker(tmp_path: Path) -> None:
    body = (
        "Elsewhere, fishermen won the vote in Kelby, partly by stressing the board's "
        "opposition to the new pier."
    )
    assert "Elsewhere" not in speakers(tmp_path, body)


def test_the_place_a_titled_name_comes_from_is_not_the_next_he(tmp_path: Path) -> None:
    body = (
        "Governor Tom Reed of Kent Valley spoke at the harbour on Monday.\n\n"
        '"The ferry will run all winter," he said.'
    )
    assert speakers(tmp_path, body) == ["Tom Reed"]


def test_a_name_cut_at_a_number_or_a_joining_word_is_read_whole(tmp_path: Path) -> None:
    body = (
        '"The fares will fall," said 40 Winks, the singer.\n\n'
        "A Department for Ferries and Piers spokeswoman said that the pier would reopen.\n\n"
        "British Prime Minister Ann Keel said that the ferry would keep running."
    )
    assert speakers(tmp_path, body) == [
        "40 Winks",
        "Department for Ferries and Piers",
        "Ann Keel",
    ]


def test_a_word_the_article_also_writes_alone_stays_the_speaker(tmp_path: Path) -> None:
    # "Keelco" stands alone in the first sentence: it names the firm by itself, and a
    # title before a surname stays off it
    body = (
        "Keelco runs the night ferry.\n\nOn Monday Keelco said that fares would fall.\n\n"
        "President Reed said that the pier would reopen in May."
    )
    assert speakers(tmp_path, body) == ["Keelco", "Reed"]


def test_people_before_a_list_of_places_speak_but_not_a_fronted_place(
    tmp_path: Path,
) -> None:
    body = (
        "Ferry captains in Wexmouth, Kelby and Porthaven said their fears had proved "
        "groundless.\n\nBack in Kelby, Mr. Reed said, he decided to sell the boat."
    )
    found = statements(tmp_path, body)
    assert [v.speaker for v in found] == [
        "Ferry captains in Wexmouth, Kelby and Porthaven",
        "Reed",
    ]


def test_a_body_named_nowhere_keeps_its_article_or_its_possessive(tmp_path: Path) -> None:
    body = (
        "The Harbour Heritage Trust bought the old pier last year. The trust said it would "
        "reopen the pier in May.\n\nMayor Tom Reed visited the pier on Monday. Fares will "
        "rise, according to his office."
    )
    found = statements(tmp_path, body)
    assert [v.speaker for v in found] == ["Harbour Heritage Trust", "office"]
    assert [h for h, _ in by_speaker(quotes_from([found]))] == [
        "Harbour Heritage Trust",
        "His office",
    ]
    found = statements(tmp_path, "The old pier was sold.\n\nThe trust said it would reopen it.")
    assert by_speaker(quotes_from([found]))[0][0] == "The trust"
    body = "Jobs will go, a charity warned.\n\nThe bank said that it would pay for the pier."
    found = statements(tmp_path, body)
    assert [heading for heading, _ in by_speaker(quotes_from([found]))] == ["A charity", "The bank"]


def test_a_noun_phrase_stressed_reads_without_that() -> None:
    # "by stressing the board's plans to build piers": no clause, so no "that"; a clause
    # with its own verb keeps it
    assert as_read("Harbour Party plans to build more piers", "indirect", "stressing") == (
        "Stressed Harbour Party plans to build more piers"
    )
    assert as_read(
        "the board's opposition to piers that will cost millions", "indirect", "emphasizing"
    ) == ("Emphasized the board's opposition to piers that will cost millions")
    assert as_read("the fares would rise", "indirect", "stressed") == (
        "Stressed that the fares would rise"
    )
    assert as_read("he was right", "indirect", "stressed") == "Stressed that he was right"


def test_a_relative_clause_or_a_cut_subject_is_no_statement(tmp_path: Path) -> None:
    body = (
        "According to another captain who took notes, Reed said of the plan: "
        '"There is a lot of anger."\n\n'
        "Ian Moss said Ann Keel's personal doctor, Sam Brand, confirmed that the mayor "
        "was ill."
    )
    found = [(v.speaker, v.text) for v in statements(tmp_path, body)]
    assert found == [
        ("Reed", "There is a lot of anger."),
        ("Sam Brand", "that the mayor was ill"),
    ]


def test_a_description_runs_on_past_a_titles_full_stop(tmp_path: Path) -> None:
    found = statements(tmp_path, "Tom Reed, an aide to Rep. Ann Keel, said the vote would pass.")
    assert [(v.speaker, v.speaker_role) for v in found] == [
        ("Tom Reed", "an aide to Rep. Ann Keel")
    ]


def test_a_relative_is_described_as_whose_relative(tmp_path: Path) -> None:
    found = statements(tmp_path, 'President Tom Reed has a cold. "He is fine," his wife Ann said.')
    assert [(v.speaker, v.speaker_role) for v in found] == [("Ann", "Tom Reed's wife")]
    # the owner named inside the statement itself
    found = statements(tmp_path, "President Tom Reed's doctors say he is fine, his wife Ann said.")
    assert [(v.speaker, v.speaker_role) for v in found] == [("Ann", "Tom Reed's wife")]
    heading = by_speaker(quotes_from([found]))[0][0]
    assert heading == "Ann, Tom Reed's wife"


def test_the_place_a_spokesman_sits_in_is_no_speaker(tmp_path: Path) -> None:
    body = "On Sunday, a spokesman in Kelby said that the port was already under rebel control."
    assert speakers(tmp_path, body) == ["unattributed"]


def test_two_cues_of_one_subject_share_the_speaker_its_apposition_names(tmp_path: Path) -> None:
    """ "The operator, X, said A and called B": the apposition is read with the first cue's
    phrase only; the second cue has the same subject, so the same speaker (not the crews
    the headline is about, which "the operator" alone was taken for)."""
    path = tmp_path / "story.txt"
    path.write_text(
        "Island ferry crews strike over pay\n\n"
        "Crews walked off the island ferries on Monday after talks over pay broke down, "
        "leaving hundreds of commuters stranded.\n\n"
        "The operator, Harbour Link, said it had offered a four percent rise and called the "
        'strike "deeply disappointing for our passengers".\n\n'
        "Union organiser Mara Tolan said members would stay out until the offer improved.\n",
        encoding="utf-8",
    )
    found = statements_of(load_paths([str(path)]).articles[0])
    said = {v.text.split()[-1].strip('".'): v for v in found}
    assert said["rise"].speaker == "Harbour Link"
    assert said["passengers"].speaker == "Harbour Link"
    assert said["passengers"].speaker_mention == "The operator"  # as this cue's phrase reads
