"""Speakers resolved as an editor would: documents, introductions, pronoun chains, things.

Every article here is invented; each test names the rule it checks.
"""

from __future__ import annotations

from pathlib import Path

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of
from brief.quotes.rules import switched_off


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body, encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def speaker_of(found: list[QuoteVariant], needle: str) -> str:
    hits = [v for v in found if needle in v.text]
    assert len(hits) == 1, (needle, [v.text for v in found])
    return hits[0].speaker


def test_the_report_speaks_for_the_outlet_that_published_it(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The ferry will stop running in March, reported the Coastal Herald.\n\n"
        "Officials have not said what will replace it.\n\n"
        "Ticket sales fell by a third last year, the report said.",
    )
    assert speaker_of(found, "Ticket sales fell") == "Coastal Herald"


def test_the_study_speaks_for_its_named_author(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "According to a study by the Northwind Institute, ferries carry fewer people each "
        "year.\n\nThe study said that most travellers now drive across the bridge instead.",
    )
    assert speaker_of(found, "most travellers now drive") == "Northwind Institute"


def test_a_report_without_an_author_is_no_speaker(tmp_path: Path) -> None:
    found = statements(
        tmp_path, "The report said that ticket sales fell by a third over the past year."
    )
    assert speaker_of(found, "ticket sales fell") == "unattributed"


def test_a_person_introduced_with_a_role_is_the_next_he(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        '"The crossing is the best part of my day," Tom Reed said. "I will miss it."\n\n'
        "The closure also worries Springfield accountant Jim Farley, 50. "
        '"I have taken this boat to work for twenty years," he says.',
    )
    assert speaker_of(found, "twenty years") == "Jim Farley"


def test_a_title_is_no_introduction(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Harbour master Ann Lowe warned the public on Monday not to speculate about Mayor "
        "Tom Reed's plans. She said that the board had received many complaints.",
    )
    assert speaker_of(found, "many complaints") == "Ann Lowe"


def test_a_pronoun_subject_keeps_its_referent_in_focus(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Mayor Tom Reed said the budget for the ferry was balanced.\n\n"
        "After Ann Lowe left, she published a statement on her website.\n\n"
        '"The board must be free from political pressure," her statement said.',
    )
    assert speaker_of(found, "free from political pressure") == "Ann Lowe"


def test_a_name_inside_a_noun_phrase_is_no_subject(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "In a Facebook post to his constituents at the time, Tom Reed expressed concern "
        "about the plan.\n\n"
        '"As a sailor for twenty years, I worry about the safety of the new boats," he wrote.',
    )
    assert speaker_of(found, "As a sailor") == "Tom Reed"


def test_a_surname_two_people_share_stays_as_written_when_they_tie(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Robert Keel was driving the truck. His brother Brent Keel was asleep beside him.\n\n"
        "Keel said that the warning sign had been knocked over by the storm.",
    )
    assert speaker_of(found, "warning sign") == "Keel"


def test_a_surname_goes_to_the_person_named_more_often(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Former judge Ann Keel is running for the board. Ann Keel, 61, was born in the port "
        "town; her uncle Brent Keel ran the ferry for years.\n\n"
        "Keel said that the ferry should run all winter.",
    )
    assert speaker_of(found, "run all winter") == "Ann Keel"


def test_an_affiliation_after_a_person_is_not_the_speaker(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Marine biology professor Ann Keel at the University of Northwind says the warm "
        "water has driven the fish further north.",
    )
    assert speaker_of(found, "warm water") == "Ann Keel"


def test_an_epithet_means_the_person_last_named_in_its_paragraph(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        '"The ferry is our lifeline," Mayor Tom Reed said on Monday.\n\n'
        "I am talking about Ann Keel, who sailed to North America as a child. "
        '"We carry everything on this boat," says the 61-year-old captain of the ferry.',
    )
    assert speaker_of(found, "We carry everything") == "Ann Keel"


def test_the_heading_gives_a_named_speaker_its_description_once(tmp_path: Path) -> None:
    from brief.quotes import by_speaker, extract_quotes

    path = tmp_path / "story.txt"
    path.write_text(
        "Harbour board weighs new ferry plan\n\n"
        "The ferry must run all winter, said Ann Keel, deputy head of the harbour board.\n\n"
        "Keel later said that the board would meet again in March.",
        encoding="utf-8",
    )
    groups = by_speaker(extract_quotes(load_paths([str(path)]).articles))
    assert [name for name, _ in groups] == ["Ann Keel, deputy head of the harbour board"]
    assert len(groups[0][1]) == 2


