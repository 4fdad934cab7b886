"""Each frame of reported speech is a rule of its own: it finds its statement, and with it
switched off the statement is gone (invented sentences only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.model import QuoteVariant
from brief.quotes import statements_of
from brief.quotes.rules import PILE_RULES, RULES, switched_off

CASES = [
    (
        "that-clause",
        "Mayor Ann Keel said on Monday that the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "bare clause",
        "Ann Keel, the mayor, said the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "quotation after",
        'Mayor Ann Keel told reporters: "The ferry stays."',
        "ferry stays",
        "Ann Keel",
    ),
    (
        "content before",
        "The ferry will keep running all winter, the harbour ministry said.",
        "ferry will keep running",
        "harbour ministry",
    ),
    (
        "dateline",
        "KEELBY (AP) -- The ferry will keep running all winter, the harbour ministry said.",
        "The ferry will keep running",
        "harbour ministry",
    ),
    (
        "setting tail",
        "The ferry will keep running all winter, Ann Keel told a news conference in Keelby.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "told object",
        '"The pier is rotten," Tom Brand, a fisherman, told the Keelby Herald.',
        "The pier is rotten",
        "Tom Brand",
    ),
    (
        "issued by",
        'The board met on Monday. "Fares must fall for all riders," said a statement released '
        "by the Keelby Harbour Board.",
        "Fares must fall",
        "Keelby Harbour Board",
    ),
    (
        "inverted",
        "The ferry will keep running all winter, said Ann Keel, the mayor.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "inverted parenthetical",
        "The real trouble, insists Ann Keel, the mayor, is the cost of the new ferry.",
        "is the cost of the new ferry",
        "Ann Keel",
    ),
    (
        "parenthetical",
        "The island ferry service, Mayor Ann Keel said, will keep running all winter.",
        "will keep running",
        "Ann Keel",
    ),
    (
        "coordinated predicate",
        "The old ferries are slow, Mayor Ann Keel said, and are mostly kept for short trips.",
        "mostly kept for short trips",
        "Ann Keel",
    ),
    (
        "relative",
        "The ferry stopped in a step the harbour board said was required to keep the line safe.",
        "was required to keep the line safe",
        "harbour board",
    ),
    (
        "addressee",
        "Mayor Ann Keel told an invited crowd at the harbour club the fares will stay as they are.",
        "the fares will stay as they are",
        "Ann Keel",
    ),
    (
        "order addressee",
        "Mayor Ann Keel told the harbour board to cut the winter fares by half.",
        "the harbour board to cut",
        "Ann Keel",
    ),
    (
        "according to",
        "According to Mayor Ann Keel, the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "in words",
        "Ann Keel runs the harbour. The old pier was, in her words, a real danger to boats.",
        "a real danger to boats",
        "Ann Keel",
    ),
    (
        "predicate after source",
        "Some of the worries, according to Mayor Ann Keel, include the pier's age and its cost.",
        "include the pier's age",
        "Ann Keel",
    ),
    (
        "source phrase",
        "According to two officials at the harbour board, the winter fares will rise in May.",
        "winter fares will rise",
        "officials at the harbour board",
    ),
    (
        "according aside",
        "The harbour board, according to Mayor Ann Keel, has quietly dropped the winter fares.",
        "dropped the winter fares",
        "Ann Keel",
    ),
    (
        "according copula",
        "The new ferry, according to Mayor Ann Keel, is too slow for the winter crossings.",
        "too slow for the winter",
        "Ann Keel",
    ),
    (
        "participle",
        "Mayor Ann Keel defended the budget, saying the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "document participle",
        "The harbour board issued a statement on Monday saying that the ferry will keep "
        "running all winter.",
        "ferry will keep running",
        "harbour board",
    ),
    (
        "and-cue",
        "Mayor Ann Keel said the budget is sound and added that the ferry will keep "
        "running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "quoted as saying",
        "The Coastal Herald quoted Mayor Ann Keel as saying the ferry will keep running "
        "all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "question",
        "Tom Reid asked the harbour board whether the ferry would run in the winter.",
        "whether the ferry would run",
        "Tom Reid",
    ),
    (
        "naming",
        "Mayor Ann Keel called the old ferry contract a costly mistake for the island.",
        "ferry contract a costly mistake",
        "Ann Keel",
    ),
    (
        "superlative naming",
        "Mayor Ann Keel called the new timetable the worst plan the board has had in years.",
        "worst plan the board",
        "Ann Keel",
    ),
    (
        "long naming",
        "Mayor Ann Keel called her vote in favour of the bridge plan a costly mistake.",
        "her vote in favour of the bridge plan",
        "Ann Keel",
    ),
    (
        "relative naming",
        'The board cut the ferry budget, which Mayor Ann Keel called "a betrayal of the island."',
        "betrayal of the island",
        "Ann Keel",
    ),
    (
        "stance",
        "Mayor Ann Keel criticized the harbour board for its slow work on the ferry.",
        "harbour board for its slow work",
        "Ann Keel",
    ),
    (
        "reference",
        "Mayor Ann Keel likened the harbour board's bridge plan to a lottery ticket.",
        "bridge plan to a lottery",
        "Ann Keel",
    ),
    (
        "noted object",
        "Mayor Ann Keel noted the rising cost of the ferry in an interview last week.",
        "rising cost of the ferry",
        "Ann Keel",
    ),
    (
        "citation",
        "Mayor Ann Keel cited the rising cost of fuel as the reason for the fare rise.",
        "rising cost of fuel as the reason",
        "Ann Keel",
    ),
    (
        "comparison",
        "Mayor Ann Keel compared the fare rise to a tax on every island family.",
        "fare rise to a tax",
        "Ann Keel",
    ),
    (
        "verbal attack",
        "Mayor Ann Keel attacked the harbour board for its slow work on the new ferry.",
        "slow work on the new ferry",
        "Ann Keel",
    ),
    (
        "accusation",
        "Tom Reid accused the harbour board of attempting to sink the island ferry.",
        "attempting to sink the island ferry",
        "Tom Reid",
    ),
    (
        "questioning",
        "Mayor Ann Keel questioned the integrity of the harbour board's vote on the ferry.",
        "integrity of the harbour board",
        "Ann Keel",
    ),
    (
        "demand in progress",
        "Mayor Ann Keel is calling for a second ferry to serve the outer islands.",
        "second ferry to serve",
        "Ann Keel",
    ),
    (
        "raised cue",
        "Mayor Ann Keel went on to say that the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "stance in progress",
        "Mayor Ann Keel is criticizing the harbour board for its slow work on the ferry.",
        "harbour board for its slow work",
        "Ann Keel",
    ),
    (
        "headline",
        "The ferry stopped on Monday.\n\nFerry Line Will Run All Winter, Mayor Ann Keel Says."
        "\n\nThe vote is next week.",
        "Will Run All Winter",
        "Ann Keel",
    ),
    (
        "contracted subject",
        "Mayor Ann Keel spoke at the pier on Monday.\n\n"
        "She's claiming that the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "partitive relative",
        "The fare rise angered the island's riders, many of whom say the new fares are too "
        "high for families.",
        "new fares are too high",
        "riders",
    ),
    (
        "which relative",
        "The Harbour Institute, which notes that ferry fares rose by a third, wants new boats.",
        "ferry fares rose by a third",
        "Harbour Institute",
    ),
    (
        "quantifier subject",
        "Some in the island's fishing community say the ferry has been late all year.",
        "ferry has been late",
        "some in the island's fishing community",
    ),
    (
        "noun frame",
        "Riders welcomed Mayor Ann Keel's promise that the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "response frame",
        '"The new ferry is a gift to the whole town" was the verdict of Mayor Ann Keel.',
        "gift to the whole town",
        "Ann Keel",
    ),
    (
        "message colon",
        "Ann Keel lost her boat in May. Her advice now is simple: never sail alone in winter.",
        "never sail alone in winter",
        "Ann Keel",
    ),
    (
        "topic",
        "Mayor Ann Keel spoke on Monday about the need for a second ferry to the islands.",
        "need for a second ferry",
        "Ann Keel",
    ),
    (
        "passive",
        "It was announced on Monday that the ferry will keep running all winter.",
        "ferry will keep running",
        "unattributed",
    ),
    (
        "object end",
        "Mayor Ann Keel praised the new skipper of the harbour ferry, who says he is honoured.",
        "new skipper of the harbour ferry",
        "Ann Keel",
    ),
    (
        "relative aside end",
        "Mayor Ann Keel, who says that the ferry lost money, will resign from the board.",
        "ferry lost money",
        "Ann Keel",
    ),
    (
        "narration tail",
        'Ann Keel called the fare rise "a blow to every family on the island," but voted '
        "for it on Monday.",
        "a blow to every family",
        "Ann Keel",
    ),
    (
        "named work",
        'In an interview on CBS\'s "Harbour Hour," Mayor Ann Keel said the ferry will keep '
        "running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "subheading",
        "The ferry stopped on Monday after the storm, and riders waited for hours at the pier."
        "\n\nWinter service will go on, Mayor Ann Keel says\n\n"
        "The harbour board meets next week to decide on the fares for the coming year.",
        "Winter service will go on",
        "Ann Keel",
    ),
    (
        "floating",
        '"The ferry stays," Mayor Ann Keel said. "It will keep running all winter."',
        "It will keep running",
        "Ann Keel",
    ),
    (
        "byline",
        "\u201cThe harbour fees are far too high and nobody at the board listens.\u201d "
        "\u2014 Ann Keel, a fisherman",
        "fees are far too high",
        "Ann Keel",
    ),
    (
        "block",
        "The mayor spoke after the vote. Ann Keel added:\n\n"
        "It is typical of the board. It knows nothing about the ferry, and the fees show it.",
        "typical of the board",
        "Ann Keel",
    ),
    (
        "colon",
        'Mayor Ann Keel put it this way: "The ferry will keep running all winter."',
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "characterization",
        'Tom Reid hailed the new skipper as "the best on the coast" on Monday.',
        "best on the coast",
        "Tom Reid",
    ),
    (
        "embedded",
        'Mayor Ann Keel wants "a ferry that keeps running through the whole winter" for '
        "the island.",
        "keeps running",
        "Ann Keel",
    ),
    (
        "transcript",
        "Radio host Tom Reed spoke to Mayor Ann Keel on Sunday about the harbour.\n\n"
        '"KEEL: The ferry will keep running all winter, and the fares will stay as they are.',
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "transcript turn",
        "Radio host Tom Reed spoke to Mayor Ann Keel on Sunday about the harbour.\n\n"
        'KEEL: Critics think this is an episode of "Pier Wars." But the fares will stay.',
        "fares will stay",
        "Ann Keel",
    ),
    (
        "group publisher",
        "The Island Gazette reported the fares would rise.\n\n"
        "Bread for the Island program users report the boats are late.\n\n"
        "The report says the fares will rise by a third in May.",
        "rise by a third",
        "Island Gazette",
    ),
    (
        "nested report",
        "Foreign Minister Ann Keel spoke to reporters on Monday about the ferry.\n\n"
        "Norway has asked the harbour board to change the timetable, she said.",
        "Norway has asked",
        "Ann Keel",
    ),
    (
        "pronoun outside",
        "Ann Keel spoke to reporters on Monday about the ferry.\n\n"
        "Tom Reed has asked the harbour board for a new timetable, she said.",
        "Tom Reed has asked",
        "Ann Keel",
    ),
    (
        "pronoun gender",
        "Ann Keel has run the ferry line since 1990.\n\n"
        "After her son Tom Reed left the island, she said the boats would keep running.",
        "boats would keep running",
        "Ann Keel",
    ),
    (
        "document owner",
        "The Harbour Workers Union signed up the cooks on Friday. "
        "Its president Tom Reed said they had waited years.\n\n"
        "The union will represent all the cooks, according to the union's Tuesday notice.",
        "represent all the cooks",
        "Harbour Workers Union",
    ),
    (
        "subheading no paragraph",
        "Ann Keel says the island has waited ten years for a new ferry.\n\n"
        "A letter in the works\n\n"
        "The wait, however, is too long for the town.\n\n"
        '"We need the boat this year," she said.',
        "need the boat this year",
        "Ann Keel",
    ),
    (
        "titled subject",
        "Mayor Ann Keel opened the new pier in May.\n\n"
        "The ferry ran late on most days of the winter.\n\n"
        "The old boat broke down twice in March.\n\n"
        'The mayor brought up the winter timetable again. "We will add a boat," she said.',
        "We will add a boat",
        "Ann Keel",
    ),
    (
        "one office holder",
        "The island council thanked Mayor Ann Keel for the new pier in May.\n\n"
        + "".join(f"The ferry ran late on day {n} of the winter.\n\n" for n in range(9))
        + "The mayor said the winter fares would fall.",
        "winter fares would fall",
        "Ann Keel",
    ),
    (
        "opening place",
        "Mayor Ann Keel spoke first. At a news conference in Keelby, the mayor also said that "
        "the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "plural relative",
        "The harbour board met on Monday. There are many economists who argue that the "
        "ferry should be sold.",
        "ferry should be sold",
        "economists",
    ),
    (
        "participle opener",
        "Angered by the vote, Ann Keel changed her plan, promising to keep the ferry all winter.",
        "keep the ferry",
        "Ann Keel",
    ),
    (
        "medium aside",
        "Harbour master Ann Keel on Twitter said the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "compass place",
        "Envoys from North Keelby met the harbour board on Monday. He said that the talks "
        "would go on.",
        "talks would go on",
        "unattributed",  # "he" is nobody the article names, never the place
    ),
    (
        "name as modifier",
        "Senator Ann Keel spoke at the pier on Monday. The Keel campaign has run for a year, "
        "and the Keel campaign office is on the quay.\n\n"
        "Keel said the ferry will keep running all winter.",
        "ferry will keep running",
        "Ann Keel",
    ),
    (
        "owned office",
        "The Harbour Minister's Office said on Monday that fares must fall for all riders.",
        "fares must fall",
        "Harbour Minister's Office",
    ),
    (
        "verb after name",
        "Keeper of the Harbour Seal, Tom Brand, said the council met on Monday. He said in a "
        "statement that the ferry will keep running all winter.",
        "ferry will keep running",
        "Tom Brand",
    ),
    (
        "one titled run",
        'Tom Brand scored twice on Saturday. "I will remember this night for a long time," '
        "said the young striker, younger brother of Sam Brand of the Wexmouth Blue Herons.",
        "remember this night",
        "Tom Brand",
    ),
    (
        "modifier opener",
        "Separately, the Keelby Harbour Board met on Monday, saying that the ferry will keep "
        "running all winter.",
        "ferry will keep running",
        "Keelby Harbour Board",
    ),
    (
        "agent premodifier",
        "Trawl, Net and Hook maker Seacraft Holdings rallied 6 per cent on Monday. The "
        "company said its ferry will keep running all winter.",
        "ferry will keep running",
        "Seacraft Holdings",
    ),
    (
        "who apposition",
        "However, one dealer, who asked not to be named, told Keelnews the ferry will keep "
        "running all winter.",
        "ferry will keep running",
        "dealer",
    ),
    (
        "reports as saying",
        "The ferry will keep running all winter, the Keelby Herald reported a union source "
        "as saying.",
        "ferry will keep running",
        "union source",
    ),
    (
        "bare body word",
        "The Keelby People's Party criticized a resolution passed this month by the council. "
        "The ruling party backed the plan in its statement, noting that the ferry will keep "
        "running all winter.",
        "ferry will keep running",
        "Keelby People's Party",
    ),
    (
        "initial stop",
        "Rep. Tom Brand Jr. of Keelby, the ranking member of the Harbour Committee, said the "
        "ferry will keep running all winter.",
        "ferry will keep running",
        "Tom Brand Jr",
    ),
    (
        "participle after head",
        "An annual harbour survey released on Friday said the ferry will keep running all winter.",
        "ferry will keep running",
        "unattributed",  # a document no one is named for: never "survey released"
    ),
    (
        "role then name",
        "University of the Keelby Valley political scientist Tom Brand said the ferry will keep "
        "running all winter.",
        "ferry will keep running",
        "Tom Brand",
    ),
    (
        "expressed",
        "Fishermen have expressed concern that the new fees could drive boats away.",
        "new fees could drive boats away",
        "Fishermen",
    ),
    (
        "coordinated verb",
        "Tom Brand, who admitted fraud and will testify next week, said on Monday that the "
        "pier was sold to a rival.",
        "pier was sold",
        "Tom Brand",
    ),
    (
        "common opener",
        "The line is for sale. Local press had reported that the ferry line was looking to buy "
        "a rival.",
        "looking to buy a rival",
        "Local press",
    ),
    (
        "example apposition",
        "The rules changed. Ferry owners, like Keel Line, claim the fares they charge do not "
        "break the rules and are fair.",
        "fares they charge",
        "Ferry owners",
    ),
    (
        "person compound",
        "The ferry will keep running all winter, the harbour master said.",
        "ferry will keep running",
        "harbour master",
    ),
    (
        # a quotation no attribution claims takes a guessed speaker (the last one), and the
        # guess must not stand between "he" and the person the paragraph before is about
        "embedded guess",
        '"The ferry needs a new pier," Tom Brand, the harbour master, said on Monday.\n\n'
        "Jack Hale also cited a plan from the Harbour Institute for new moorings. This would "
        '"bring more boats into the harbour all year round."\n\n'
        '"Whenever the pier is closed, the boats go elsewhere," he said.',
        "boats go elsewhere",
        "Jack Hale",
    ),
    (
        "parenthesis apposition",
        '"If the board wanted another pier, it would just build one," Rep. Tom Brand '
        "(R-Keelby), a harbour panel member, said in a radio interview.",
        "wanted another pier",
        "Tom Brand",
    ),
    (
        "likeness",
        "I am not writing about Tom Brand, who ran the old ferry for years.\n\nI am writing "
        "about Ann Keel, who like Brand was born in Keelby and came back to run boats. "
        '"We carry anyone who wants to cross," says the 41-year-old founder of Keel Ferries.',
        "carry anyone",
        "Ann Keel",
    ),
    (
        "question setting",
        'Ann Keel stood by the second tee.\n\n"Are there any prizes?" Keel asked before teeing '
        'off in the last group of the day. "If I hurt my back, are there prizes?"',
        "any prizes",
        "Ann Keel",
    ),
    (
        "definite surname",
        "Tom Keel runs the harbour board.\n\nKeel spoke first at the meeting. On Tuesday evening, "
        "he was back to the Keel of the old days, loud and rough.\n\nKeel took offence at "
        "claims that he did not build his own fortune. He said that the pier was his idea.",
        "pier was his idea",
        "Tom Keel",
    ),
    (
        "clip caption",
        "Ann Keel lost her son at sea in June.\n\nThe harbour fund helps the families of lost "
        "crews. Tom Brand tells us about the fund and its work. 2:43\n\n"
        '"We must close the pier before more boats are lost," she said.',
        "close the pier",
        "Ann Keel",
    ),
    (
        "owner pronoun",
        "Tom Brand runs the harbour board.\n\nAnn Keel lost her son at sea in June. She kept "
        "his boat for a year.\n\nBut her memories of him are still sharp.\n\nHer story now is "
        "simple: keep off the pier at night.\n\nThe pier had no lights for years, and the "
        "board did not fix them.\n\nAfter the funeral, she urged the board to light the pier.",
        "light the pier",
        "Ann Keel",
    ),
    (
        # a quotation of its own with no speaker just before: the person in focus, when
        # the article says she is one (an age) or she spoke before
        "quotation in focus",
        "Tom Brand runs the harbour board.\n\nAnn Keel, 54, lost her son at sea in June. She "
        'kept his boat for a year.\n\n"You never know when the tide will turn on the pier."',
        "tide will turn",
        "Ann Keel",
    ),
    (
        "topic opener",
        '"The pier stays open," Tom Brand, who runs the harbour board, said on Monday.\n\n'
        "For Ann Keel, however, Monday is a day she has long waited for.\n\n"
        '"I am looking forward to the vote," she said.',
        "forward to the vote",
        "Ann Keel",
    ),
    (
        "added pronoun",
        '"We need more beds," says Ann Keel, who runs the shelter.\n\nShelter residents report '
        "they want more help with housing.\n\nThe city will set up three tents this winter."
        "\n\nMany users report they cannot afford the rent in the city.\n\n"
        '"We must keep in mind that people sleeping rough are not all alike," she added.',
        "not all alike",
        "Ann Keel",
    ),
    (
        "name word",
        "Sam Lowe, director of the Keelby State University pier, said ticket sales were brisk.",
        "ticket sales were brisk",
        "Sam Lowe",
    ),
    (
        "number slash",
        '"The board is wrong on the pier and on the ferry," said 9/11 widow Mary Stone.',
        "wrong on the pier",
        "Mary Stone",
    ),
    (
        "possessed subject",
        "Tom Brand was hurt on the pier in June.\n\nBrand's family has called on the board to "
        'release the films "for the common good and for openness."',
        "common good",
        "Brand's family",
    ),
    (
        "as clause",
        "The old pier, as harbour master Ann Keel noted on Monday, cannot take another storm.",
        "cannot take another storm",
        "Ann Keel",
    ),
    (
        "opening connective",
        "Fares rose in May.\n\nHowever, the ferry will keep running all winter, the harbour "
        "ministry said.",
        "ferry will keep running",
        "harbour ministry",
    ),
    (
        "proposal",
        "Mayor Ann Keel proposed doubling the ferry fare for visitors in the summer.",
        "doubling the ferry fare",
        "Ann Keel",
    ),
    (
        "office description",
        "Tom Reid runs the ferry. Mayor Ann Keel opened the pier.\n\n"
        '"We will add a boat," the ferry operator said.',
        "add a boat",
        "Tom Reid",
    ),
    (
        "kinship",
        'Sam Brand won the race. "The pier is rotten," said the younger brother of Sam Brand.',
        "pier is rotten",
        "younger brother of Sam Brand",
    ),
    (
        "participle after quotation",
        'Ann Keel said the pier is "a long way from safe," adding that the board meets in May.',
        "board meets in May",
        "Ann Keel",
    ),
    (
        "nested subject",
        "Tom Reid said that he had a trusted source who told him the pier was unsafe.",
        "trusted source who told him",
        "Tom Reid",
    ),
    (
        "raised participle",
        '"The fares are too high," Ann Keel said, going on to say that the pier needs work.',
        "pier needs work",
        "Ann Keel",
    ),
    (
        "relative clause subject",
        'Ann Keel, who called the pier "a wreck" last year, says the ferry changed her life.',
        "ferry changed her life",
        "Ann Keel",
    ),
    (
        "poll finding",
        "A new Keelby Herald poll shows Ann Keel leading Tom Reid by four points.",
        "Ann Keel leading Tom Reid",
        "Keelby Herald",
    ),
    (
        "poll setting",
        "In the latest Keelby Herald poll, conducted in May, Ann Keel led Tom Reid by five "
        "points among likely voters.",
        "Ann Keel led Tom Reid",
        "Keelby Herald",
    ),
    (
        "manner adverb",
        "Mayor Ann Keel sharply criticized the harbour board's plan to double the fares.",
        "harbour board's plan",
        "Ann Keel",
    ),
    (
        "restrictive relative",
        "The board met on Monday. Officials who spoke on condition of anonymity said the "
        "fares would rise next year.",
        "fares would rise",
        "officials",
    ),
    (
        "owned description",
        "Tom Brand met the harbour board on Monday. The fares will rise next year, his lawyer "
        "said.",
        "fares will rise",
        "lawyer",
    ),
    (
        "subordinate opening",
        "Ann Keel said as the police came onto the pier, one rider chained himself to the rail.",
        "one rider chained himself",
        "Ann Keel",
    ),
    (
        "place of a name",
        'Senator Tom Reed of Kent Valley said the ferry would stay.\n\n"It will run all winter,"'
        " he said.",
        "run all winter",
        "Tom Reed",
    ),
    (
        "from affiliation",
        "A fisherman from Kent Valley called the new harbour plan a disgrace.",
        "plan a disgrace",
        "fisherman from Kent Valley",
    ),
    (
        "unclosed apposition",
        "Tom Reed, a fisherman from Kent Valley called the new harbour plan a disgrace.",
        "plan a disgrace",
        "Tom Reed",
    ),
    (
        "listed places",
        "Ferry captains in Wexmouth, Kelby and Porthaven said their fears had proved groundless.",
        "fears had proved groundless",
        "Ferry captains in Wexmouth, Kelby and Porthaven",
    ),
    (
        "whole name",
        "Pilots Without Frontiers said this week it was leaving the harbour for good.",
        "leaving the harbour",
        "Pilots Without Frontiers",
    ),
    (
        "modifier only",
        "Mayor Tom Reed finds the new harbour plan difficult, a Wexish newspaper reported.",
        "finds the new harbour plan",
        "Wexish newspaper",
    ),
    (
        "addressee noun",
        "Mrs. Reed told the Harbour Gazette weekly that she would not talk about the pier.",
        "she would not talk",
        "Reed",
    ),
    (
        "named description",
        "The senator from Kelby said he would vote against the plan.\n\nTom Reed has long "
        'opposed the ferry. "It is a waste," the senator said.',
        "It is a waste",
        "Tom Reed",
    ),
    (
        "spokesman for",
        "A Kelby spokesman for the Harbour Party said the vote on the pier would pass.",
        "vote on the pier",
        "Harbour Party",
    ),
    (
        "lower elsewhere",
        "Crews walked off the island ferries on Monday after pay talks broke down.\n\n"
        'The operator said the walkout by the crews was "a blow to every passenger".',
        "a blow to every passenger",
        "operator",
    ),
]


def statements(tmp_path: Path, body: str) -> list[QuoteVariant]:
    path = tmp_path / "story.txt"
    path.write_text("Harbour board weighs new ferry plan\n\n" + body + "\n", encoding="utf-8")
    return statements_of(load_paths([str(path)]).articles[0])


def test_every_rule_has_a_case() -> None:
    assert [case[0] for case in CASES] == [rule for rule in RULES if rule not in PILE_RULES]


@pytest.mark.parametrize(("rule", "body", "needle", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_frame_finds_its_statement_and_only_it_does(
    tmp_path: Path, rule: str, body: str, needle: str, speaker: str
) -> None:
    found = [v for v in statements(tmp_path, body) if needle in v.text]
    assert len(found) == 1, [v.text for v in statements(tmp_path, body)]
    assert found[0].speaker == speaker
    with switched_off(rule):
        spans = {(v.span, v.speaker) for v in statements(tmp_path, body)}
    # no other rule finds this statement (a speaker rule: none finds it with this speaker)
    assert (found[0].span, found[0].speaker) not in spans


def test_switching_an_unknown_rule_off_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown rules"), switched_off("mind reading"):
        pass


def test_a_transcript_line_gives_the_words_after_the_label(tmp_path: Path) -> None:
    body = (
        "Radio host Tom Reed spoke to Mayor Ann Keel on Sunday about the harbour.\n\n"
        "KEEL: The ferry will keep running all winter, and the fares will stay as they are.\n\n"
        "UPDATE: This story was changed to give the right day of the interview."
    )
    found = statements(tmp_path, body)
    assert [(v.speaker, v.kind, v.text) for v in found] == [
        (
            "Ann Keel",
            "direct",
            "The ferry will keep running all winter, and the fares will stay as they are",
        )
    ]


def test_a_phrase_after_the_verb_ends_where_a_subject_pronoun_starts(tmp_path: Path) -> None:
    found = statements(tmp_path, "Ann Keel said in a radio interview she was ready to sell.")
    assert [v.text for v in found] == ["she was ready to sell"]


def test_saying_takes_a_clause_with_a_noun_subject_but_not_a_plain_object(
    tmp_path: Path,
) -> None:
    found = statements(
        tmp_path,
        "Ann Keel announced that she will step down, saying the board needs to move on.\n\n"
        "Tom Reed opened the bridge on Monday, saying the new rules for drivers.",
    )
    assert [v.text for v in found] == ["that she will step down", "the board needs to move on"]


def test_a_progressive_verb_of_saying_needs_that(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Ann Keel is telling riders that the ferry will keep running all winter.\n\n"
        "Tom Reed is warning riders to be wary of the new fares.\n\n"
        "The mayor was telling the truth about the ferry.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "that the ferry will keep running all winter")
    ]


def test_reported_speech_may_open_with_a_quantity(tmp_path: Path) -> None:
    found = statements(tmp_path, "Ann Keel says about 550 riders take the ferry every day.")
    assert [v.text for v in found] == ["about 550 riders take the ferry every day"]


def test_the_addressee_of_told_is_no_part_of_the_statement(tmp_path: Path) -> None:
    found = statements(
        tmp_path, "Ann Keel told the island's riders that the ferry will keep running."
    )
    assert [v.text for v in found] == ["that the ferry will keep running"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Tom Reid: Harbour Voters Worried About the Ferry Plan and Its Costs.",
            [("Harbour Voters Worried About the Ferry Plan and Its Costs", "Tom Reid")],
        ),
        # a label the article never names again is a section name, not a speaker
        ("Relevant Reading: Understanding the Ferry Plan Is Way Over My Head.", []),
    ],
)
def test_a_headline_label_names_its_speaker_only_when_the_article_does(
    tmp_path: Path, headline: str, expected: list[tuple[str, str]]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        headline + "\n\nTom Reid took questions on Monday about the ferry and its costs.\n",
        encoding="utf-8",
    )
    found = statements_of(load_paths([str(path)]).articles[0])
    assert [(v.text, v.speaker) for v in found] == expected
    with switched_off("transcript"):
        assert statements_of(load_paths([str(path)]).articles[0]) == []


def test_a_demand_goes_on_after_continued_to_but_not_after_declined_to(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Mayor Ann Keel continued to call for a second ferry to serve the outer islands.\n\n"
        "Tom Reid declined to call for a vote on the bridge.\n\n"
        "Tom Reid is warning riders to expect delays.",
    )
    assert [(v.text, v.speaker) for v in found] == [
        ("a second ferry to serve the outer islands", "Ann Keel")
    ]


def test_questioning_a_person_is_no_statement_doubting_a_thing_is(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    found = statements(
        tmp_path,
        "Police questioned the skipper for four hours on Tuesday.\n\n"
        "Detectives questioned Tom Reid about the sinking of the ferry.\n\n"
        "Mayor Ann Keel questioned whether the ferry could run in winter.",
    )
    assert [(read_variant(v), v.speaker) for v in found] == [
        ("Questioned whether the ferry could run in winter", "Ann Keel")
    ]


def test_a_reference_reads_with_its_own_verb(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    found = statements(
        tmp_path,
        "Mayor Ann Keel mentioned the cost of the second ferry.\n\n"
        "Tom Reid echoed the mayor's call for a second ferry.\n\n"
        "A board video references the sinking of the old ferry in 1998.",
    )
    assert [read_variant(v) for v in found] == [
        "Mentioned the cost of the second ferry",
        "Echoed the mayor's call for a second ferry",
        "Referenced the sinking of the old ferry in 1998",
    ]


def test_an_attack_without_grounds_or_a_name_is_an_act(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "A man attacked the ferry captain with a knife on Tuesday.\n\n"
        "Mayor Ann Keel attacked her rival as a friend of the bridge lobby.",
    )
    assert [(v.text, v.speaker) for v in found] == [
        ("her rival as a friend of the bridge lobby", "Ann Keel")
    ]


def test_an_accusation_may_hold_a_relative_clause_before_its_charge(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Mayor Ann Keel repeatedly accused Tom Reid, who was born in the harbour, of "
        "hiding the costs of the bridge.\n\nTom Reid was accused of theft in 1998.",
    )
    assert [(v.text, v.speaker) for v in found] == [
        ("Tom Reid, who was born in the harbour, of hiding the costs of the bridge", "Ann Keel")
    ]


def test_the_writers_narration_after_a_statement_is_cut_off(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'Ann Keel called the fare rise "a blow to every family," but voted for it.\n\n'
        'Tom Reed called the mayor "a friend of the harbour," citing her work on the ferry.\n\n'
        "Ann Keel said the ferry will keep running all winter, though.",
    )
    assert [v.text for v in found] == [
        'the fare rise "a blow to every family,"',
        'the mayor "a friend of the harbour,"',
        "the ferry will keep running all winter",
    ]


def test_a_statement_going_on_after_its_quotation_is_kept_whole(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'Ann Keel said the fare rise was "a blow to families" and would hurt the island, '
        "though she did not say how.\n\n"
        'Tom Reed said the ferry was "a lifeline," nothing less, for the island.\n\n'
        'The ferry office announced that it is "partially" closing the pier for the winter.\n\n'
        "Ann Keel said that riders stopped using the ferry, citing the high fares.",
    )
    assert [v.text for v in found] == [
        'the fare rise was "a blow to families" and would hurt the island, though she did '
        "not say how",
        'the ferry was "a lifeline," nothing less, for the island',
        'that it is "partially" closing the pier for the winter',
        "that riders stopped using the ferry, citing the high fares",
    ]


def test_a_capitalised_verb_speaks_only_in_a_title_case_line(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The ferry stopped on Monday.\n\nMayor Ann Keel Vows To Keep The Ferry Line Running."
        "\n\nSays who? The harbour board, which meets next week, has the last word.",
    )
    assert [(v.speaker, v.text) for v in found] == [("Ann Keel", "To Keep The Ferry Line Running")]


def test_a_quoted_title_is_nobodys_words(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'Ann Keel told CBS\'s "Harbour Hour" that the ferry will keep running.\n\n'
        '"The fares stay as they are," Tom Reed said on Sunday on the radio\'s "Island Talk."'
        "\n\n'All Hands On Deck.'\n\nThe vote is next week.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "that the ferry will keep running"),
        ("Tom Reed", "The fares stay as they are"),
    ]


def test_a_quotation_after_a_preposition_that_is_no_title_still_speaks(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'Ann Keel said on Monday "the ferry will keep running all winter, whatever it costs."',
    )
    assert [v.text for v in found] == ["the ferry will keep running all winter, whatever it costs."]


def test_a_subheading_naming_a_section_is_no_transcript_line(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The ferry stopped on Monday after the storm, and riders waited for hours at the pier."
        "\n\nAnn Keel: How The Island Ferry Kept Running Through Winter\n\n"
        "The harbour board meets next week, Ann Keel wrote.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "The harbour board meets next week")
    ]


def test_a_relative_before_called_names_only_with_a_name_given(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The ferry, which riders called on Monday, was late again.\n\n"
        "An app which its makers called Ferry Now is popular with riders.",
    )
    assert found == []


def test_a_title_after_a_work_noun_opens_no_statement(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'In her 2010 book, "Keep The Ferry Running," Ann Keel argued that the island needs '
        "it.\n\n"
        'On this week\'s broadcast of "Harbour Hour," Tom Reed said the fares stay the same.',
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "that the island needs it"),
        ("Tom Reed", "the fares stay the same"),
    ]


def test_those_close_to_somebody_speak_and_keep_their_phrase(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Mayor Tom Reed will face the voters again in May.\n\n"
        "Those close to him say he will decide after the ferry vote.\n\n"
        "Those close to the harbour board say the vote is set for May.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("those close to him", "he will decide after the ferry vote"),
        ("those close to the harbour board", "the vote is set for May"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The harbour board did not say how long the higher fees would last.",
        "The port authority never said that it would object to the plan.",
        "Officials didn't say whether the ferries would be exempt from the fees.",
    ],
)
def test_a_denied_verb_of_speech_reports_no_statement(tmp_path: Path, body: str) -> None:
    """ "X did not say how long ..." is no statement of X's: the panel must not read it as
    "Said that how long ..."."""
    assert statements(tmp_path, body) == []


def test_a_statement_beside_a_denial_is_still_found(tmp_path: Path) -> None:
    body = (
        "The board did not say how long the fees would last. "
        "Ann Keel, the mayor, said the fees would hurt the fishing fleet."
    )
    assert [v.speaker for v in statements(tmp_path, body)] == ["Ann Keel"]


def test_a_citation_names_what_was_brought_up_not_a_source(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    found = statements(
        tmp_path,
        "Mayor Ann Keel cited the Harbour Accord of 1998.\n\n"
        "Tom Reid cited a study by the Island Institute on the winter crossings.\n\n"
        "The papers, citing unnamed sources close to the board, said the ferry would stop "
        "in the winter.\n\n"
        "Ann Keel, citing her years on the board, said the fares would stay as they are.",
    )
    assert [read_variant(v) for v in found] == [
        "Said that the ferry would stop in the winter",
        "Said that the fares would stay as they are",
    ]


def test_a_topic_is_what_somebody_spoke_about_not_what_they_do(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    found = statements(
        tmp_path,
        "Speaking at the pier, Mayor Ann Keel said the ferry would run all winter.\n\n"
        "Officials at the harbour talks said the fares would stay as they are.\n\n"
        "Tom Reid is talking about buying a boat of his own next year.\n\n"
        "Tom Reid wept when he talked about the night the old ferry sank.\n\n"
        "Ann Keel spoke against the backdrop of the burned-out ferry terminal.\n\n"
        "Ann Keel has spoken out against the fare rise for island families.",
    )
    assert [read_variant(v) for v in found] == [
        "Said that the ferry would run all winter",
        "Said that the fares would stay as they are",
        "Spoke against the fare rise for island families",
    ]


def test_a_comparison_needs_an_object_and_a_speaker_who_draws_it(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    found = statements(
        tmp_path,
        "Fares rose by a tenth compared to last year.\n\n"
        "The study works by comparing winter crossings with summer ones.\n\n"
        "Tom Reid praised the new skipper, comparing her favorably to her predecessor.",
    )
    assert [read_variant(v) for v in found][-1:] == ["Compared her favorably to her predecessor"]
    assert not any("winter crossings" in v.text or "last year" in v.text for v in found)


def test_a_question_asked_as_the_circumstance_of_an_answer_is_none(tmp_path: Path) -> None:
    from brief.quotes.reading import read_variant

    found = statements(
        tmp_path,
        "When reporters asked if the ferry would run, Ann Keel said it would run all winter.",
    )
    assert [read_variant(v) for v in found] == ["Said that it would run all winter"]


def test_a_long_naming_needs_its_name_not_a_call_or_a_time(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Tom Reid called his old boss on Monday night as well to offer a word of thanks.\n\n"
        "Ann Keel called the harbour office on Monday a second time.",
    )
    assert found == []


def test_a_quotation_after_as_names_no_thing_and_no_passive_speaker(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'The island runs an app known as "Ferry Now" for its riders.\n\n'
        'The closure, which was described as "a disaster for families," lasted a week.',
    )
    assert [(v.text.strip(" ,"), v.speaker) for v in found] == [
        ("a disaster for families", "unattributed")
    ]


def test_a_letter_asking_for_something_is_a_request_not_a_statement(tmp_path: Path) -> None:
    found = statements(tmp_path, "Tom Reid wrote a letter asking the board to keep the fares.")
    assert found == []


def test_a_noun_phrase_content_ends_before_the_writers_narration(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Ann Keel criticized the new ferry fares, which rose in May.\n\n"
        "Tom Reed praised the harbour board's plan but voted against it.\n\n"
        "Although Ann Keel criticized the cost of the delay, she kept the plan.\n\n"
        "Tom Reed denounced the fare rise; others stayed silent.\n\n"
        'Ann Keel described the harbour board as "a disgrace" after it raised the fares.',
    )
    assert [v.text for v in found] == [
        "the new ferry fares",
        "the harbour board's plan",
        "the cost of the delay",
        "the fare rise",
        'the harbour board as "a disgrace"',
    ]


def test_a_clause_content_is_not_cut_as_an_object(tmp_path: Path) -> None:
    # a clause after a cue keeps its relative clause; a short object keeps its narration
    found = statements(
        tmp_path,
        "Ann Keel said the ferry will keep running, which pleased the riders.\n\n"
        "Tom Reed criticized Keel, who says she is right.",
    )
    assert [v.text for v in found] == [
        "the ferry will keep running, which pleased the riders",
        "Keel, who says she is right",
    ]


def test_an_addressee_no_lexicon_knows_is_skipped_up_to_the_clause(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Ann Keel told the forum she has no plan to sell the ferry.\n\n"
        "Tom Reed told the riders' union that the fares will rise in May.\n\n"
        'Ann Keel told her radio audience on Monday, "The ferry stays."\n\n'
        "Tom Reed told the congregation of 2,000 at the pier that the ferry is safe.\n\n"
        "Ann Keel told her the ferry would keep running all winter.",
    )
    assert [v.text for v in found] == [
        "she has no plan to sell the ferry",
        "that the fares will rise in May",
        "The ferry stays.",
        "that the ferry is safe",
        "the ferry would keep running all winter",
    ]


def test_only_tell_skips_an_unknown_addressee(tmp_path: Path) -> None:
    # "warned" and "urged" take their content as the object: nothing is skipped
    found = statements(
        tmp_path,
        "Ann Keel warned the current level of ferry service may be reaching its limit.",
    )
    assert [v.text for v in found] == [
        "the current level of ferry service may be reaching its limit"
    ]


def test_a_name_with_the_needs_a_superlative(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Ann Keel called the police the next day.\n\n"
        "Tom Reed called the office the west wing of the harbour board.\n\n"
        "Ann Keel called the pier the single clearest landmark on the island.",
    )
    assert [v.text for v in found] == ["the pier the single clearest landmark on the island"]


def test_a_contracted_pronoun_speaks_only_in_the_progressive(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Mayor Ann Keel spoke at the pier on Monday.\n\n"
        "It\u2019s already being cited as a reason to keep the ferry running.\n\n"
        "It's worth noting that the ferry runs all winter.\n\n"
        "He\u2019s saying that the fares will rise in May.",
    )
    assert [v.text for v in found] == ["that the fares will rise in May"]


def test_a_byline_signs_its_quotation_on_its_own_line(tmp_path: Path) -> None:
    # the splitter ends the quotation's sentence at its full stop; the signature is joined
    found = statements(
        tmp_path,
        "\u201cThe ferry was late every day this winter.\u201d \u2015 Tom Brand\n"
        "\u201cI will move my boat to Keelby if the fees rise again.\u201d\u2015 Mara Lind.\n"
        '"We will see what the board does next," -- Ann B. Keel',
    )
    assert [(v.text.split()[-1], v.speaker) for v in found] == [
        ("winter.", "Tom Brand"),
        ("again.", "Mara Lind"),
        ("next", "Ann B. Keel"),
    ]


def test_no_byline_after_a_title_or_before_a_clause(tmp_path: Path) -> None:
    body = (
        "The board has its own show.\n\n"
        "\u201cHarbour Hour At Noon\u201d \u2014 Keelby Radio.\n\n"
        "\u201cThe ferry will be late again this winter and next,\u201d \u2014 Tom Brand "
        "told the board on Monday."
    )
    found = statements(tmp_path, body)
    assert all(v.speaker != "Keelby Radio" for v in found)
    with switched_off("byline"):
        assert statements(tmp_path, body) == found  # the byline rule takes neither


def test_a_setting_after_the_verb_is_no_content(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "The ferry is late every day, Ann Keel said an interview with the Gazette.\n\n"
        "The fees will rise in May, Mara Lind told a meeting of the harbour board.\n\n"
        "Tom Brand told a crowd of fishermen the board would not listen.",
    )
    texts = [(v.text, v.speaker) for v in found]
    assert ("The ferry is late every day", "Ann Keel") in texts
    assert ("The fees will rise in May", "Mara Lind") in texts
    # a clause after the setting is what was told
    assert ("the board would not listen", "Tom Brand") in texts


def test_a_block_is_one_paragraph_without_quotation_marks(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Ann Keel added:\n\n"
        "It is typical of the board. It knows nothing about the ferry.\n\n"
        "The board met again on Monday.\n\n"
        "Tom Brand said:\n\n"
        "\u201cThe fees are too high for every boat in the harbour.\u201d\n\n"
        "The mayor wrote:\n\nFerry times",
    )
    keel = [v for v in found if v.speaker == "Ann Keel"]
    assert [(v.text, v.kind) for v in keel] == [
        ("It is typical of the board. It knows nothing about the ferry.", "direct")
    ]
    assert not any("met again" in v.text or "Ferry times" in v.text for v in found)
    brand = [v for v in found if v.speaker == "Tom Brand"]
    assert len(brand) == 1 and brand[0].text.startswith("\u201cThe fees")


def test_a_dateline_with_any_dash_is_cut_from_the_statement(tmp_path: Path) -> None:
    for dash in ("\u2015", "\u2014", "--"):
        found = statements(
            tmp_path, f"KEELBY {dash} Fees will rise in May, the harbour board said."
        )
        assert [v.text for v in found] == ["Fees will rise in May"], dash


def test_an_aside_after_on_is_cut_only_after_a_person_a_group_or_a_document(
    tmp_path: Path,
) -> None:
    found = statements(
        tmp_path,
        "Democrats on the island council said the ferry will keep running.\n\n"
        "A Keelby Harbour Board report on ferry safety said the pier was unsafe.\n\n"
        "The Keelby Herald on Sunday's editor said the fares would rise.",
    )
    speakers = {v.text.split()[-1]: v.speaker for v in found}
    assert speakers["running"] != "island council"
    assert speakers["unsafe"] == "Keelby Harbour Board"
    assert speakers["rise"] != "Keelby Herald"  # the paper's name runs on past "on"


def test_a_relative_verb_takes_the_number_of_a_speaking_antecedent(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Ann Keel, who says the pier is unsafe, resigned.\n\n"
        "Boats with broken engines that need new parts wait in the harbour.\n\n"
        "Fishermen with old boats who argue the fees are too high met the board.",
    )
    assert [v.speaker for v in found if "pier is unsafe" in v.text] == ["Ann Keel"]
    assert not [v for v in found if "new parts" in v.text]  # no verb of saying at all
    # a thing's plural before "who" is no antecedent that speaks
    assert not [v for v in found if "fees are too high" in v.text and "boat" in v.speaker]


def test_a_body_named_after_a_person_speaks_as_that_body(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Senator Ann Keel spoke at the pier on Monday. The Keel campaign has run for a "
        "year.\n\nThe Keel campaign said that fares would fall. Senator Keel's spokesman "
        "said that the pier was safe.",
    )
    assert [v.speaker for v in found if "fares would fall" in v.text] == ["Keel campaign"]
    # her spokesman speaks for her, not for a body
    assert [v.speaker for v in found if "pier was safe" in v.text] == ["Ann Keel"]


def test_a_statement_issued_by_a_described_body_speaks_for_it(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        'The Keelby Harbour Board met on Monday. "Fares must fall for all riders," said a '
        "statement issued by the board on Monday.",
    )
    assert [v.speaker for v in found if "Fares must fall" in v.text] == ["Keelby Harbour Board"]


def test_a_hyphenated_adjective_opening_a_sentence_is_no_name(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Low-cost ferry lines have criticised the new fees, arguing that the pier is unsafe.\n\n"
        "Twenty-two boat owners said that the fees were too high.",
    )
    assert [v.speaker for v in found if "pier is unsafe" in v.text] != ["Low-cost"]
    assert [v for v in found if "fees were too high" in v.text]  # a number still counts


def test_a_verb_with_two_objects_is_no_agent_premodifier() -> None:
    from brief.quotes.subjects import _agent_named
    from brief.quotes.units import tokenize

    def agent(text: str) -> str:
        tokens = tokenize(text, 0, len(text), [])
        found = _agent_named(tokens, 0, len(tokens))
        return "" if found is None else " ".join(t.text for t in tokens[found[0] : found[1]])

    assert agent("Keelby ferry operator Seacraft said fares rise.") == (
        "Keelby ferry operator Seacraft"
    )
    assert agent("Keelby offer Seacraft a deal.") == ""  # "offer" is the verb here
    assert agent("Keelby rallied after Seacraft rose.") == ""


def test_what_was_expressed_needs_a_clause_or_a_topic(tmp_path: Path) -> None:
    """Rule "expressed": thanks expressed to somebody, or an express ferry, say nothing."""
    body = (
        "Tom Brand expressed his thanks to the crews. The harbour runs an express ferry to "
        "Keelby every day.\n\nAnn Keel expressed deep concern about the state of the pier."
    )
    found = statements(tmp_path, body)
    assert [(v.speaker, v.text) for v in found] == [("Ann Keel", "the state of the pier")]


def test_a_verb_after_and_in_a_relative_clause_makes_no_statement(tmp_path: Path) -> None:
    """Rule "coordinated verb": "admitted theft and will give evidence" is no clause after
    "admitted"; a clause after the verb still is ("admitted the pier was rotten")."""
    body = (
        "Lawyers cast Tom Brand, who has admitted theft and will give evidence later in the "
        "case, as the man behind the scheme.\n\n"
        "Ann Keel admitted the pier was rotten and would be closed."
    )
    found = statements(tmp_path, body)
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "the pier was rotten and would be closed")
    ]


def test_a_sentence_opening_name_before_its_verb_stays_a_name(tmp_path: Path) -> None:
    """Rule "common opener" reads only a common word before a lower-case noun: a surname
    after "Mr." before its verb, and a name the article capitalises elsewhere, keep theirs."""
    body = (
        "Ann Keel leads the harbour board. Mr. Brand said the pier is rotten.\n\n"
        "Keel campaign aides said the fares will fall."
    )
    found = statements(tmp_path, body)
    assert [v.speaker for v in found] == ["Brand", "Keel campaign aides"]


def test_a_bare_addressee_before_the_subject_of_the_clause_is_skipped(tmp_path: Path) -> None:
    """ "told jurors he met ...": a bare noun after "told", then the clause's subject."""
    found = statements(
        tmp_path,
        "Tom Reed told jurors he met the owner every week to go over the accounts.\n\n"
        "Ann Keel told investors they would see the new ferry in service by May.\n\n"
        "Tom Reed told colleagues that the fares would stay as they are.",
    )
    assert [v.text for v in found] == [
        "he met the owner every week to go over the accounts",
        "they would see the new ferry in service by May",
        "that the fares would stay as they are",
    ]


