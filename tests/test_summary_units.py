"""Which sentences may enter a summary: questions, fragments, unresolved references."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.summary.units import (
    MIN_WORDS,
    article_units,
    clutter_end,
    crumbs_end,
    dangles,
    dateline_end,
    is_question,
)


@pytest.mark.parametrize(
    "text",
    [
        "This includes opening local offices and storing data in the country.",
        "It stated that earlier requests had been ignored by both companies.",
        "The move comes weeks after the government promoted its own app.",
        "They said the measures would stay in place until further notice.",
        "However, text messages and voice notes were not affected.",
        "But the ministry did not say when the restrictions would end.",
        "\u201cThese measures are temporary,\u201d the spokesman added later.",
        "He added that the talks would continue next week in Geneva.",
        "These restrictions apply to calls only, officials said.",
        "She\u2019s expected to appeal the ruling before the end of the month.",
        "They've since withdrawn the offer, according to two people at the firm.",
    ],
)
def test_dangling_openers(text: str) -> None:
    assert dangles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government said the measures would stay in place until further notice.",
        "The central bank raised interest rates by half a point on Thursday.",
        "Italy's parliament approved the budget after a two-day debate.",
        "Thousands of people marched through the capital on Saturday.",
        "Itinerant workers were hit hardest by the new rules, the report found.",
        "Shell's profits rose by a fifth in the last quarter of the year.",
    ],
)
def test_standalone_openers(text: str) -> None:
    assert not dangles(text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("What did the company say in response?", True),
        ("\u201cWhy now?\u201d asked one opposition lawmaker after the vote.", True),
        ('"Is this legal?" the lawyer asked.', True),
        ("The company did not say why it acted now.", False),
        ("Prices rose 3 percent, the agency said.", False),
    ],
)
def test_questions(text: str, question: bool) -> None:
    assert is_question(text) is question


def test_units_of_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Ferry Strike Ends\n"
        "Ferry workers ended a five-day strike on Sunday after a pay deal was reached.\n"
        "Short line here.\n"
        "The union said members accepted a 6 percent rise over two years. "
        "This covers all crews on the island routes and the harbour staff.\n"
        "Will services return to normal by Monday morning at the latest?\n"
        "This sentence opens a paragraph and has nothing before it to lean on.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    units = article_units(article)
    texts = [u.text for u in units]
    assert texts == [
        "Ferry workers ended a five-day strike on Sunday after a pay deal was reached.",
        "The union said members accepted a 6 percent rise over two years.",
        "The union said members accepted a 6 percent rise over two years. "
        "This covers all crews on the island routes and the harbour staff.",
    ]
    assert [u.sentences for u in units] == [1, 1, 2]
    assert [u.position for u in units] == [0, 2, 2]
    for unit in units:
        assert " ".join(article.text[unit.start : unit.end].split()) == unit.text
        assert len(unit.text.split()) >= MIN_WORDS


@pytest.mark.parametrize("algorithm", ["concepts", "lexrank"])
def test_a_set_whose_only_sentence_dangles_still_gets_a_summary(
    tmp_path: Path, algorithm: str
) -> None:
    """ "The ministry said ..." opens with a reference nothing before it carries; when no other
    sentence exists, it is the summary rather than none (found by the property test)."""
    from brief.model import AnalysisOptions
    from brief.summary import summarize

    path = tmp_path / "note.txt"
    path.write_text("Port notes\n\nThe ministry said that the harbour fees would rise.\n")
    articles = load_paths([str(path)]).articles
    summary = summarize(articles, AnalysisOptions(algorithm=algorithm, sentences=3))
    assert [s.text for s in summary] == ["The ministry said that the harbour fees would rise."]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("WASHINGTON (AP) -- The Senate passed the bill.", "The Senate passed the bill."),
        ("HANOI, March 3 (Xinhua) -- Rice prices rose.", "Rice prices rose."),
        ("EUGENE, Ore. _ The old mill closed.", "The old mill closed."),
        ("LONDON (Reuters) - Shares fell on Monday.", "Shares fell on Monday."),
        ("OTTAWA, Ont. \u2014 The vote was close.", "The vote was close."),
        ("NEW YORK _ ``We won,'' she said.", "``We won,'' she said."),
        ("Hanoi, March 3 (Xinhua) -- Rice prices rose.", "Rice prices rose."),
        ("TAIYUAN (Shanxi), May 5 (Xinhua) -- Coal output fell.", "Coal output fell."),
        ("(CNN) -- The storm reached the coast.", "The storm reached the coast."),
        # not datelines: no separator, a plain hyphen without an agency, lower case after it
        ("U.S. troops left the city on Monday.", None),
        ("NASA - The agency said the launch would wait.", None),
        ("The president - who had been ill - spoke.", None),
        ("FIFA -- and its members -- agreed.", None),
        ("Paris (AFP) - The talks ended.", None),  # title case: a whole sentence must follow
        ("Sen. Jane Doe (D-Ore.) -- Taxes rose.", None),
        ("(a) -- The court may hear the case.", None),
    ],
)
def test_dateline_end(text: str, rest: str | None) -> None:
    cut = dateline_end(text)
    assert (text[cut:] if cut else None) == rest


def test_a_dateline_is_left_out_of_its_unit_verbatim_at_its_span(tmp_path: Path) -> None:
    """The unit starts after "CITY (AP) -- ": the words go to the sentence, the span moves
    with it, and a reference the dateline hid ("He ...") still dangles."""
    (tmp_path / "a.txt").write_text(
        "Ferry Strike Ends\n"
        "PORTSMOUTH, England (AP) -- Ferry workers ended a five-day strike on Sunday after "
        "a pay deal was reached.\n"
        "Crews returned to the island routes on Monday morning as planned.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Union Vote\nLONDON _ He said members had accepted a rise of 6 percent over two years.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Harbour Reopens\nPORTSMOUTH, England\n"
        "(AP) -- The harbour reopened to ferries on Tuesday after the strike ended.\n",
        encoding="utf-8",
    )
    articles = load_paths([str(tmp_path)]).articles
    by_id = {a.id: a for a in articles}
    units = [u for a in articles for u in article_units(a)]
    assert [u.text for u in units] == [
        "Ferry workers ended a five-day strike on Sunday after a pay deal was reached.",
        "Crews returned to the island routes on Monday morning as planned.",
        "The harbour reopened to ferries on Tuesday after the strike ended.",
    ]
    for unit in units:
        assert " ".join(by_id[unit.article].text[unit.start : unit.end].split()) == unit.text


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Home | News | World | Ferry crews ended their strike at the port on Sunday.",
            "Ferry crews",
        ),
        ("| | news | | page 1 of 1 updated: the harbour reopened on Tuesday.", "page 1 of 1"),
        ("Home|Business|Shares fell for a third day in Tokyo on Friday.", "Shares fell for"),
        # a table row: its last cell is short; a long step is no breadcrumb
        ("Team | Played | Won | Lost", None),
        ("Ferry crews ended their long strike on Sunday | Harbour reopens", None),
        ("Crews who had been out on strike for a week said | they would return.", None),
        ("A | B | C | D | E | the end came early.", None),  # too short after it
    ],
)
def test_crumbs_end(text: str, rest: str | None) -> None:
    cut = crumbs_end(text)
    assert (text[cut:][: len(rest)] if cut else None) == rest


def test_a_breadcrumb_trail_is_left_out_of_a_plain_text_unit(tmp_path: Path) -> None:
    """Text copied from a page keeps its trail on the first sentence: the unit starts after
    it, verbatim at its span; a web page's own table row (cells joined by " | ") is no unit."""
    (tmp_path / "a.txt").write_text(
        "Ferry Strike Ends\n\nHome | News | UK | Ferry workers ended a five-day strike on "
        "Sunday after a pay deal was reached with the operator.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.html").write_text(
        "<html><body><article><h1>Fares</h1><p>Ferry fares will rise by four percent "
        "from the spring, the operator said on Monday in a short statement.</p><table><tr>"
        "<td>Route</td><td>Fare</td><td>The island crossing costs more than it did in the "
        "spring of last year</td></tr></table></article></body></html>",
        encoding="utf-8",
    )
    articles = {a.id: a for a in load_paths([str(tmp_path)]).articles}
    (unit,) = article_units(articles["a"])
    assert unit.text.startswith("Ferry workers ended a five-day strike")
    assert articles["a"].text[unit.start : unit.end] == unit.text
    assert all("island crossing" not in u.text for u in article_units(articles["b"]))


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("By JANE DOE (Distributed by a features syndicate)", False),
        ("By JOHN PUBLIC and MARY ROE, staff writers of the paper", False),
        ("By the time the ferry docked, the crews had already gone home.", True),
        ("By Friday the strike had cost the operator two million pounds.", True),
    ],
)
def test_a_wire_byline_is_no_unit(tmp_path: Path, line: str, unit: bool) -> None:
    """Pasted wire copy can run the byline into the paragraph before it, as a sentence."""
    lead = "Ferry workers ended a five-day strike on Sunday after a pay deal was reached."
    (tmp_path / "a.txt").write_text(f"Ferry Strike Ends\n{lead} {line}\n", encoding="utf-8")
    (article,) = load_paths([str(tmp_path)]).articles
    assert [s.text for s in article.sentences if s.role == "body"] == [lead, line]
    texts = [u.text for u in article_units(article, min_words=4)]
    assert texts == ([lead, line] if unit else [lead])


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "(Photo: Jane Doe, Getty Images) Ferry workers ended a five-day strike on Sunday.",
            "Ferry workers",
        ),
        (
            "( photo credit: the harbour authority ) ferry workers ended a five-day strike "
            "on sunday.",
            "ferry workers",
        ),
        ("(Image: AP) Ferry workers ended their five-day strike on Sunday morning.", "Ferry"),
        ("Advertisement The ferry workers ended a five-day strike on Sunday morning.", "The ferry"),
        ("advertisement in the harbour the crews ended a five-day strike on Sunday.", "in the"),
        # the noun as the sentence's subject, a credit too short to leave a sentence, a
        # bracket that is no credit, a credit inside the sentence
        ("Advertisement revenue at the ferry operator fell by a fifth during the strike.", None),
        ("(Photo: AP) The strike is over.", None),
        ("(Reuters) Ferry workers ended a five-day strike on Sunday after a pay deal.", None),
        ("Ferry workers (photo: AP) ended a five-day strike on Sunday after a pay deal.", None),
    ],
)
def test_clutter_end(text: str, rest: str | None) -> None:
    cut = clutter_end(text)
    assert (text[cut:][: len(rest)] if cut else None) == rest