def test_a_surname_merges_with_the_full_name_another_outlet_gives(tmp_path: Path) -> None:
    from brief.quotes import extract_quotes

    (tmp_path / "a.txt").write_text(
        "Ferry plan\n\nFerry founder Ann Keel said that the service would go on.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Harbour news\n\nKeel said on Monday that the harbour needs a second pier.\n",
        encoding="utf-8",
    )
    clusters = extract_quotes(load_paths([str(tmp_path)]).articles)
    assert {c.speaker for c in clusters} == {"Ann Keel"}


def test_a_surname_shared_by_two_full_names_elsewhere_is_not_merged(tmp_path: Path) -> None:
    from brief.quotes import extract_quotes

    (tmp_path / "a.txt").write_text(
        "Ferry plan\n\nFerry founder Ann Keel said that the service would go on.\n\n"
        "Her brother Brent Keel said that the boats are old.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Harbour news\n\nKeel said on Monday that the harbour needs a second pier.\n",
        encoding="utf-8",
    )
    clusters = extract_quotes(load_paths([str(tmp_path)]).articles)
    assert "Keel" in {c.speaker for c in clusters}


# --- pronouns inside a statement, shown the editor's way ------------------------------


def test_a_pronoun_whose_referent_is_in_the_previous_sentence_reads_in_brackets(
    tmp_path: Path,
) -> None:
    from brief.quotes import extract_quotes
    from brief.quotes.reading import read_quote

    body = (
        "The city is promoting Harbourline, a new ferry app built by Acme. Many people "
        "signed up, but critics say it remains slower than the bus."
    )
    found = statements(tmp_path, body)
    statement = next(v for v in found if "slower" in v.text)
    assert statement.text.startswith("it remains")  # the span keeps the original words
    path = tmp_path / "story.txt"
    article = load_paths([str(path)]).articles[0]
    assert article.text[statement.span[0] : statement.span[1]].startswith("it remains")
    (cluster,) = [c for c in extract_quotes([article]) if "slower" in c.text]
    assert read_quote(cluster) == "Said that [Harbourline] remains slower than the bus"


def test_a_pronoun_meaning_the_speaker_or_nothing_stays_as_written(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The city is promoting Harbourline, a new ferry app built by Acme.\n\n"
        "Ann Keel, a councillor, said she wants a vote on the app.\n\n"
        "The city is promoting Harbourline, a new ferry app built by Acme. Officials "
        "said it is up to the riders to decide.",
    )
    assert all(not v.referents for v in found)


def test_an_apposition_may_hold_a_noun_or_a_relative_clause_with_a_cue_word(
    tmp_path: Path,
) -> None:
    found = statements(
        tmp_path,
        "Ann Keel, a co-author of the study, says there is a growing risk to the ferry.\n\n"
        "Tom Reed, an engineer who writes about ships, noted that the hull is old.",
    )
    assert speaker_of(found, "growing risk") == "Ann Keel"
    assert speaker_of(found, "hull is old") == "Tom Reed"


def test_a_title_with_its_department_is_no_part_of_the_name(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Secretary of Transport Ann Keel said that the ferry will keep running.\n\n"
        "Keel also said that the fares will stay as they are.",
    )
    assert speaker_of(found, "ferry will keep") == "Ann Keel"
    assert speaker_of(found, "fares will stay") == "Ann Keel"
    assert {v.speaker_role for v in found} == {"Secretary of Transport"}


def test_a_statement_released_by_a_body_speaks_for_it(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "A statement released by the Harbour Board said that the ferry will keep running.",
    )
    assert speaker_of(found, "ferry will keep") == "Harbour Board"


def test_a_thing_never_speaks(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Lawmakers passed the Harbour Act, a law that caps ferry fares, on Monday.\n\n"
        "The Harbour Act says that ferries must run all year.\n\n"
        "Ann Keel, a law professor at the university, said that the act is sound.",
    )
    assert speaker_of(found, "must run all year") == "unattributed"
    assert speaker_of(found, "act is sound") == "Ann Keel"


def test_an_acronym_is_the_name_whose_initials_it_spells(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The Harbour Ferry Authority released its budget on Monday.\n\n"
        "The HFA said that fares will rise by two per cent.\n\n"
        "The Northwind Shipping Board (NSB) met on Tuesday. The NSB said that new boats "
        "will arrive in May.",
    )
    assert speaker_of(found, "fares will rise") == "Harbour Ferry Authority"
    assert speaker_of(found, "new boats") == "Northwind Shipping Board"