@pytest.mark.parametrize(
    ("body", "needle", "speaker"),
    [
        (
            "As Ann Keel pointed out, the pier has not been painted in years.",
            "not been",
            "Ann Keel",
        ),
        ("Yet, as Tom Brand observed, the board has no money for it.", "no money", "Tom Brand"),
        (
            "The pier is older than the town, as the harbour board has said.",
            "older than",
            "harbour board",
        ),
        (
            'As Ann Keel put it, the board "sat on its hands" for a decade.',
            "sat on its",
            "Ann Keel",
        ),
    ],
)
def test_an_as_clause_attributes_the_rest_of_its_sentence(
    tmp_path: Path, body: str, needle: str, speaker: str
) -> None:
    found = [v for v in statements(tmp_path, body) if needle in v.text]
    assert [v.speaker for v in found] == [speaker]
    assert not found[0].text.lower().startswith(("as ", "yet"))


@pytest.mark.parametrize(
    "body",
    [
        "Tom Brand is not as rich as he says, and the board knows it.",
        "The board rebuilt the pier in June, just as Ann Keel said it would.",
        "As Ann Keel reports, a march is planned for Sunday at the pier.",
        "The pier, such as the board said, was old.",
    ],
)
def test_an_as_clause_that_compares_or_introduces_a_report_attributes_nothing(
    tmp_path: Path, body: str
) -> None:
    assert statements(tmp_path, body) == []


