"""Quote extraction on invented news paragraphs: statements, kinds, speakers, non-quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.model import Article, QuoteVariant
from brief.quotes import extract_quotes, statements_of


def article(tmp_path: Path, body: str, name: str = "story") -> Article:
    """An article read through ingest (a headline first, so the body is body)."""
    path = tmp_path / f"{name}.txt"
    path.write_text("City council weighs new transit plan\n\n" + body, encoding="utf-8")
    return load_paths([str(path)]).articles[0]


def quotes(tmp_path: Path, body: str) -> list[QuoteVariant]:
    found = statements_of(article(tmp_path, body))
    return found


def one(found: list[QuoteVariant], needle: str) -> QuoteVariant:
    hits = [v for v in found if needle in v.text]
    assert len(hits) == 1, (needle, [v.text for v in found])
    return hits[0]


def assert_spans_locate(art: Article, found: list[QuoteVariant]) -> None:
    for v in found:
        # a quotation broken by its attribution reads its parts joined by " … "
        spans = v.parts or (v.span,)
        located = [" ".join(art.text[s:e].split()) for s, e in spans]
        assert " \u2026 ".join(located) == v.text
        assert v.span == (spans[0][0], spans[-1][1])
        if v.speaker_span is not None:
            mention = " ".join(art.text[v.speaker_span[0] : v.speaker_span[1]].split())
            assert mention == v.speaker_mention


# --- direct quotations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("open_", "close"),
    [('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c")],
)
def test_direct_quote_with_attribution_after(tmp_path: Path, open_: str, close: str) -> None:
    body = (
        f"{open_}The new line will open in the spring,{close} said Maria Olsen, "
        "the city's planning director.\n"
    )
    found = quotes(tmp_path, body)
    quote = one(found, "new line will open")
    assert quote.kind == "direct"
    assert quote.speaker == "Maria Olsen"
    assert quote.speaker_mention == "Maria Olsen"
    assert quote.text == "The new line will open in the spring"


def test_quote_spanning_sentences_is_one_statement(tmp_path: Path) -> None:
    body = (
        '"We studied every route. We chose the cheapest one," transport minister '
        "Hal Brennan told reporters.\n"
    )
    found = quotes(tmp_path, body)
    assert len(found) == 1
    assert found[0].text == "We studied every route. We chose the cheapest one"
    assert found[0].speaker == "Hal Brennan"


def test_quote_broken_by_attribution_and_a_following_quote_keep_the_speaker(
    tmp_path: Path,
) -> None:
    body = (
        "Councillor Dana Reyes spoke after the vote on Tuesday.\n\n"
        '"We are ready," she said. "The work starts next week."\n\n'
        '"Nobody should expect delays," she added, "because the money is there."\n'
    )
    art = article(tmp_path, body)
    found = statements_of(art)
    assert_spans_locate(art, found)
    for needle in ("We are ready", "work starts next week", "expect delays", "money is there"):
        assert one(found, needle).speaker == "Dana Reyes", needle
    # the segment after "she said." continues the statement before it: one variant
    assert one(found, "work starts next week") is one(found, "We are ready")


def test_direct_quote_introduced_by_a_colon(tmp_path: Path) -> None:
    body = 'Mayor Lena Quist put it plainly: "We cannot afford another delay."\n'
    found = quotes(tmp_path, body)
    assert one(found, "another delay").speaker == "Lena Quist"


# --- reported speech ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "needle", "speaker"),
    [
        (
            "Transit chief Omar Haddad said that the buses would run every ten minutes.\n",
            "buses would run every ten minutes",
            "Omar Haddad",
        ),
        (
            "Omar Haddad said the buses would run every ten minutes.\n",
            "buses would run every ten minutes",
            "Omar Haddad",
        ),
        (
            "The buses would run every ten minutes from June, said Omar Haddad, "
            "the head of the transit authority.\n",
            "buses would run every ten minutes",
            "Omar Haddad",
        ),
        (
            "The buses would run every ten minutes from June, Omar Haddad said on Monday.\n",
            "buses would run every ten minutes",
            "Omar Haddad",
        ),
        (
            "According to Omar Haddad, the buses would run every ten minutes from June.\n",
            "buses would run every ten minutes",
            "Omar Haddad",
        ),
        (
            "The buses would run every ten minutes, according to Omar Haddad.\n",
            "buses would run every ten minutes",
            "Omar Haddad",
        ),
        (
            "Omar Haddad warned that fares could rise by a fifth next year.\n",
            "fares could rise",
            "Omar Haddad",
        ),
        (
            "Omar Haddad last month argued that the old depot should be sold.\n",
            "old depot should be sold",
            "Omar Haddad",
        ),
        (
            "Omar Haddad vowed to keep every rural route open through the winter.\n",
            "keep every rural route open",
            "Omar Haddad",
        ),
    ],
)
def test_reported_speech(tmp_path: Path, body: str, needle: str, speaker: str) -> None:
    art = article(tmp_path, body)
    found = statements_of(art)
    assert_spans_locate(art, found)
    quote = one(found, needle)
    assert quote.kind == "indirect"
    assert quote.speaker == speaker


def test_quoted_as_saying_gives_the_quoted_speaker(tmp_path: Path) -> None:
    body = (
        '"The line is safe," the Norvik news agency quoted rail regulator Tollstad as saying. '
        '"No trains will be cancelled."\n'
    )
    found = quotes(tmp_path, body)
    assert one(found, "line is safe").speaker == "Tollstad"
    assert one(found, "No trains will be cancelled").speaker == "Tollstad"


def test_mixed_statement(tmp_path: Path) -> None:
    body = 'Senator Ada Voss said the proposal was "dead on arrival" in its current form.\n'
    quote = one(quotes(tmp_path, body), "dead on arrival")
    assert quote.kind == "mixed"
    assert quote.speaker == "Ada Voss"


def test_participle_statement_belongs_to_the_subject(tmp_path: Path) -> None:
    body = (
        "A Corvix spokesperson pushed back, stating the service "
        '"will keep working for every customer in the country."\n'
    )
    quote = one(quotes(tmp_path, body), "keep working")
    assert quote.speaker == "Corvix"
    assert quote.kind == "mixed"


# --- speakers -------------------------------------------------------------------------


def test_apposition_title_and_organisation_role(tmp_path: Path) -> None:
    body = (
        '"Fares will not rise this year," said Northvale, the regional transit operator.\n\n'
        "The plan is legal, transit regulator Tollstad said in a statement.\n\n"
        "A Corvix spokesperson said the company would bid for the contract.\n"
    )
    found = quotes(tmp_path, body)
    assert one(found, "Fares will not rise").speaker == "Northvale"
    assert one(found, "plan is legal").speaker == "Tollstad"
    assert one(found, "would bid for the contract").speaker == "Corvix"


def test_surname_resolves_to_the_full_name(tmp_path: Path) -> None:
    body = (
        "Deputy mayor Anika Lindqvist, who chairs the budget committee, backed the plan.\n\n"
        "Lindqvist said the city could pay for the first phase without new taxes.\n"
    )
    quote = one(quotes(tmp_path, body), "first phase")
    assert quote.speaker == "Anika Lindqvist"
    assert quote.speaker_mention == "Lindqvist"


def test_descriptions_and_pronouns_resolve_to_compatible_entities(tmp_path: Path) -> None:
    body = (
        "Corvix, the country's largest bus maker, defended its bid on Monday. "
        "The company said its engines met every emission rule. "
        '"We have nothing to hide," a spokesperson said.\n\n'
        "Councillor Dana Reyes was not convinced. "
        '"The numbers do not add up," she said.\n\n'
        "The agency said it would publish the tender documents within a week.\n"
    )
    found = quotes(tmp_path, body)
    assert one(found, "engines met every emission rule").speaker == "Corvix"
    assert one(found, "nothing to hide").speaker == "Corvix"
    assert one(found, "numbers do not add up").speaker == "Dana Reyes"
    # "the agency" must not be a person: Corvix is the organisation in focus
    assert one(found, "publish the tender documents").speaker == "Corvix"


def test_definite_description_after_a_descriptive_mention(tmp_path: Path) -> None:
    body = (
        "Work will begin in May, the country's transport ministry said on Friday.\n\n"
        "The contract, worth $40 million, went to a local firm.\n\n"
        "The route would be extended if demand grew, the ministry said.\n"
    )
    found = quotes(tmp_path, body)
    first = one(found, "Work will begin in May")
    later = one(found, "route would be extended")
    assert first.speaker == later.speaker == "transport ministry"


def test_unclear_speaker_is_unattributed(tmp_path: Path) -> None:
    body = '"Nothing will change for the riders of this city in the coming years."\n'
    quote = one(quotes(tmp_path, body), "Nothing will change")
    assert quote.speaker == "unattributed"


# --- not statements -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        'The agency keeps a "priority list" of routes that would stay open in a strike.\n',
        'Critics have called the plan "reckless" and demanded a new study of costs.\n',
        'The film "Winter Light" opens on Friday in cinemas across the region.\n',
        'The city promotes a new app called "Orbit," which analysts say could track riders.\n',
        "Officials have 'serious doubts' about the timeline, the report noted in passing.\n",
    ],
)
def test_scare_quotes_titles_and_names_are_not_statements(tmp_path: Path, body: str) -> None:
    found = quotes(tmp_path, body)
    for v in found:
        assert len(v.text.split()) > 3, v.text


def test_a_cue_keeps_its_preposition_and_the_content_is_its_object(tmp_path: Path) -> None:
    body = (
        "Mayor Lena Ortiz called for a ban on private cars in the old town.\n\n"
        'The union leader, Sam Reyes, warned of "deep cuts" if the budget passes next week.\n'
    )
    found = quotes(tmp_path, body)
    ban = one(found, "ban on private cars")
    assert (ban.cue, ban.speaker) == ("called for", "Lena Ortiz")
    cuts = one(found, "deep cuts")
    assert cuts.cue == "warned of"
    assert cuts.text.startswith('"deep cuts"')


def test_an_aside_in_a_relative_clause_is_not_its_own_statement(tmp_path: Path) -> None:
    body = (
        "The union, led by Sam Reyes, warned against any cuts to night routes, which it says "
        "serve thousands of shift workers.\n"
    )
    found = quotes(tmp_path, body)
    assert len(found) == 1
    assert found[0].text.endswith("which it says serve thousands of shift workers")


def test_long_quotation_inside_a_sentence_is_a_statement_of_its_subject(tmp_path: Path) -> None:
    body = (
        "Mayor Lena Ortiz backed the plan on Monday. The council wants the money spent "
        "\u201cto give every district a bus within ten minutes of every home\u201d by 2030.\n"
    )
    quote = one(quotes(tmp_path, body), "every district")
    assert quote.kind == "direct"
    assert quote.speaker.lower() == "council"


@pytest.mark.parametrize(
    "body",
    [
        "The council backed a plan \u201cto add bus lanes\u201d on Monday.\n",  # 4 words
        "The council screened \u201cThe Long Road Home From Harbour Street\u201d on Monday.\n",
    ],
)
def test_short_or_title_cased_quotations_inside_a_sentence_are_not(
    tmp_path: Path, body: str
) -> None:
    assert quotes(tmp_path, body) == []


def test_headline_and_boilerplate_never_yield_quotes(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        '"We will win this fight," says mayor\n\n'
        "The council met on Monday to discuss the budget for next year.\n\n"
        'Read more: "Our city is broke," says former treasurer\n\n'
        "Share this article\n",
        encoding="utf-8",
    )
    art = load_paths([str(path)]).articles[0]
    assert statements_of(art) == []


# --- paragraphs and bad input ---------------------------------------------------------


def test_quote_continued_in_the_next_paragraph_stays_with_its_speaker(tmp_path: Path) -> None:
    body = (
        'Transport minister Hal Brennan said: "The first phase is funded and will open '
        "on time.\n\n"
        '"The second phase depends on the federal grant," he added.\n'
    )
    art = article(tmp_path, body)
    found = statements_of(art)
    first = one(found, "first phase is funded")
    second = one(found, "second phase depends")
    assert first.speaker == second.speaker == "Hal Brennan"
    for v in (first, second):
        assert "\n\n" not in art.text[v.span[0] : v.span[1]]


@pytest.mark.parametrize(
    "body",
    [
        'Omar Haddad said: "The buses will run all night and nobody will pay.\n\n'
        "The council met again on Friday to approve the spending plan for the depot.\n",
        'The council met again on Friday. "This quote never closes and runs to the end',
        'He said "yes" and "no" and then "maybe\n\nAnother paragraph follows here.\n',
        "\u201cOpened \u201cand opened again\u201d, said Tollstad.\n\n\u201d\u201d\u201c\n",
        "\"The 'express' route is 'not' dead,\" said Omar Haddad.\n",
        "\u00ab Les bus rouleront toute la nuit \u00bb, a dit Tollstad. \u00bb stray \u00ab\n",
        "\u201eDie Busse fahren die ganze Nacht\u201c, sagte Tollstad.\n",
        '""\n\n" "\n\n"\n\n\u201c\u201d\n',
    ],
)
def test_bad_marks_never_crash_or_run_away(tmp_path: Path, body: str) -> None:
    art = article(tmp_path, body)
    found = statements_of(art)
    assert_spans_locate(art, found)
    for v in found:
        assert "\n\n" not in art.text[v.span[0] : v.span[1]], v.text


def test_unclosed_quote_ends_at_its_paragraph(tmp_path: Path) -> None:
    body = (
        'Omar Haddad said: "The buses will run all night and nobody will pay.\n\n'
        "The council met again on Friday to approve the spending plan for the depot.\n"
    )
    found = quotes(tmp_path, body)
    quote = one(found, "buses will run all night")
    assert "council met" not in quote.text
    assert quote.speaker == "Omar Haddad"


def test_nested_single_quotes_stay_inside(tmp_path: Path) -> None:
    body = "\"They told us, 'wait until spring', and we waited,\" said Omar Haddad.\n"
    quote = one(quotes(tmp_path, body), "wait until spring")
    assert quote.text == "They told us, 'wait until spring', and we waited"
    assert quote.speaker == "Omar Haddad"


def test_guillemets_and_low_quotes_are_quotations(tmp_path: Path) -> None:
    body = (
        "\u00abThe depot will close in June,\u00bb said Omar Haddad.\n\n"
        "\u201eThe buses will be replaced by trams,\u201c said Anika Lindqvist.\n"
    )
    found = quotes(tmp_path, body)
    assert one(found, "depot will close").speaker == "Omar Haddad"
    assert one(found, "replaced by trams").speaker == "Anika Lindqvist"


def test_clusters_cover_every_article(tmp_path: Path) -> None:
    a = article(tmp_path, '"The depot will close in June," said Omar Haddad.\n', "one")
    b = article(tmp_path, "Omar Haddad said the plan was final.\n", "two")
    clusters = extract_quotes([a, b])
    assert sorted(s for c in clusters for s in c.sources) == ["one", "two"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Fares rose by 4 percent in a year, according to data from Transitmetrics.\n",
            "Transitmetrics",
        ),
        (
            "According to figures from the Office for Regional Transport, ridership doubled in "
            "the last five years.\n",
            "Office for Regional Transport",
        ),
        (
            "Ridership fell by a third last winter, according to a report by the Audit Bureau.\n",
            "Audit Bureau",
        ),
        (
            "The Ministry of Transport said the new line would open in the spring of 2027.\n",
            "Ministry of Transport",
        ),
    ],
)
def test_a_document_speaks_for_its_author(tmp_path: Path, body: str, speaker: str) -> None:
    found = quotes(tmp_path, body)
    assert len(found) == 1, [v.text for v in found]
    assert found[0].speaker == speaker