def test_a_description_never_means_another_description(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The former captain announced that he will retire, saying the crew needs a change.\n\n"
        "The mayor also said he notices a lot of confusion about the ferry budget.",
    )
    assert speaker_of(found, "confusion") == "mayor"


def test_a_name_with_a_lower_case_particle_speaks(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The armed group al-Harbour, a militia fighting the government, said that it "
        "carried out the raid.\n\nThe group al-Harbour claimed responsibility for the raid.",
    )
    assert speaker_of(found, "carried out the raid") == "al-Harbour"
    assert not [v for v in found if "responsibility" in v.text]  # an act, no statement


def test_a_quantifier_standing_for_people_speaks(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Some suggested that the ferry season could be extended.\n\n"
        "Most of the riders said the boats are old.\n\n"
        "Some claims that the boats are unsafe were false.",
    )
    assert speaker_of(found, "season could be extended") == "some"
    assert speaker_of(found, "boats are old") == "most of the riders"
    assert not [v for v in found if "unsafe" in v.text]  # "some claims": a noun


def test_a_participle_before_a_described_group_is_no_part_of_its_name(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The island was cut off in the storm - appointed harbour authorities said the "
        "ferry would run again in May.\n\n"
        "On Tuesday, armed residents said the pier was closed.\n",
    )
    assert speaker_of(found, "run again in May").lower() == "harbour authorities"
    assert speaker_of(found, "pier was closed").lower() == "armed residents"  # one word follows


def test_a_cue_word_used_as_a_noun_modifies_the_speaker(tmp_path: Path) -> None:
    # "state" and "ruling" are also verbs of saying; before a head noun they modify it
    found = statements(
        tmp_path,
        "State officials said the ferry would stop in March.\n\n"
        "Late on Monday the ruling party said the pier would be rebuilt.\n",
    )
    assert speaker_of(found, "stop in March").lower() == "state officials"
    assert speaker_of(found, "pier would be rebuilt").lower() == "ruling party"


def test_a_plural_head_before_its_prepositional_phrase_takes_say(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Advisers to the mayor say she has grown tired of the ferry debate.\n\n"
        "Photo by Ann Vickers at a state ceremony in the harbour.\n",
    )
    assert [v.speaker.lower() for v in found] == ["advisers to the mayor"]


def test_a_participle_after_an_opening_time_clause_is_the_main_subjects(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "A day before Mayor Ann Keel and Tom Reid were to meet at the pier, the Ferry Workers "
        "Union announced a strike, saying the fare rise would hurt its members.\n",
    )
    assert speaker_of(found, "fare rise would hurt") == "Ferry Workers Union"