def test_a_quotation_closed_by_an_as_clause_stays_in_the_outer_statement(tmp_path: Path) -> None:
    body = (
        'Acts of protest, Ann Keel said, include wearing a shirt with the words "I need '
        'help," as Tom Brand, waving from the pier, said before he fell.'
    )
    found = statements(tmp_path, body)
    assert [v.speaker for v in found] == ["Ann Keel"]
    assert "Tom Brand" in found[0].text


def test_an_opening_connective_is_the_writers_but_a_quoted_one_is_the_speakers(
    tmp_path: Path,
) -> None:
    body = (
        "Fares rose in May.\n\nIn addition, the ferry will stop at the pier, the board said."
        '\n\n"However, we will not cut jobs," Ann Keel said.\n\nMeanwhile, Tom Brand said '
        "that the pier will close."
    )
    texts = {v.speaker: v.text for v in statements(tmp_path, body)}
    assert texts["board"].startswith("the ferry will stop")
    assert texts["Ann Keel"].startswith("However, we will")
    assert texts["Tom Brand"].startswith("that the pier")


def test_a_proposed_action_needs_a_gerund_and_somebody_who_proposes_it(tmp_path: Path) -> None:
    body = (
        "Tom Brand suggested looking at the old pier before the vote.\n\n"
        "The new rules recommend eating fruit before a long swim.\n\n"
        "Ann Keel proposed a new levy on the ferry.\n\n"
        "The board suggested the ferry will keep running all winter."
    )
    found = {v.speaker: v.text for v in statements(tmp_path, body)}
    assert found["Tom Brand"].startswith("looking at the old pier")
    assert not any("eating fruit" in t or "new levy" in t for t in found.values())
    assert found["board"].startswith("the ferry will keep running")


