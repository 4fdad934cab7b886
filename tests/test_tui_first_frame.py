"""A light first screen: few widgets, styled once, a one-widget key bar that still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, screen_text, settle, write_story
from textual.css.stylesheet import Stylesheet

from brief.tui.app import make_app
from brief.tui.screens.help import HelpScreen
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.header import BriefHeader

SIZE = (120, 40)


def story_app(tmp_path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    return make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief, **kwargs)  # type: ignore[arg-type]


def footer_line(pilot) -> str:  # type: ignore[no-untyped-def]
    return screen_text(pilot).splitlines()[-1]


@pytest.mark.parametrize("theme", ["brief-light", "brief-dark"])
async def test_the_stylesheet_is_parsed_once_with_the_chosen_theme(
    tmp_path: Path, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reparsed: list[int] = []
    reparse = Stylesheet.reparse

    def counting(self: Stylesheet) -> None:
        reparsed.append(1)
        reparse(self)

    monkeypatch.setattr(Stylesheet, "reparse", counting)
    app = story_app(tmp_path, theme=theme)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert reparsed == []  # no second styling pass for the theme
        colours = app.current_theme.to_color_system().generate()
        assert app.screen.styles.background.hex.upper() == colours["background"].upper()
        assert app.has_class(f"-theme-{theme}")
        assert app.has_class("-light-mode" if theme == "brief-light" else "-dark-mode")
        app.theme = "brief-contrast"  # a change later restyles as usual
        await pilot.pause()
        assert reparsed and app.screen.styles.background.hex.upper() == "#000000"


async def test_the_main_screen_is_a_few_widgets_and_the_footer_one(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        widgets = list(app.screen.walk_children())
        assert len(widgets) <= 13, sorted(type(w).__name__ for w in widgets)
        footer = app.screen.query_one(BriefFooter)
        assert list(footer.children) == []
        assert list(app.screen.query_one(BriefHeader).children) == []
        assert not app.screen.query("#message")  # composed only when no article can be read
        line = footer_line(pilot)
        assert "? Help" in line and "e Export" in line and line.rstrip().endswith("^p palette")


async def test_the_footer_follows_the_focused_panel(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "p Pin" in footer_line(pilot)  # a source pane has the focus
        await pilot.press("s")
        await pilot.pause()
        line = footer_line(pilot)
        assert "d Drop/keep" in line and "p Pin" not in line


async def test_a_click_on_a_footer_key_presses_it(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = footer_line(pilot)
        x = line.index("? Help")
        await pilot.click(BriefFooter, offset=(x + 3, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_footer_key_shows_its_tooltip_under_the_mouse(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        x = footer_line(pilot).index("e Export")
        await pilot.hover(BriefFooter, offset=(x + 2, 0))
        footer = app.screen.query_one(BriefFooter)
        assert footer.tooltip is not None and "Write the reviewed brief" in str(footer.tooltip)


async def test_the_footer_drops_keys_that_do_not_fit_instead_of_cutting_one(
    tmp_path: Path,
) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        line = footer_line(pilot)
        assert len(line) == 60 and line.rstrip().endswith("^p palette")
        shown = line.rsplit("\u258f", 1)[0].rstrip()
        assert shown.endswith(("Pin", "Go to brief", "Exclude", "Help", "Export", "Undo", "Zoom"))


async def test_the_progress_bar_is_mounted_when_there_is_progress_to_show() -> None:
    from textual.app import App, ComposeResult

    import brief.tui
    from brief.tui.widgets.status_bar import Meter, StatusBar

    class Bar(App[None]):
        CSS_PATH = str(Path(brief.tui.__file__).parent / "app.tcss")

        def compose(self) -> ComposeResult:
            yield StatusBar(id="status")

    app = Bar()
    async with app.run_test(size=(60, 3)) as pilot:
        bar = app.query_one(StatusBar)
        bar.progress(None, None)
        await pilot.pause()
        assert not bar.query(Meter)  # nothing to show: no bar composed
        bar.say("Summarising 3 sources…")
        bar.progress(1, 4)
        await pilot.pause()
        line = screen_text(pilot).splitlines()[0]
        assert line.startswith(" Summarising 3 sources…")
        assert line[-31:-1] == "━" * 25 + "  25%"  # 30 columns at the right, then padding
        bar.progress(None, None)
        await pilot.pause()
        assert "━" not in screen_text(pilot) and len(bar.query(Meter)) == 1


async def test_the_status_line_draws_progress_in_one_widget(tmp_path: Path) -> None:
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = app.main.status
        status.progress(1, 4)
        await pilot.pause()
        line = screen_text(pilot).splitlines()[-2]
        assert line.rstrip().endswith("25%") and "━" in line
        status.progress(0, None)  # total unknown: a bar, no percentage
        await pilot.pause()
        line = screen_text(pilot).splitlines()[-2]
        assert "━" in line and "%" not in line
        status.progress(None, None)
        await pilot.pause()
        assert "━" not in screen_text(pilot).splitlines()[-2]
        assert not status.has_class("-busy")


async def _first_and_settled(app, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list, int]:  # type: ignore[no-untyped-def]
    """The first frame of the main screen with its sources, and the settled screen, cell by
    cell (character and terminal codes); and how many restyles ran before that frame."""
    from rich.color import ColorSystem
    from textual.app import App

    from brief.tui.screens.main import MainScreen

    def cells(screen) -> list:  # type: ignore[no-untyped-def]
        return [
            [(c, s.style._make_ansi_codes(ColorSystem.TRUECOLOR) if s.style else "")
             for s in strip for c in s.text]
            for strip in screen._compositor.render_strips()
        ]  # fmt: skip

    first: list = []
    restyles: list[int] = []
    display, update_nodes = App._display, Stylesheet.update_nodes

    def recording(self, screen, renderable):  # type: ignore[no-untyped-def]
        shown = renderable is not None and isinstance(screen, MainScreen) and screen.articles
        if shown and not first:
            first.append(cells(screen))
            restyles.append(counted[0])
        return display(self, screen, renderable)

    counted = [0]

    def counting(self, nodes, animate=False):  # type: ignore[no-untyped-def]
        counted[0] += 1
        return update_nodes(self, nodes, animate=animate)

    with monkeypatch.context() as patch:
        patch.setattr(App, "_display", recording)
        patch.setattr(Stylesheet, "update_nodes", counting)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            settled = cells(app.screen)
    return first[0], settled, restyles[0]


@pytest.mark.parametrize("seen", [False, True], ids=["first-open", "second-open"])
async def test_no_restyle_on_the_first_resume_and_the_same_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path, seen: bool
) -> None:
    """Skipping Textual's restyle of every widget on the screen's first resume paints the
    same first frame and settles on the same screen as the restyle does."""
    from brief.tui.screens.main import MainScreen

    folder = write_story(tmp_path / "story")
    builder = None if seen else fixed_brief
    if seen:  # the cache filled by a first open: the second open paints complete
        async with make_app([str(folder)]).run_test(size=SIZE) as pilot:
            await settle(pilot)
    skipped = await _first_and_settled(make_app([str(folder)], builder=builder), monkeypatch)
    monkeypatch.setattr(MainScreen, "on_screen_resume", lambda self, event: None)
    restyled = await _first_and_settled(make_app([str(folder)], builder=builder), monkeypatch)
    assert skipped[2] < restyled[2]  # the restyle ran only where it was not skipped
    assert skipped[0] == restyled[0]  # the first frame
    assert skipped[1] == restyled[1]  # the settled screen


async def test_only_the_first_resume_skips_the_restyle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brief.tui.screens.main import MainScreen

    resumed: list[tuple[bool, bool]] = []  # the event's refresh_styles before, after
    handler = MainScreen.on_screen_resume

    def recording(self, event):  # type: ignore[no-untyped-def]
        before = event.refresh_styles
        handler(self, event)
        resumed.append((before, event.refresh_styles))

    monkeypatch.setattr(MainScreen, "on_screen_resume", recording)
    app = story_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")  # the key list, then back
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert resumed[0] == (True, False)  # mounted just now: not restyled
    assert len(resumed) > 1 and all(before == after for before, after in resumed[1:])
