"""Every skipped file stays listed at the end of the source list with its reason (the
notice names only the first), and the export leaves them out as brief export does."""

from __future__ import annotations

from pathlib import Path

from test_tui_support import fixed_brief, screen_text, settle, write_story

from brief.tui.app import make_app
from brief.tui.widgets.source_list import SourceList

SIZE = (120, 40)


async def test_skipped_files_are_listed_with_their_reasons(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "zz-binary.txt").write_bytes(b"\0" * 40)
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sources = app.main.query_one(SourceList)
        listed = {Path(u.url).name: u.reason for u in sources.unread}
        assert listed == {"empty.txt": "empty file", "zz-binary.txt": "binary data, not text"}
        text = screen_text(pilot)
        # files are skipped, not "unread" (the word of a web page that could not be read)
        assert "Sources (3/3) · 2 skipped" in text and "— skipped:" in text
        assert "unread" not in text and "could not be read" not in text
        sources.focus()
        sources.highlighted = len(sources.articles)  # the first skipped file
        await pilot.press("o")
        await pilot.pause()
        assert any("no web address" in str(n.message) for n in app._notifications)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.brief.unread == ()  # type: ignore[attr-defined]


async def test_a_file_read_in_part_is_not_listed_as_unread(tmp_path: Path) -> None:
    """A file read all but its date (or its front matter) was listed "✗ … could not be
    read" and counted unread, beside its own article in the list."""
    folder = write_story(tmp_path / "story")
    body = (folder / sorted(p.name for p in folder.iterdir())[0]).read_text(encoding="utf-8")
    (folder / "zz-dated.md").write_text(
        "---\ntitle: Later report\ndate: last week\n---\n\n" + body, encoding="utf-8"
    )
    app = make_app([str(folder)], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sources = app.main.query_one(SourceList)
        assert sources.unread == ()
        assert any(a.path.endswith("zz-dated.md") and a.date == "" for a in sources.articles)
        text = screen_text(pilot)
        assert "unread" not in text and "could not be read" not in text
        notices = [str(n.message) for n in app._notifications]
        assert any("zz-dated.md" in n and "read as undated" in n for n in notices), notices
        assert not any(n.startswith("Skipped") for n in notices)