def test_a_connective_before_a_parenthetical_attribution_leaves_the_words_after_it(
    tmp_path: Path,
) -> None:
    body = "Fares rose in May.\n\nHowever, Ann Keel added, the ferry will keep running all winter."
    found = statements(tmp_path, body)
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "the ferry will keep running all winter")
    ]


def test_a_plan_put_forward_by_a_bill_or_a_report_is_no_proposal_of_words(tmp_path: Path) -> None:
    body = (
        'The harbour bill proposes "pier orders", which could close the pier at night.\n\n'
        "The Keel report came out in May. For example, it recommends putting new lights on "
        "the pier."
    )
    assert statements(tmp_path, body) == []


def test_a_participle_after_a_quotation_closed_by_its_comma_speaks_for_the_speaker(
    tmp_path: Path,
) -> None:
    found = statements(
        tmp_path,
        'In a statement, the ferry office said: "We have served the island for forty years," '
        "adding that its passenger numbers doubled in a decade.\n\n"
        'Tom Reed said the fares are "far too high for families," noting that the pier '
        "needs repair.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("ferry office", "We have served the island for forty years"),
        ("ferry office", "that its passenger numbers doubled in a decade"),
        ("Tom Reed", 'the fares are "far too high for families,"'),
        ("Tom Reed", "that the pier needs repair"),
    ]


