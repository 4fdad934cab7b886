"""Export from the app: the file reflects the review, is atomic, and never overwrites silently."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from test_tui_support import fixed_brief, screen_text, settle, write_story
from textual.widgets import Input, RadioButton, Static

from brief.tui.app import BriefApp, make_app
from brief.tui.screens.confirm import ConfirmScreen
from brief.tui.screens.export import ExportScreen, default_name
from brief.tui.screens.main import MainScreen
from brief.tui.widgets.summary_panel import SummaryPanel

SIZE = (120, 40)


async def open_export(pilot, target: Path) -> ExportScreen:  # type: ignore[no-untyped-def]
    await pilot.press("e")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    screen.query_one("#export-path", Input).value = str(target)
    return screen


async def reviewed_app(pilot) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Drop the first summary sentence and reject the first quote; return both."""
    await settle(pilot)
    app: BriefApp = pilot.app
    await pilot.press("s", "d", "w", "r")
    main = app.screen_stack[0]
    assert isinstance(main, MainScreen)
    dropped = main.query_one(SummaryPanel).rows[0].item.text
    rejected = app.brief.quotes  # type: ignore[union-attr]
    assert app.session is not None
    quote = next(q for q in rejected if q.id in app.session.review.rejected_quotes)
    return dropped, quote.text


