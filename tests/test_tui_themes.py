"""Themes: shipped files, user files, broken files, choosing one, and remembering it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_support import fixed_brief, settle, write_story

from brief.config import load_config
from brief.resources import themes_dir
from brief.store import config_path, user_themes_dir
from brief.tui.app import make_app
from brief.tui.themes import ThemeFileError, load_theme, load_themes, theme_from_dict

SIZE = (100, 30)


def test_shipped_themes_load_and_cover_dark_light_and_contrast() -> None:
    themes, failures = load_themes([themes_dir()])
    assert failures == []
    by_name = {t.name: t for t in themes}
    assert {"brief-dark", "brief-light", "brief-contrast"} <= set(by_name)
    assert by_name["brief-dark"].dark and by_name["brief-contrast"].dark
    assert not by_name["brief-light"].dark
    assert by_name["brief-contrast"].background == "#000000"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"name": "x"}, "'primary' colour is required"),
        ({"name": "x", "primary": "not-a-colour"}, "is not a colour"),
        ({"name": "x", "primary": "#fff", "variables": {"brief-link": "nope"}}, "not a colour"),
        ({"name": "x", "primary": "#fff", "glitter": "#fff"}, "unknown key"),
        ({"name": "has space", "primary": "#fff"}, "a word without spaces"),
        ({"name": "x", "primary": "#fff", "dark": "yes"}, "true or false"),
        ({"name": "x", "primary": "#fff", "text_alpha": "high"}, "must be a number"),
    ],
)
def test_bad_theme_data_is_rejected_with_a_reason(data: dict, reason: str) -> None:
    with pytest.raises(ThemeFileError, match=reason):
        theme_from_dict(data)


def test_theme_file_name_is_the_default_name(tmp_path: Path) -> None:
    path = tmp_path / "sea.toml"
    path.write_text('primary = "#2288aa"\n', encoding="utf-8")
    assert load_theme(path).name == "sea"


async def test_default_theme_is_brief_dark(tmp_path: Path) -> None:
    app = make_app([str(write_story(tmp_path / "s"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "brief-dark"
        for name in ("brief-dark", "brief-light", "brief-contrast", "textual-dark"):
            assert name in app.available_themes  # ours beside the built-in ones


async def test_theme_option_applies_and_is_remembered(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "s")
    app = make_app([str(folder)], theme="brief-light", builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "brief-light"
        assert app.has_class("-light-mode")
        light_background = app.screen.styles.background
    assert load_config().theme == "brief-light"
    again = make_app([str(folder)], builder=fixed_brief)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "brief-light"
        again.theme = "brief-dark"
        await pilot.pause()
        assert again.screen.styles.background != light_background
    assert load_config().theme == "brief-dark"


async def test_theme_picker_from_the_keyboard(tmp_path: Path) -> None:
    from brief.config import Config, save_config

    save_config(Config(max_articles=500))  # a setting the theme choice must not lose
    app = make_app([str(write_story(tmp_path / "s"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await pilot.pause()
        await pilot.press(*"brief-contrast")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "brief-contrast"
    assert load_config() == Config(theme="brief-contrast", max_articles=500)


async def test_unknown_theme_falls_back_with_a_notice(tmp_path: Path) -> None:
    app = make_app([str(write_story(tmp_path / "s"))], theme="[b]nope[/b]", builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "brief-dark"
        messages = [str(n.message) for n in app._notifications]
        assert any("Unknown theme '[b]nope[/b]'" in m for m in messages)


async def test_a_mistyped_theme_keeps_the_saved_one(tmp_path: Path) -> None:
    """``--theme nope`` once neither replaces the user's saved default nor ignores it."""
    from brief.config import Config, save_config

    save_config(Config(theme="brief-light", max_articles=500))
    app = make_app([str(write_story(tmp_path / "s"))], theme="nope", builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "brief-light"  # the saved choice, not the shipped default
        messages = [str(n.message) for n in app._notifications]
        assert any("Unknown theme 'nope'; using brief-light" in m for m in messages)
    assert load_config() == Config(theme="brief-light", max_articles=500)


async def test_user_themes_load_and_broken_ones_get_one_notice(tmp_path: Path) -> None:
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "ocean.toml").write_text(
        'name = "ocean"\nprimary = "#1e90ff"\nbackground = "#001022"\n', encoding="utf-8"
    )
    (folder / "bad-colour.toml").write_text('primary = "#zzzzzz"\n', encoding="utf-8")
    (folder / "bad-toml.toml").write_text("primary = [unclosed\n", encoding="utf-8")
    (folder / "[b]odd[i].toml").write_text('primary = "#fff"\nsparkle = 1\n', encoding="utf-8")
    app = make_app([str(write_story(tmp_path / "s"))], theme="ocean", builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running
        assert app.theme == "ocean"
        notices = [str(n.message) for n in app._notifications if "Theme file" in str(n.message)]
        assert len(notices) == 1
        for name in ("bad-colour.toml", "bad-toml.toml", "[b]odd[i].toml"):
            assert str(folder / name) in notices[0]  # where it is, not only its name
        assert "ocean" not in notices[0]


async def test_corrupt_config_is_moved_aside_with_a_notice(tmp_path: Path) -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text("theme = [broken\n", encoding="utf-8")
    app = make_app([str(write_story(tmp_path / "s"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "brief-dark"
        assert any("config.toml" in str(n.message) for n in app._notifications)
    kept = list(path.parent.glob("config.toml.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "theme = [broken\n"


GLARE = 'primary = "#ffffff"\nluminosity_spread = 1e308\n'
"""Colours that each parse, but whose colour system cannot be generated (``combined``)."""


def test_colours_that_do_not_combine_are_found_by_the_last_check(tmp_path: Path) -> None:
    path = tmp_path / "glare.toml"
    path.write_text(GLARE, encoding="utf-8")
    assert load_theme(path, combine=False).name == "glare"  # every other check passes
    with pytest.raises(ThemeFileError, match="colours do not combine"):
        load_theme(path)
    themes, failures = load_themes([tmp_path])
    assert themes == [] and [f.path.name for f in failures] == ["glare.toml"]


async def test_a_theme_not_in_use_that_cannot_be_painted_is_dropped_after_the_first_frame(
    tmp_path: Path,
) -> None:
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "glare.toml").write_text(GLARE, encoding="utf-8")
    (folder / "ocean.toml").write_text('primary = "#1e90ff"\n', encoding="utf-8")
    app = make_app([str(write_story(tmp_path / "s"))], builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "brief-dark"
        assert "glare" not in app.available_themes and "ocean" in app.available_themes
        notices = [str(n.message) for n in app._notifications if "Theme file" in str(n.message)]
        assert len(notices) == 1 and "glare.toml: colours do not combine" in notices[0]


async def test_a_chosen_theme_that_cannot_be_painted_falls_back_before_the_first_frame(
    tmp_path: Path,
) -> None:
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "glare.toml").write_text(GLARE, encoding="utf-8")
    app = make_app([str(write_story(tmp_path / "s"))], theme="glare", builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "brief-dark"
        messages = [str(n.message) for n in app._notifications]
        assert any("Unknown theme 'glare'" in m for m in messages)
        assert any("glare.toml: colours do not combine" in m for m in messages)


async def test_the_first_frame_generates_only_the_colour_system_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One generated to check the theme file in use (its variables reused for brief's own),
    one by Textual for its variables; none for Textual's default theme at construction, none
    for the themes not in use until the first frame is painted."""
    from textual.app import App
    from textual.design import ColorSystem

    generated: list[str] = []
    at_first_frame: list[list[str]] = []
    generate, display = ColorSystem.generate, App._display

    def counting(self: ColorSystem) -> dict[str, str]:
        generated.append(self.primary.hex)
        return generate(self)

    def recording(self, screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None and not at_first_frame:
            at_first_frame.append(list(generated))
        return display(self, screen, renderable)

    monkeypatch.setattr(ColorSystem, "generate", counting)
    monkeypatch.setattr(App, "_display", recording)
    app = make_app([str(write_story(tmp_path / "s"))], theme="brief-light", builder=fixed_brief)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        primary = app.current_theme.primary.upper()
        assert len(at_first_frame[0]) == 2
        assert {p.upper() for p in at_first_frame[0]} == {primary}
        assert len(generated) > 2  # the other theme files were checked after it