def test_a_quotation_without_a_comma_before_the_participle_is_unchanged(
    tmp_path: Path,
) -> None:
    # the comma outside the marks was read before; a quotation ending its sentence opens none
    found = statements(
        tmp_path,
        'Tom Reed said the fares are "far too high", adding that the pier needs repair.\n\n'
        'Ann Keel called the plan "a disgrace." Adding boats costs money, the office says.',
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Tom Reed", 'the fares are "far too high"'),
        ("Tom Reed", "that the pier needs repair"),
        ("Ann Keel", 'the plan "a disgrace."'),
        ("office", "Adding boats costs money"),
    ]


def test_a_report_nested_in_a_that_clause_is_part_of_the_outer_statement(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        "Tom Reid noted that the Board of Harbour Works announced on Friday that the pier "
        "would close.\n\n"
        "Port spokesman Tom Reid said on Monday that Mayor Ann Keel has long called for a new "
        "pier.\n\n"
        "Harbour chief Sam Brand added that while the minister has promised to rebuild the pier "
        "little work has been done.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        (
            "Tom Reid",
            "that the Board of Harbour Works announced on Friday that the pier would close",
        ),
        ("Tom Reid", "that Mayor Ann Keel has long called for a new pier"),
        (
            "Sam Brand",
            "that while the minister has promised to rebuild the pier little work has been done",
        ),
    ]


