"""The source list's web keys (o, y, r) are shown only when a source has a web address."""

from __future__ import annotations

from pathlib import Path

from test_tui_support import STORY, fixed_brief, settle, write_story

from brief.tui.app import make_app
from brief.tui.widgets.footer import BriefFooter


async def _footer_in_list(folder: Path) -> str:
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")  # the list toggles; at 160 columns it is shown: focus it
        await pilot.pause()
        if type(app.focused).__name__ != "SourceList":
            await pilot.press("l")
            await pilot.pause()
        assert type(app.focused).__name__ == "SourceList"
        return app.screen.query_one(BriefFooter).render().plain


async def test_a_folder_of_files_shows_no_web_keys(tmp_path: Path) -> None:
    line = await _footer_in_list(write_story(tmp_path / "files"))
    assert "Y Copy citation" in line  # works for a file too
    for shown in ("o Open", "y Copy URL", "r Refetch"):
        assert shown not in line, line


async def test_a_source_with_an_address_brings_them_back(tmp_path: Path) -> None:
    web = STORY["wire.md"].replace(
        "outlet: Coastal Wire", "outlet: Coastal Wire\nurl: https://example.com/wire"
    )
    line = await _footer_in_list(write_story(tmp_path / "web", {"wire.md": web}))
    for shown in ("o Open", "y Copy URL", "r Refetch", "Y Copy citation"):
        assert shown in line, line