def test_a_speaker_phrase_may_end_in_a_reduced_relative(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    found = statements(
        tmp_path,
        "Protesters arrested last week said the police had pushed them to the ground."
        "\n\nA study conducted by the Island Institute found that fares had doubled since "
        "2010.\n",
    )
    assert speaker_of(found, "police had pushed them") == "protesters arrested"
    assert speaker_of(found, "fares had doubled") == "Island Institute"
    assert read_variant(next(v for v in found if "fares" in v.text)).startswith("Found that")


def test_a_past_tense_verb_right_before_a_cue_word_is_no_reduced_relative(
    tmp_path: Path,
) -> None:
    found = statements(
        tmp_path,
        "The ferry union accused the board of cutting winter service after officials "
        "restricted calls on the harbour radio.\n",
    )
    assert [v.text for v in found] == [
        "the board of cutting winter service after officials restricted calls on the harbour radio"
    ]


def test_a_named_antecedent_after_a_verb_speaks_for_who(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The union backed Ann Keel, who says she will keep the ferry running all winter.\n",
    )
    assert speaker_of(found, "keep the ferry running") == "Ann Keel"


def test_a_plural_subject_before_an_apposition_takes_the_bare_verb(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Critics, however, say the new fares will cost island families far more.\n\n"
        "Residents of the island, many of them fishermen, say the ferry is far too slow.\n\n"
        "Mayor Ann Keel vowed on Monday to keep the ferry running all winter.\n",
    )
    assert speaker_of(found, "cost island families").lower() == "critics"
    assert speaker_of(found, "far too slow").lower() == "residents of the island"
    assert speaker_of(found, "keep the ferry running") == "Ann Keel"


def test_neither_nor_is_nobody_saying_and_no_part_of_a_name(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Ann Keel said the fares would rise next spring for all riders.\n\n"
        "Neither Keel nor Tom Reid would say whether the fares would rise for visitors.\n",
    )
    assert [(v.text, v.speaker) for v in found] == [
        ("the fares would rise next spring for all riders", "Ann Keel")
    ]


def test_a_predeterminer_belongs_to_the_speaker_phrase(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "All the experts said the new fares were fair for the island.\n\n"
        "Both her parents said the ferry was safe for children.\n\n"
        "Both of the skippers said the pier needed repairs before winter.",
    )
    assert speaker_of(found, "fares were fair") == "experts"
    assert speaker_of(found, "ferry was safe") == "parents"
    assert speaker_of(found, "pier needed repairs") == "both of the skippers"


def test_a_contact_clause_after_people_leaves_them_the_speakers(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "All the skippers I interviewed said the new pier was too short.\n\n"
        "Everyone we asked said the fares were too high for families.",
    )
    assert speaker_of(found, "new pier was too short") == "skippers"
    assert speaker_of(found, "fares were too high") == "everyone"


def test_a_participle_clause_opening_the_sentence_is_no_speaker(tmp_path: Path) -> None:
    """The subject after "Having …, " speaks, resolved as it would be without the clause."""
    clauses = (
        "Having made money in shipping after the war, ",
        "Returning to the harbour after ten years away, ",
        "Writing in a letter to the board last week, ",
    )
    for before in ("", "Tomas Brandvik, a shipowner from Merrow, spoke on Monday.\n\n"):
        plain = before + "He has said that the harbour needs a new crane."
        expected = speaker_of(statements(tmp_path, plain), "new crane")
        for clause in clauses:
            body = before + clause + "he has said that the harbour needs a new crane."
            assert speaker_of(statements(tmp_path, body), "new crane") == expected, clause
    found = statements(
        tmp_path,
        "Having sold her ferries in the spring, Ilse Varga said that the crane would cost "
        "two million crowns.",
    )
    assert speaker_of(found, "two million crowns") == "Ilse Varga"


def test_a_name_opening_the_sentence_still_speaks(tmp_path: Path) -> None:
    """ "Manning said …, " and "Beijing on Monday said …, ": names, not participles."""
    found = statements(
        tmp_path,
        "Dana Manning said the ferry would run again in the spring, once the pier is fixed.\n\n"
        "Manning said the board had the money for it, and the work could start soon.\n\n"
        "Harbin Ewing on Monday said that ticket prices would stay the same, for now.",
    )
    assert speaker_of(found, "board had the money") == "Dana Manning"
    assert speaker_of(found, "ticket prices") == "Harbin Ewing"


def _speakers_of(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return [v.speaker for v in statements_of(load_paths([str(path)]).articles[0])]


def test_a_description_may_tell_what_the_text_had_not_said(tmp_path: Path) -> None:
    """An editor's second reference adds to a person ("the professor" after "founder X")."""
    body = (
        "Ann Keel, the founder of the ferry line, toured the pier. "
        "The professor said the fares would fall."
    )
    assert _speakers_of(tmp_path, body) == ["Ann Keel"]


def test_the_office_holder_is_the_only_one_named_with_the_office(tmp_path: Path) -> None:
    """Far from any mention, "the mayor" is the article's one mayor; with two, nobody."""
    filler = "".join(f"The ferry ran late on day {n} of the winter.\n\n" for n in range(9))
    one = "The council thanked Mayor Ann Keel for the pier.\n\n"
    two = one + "Former mayor Tom Reed opened it in 1990.\n\n"
    last = "The mayor said the winter fares would fall."
    assert _speakers_of(tmp_path, one + filler + last) == ["Ann Keel"]
    assert _speakers_of(tmp_path, two + filler + last) == ["mayor"]


def test_a_quotation_after_an_order_stays_the_speakers_own(tmp_path: Path) -> None:
    """ "X scolded Y: "...," she said": the quotation is X's words, not a report of them."""
    body = 'Ann Keel scolded the board: "You have let the riders down," she said.'
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    found = statements_of(load_paths([str(path)]).articles[0])
    assert [v.speaker for v in found] == ["Ann Keel"]
    assert all(not v.text.startswith("Ann Keel") for v in found)


def test_a_pronoun_keeps_to_a_person_of_its_gender_when_the_text_says_it(
    tmp_path: Path,
) -> None:
    """ "she" is not the one the text calls a son or a husband; a person it says nothing
    of fits either pronoun (a first name tells nothing)."""
    body = (
        "Ann Keel runs the ferry line with her husband Tom Reed.\n\n"
        "When Tom Reed left the island, she said the boats would keep running."
    )
    assert _speakers_of(tmp_path, body) != ["Tom Reed"]
    body = "Kim Reed runs the ferry line.\n\nWhen Kim Reed left, she said the boats would run."
    assert _speakers_of(tmp_path, body) == ["Kim Reed"]


def test_a_courtesy_title_tells_a_pronoun_who_it_may_be(tmp_path: Path) -> None:
    """ "Ms Keel said ... Mr Brand had said ...; he said": "he" is Mr Brand, not Ms Keel."""
    body = (
        "Ms Keel said the island would keep its ferry. A day earlier, Mr Brand had said only "
        'two boats would run. The timetable "will be final", he said.'
    )
    assert _speakers_of(tmp_path, body)[-1] == "Brand"


def test_a_report_of_a_statement_needs_an_attribution_that_closes_the_sentence(
    tmp_path: Path,
) -> None:
    """ "X said Y, prompting Z to raise questions over W": no one reports X's statement."""
    body = (
        "Harbour Ferry Line said Island Boats would probably drop a berth lease, "
        "prompting traders to raise questions over the size of its spare cash."
    )
    assert _speakers_of(tmp_path, body) == ["Harbour Ferry Line"]


def test_she_near_men_only_is_nobody_rather_than_a_place(tmp_path: Path) -> None:
    body = (
        "Harbourtown voted on Monday. Mr Tom Reed spoke to the board for an hour.\n\n"
        '"We will win the vote," she said.'
    )
    assert _speakers_of(tmp_path, body) == ["unattributed"]


def test_labelled_fact_lines_name_no_one_and_break_nothing_after(tmp_path: Path) -> None:
    """A fact sheet's "LABEL: value" lines are read as labels naming nobody; they were kept
    as an empty-named person, and a later "the mayor" looking for one crashed the article."""
    found = statements(
        tmp_path,
        "OHIO\n\nVOTING RULES: One ballot listing every candidate. Only members' votes count.\n\n"
        "DELEGATES: 146 Democratic, 69 Republican, winner take all.\n\n"
        '"It is a state that looks like the country," said Mara Lindqvist, a pollster.\n\n'
        "TEXAS\n\nVOTING RULES: Open primary. Any voter may take part.\n\n"
        "The state's party leaders said the turnout would be high. The mayor said he "
        "expected long lines.",
    )
    assert speaker_of(found, "looks like the country") == "Mara Lindqvist"
    assert all(v.speaker.strip() for v in found)
    assert any("long lines" in v.text for v in found)


def test_a_body_named_after_a_place_keeps_its_nouns(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The Wexmouth harbour board said on Monday that mooring fees would rise next year.\n\n"
        "The board said it had no choice after the storm.\n\n"
        "The Ostland city council said that the bridge would close for repairs.",
    )
    assert speaker_of(found, "mooring fees would rise") == "Wexmouth harbour board"
    assert speaker_of(found, "no choice") == "Wexmouth harbour board"  # "the board": the body
    assert speaker_of(found, "bridge would close") == "Ostland city council"


def test_a_role_or_an_agency_speaks_for_the_name(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The Norvik news agency said that the ferry talks would resume in May.\n\n"
        "A Wexmouth council spokesman said that the fares were under review.",
    )
    assert speaker_of(found, "talks would resume") == "Norvik"
    assert speaker_of(found, "fares were under review") == "Wexmouth council"


def test_new_opens_a_name_before_another_capital(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The fees will rise in May, The New Carvel Gazette reported.\n\n"
        "New Ostland said the ferry will keep running.\n\n"
        "New figures show the harbour is full, Tom Brand said.",
    )
    assert speaker_of(found, "fees will rise") == "New Carvel Gazette"
    assert speaker_of(found, "ferry will keep") == "New Ostland"
    assert speaker_of(found, "harbour is full") == "Tom Brand"  # "New figures": no name


def test_two_name_particles_in_a_row_stay_in_the_name(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Anna von der Keel said the ferry will keep running.\n\n"
        "The fees will rise in May, said Tom van den Brand.",
    )
    assert speaker_of(found, "ferry will keep") == "Anna von der Keel"
    assert speaker_of(found, "fees will rise") == "Tom van den Brand"


def test_a_name_opening_with_new_is_no_person_he_can_mean(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Tom Brand met the board on Monday. New Carvel will pay for a new ferry. "
        '"We will keep the ferry running," he said.',
    )
    assert speaker_of(found, "keep the ferry") == "Tom Brand"


def test_people_on_or_in_a_body_speak_not_the_body(tmp_path: Path) -> None:
    """ "Opponents on the council said": the opponents, not the council (or its town)."""
    found = statements(
        tmp_path,
        "The Wexmouth council voted on Tuesday to build a second ferry pier.\n\n"
        "Opponents on the council said the pier was too costly for a town of its size.\n\n"
        "Critics in the union said the new rota would leave crews short in winter.",
    )
    assert speaker_of(found, "too costly").casefold() == "opponents on the council"
    assert speaker_of(found, "leave crews short").casefold() == "critics in the union"


def test_people_in_a_place_speak_as_those_people(tmp_path: Path) -> None:
    """ "Residents in Wexmouth said": the residents, not the town named last."""
    found = statements(
        tmp_path,
        "Councillor Mara Lind of Wexmouth spoke after the vote.\n\n"
        "Residents in Wexmouth said the pier would bring jobs back to the harbour.",
    )
    assert speaker_of(found, "bring jobs back").casefold() == "residents in wexmouth"


def test_a_person_in_a_place_is_the_person_not_the_place(tmp_path: Path) -> None:
    """ "The BBC's X in Moscow says": the correspondent speaks, the city does not."""
    found = statements(
        tmp_path,
        "The harbour board approved the second pier on Monday.\n\n"
        "Our correspondent Tomas Breck in Wexmouth says most crews expect longer shifts.\n\n"
        "Halvard Shipping in Keelby said the pier would not change its timetable.",
    )
    assert speaker_of(found, "longer shifts") == "Tomas Breck"
    assert speaker_of(found, "change its timetable") == "Halvard Shipping"


def test_a_plural_possessive_in_the_attribution_keeps_the_speaker(tmp_path: Path) -> None:
    """ "said X of the riders' association": the apostrophe was read as a stray mark, the
    inverted attribution failed and the quotation had no speaker."""
    quote = '"The fares hit those who can least afford them," said Lena Marsh of the '
    assert _speakers_of(tmp_path, quote + "riders' association.") == ["Lena Marsh"]
    assert _speakers_of(tmp_path, quote + "riders\u2019 association.") == ["Lena Marsh"]


def test_the_press_is_the_speaker_not_the_one_quoted_before(tmp_path: Path) -> None:
    """ "the local press reported" names the press: "press" is a body like "newspaper",
    not a spokesperson's role, so it no longer went to the last speaker's organisation."""
    found = statements(
        tmp_path,
        '"We will buy more boats," said line chairman Tom Brand. The local press reported '
        "that the ferry line was looking to buy a rival.\n",
    )
    assert speaker_of(found, "looking to buy a rival") == "local press"
    assert speaker_of(found, "buy more boats") == "Tom Brand"


def test_a_possessive_speaker_is_its_owner_unless_the_name_keeps_it(tmp_path: Path) -> None:
    # rule "possessed subject": no speaker reads "Keel's"; "Marlow's" is a shop's name
    body = (
        "Ann Keel opened a fish stall in Keelby in June.\n\n"
        "Keel's advice earned her a rebuke for saying that fish oil was a "
        '"magic cure for every ache and pain and for most colds."\n\n'
        "Marlow's announced it would close two cafes, but denied the move was a result of "
        "the ferry cuts."
    )
    found = statements(tmp_path, body)
    assert speaker_of(found, "magic cure") == "Keel"
    assert speaker_of(found, "ferry cuts") == "Marlow's"
    with switched_off("possessed subject"):
        assert speaker_of(statements(tmp_path, body), "magic cure") == "Keel's"


def test_a_body_always_written_with_the_is_no_surname(tmp_path: Path) -> None:
    # rule "definite surname" merges a surname that "the" rarely precedes, not "the Herald"
    found = statements(
        tmp_path,
        "Tom Herald sold his boat in May.\n\n"
        "The ferry will stop running in March, the Herald reported on Monday.",
    )
    assert speaker_of(found, "stop running") == "Herald"


def test_a_capitalised_cue_word_in_an_apposition_is_part_of_a_name(tmp_path: Path) -> None:
    # rule "name word": "States" in "United States" is no verb ending the apposition
    body = (
        '"The plan is very clear: to make the pier look safe for all," Tom Hale, a senior '
        "fellow at the Harbour Institute and a former United States envoy, said of the board."
    )
    assert speaker_of(statements(tmp_path, body), "very clear") == "Tom Hale"
    with switched_off("name word"):
        assert speaker_of(statements(tmp_path, body), "very clear") != "Tom Hale"


def test_an_example_after_like_is_in_focus_a_likeness_is_not(tmp_path: Path) -> None:
    # rule "likeness": "who like X was born" compares; "For some, like X, 34," gives an example
    body = (
        '"We are sure the fund works," said Sam Lowe, a fund official.\n\n'
        "For some, like Tom Brand, 34, a former harbour guard, the row is a fine thing. "
        '"That everybody is grumbling shows the fund is working," he said.'
    )
    assert speaker_of(statements(tmp_path, body), "fund is working") == "Tom Brand"


def test_a_sentence_calling_on_someone_after_a_question_is_a_statement(tmp_path: Path) -> None:
    # rule "question setting": "asked before going off" is a setting; "called on X" is not
    body = (
        "''Mr. Brand's move was wrong,'' declared Rep. Ann Keel. ''Will there be a new "
        "test for every captain?'' She called on the board to tell sins from crimes."
    )
    assert speaker_of(statements(tmp_path, body), "tell sins from crimes") == "Ann Keel"


def test_an_abbreviation_is_no_surname_of_a_run_that_ends_with_it(tmp_path: Path) -> None:
    # rule "definite surname" joins "the Keel of old" to "Ann Keel", never "the U.S." to
    # "Direct U.S.", a sentence's first words
    from brief.quotes.names import Names
    from brief.quotes.units import units_of

    path = tmp_path / "story.txt"
    path.write_text(
        "Harbour aid\n\nThe U.S. sent boats. U.S. ships came. U.S. crews helped. U.S. aid "
        "grew.\n\nDirect U.S. aid to Keelby would send a message to the region.\n\n"
        "Ann Keel ran the port. Keel spoke first. Keel said more. Back to the Keel of old.",
        encoding="utf-8",
    )
    article = load_paths([str(path)]).articles[0]
    names = Names(article.text, units_of(article))
    assert names.canonical("U.S") == "U.S"
    assert names.canonical("Keel") == "Ann Keel"


def test_a_family_that_spoke_is_no_he_of_the_next_quotation(tmp_path: Path) -> None:
    # rule "possessed subject": "Brand's family" speaks as a group, so "he added" is Brand
    body = (
        "For Tom Brand, however, the closure is a blow. Brand's family has fished from the "
        'pier for decades and has urged the board to keep it open "as a matter of tradition '
        'and of livelihood."\n\n"We have nowhere else to land the boats," he added.'
    )
    found = statements(tmp_path, body)
    assert speaker_of(found, "tradition") == "Brand's family"
    assert speaker_of(found, "nowhere else") == "Tom Brand"


def test_a_role_opening_the_sentence_keeps_its_first_word(tmp_path: Path) -> None:
    # "Fire chief X said": the sentence's capital is no reason to drop "fire" from the role
    found = statements(
        tmp_path,
        "A fire closed the harbour cafe on Monday.\n\n"
        "Fire chief Ann Keel said the blaze started in the kitchen of the cafe.\n\n"
        "Police chief Tom Brand said the harbour road would stay closed all week.\n\n"
        "Acme founder Lee Hart said the cafe was insured for the full amount.\n\n"
        "Acme shares rose. Keelby harbour board said the pier would reopen soon.",
    )
    roles = {v.speaker: v.speaker_role for v in found}
    assert roles["Ann Keel"] == "fire chief"  # "fire" is written in lower case elsewhere
    assert roles["Tom Brand"] == "police chief"  # a body noun: a common word
    assert roles["Lee Hart"] == "Acme founder"  # a name, as written


def test_a_sentence_opener_that_is_no_role_stays_out(tmp_path: Path) -> None:
    # a time word opening the sentence is no part of the role ("yesterday fire chief")
    found = statements(
        tmp_path,
        "Yesterday fire chief Ann Keel said the blaze started in the kitchen of the cafe.",
    )
    roles = {v.speaker: v.speaker_role for v in found}
    assert roles["Ann Keel"] == "fire chief"


def test_a_relative_speaks_for_nobody_but_the_relative(tmp_path: Path) -> None:
    # rule "kinship": "the brother of X", "his brother" is never X nor the one in focus
    found = statements(
        tmp_path,
        "Sam Brand won the ferry race on Monday.\n\n"
        "The rookie, the younger brother of Sam Brand, said the pier was rotten and unsafe.\n\n"
        "His sister said the harbour board had ignored the warnings for years.",
    )
    assert speaker_of(found, "pier was rotten") == "younger brother of Sam Brand"
    assert speaker_of(found, "ignored the warnings") == "Sam Brand's sister"


def test_a_relative_named_before_is_that_person(tmp_path: Path) -> None:
    # "Brand's father, Joseph, ..." then "His father said": Joseph, as before the rule
    found = statements(
        tmp_path,
        "Sam Brand won the ferry race on Monday.\n\n"
        "Brand's father, Joseph, said his son had trained for years on the harbour.\n\n"
        "His father said the pier was rotten and unsafe for the boats.",
    )
    assert speaker_of(found, "pier was rotten") == "Joseph"


def test_a_description_before_the_name_is_its_role(tmp_path: Path) -> None:
    # "The town's fire chief, Sam Lowe, said": the panel shows "Sam Lowe, the town's fire chief"
    found = statements(
        tmp_path,
        "Yesterday the town's fire chief, Sam Lowe, said the crews stayed all night long.\n\n"
        "Its longtime manager, Ann Keel, said the staff would be paid in full this week.\n\n"
        "The woman, Jo Pike, said the boats in the marina were safe from the fire.",
    )
    roles = {v.speaker: v.speaker_role for v in found}
    assert roles["Sam Lowe"] == "the town's fire chief"
    assert not roles["Ann Keel"]  # "its" says whose manager to nobody reading the panel
    assert not roles["Jo Pike"]  # "the woman" describes nobody


def test_a_name_before_a_role_inside_a_sentence_is_part_of_it(tmp_path: Path) -> None:
    # "said Acme founder Lee Hart": the role is "Acme founder"; a longer name's tail is not
    found = statements(
        tmp_path,
        "The cafe was insured for the full amount, said Acme founder Lee Hart.\n\n"
        "Rates will stay low all year, said Bank of Keelby deputy governor Ann Keel.",
    )
    roles = {v.speaker: v.speaker_role for v in found}
    assert roles["Lee Hart"] == "Acme founder"
    assert roles["Ann Keel"] == "deputy governor"  # not "Keelby deputy governor"


def test_a_capitalised_two_word_office_stays_out_of_the_name(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Harbour Master Jo Pike said the pier would close on Friday.\n\n"
        '"It is older than the town," said Lighthouse Keeper Tom Reid.',
    )
    spoken = {(v.speaker, v.speaker_role) for v in found}
    assert spoken == {("Jo Pike", "Harbour Master"), ("Tom Reid", "Lighthouse Keeper")}


def test_general_after_an_office_ends_the_title(tmp_path: Path) -> None:
    # "Attorney General X": "General" is the title's last word, not the name's first
    found = statements(
        tmp_path,
        "The pier is old. Attorney General Ann Keel said the lease was void.\n\n"
        '"The board knew it," Keel said.',
    )
    assert {(v.speaker, v.speaker_role) for v in found} == {("Ann Keel", "Attorney General")}
    found = statements(tmp_path, "U.N. Secretary-General Tom Reid said the talks went well.")
    assert [v.speaker for v in found] == ["Tom Reid"]


def test_an_occupation_is_not_the_last_person_named_with_another_office(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Sam Brand, 19, joined the team in May. Coach Ann Keel picked him for the first game."
        '\n\n"I was nervous at first," the rookie defenceman said.',
    )
    assert speaker_of(found, "nervous") == "Sam Brand"
    found = statements(
        tmp_path,
        "Ann Keel, the mayor, opened the new pier on Monday.\n\n"
        '"We will add a second boat," the ferry operator said.',
    )
    # nobody in reach but the mayor: the description speaks as itself
    assert speaker_of(found, "second boat") == "ferry operator"


def test_an_office_description_still_finds_its_holder_and_synonyms(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'Mayor Ann Keel opened the pier. "We will add a boat," the mayor said.\n\n'
        'Home Secretary Tom Reid spoke on Monday. "The law is clear," the minister said.\n\n'
        'Jo Pike, the founder, spoke. "It floats," the lanky professor said.',
    )
    assert speaker_of(found, "add a boat") == "Ann Keel"
    assert speaker_of(found, "law is clear") == "Tom Reid"
    assert speaker_of(found, "It floats") == "Jo Pike"
    # a generic noun, a former occupation: any office holder may be meant
    found = statements(
        tmp_path,
        'President Ann Keel spoke. "We will add a boat," the island\'s leader said.\n\n'
        'Senator Tom Reid spoke. "It floats," the former trader said.',
    )
    assert speaker_of(found, "add a boat") == "Ann Keel"
    assert speaker_of(found, "It floats") == "Tom Reid"


def test_a_transcript_turn_runs_to_its_paragraph_end(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Radio host Tom Reed spoke to Mayor Ann Keel on Sunday.\n\n"
        '"KEEL: Critics think this is an episode of "Pier Wars." But this is the island. '
        "The fares will stay.\n\n"
        "REED: Thank you. The pier is old, the mayor said.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        (
            "Ann Keel",
            'Critics think this is an episode of "Pier Wars." But this is the island. '
            "The fares will stay.",
        ),
        ("Tom Reed", "Thank you"),
        ("Ann Keel", "The pier is old"),
    ]