def test_a_report_after_the_clause_subject_still_ends_the_statement(tmp_path: Path) -> None:
    # the nested speaker is no subject of the clause: each report keeps its own words
    found = statements(
        tmp_path,
        "Tom Reid said the pier is safe, and Ann Keel said that the ferry will run in May.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Tom Reid", "the pier is safe"),
        ("Ann Keel", "that the ferry will run in May"),
    ]


def test_a_document_speaking_inside_a_clause_is_part_of_the_outer_statement(
    tmp_path: Path,
) -> None:
    found = statements(
        tmp_path,
        "Ann Keel spoke to reporters on Monday.\n\n"
        "She says Tom Reid's early posts accusing the board of lying about the pier are "
        '"beneath the office."',
    )
    assert [(v.speaker, v.text) for v in found] == [
        (
            "Ann Keel",
            "Tom Reid's early posts accusing the board of lying about the pier are "
            '"beneath the office."',
        )
    ]


def test_a_raised_participle_is_no_continuation_of_the_quotation(tmp_path: Path) -> None:
    found = statements(
        tmp_path,
        '"The fares are too high," Ann Keel said, going on to say that the board has spent '
        '"far too much on the pier."',
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "The fares are too high"),
        ("Ann Keel", 'that the board has spent "far too much on the pier."'),
    ]


