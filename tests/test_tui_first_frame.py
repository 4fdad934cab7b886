"""A light first screen: few widgets, styled once, a one-widget key bar that still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, settle, write_story
from textual.css.stylesheet import Stylesheet

from brief.tui.app import make_app

SIZE = (120, 40)


def story_app(tmp_path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    return make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief, **kwargs)  # type: ignore[arg-type]


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