def test_a_glued_photo_credit_and_a_copyright_notice_are_left_out(tmp_path: Path) -> None:
    """A plain-text copy of a page keeps a caption's credit on the sentence after it and the
    page's copyright line in its last paragraph: the unit starts after the credit, verbatim
    at its span, and the notice is no unit (in a paragraph of prose, where ingest's line
    rules cannot see it), nor the antecedent of the sentence after it."""
    (tmp_path / "a.txt").write_text(
        "Ferry Strike Ends\n\n( Photo: Jane Doe, Harbour Times ) Ferry workers ended a "
        "five-day strike on Sunday after a pay deal was reached with the operator.\n\n"
        "Services resume on Monday morning, the operator said in a statement. Crews will "
        "get a rise of four percent this year and three percent next year, and the union "
        "said its members had voted for the deal by a large majority. (c) 2024 "
        "Harbour Times Media, a division of Example Holdings. All rights reserved. This "
        "material may not be published, broadcast or rewritten without permission.\n",
        encoding="utf-8",
    )
    (article,) = load_paths([str(tmp_path)]).articles
    texts = [s.text for s in article.sentences if s.role == "body"]
    assert any("All rights reserved" in t for t in texts)  # ingest kept it: prose around it
    units = article_units(article)
    assert [u.text[:20] for u in units] == [
        "Ferry workers ended ",
        "Services resume on M",
        "Crews will get a ris",
    ]
    assert all(article.text[u.start : u.end] == u.text for u in units)