async def test_export_markdown_reflects_the_review(tmp_path: Path) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        dropped, rejected = await reviewed_app(pilot)
        screen = await open_export(pilot, target)
        assert screen.query_one("#export-preview-text", Static)  # the preview
        assert "Summary" in screen_text(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        text = target.read_text(encoding="utf-8")
        kept = app.screen.query_one(SummaryPanel).rows[1].item.text
        assert kept.split()[2] in text
        assert dropped.split(" 7-2")[0] not in text  # dropped sentence left out
        # the rejected quote is gone from the quotes (a summary sentence may still hold it)
        from brief.export import render

        assert text.count(rejected) < render(app.brief, "md").count(rejected)  # type: ignore[arg-type]
        assert not list(target.parent.glob(".*.tmp"))  # nothing half-written left
        assert any("Wrote" in str(n.message) for n in app._notifications)


async def test_export_json_reflects_the_review(tmp_path: Path) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        dropped, rejected = await reviewed_app(pilot)
        screen = await open_export(pilot, tmp_path / "brief.md")
        await pilot.click("#fmt-json")  # with the mouse
        await pilot.pause()
        assert screen.query_one("#fmt-json", RadioButton).value
        path_value = screen.query_one("#export-path", Input).value
        assert path_value.endswith(".json")
        await pilot.click("#export-write")
        await pilot.pause()
        data = json.loads(Path(path_value).read_text(encoding="utf-8"))
        assert dropped not in [s["text"] for s in data["summary"]]
        assert rejected not in [q["text"] for q in data["quotes"]]
        assert len(data["sources"]) == 3


async def test_the_preview_shows_the_chosen_format(tmp_path: Path) -> None:
    """Picking JSON left "Preview (markdown)" and the markdown on show."""
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_export(pilot, tmp_path / "brief.md")
        await pilot.pause()
        preview = screen.query_one("#export-preview")
        assert "markdown" in str(preview.border_title)
        assert '"summary"' not in screen_text(pilot)
        await pilot.click("#fmt-json")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "JSON" in str(preview.border_title)
        assert '"summary"' in screen_text(pilot) or '"title"' in screen_text(pilot)
        await pilot.click("#fmt-md")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "markdown" in str(preview.border_title)
        assert '"title"' not in screen_text(pilot)


async def test_existing_file_is_never_overwritten_without_asking(tmp_path: Path) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    target = tmp_path / "brief.md"
    target.write_text("precious notes\n", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_export(pilot, target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8") == "precious notes\n"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # escape means no
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "precious notes\n"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert target.read_text(encoding="utf-8").startswith("# ")


async def test_unwritable_path_gives_a_notice_and_keeps_the_review(tmp_path: Path) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await reviewed_app(pilot)
        assert app.session is not None
        review = app.session.review
        for target in (tmp_path / "no" / "such" / "folder.md", Path("/proc/brief-export.md")):
            screen = await open_export(pilot, target)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen  # the dialog stays, with the reason
            assert "Could not write" in str(screen.query_one("#export-error").render())
            assert not target.exists()
            await pilot.press("escape")
            await pilot.pause()
        assert app.session.review == review
        assert sum("Could not write" in str(n.message) for n in app._notifications) == 2


async def test_full_disk_gives_a_notice_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import brief.export.write as write_module

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    out = tmp_path / "out"
    out.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await reviewed_app(pilot)
        review = app.session.review  # type: ignore[union-attr]
        await open_export(pilot, out / "brief.md")
        with monkeypatch.context() as patch:  # not monkeypatch.undo(): that resets XDG dirs
            patch.setattr(write_module.os, "fsync", full)
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        shown = str(app.screen.query_one("#export-error").render()).lower()
        assert "no space left on device" in shown and "review is kept" in shown
        assert list(out.iterdir()) == []
        assert app.session.review == review  # type: ignore[union-attr]


async def test_export_waits_for_the_analysis(tmp_path: Path) -> None:
    import threading

    release = threading.Event()

    def slow(articles, options, **kw):  # type: ignore[no-untyped-def]
        assert release.wait(20)
        return fixed_brief(articles, options, **kw)

    app = make_app([str(write_story(tmp_path / "story"))], builder=slow)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(20):
            await pilot.pause(0.05)
            if app.session is not None:
                break
        await pilot.press("e")
        assert isinstance(app.screen, MainScreen)
        assert any("still being computed" in str(n.message) for n in app._notifications)
        release.set()
        await settle(pilot)


def test_default_name_is_a_safe_slug() -> None:
    assert default_name("Council approves harbor footbridge") == (
        "brief-council-approves-harbor-footbridge.md"
    )
    assert default_name("../../etc/[b]passwd[/b]", "json") == "brief-etc-b-passwd-b.json"
    assert default_name("!!!") == "brief-export.md"
    long = default_name("Harbor council approves new pedestrian footbridge after long debate")
    assert long == "brief-harbor-council-approves-new-pedestrian.md"  # 48 characters at most


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_format_choice_reads_in_a_narrow_terminal(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await open_export(pilot, tmp_path / "brief.md")
        await pilot.pause()
        text = screen_text(pilot)
        assert "Markdown" in text and "JSON" in text
        assert "Write" in text and "Cancel" in text


async def test_a_long_brief_s_preview_is_one_widget_and_shows_links_as_text(
    tmp_path: Path,
) -> None:
    """Textual's ``Markdown`` built a widget per block: a 25-source story's preview took
    2 s of CPU while the dialog ignored its keys. The preview is now drawn by one widget,
    its citations as "[1]" (not "[1] (#source-1)")."""
    body = " ".join(f"Sentence {n} of the report adds a detail about the storm." for n in range(60))
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text(f"Long report\n\n{body}\n", encoding="utf-8")
    app = make_app([str(folder)], builder=fixed_brief, sentences=60)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_export(pilot, tmp_path / "brief.md")
        await settle(pilot)
        preview = screen.query_one("#export-preview")
        assert len(list(preview.walk_children())) <= 3
        text = screen_text(pilot)
        assert "Summary" in text and "[1]" in text
        assert "(#source-" not in text


def test_the_preview_keeps_the_text_s_own_brackets() -> None:
    """QA (eighteenth round): an escaped bracket of the text (a focus "[bold]", an editor's
    "[sic]") was taken for a link's start up to the next citation, lines away: the preview
    showed "\\bold]" and "[[1]"."""
    from brief.tui.screens.export import _unlinked

    markdown = (
        "*Focus: the \\[bold\\]fire\\[/b\\]*\n\n"
        "- He said it \\[sic\\] twice. [\\[1\\]](#source-1)[\\[2\\]](#source-2)\n"
    )
    assert _unlinked(markdown) == (
        "*Focus: the \\[bold\\]fire\\[/b\\]*\n\n- He said it \\[sic\\] twice. \\[1\\]\\[2\\]\n"
    )


async def test_the_next_export_is_proposed_where_the_last_was_written(tmp_path: Path) -> None:
    """After writing to ~/briefs, each new export (another story of the pile, the brief after
    more review) proposed the working folder again, in markdown: retyped every time."""
    app = make_app([str(write_story(tmp_path / "story"))], builder=fixed_brief)
    chosen = tmp_path / "briefs"
    chosen.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, ExportScreen)
        assert Path(first.query_one("#export-path", Input).value).parent == Path.cwd()
        await open_export(pilot, chosen / "monday.md")
        await pilot.press("enter")
        await pilot.pause()
        assert (chosen / "monday.md").exists()
        await pilot.press("e")
        await pilot.pause()
        proposed = Path(app.screen.query_one("#export-path", Input).value)
        assert proposed.parent == chosen
        assert proposed.name == default_name(app.brief.title)
        await pilot.click("#fmt-json")
        await pilot.pause()
        await pilot.click("#export-write")
        await pilot.pause()
        written = chosen / default_name(app.brief.title, "json")
        assert json.loads(written.read_text(encoding="utf-8"))["summary"]
        await pilot.press("e")  # the format chosen last comes back with the folder
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert Path(screen.query_one("#export-path", Input).value) == written
        assert screen.query_one("#fmt-json", RadioButton).value
        assert not screen.query_one("#fmt-md", RadioButton).value
        assert screen.fmt == "json"
