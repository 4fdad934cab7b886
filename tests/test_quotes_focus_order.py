"""A focused brief's quote panel answers the focus first: speakers and statements that match
it (by who they are or what they said) lead, in the markdown brief and in the app."""

from __future__ import annotations

from pathlib import Path

from test_tui_support import RecordingBuilder, fixed_brief, settle, write_story

from brief.ingest import load_paths
from brief.model import AnalysisOptions, QuoteCluster, QuoteVariant
from brief.quotes import by_speaker


def _quote(
    n: int,
    speaker: str,
    text: str,
    sources: tuple[str, ...] = ("a",),
    role: str = "",
    mention: str = "",
) -> QuoteCluster:
    variants = tuple(
        QuoteVariant(
            s,
            text,
            (0, len(text)),
            mention or speaker,
            "direct",
            speaker,
            "said",
            speaker_role=role,
        )
        for s in sources
    )
    return QuoteCluster(f"q{n}", speaker, text, "direct", sources, variants)


QUOTES = (
    _quote(1, "Mara Tolan", "The ferry timetable will return to normal on Monday", ("a", "b")),
    _quote(2, "Ivo Brandt", "Passengers deserve an apology for the delays", ("a", "b")),
    _quote(3, "Ivo Brandt", "The harbour fees will rise next year"),
    _quote(4, "Ports Authority", "Safety checks found no fault", role="the harbour regulator"),
    _quote(5, "unattributed", "Regulator inspections were weekly"),
    _quote(6, "Lise Varga", "We will appeal", mention="the union's lawyer Lise Varga"),
)


def _names(groups: list[tuple[str, list[QuoteCluster]]]) -> list[str]:
    return [heading.split(",")[0] for heading, _ in groups]


def test_without_a_focus_the_order_is_the_usual_one() -> None:
    usual = by_speaker(QUOTES)
    assert _names(usual) == ["Mara Tolan", "Ivo Brandt", "Ports Authority", "Lise Varga",
                             "Unattributed"]  # fmt: skip
    assert by_speaker(QUOTES, "   ") == usual
    # a focus no statement or speaker answers moves nothing
    assert by_speaker(QUOTES, "what about the weather") == usual


def test_who_the_focus_asks_about_comes_first() -> None:
    groups = by_speaker(QUOTES, "what did the regulator say")
    # the authority is described as the regulator; the unattributed line names the word but
    # stays last, and everyone else keeps their usual order behind
    assert _names(groups) == ["Ports Authority", "Mara Tolan", "Ivo Brandt", "Lise Varga",
                              "Unattributed"]  # fmt: skip
    lawyer = by_speaker(QUOTES, "the lawyer's view")
    assert _names(lawyer)[0] == "Lise Varga"  # an article's own mention of the speaker counts


def test_what_was_said_orders_speakers_and_their_statements() -> None:
    groups = by_speaker(QUOTES, "harbour fees")
    assert _names(groups)[:2] == ["Ivo Brandt", "Ports Authority"]  # two stems, then one
    brandt = groups[0][1]
    # the statement on fees comes before the more widely carried one that does not answer
    assert [q.id for q in brandt] == ["q3", "q2"]
    assert [q.id for q in by_speaker(QUOTES)[1][1]] == ["q2", "q3"]


def test_markdown_brief_lists_speakers_toward_its_focus(tmp_path: Path) -> None:
    from brief.export.markdown import to_markdown

    articles = load_paths([str(write_story(tmp_path / "story"))]).articles
    general = to_markdown(fixed_brief(articles, AnalysisOptions()))
    focused = to_markdown(fixed_brief(articles, AnalysisOptions(focus="will it withstand storms")))

    def headings(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith("### ")]

    assert "Tom Reyes" not in headings(general)[0]
    assert "Tom Reyes" in headings(focused)[0]  # the one who spoke of storms
    assert sorted(headings(general)) == sorted(headings(focused))  # nothing added or lost


async def test_app_quote_panel_follows_the_focus(tmp_path: Path) -> None:
    from brief.tui.app import make_app
    from brief.tui.widgets.quote_panel import QuotePanel

    def speakers_shown(panel: QuotePanel) -> list[str]:
        ids = [panel.get_option_at_index(i).id for i in range(panel.option_count)]
        return [panel.quotes[i].speaker for i in ids if i is not None]

    folder = write_story(tmp_path / "story")
    app = make_app([str(folder)], builder=RecordingBuilder())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(QuotePanel)
        general = speakers_shown(panel)
        assert general and "Reyes" not in general[0]
        await pilot.press("f")
        await settle(pilot)
        await pilot.press(*"storms", "enter")
        await settle(pilot)
        panel = app.screen.query_one(QuotePanel)
        focused = speakers_shown(panel)
        assert "Reyes" in focused[0] and sorted(focused) == sorted(general)
