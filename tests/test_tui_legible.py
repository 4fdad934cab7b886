"""Every word on a list's cursor row stays readable in every shipped theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color
from test_tui_support import fixed_brief, settle, write_story

from brief.tui.app import make_app
from brief.tui.widgets.base import MIN_CONTRAST, BriefList, contrast


def test_contrast_is_wcag_s_ratio() -> None:
    black, white = Color.parse("#000000"), Color.parse("#FFFFFF")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, white) == pytest.approx(1.0)
    assert contrast(Color.parse("#777777"), white) == pytest.approx(4.48, abs=0.01)


def _cursor_words(panel: BriefList) -> list[tuple[str, float]]:
    """Each word segment of the highlighted option's lines with its contrast ratio."""
    index = panel.highlighted
    assert index is not None
    first = panel._index_to_line[index]  # private: where the option starts
    top = first - panel.scroll_offset.y
    words = []
    for y in range(top, top + panel._heights[index]):
        for text, style, _ in panel.render_line(y):
            if text.strip() and style is not None and style.color and style.bgcolor:
                words.append((text.strip(), contrast(style.color, style.bgcolor)))
    return words


@pytest.mark.parametrize("theme", ["brief-dark", "brief-light", "brief-contrast"])
async def test_the_cursor_row_is_readable(tmp_path: Path, theme: str) -> None:
    app = make_app([str(write_story(tmp_path / "s"))], theme=theme, builder=fixed_brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # the first sentence: its "N sources" badge is coloured
        await settle(pilot)
        await pilot.press("1", "down", "p", "s")  # a pinned sentence, "pinned" coloured
        await settle(pilot)
        for panel_id in ("#summary", "#quotes"):  # the focused cursor and a blurred one
            panel = app.screen.query_one(panel_id, BriefList)
            words = _cursor_words(panel)
            assert words, panel_id
            faint = [(w, round(r, 2)) for w, r in words if r < MIN_CONTRAST]
            assert faint == [], (theme, panel_id, faint)