_RUN_STORY = (
    "Harbour Bridge Reopens\n\n"
    "The harbour bridge reopened to traffic on Tuesday after three weeks of repairs to its deck. "
    "It had been closed since a barge struck one of the main supports in early March. "
    "They also replaced the lighting along the footpath on the western side of the span. "
    "He said the final cost of the work would be published by the council next month.\n\n"
    "Engineers from the county inspected the supports twice before the lanes were opened again.\n"
)


def _run_articles(tmp_path: Path) -> list:
    (tmp_path / "bridge.txt").write_text(_RUN_STORY, encoding="utf-8")
    return list(load_paths([str(tmp_path)]).articles)


def test_a_run_of_sentences_pointing_back_enters_whole_only_when_the_units_cannot_fill(
    tmp_path: Path,
) -> None:
    """Of "A. It ... They ... He ...", only "A" and "A. It ..." were units: "They ..." and
    "He ..." could never be shown. When the units hold fewer words than the budget, the run
    from "A" up to each of them is a unit too; with a budget the units fill, nothing changes."""
    from brief.summary.units import collect_units

    articles = _run_articles(tmp_path)
    plain = collect_units(articles)
    assert [u.sentences for u in plain] == [1, 2, 1]
    assert collect_units(articles, words=20) == plain
    total = sum(len(u.text.split()) for u in plain)
    assert total < 300
    filled = collect_units(articles, words=300)
    assert [u.sentences for u in filled] == [1, 2, 3, 4, 1]
    (article,) = articles
    for unit in filled:
        assert " ".join(article.text[unit.start : unit.end].split()) == unit.text
        assert not dangles(unit.text)
    assert filled[3].text.endswith("published by the council next month.")


def test_a_run_stops_at_a_paragraph_break_and_a_copyright_notice(tmp_path: Path) -> None:
    from brief.summary.units import collect_units

    (tmp_path / "a.txt").write_text(
        "Harbour Bridge Reopens\n\n"
        "The harbour bridge reopened to traffic on Tuesday after three weeks of repairs. "
        "It had been closed since a barge struck one of the main supports in early March.\n\n"
        "They also replaced the lighting along the footpath on the western side of the span. "
        "He said the final cost of the work would be published by the council next month.\n\n"
        "Engineers from the county inspected the supports twice before the lanes reopened. "
        "(c) 2025 Harbour Times Media. All rights reserved. "
        "This material may not be published, broadcast or rewritten in any form at all. "
        "It may not be redistributed without the written permission of the publisher.\n",
        encoding="utf-8",
    )
    articles = list(load_paths([str(tmp_path)]).articles)
    filled = collect_units(articles, words=500)
    assert filled == collect_units(articles)
    assert max(u.sentences for u in filled) == 2


def test_a_short_story_with_a_long_budget_tells_the_end_of_a_run(tmp_path: Path) -> None:
    from brief.model import AnalysisOptions
    from brief.summary import summarize

    articles = _run_articles(tmp_path)
    summary = summarize(articles, AnalysisOptions(algorithm="concepts", words=300))
    text = " ".join(s.text for s in summary)
    assert "published by the council next month" in text
    assert not any(dangles(s.text) for s in summary)
