"""Every wrapped line of every list is shown: a list re-measures when its scrollbar comes.

An option list measures its options' heights at the width it has; when those heights make
it taller than its view, its scrollbar takes two columns and each option wraps to more
lines. Textual's ``OptionList`` kept the heights measured without the scrollbar (no resize
event: the widget's size did not change), so a summary sentence's or a quote's last line
was never drawn ("... the county said. 2" with "sources" gone).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import settle, write_story

from brief.tui.app import make_app
from brief.tui.widgets.base import BriefList

LONG = (
    "The harbor authority said on Wednesday that the footbridge would be built by a "
    "consortium of three local firms, whose engineers have worked on every crossing of the "
    "old harbor since the nineteen seventies, and that the first pier would be laid in June."
)


def _shown_words(panel: BriefList, index: int) -> str:
    """The words of the lines the list draws for option ``index``."""
    first = panel._index_to_line[index]  # private: where the option starts
    top = first - panel.scroll_offset.y
    lines = []
    height = panel._heights[index] - panel.options[index]._divider  # not the rule below
    for y in range(top, top + height):
        lines.append("".join(text for text, _, _ in panel.render_line(y)))
    return " ".join(" ".join(lines).split())


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_each_option_shows_all_of_its_text(tmp_path: Path, size: tuple[int, int]) -> None:
    extra = {f"extra{n}.md": f"# Harbor report {n}\n\n{LONG}\n\n{LONG}\n" for n in range(4)}
    folder = write_story(tmp_path / "s", extra)
    # The real engine: its lists fill in stages (a placeholder line, then the sentences), the
    # path on which the heights were measured before the scrollbar came.
    app = make_app([str(folder)], cache=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        summary = app.screen.query_one("#summary", BriefList)
        assert summary.show_vertical_scrollbar  # the case: more lines than the view holds
        checked = 0
        for panel in app.screen.query(BriefList):
            if not panel.display or panel.scrollable_content_region.width <= 0:
                continue
            for index, option in enumerate(panel.options):
                if panel._index_to_line[index] - panel.scroll_offset.y >= panel.size.height:
                    break  # below the view: drawn once scrolled to, measured then too
                words = " ".join(panel._get_visual(option).plain.split())
                assert _shown_words(panel, index) == words, (panel.id, index)
                checked += 1
        assert checked >= 3
