"""A source pane's title cut at its border's width never splits the escape shown for a
control or bidi character ("…harbor foot\\u202…" showed half of one, at some widths)."""

from __future__ import annotations

import re
from pathlib import Path

from test_tui_support import fixed_brief, screen_text, settle, write_story
from textual.content import Content

from brief.tui.app import make_app

TITLE = "Council approves harbor footbridge over the old harbour"
HALF_ESCAPE = re.compile(r"\\(?:u[0-9a-f]{0,3}|x[0-9a-f]?)…")


def test_a_cut_label_ends_before_an_escape_it_would_split() -> None:
    from brief.tui.text import fit_label

    label = Content("Council approves harbor foot\\u202ebridge")
    for cells in range(29, 36):
        cut = fit_label(label, cells)
        assert cut.cell_length <= cells and cut.plain.endswith("…")
        assert cut.plain == "Council approves harbor foot…", (cells, cut.plain)
    assert fit_label(label, 39).plain == "Council approves harbor foot\\u202ebrid…"
    assert fit_label(label, 40) is label
    wide = fit_label(Content("港口关闭 \\x1b 港口关闭"), 11)  # wide characters: two cells
    assert wide.cell_length == 9 and wide.plain == "港口关闭…"


async def test_no_pane_title_shows_half_an_escape(tmp_path: Path) -> None:
    for at in range(26, 36):  # the override at each place the 120-column cut can fall
        folder = write_story(tmp_path / str(at))
        gazette = folder / "gazette.md"
        title = TITLE[:at] + "\u202e" + TITLE[at:]
        text = gazette.read_text(encoding="utf-8")
        gazette.write_text(text.replace("title: Council approves harbor footbridge",
                                        f"title: {title}"), encoding="utf-8")  # fmt: skip
        app = make_app([str(folder)], builder=fixed_brief)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            lines = screen_text(pilot).splitlines()
            top = next(line for line in lines if line.startswith("╭") and "Council" in line)
            assert "\\u202e" in top or "harbor fo" in top, top
            assert not HALF_ESCAPE.search(top), (at, top)