def test_a_finding_leaves_a_nested_report_to_its_speakers(tmp_path: Path) -> None:
    # a survey found that riders said X: a finding about what the riders said
    found = statements(
        tmp_path,
        "The Harbour Trust asked 500 riders. It found that a quarter of bus users said they "
        "now take the ferry less often.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("quarter of bus users", "they now take the ferry less often")
    ]


def test_a_document_named_before_the_clause_is_no_nested_report(tmp_path: Path) -> None:
    # "published estimates suggesting that ...": the estimates say it, as before
    found = statements(
        tmp_path,
        "The Harbour Trust recently published estimates suggesting that ferry use fell by a "
        "quarter this year.",
    )
    assert [v.text for v in found] == ["that ferry use fell by a quarter this year"]


def test_a_relative_clause_in_the_subject_and_the_main_verb_give_two_statements(
    tmp_path: Path,
) -> None:
    found = statements(
        tmp_path,
        'Harbour retiree Ann Keel, who called the pier "a wreck" last year, says the ferry '
        "changed her life.\n\n"
        "Mayor Tom Reid, who vowed to rebuild the pier when he took office, said the work "
        "will start in May.",
    )
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", 'the pier "a wreck" last year'),
        ("Ann Keel", "the ferry changed her life"),
        ("Tom Reid", "to rebuild the pier when he took office"),
        ("Tom Reid", "the work will start in May"),
    ]


