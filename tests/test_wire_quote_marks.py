"""Wire copy's two-character quotation marks, and reported speech's first word, as a reader
sees them in the brief and the app (QA twenty-second round, qa-r34). Invented text."""

from __future__ import annotations

import pytest

from brief.export.markdown import to_markdown
from brief.model import Article, Brief, QuoteCluster, QuoteVariant, SummarySentence
from brief.quotes.reading import as_read
from brief.text.clean import for_screen, typeset_quotes


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        (
            "the mayor called it ``a fair deal.'' She left",
            "the mayor called it “a fair deal.” She left",
        ),
        ("''We are ready,'' the coach said", "“We are ready,” the coach said"),
        ("(''draft'') was sent", "(“draft”) was sent"),
        ("he said, `Enough.' Then", "he said, ‘Enough.’ Then"),
        ("he said, `We're done.' And", "he said, ‘We're done.’ And"),  # closes after the word
        ("a 12'' pipe", "a 12'' pipe"),  # inches stay
        ("O'Neill's boat", "O'Neill's boat"),
        ("no marks at all", "no marks at all"),
        ("run `make` then ```deploy```", "run `make` then ```deploy```"),  # code marks stay
        ("``We will sail. ``The fares", "“We will sail. “The fares"),  # a quotation run on
    ],
)
def test_wire_marks_become_the_marks_they_stand_for(written: str, shown: str) -> None:
    assert typeset_quotes(written) == shown


def test_the_markdown_brief_shows_no_backtick_quotation_marks() -> None:
    sentence = "The ferry operator called the offer ``final and fair,'' a union official said."
    statement = "the offer was ``final and fair,''"
    brief = Brief(
        title="Ferry talks",
        generated="",
        sources=(Article("a", "/tmp/a.txt", sentence, title="Ferry talks stall"),),
        summary=(SummarySentence(sentence, "a", (0, len(sentence)), ("a",), 1.0),),
        quotes=(
            QuoteCluster(
                "q1",
                "Ferry operator",
                statement,
                "mixed",
                ("a",),
                (QuoteVariant("a", statement, (0, 10), "operator", "mixed", cue="said"),),
            ),
        ),
    )
    markdown = to_markdown(brief)
    assert "`" not in markdown and "''" not in markdown
    assert "- The ferry operator called the offer “final and fair,” a union official said." in (
        markdown
    )
    # the report ends at its closing mark: no comma left dangling before it
    assert "- Said that the offer was “final and fair” [\\[1\\]](#source-1)" in markdown


def test_the_app_shows_the_marks_as_the_brief_does() -> None:
    assert for_screen("called it ``a fair deal.''") == "called it “a fair deal.”"


def test_a_report_ends_at_its_closing_mark() -> None:
    assert as_read("the plan was ``dead on arrival,''", "mixed", "said") == (
        "Said that the plan was “dead on arrival”"
    )
    assert as_read('the plan was "dead on arrival,"', "mixed", "said") == (
        'Said that the plan was "dead on arrival"'
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("In 2031 the harbour will close", "Said that in 2031 the harbour will close"),
        ("On Tuesday, the ferry sailed late", "Said that on Tuesday, the ferry sailed late"),
        ("Although fares rose, crossings grew", "Said that although fares rose, crossings grew"),
        ("One deckhand was hurt", "Said that one deckhand was hurt"),
        ("More than 40 sailings were cut", "Said that more than 40 sailings were cut"),
        # names keep their capital: a quantifier before a capital may open one
        ("One Harbour Trust will buy the pier", "Said that One Harbour Trust will buy the pier"),
        ("Marlow will buy the pier", "Said that Marlow will buy the pier"),
    ],
)
def test_a_capital_the_sentence_gave_a_function_word_is_lowered(
    content: str, expected: str
) -> None:
    assert as_read(content, "indirect", "said") == expected