def test_an_adverb_of_manner_stands_between_a_speaker_and_the_cue(tmp_path: Path) -> None:
    body = (
        "The ferry experts generally praised the mayor's plans to rebuild the pier.\n\n"
        "Tom Reid forcefully told reporters that the pier is safe.\n\n"
        "Ann Keel did not directly call for a new pier. The harbour report ultimately "
        "concluded that the pier is safe."
    )
    found = [(v.speaker, v.text) for v in statements(tmp_path, body)]
    assert found == [
        ("ferry experts", "the mayor's plans to rebuild the pier"),
        ("Tom Reid", "that the pier is safe"),
    ]


def test_a_naming_in_progress_is_the_speakers_statement(tmp_path: Path) -> None:
    body = (
        'Ann Keel\'s coach is calling the rower "ready for the final."\n\n'
        'Officials met after what the harbour board is calling "heated talk." The ferry '
        "line is calling its new boat next week."
    )
    found = [(v.speaker, v.text) for v in statements(tmp_path, body)]
    assert found == [("Ann Keel's coach", 'the rower "ready for the final."')]
    with switched_off("stance in progress"):
        assert [v.text for v in statements(tmp_path, body)] == []


def test_an_apposition_of_the_source_may_stand_before_a_determiner(tmp_path: Path) -> None:
    # "herself a", "now the": no verb, the apposition describes the source
    body = (
        "Fares will rise in May, according to Ann Keel, herself a ferry captain.\n\n"
        "The pier will close, according to Tom Reed, now the harbour master."
    )
    found = statements(tmp_path, body)
    assert [(v.speaker, v.text) for v in found] == [
        ("Ann Keel", "Fares will rise in May"),
        ("Tom Reed", "The pier will close"),
    ]


def test_words_of_nobody_named_are_no_frame(tmp_path: Path) -> None:
    # "in other words" is the writer's; "read it in his own words" is no attribution
    body = (
        "In other words, the old pier will have to close before the winter storms.\n\n"
        "Tom Reed read the harbour rules in his own words to the whole class on Monday."
    )
    assert statements(tmp_path, body) == []


def test_a_quotation_answered_by_nobody_named_is_no_response_frame(tmp_path: Path) -> None:
    # "came the reply" names nobody; "the answer of the puzzle" follows no quotation
    body = (
        '"Stay in your seats until the ferry docks," came the reply.\n\n'
        "Tom Reed said nothing. The answer of the puzzle was printed on the back page."
    )
    found = [(v.span, v.speaker) for v in statements(tmp_path, body)]
    with switched_off("response frame"):
        assert found == [(v.span, v.speaker) for v in statements(tmp_path, body)]


def test_a_things_point_before_a_colon_is_nobodys_words(tmp_path: Path) -> None:
    body = "The harbour report ran to forty pages. Its point was clear: the old pier must close."
    assert statements(tmp_path, body) == []


def test_a_participle_or_a_preposition_after_a_source_is_no_predicate(tmp_path: Path) -> None:
    body = (
        "The ferry sold 900 tickets in May, according to harbour figures, taking its total "
        "to 4,000.\n\nOnly nine boats passed the test, according to the board's website, with "
        "the night run being the hardest part."
    )
    texts = [v.text for v in statements(tmp_path, body)]
    assert not any(t.startswith(("taking", "with")) for t in texts), texts
