"""The app's settings: shipped and user themes, config.toml, and saving the theme choice.

A mixin for ``BriefApp``: read in ``on_load`` (before the screen is styled), saved when the
user picks another theme; a file that cannot be written gives one notice, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.color import Color
from textual.theme import Theme

from brief.config import Config
from brief.store import DEFAULT_THEME
from brief.tui.themes import ThemeFailure


class ThemeSettings:
    """Themes and config.toml for the app."""

    wanted_theme: str | None  # set by BriefApp
    notices: list[str]
    _config: Config
    _themes_ready = False
    """False until ``on_load`` has chosen the theme (Textual asks for the variables earlier)."""
    _unchecked: tuple[tuple[Path, Theme], ...] = ()
    """Theme files not in use, whose colours are combined after the first frame."""
    _theme_failures: tuple[ThemeFailure, ...] = ()
    _generated: tuple[Theme, dict[str, str]] | None = None
    """The colour system of the theme in use, generated when it was checked."""

    def get_css_variables(self) -> dict[str, str]:
        """Textual's variables, once the theme is chosen: ``App.__init__`` asks for those of
        its default theme first (two colour systems generated for nothing)."""
        if not self._themes_ready:
            return {}
        return super().get_css_variables()  # type: ignore[misc]

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """``brief-link`` for themes that do not set it: the accent faintly over the background."""
        theme = self.current_theme  # type: ignore[attr-defined]
        generated = self._generated
        if generated is not None and generated[0] is theme:
            variables = generated[1]
        else:
            variables = theme.to_color_system().generate()
        background = Color.parse(variables["background"])
        accent = Color.parse(variables["accent"])
        return {"brief-link": background.blend(accent, 0.3).hex}

    def _load_settings(self) -> None:
        """Themes (shipped and the user's), then config.toml: the theme and the limits.

        Only the theme in use has its colours combined now (``combined``, the costly check);
        the others after the first frame (``_check_themes``), which drops any that fail.
        """
        from brief.config import load_config, save_config
        from brief.resources import themes_dir
        from brief.store import user_themes_dir
        from brief.tui.themes import read_themes

        found, failures = read_themes([themes_dir(), user_themes_dir()])
        config = load_config(self.notices.append)
        self._config = config
        name = self.wanted_theme or config.theme
        self._check_now(found, name, failures)
        for _path, theme in found.values():
            self.register_theme(theme)  # type: ignore[attr-defined]
        if name not in self.available_themes:  # type: ignore[attr-defined]
            # a mistyped --theme falls back to the saved choice, then to the shipped default
            for fallback in (config.theme, DEFAULT_THEME, "textual-dark"):
                if fallback == name:
                    continue
                if not self._check_now(found, fallback, failures):
                    self.unregister_theme(fallback)  # type: ignore[attr-defined]
                if fallback in self.available_themes:  # type: ignore[attr-defined]
                    break
            self.notices.append(f"Unknown theme {name!r}; using {fallback}")
            name = fallback
        self._unchecked = tuple(found[n] for n in found if n != name)
        self._theme_failures = tuple(failures)
        self._themes_ready = True
        self._set_theme_unstyled(name)
        self.theme_changed_signal.subscribe(self, self._theme_changed)  # type: ignore[attr-defined]
        if self.wanted_theme == name and name != config.theme:  # only a theme that was used
            self._save_config(replace(config, theme=name), save_config)

    def _check_now(
        self, found: dict[str, tuple[Path, Theme]], name: str, failures: list[ThemeFailure]
    ) -> bool:
        """Combine the colours of theme file ``name`` (if there is one) before it is used;
        one that fails is dropped from ``found``. False when it failed."""
        from brief.tui.themes import ThemeFileError, combined

        if name not in found:
            return True
        path, theme = found[name]
        try:
            self._generated = (theme, combined(theme))
        except ThemeFileError as error:
            failures.append(ThemeFailure(path, str(error)))
            del found[name]
            return False
        return True

    def _check_themes(self) -> None:
        """After the first frame: the other themes' colours; one notice for every file
        that could not be used."""
        from brief.tui.themes import ThemeFileError, combined

        failures = list(self._theme_failures)
        for path, theme in self._unchecked:
            try:
                combined(theme)
            except ThemeFileError as error:
                failures.append(ThemeFailure(path, str(error)))
                self.unregister_theme(theme.name)  # type: ignore[attr-defined]
        self._unchecked, self._theme_failures = (), ()
        if failures:
            from brief.text.clean import printable

            # the whole path, as for config.toml: a user may not know where themes live
            listed = "; ".join(f"{printable(str(f.path))}: {f.reason}" for f in failures[:5])
            more = f" (and {len(failures) - 5} more)" if len(failures) > 5 else ""
            self.notify(f"Theme file skipped: {listed}{more}", severity="warning",  # type: ignore[attr-defined]
                        timeout=10, markup=False)  # fmt: skip

    def _set_theme_unstyled(self, name: str) -> None:
        """Set the theme before anything is styled, so the CSS is parsed and applied once.

        Assigning ``App.theme`` makes Textual re-parse every stylesheet and restyle and lay
        out every widget on its next turn: at start-up that is a second styling pass of the
        whole screen right after the first frame (about 20 ms). Before the first styling the
        theme's variables and classes are all there is to set. Once running, the usual way.
        """
        app: Any = self
        if app.screen_stack:  # a screen is styled already
            app.theme = name
            return
        app.set_reactive(type(app).theme, name)
        theme = app.current_theme
        classes = {c: False for c in app.classes if c.startswith("-theme-")}
        classes |= {f"-theme-{name}": True, "-dark-mode": theme.dark, "-light-mode": not theme.dark}
        app.update_classes(classes, update=False)
        app._refresh_truecolor_filter(app.ansi_theme)  # ANSI colours follow dark or light
        app.stylesheet.set_variables(app.get_css_variables())

    def _theme_changed(self, theme: Theme) -> None:
        from brief.config import save_config

        if theme.name != self._config.theme:
            # keep the other settings of the file (limits) as they are
            self._save_config(replace(self._config, theme=theme.name), save_config)

    def _save_config(self, config: Any, save: Callable[[Any], None]) -> None:
        try:
            save(config)
        except OSError as error:
            self.notify(f"Could not save the theme choice: {error}", severity="warning",
                        markup=False)  # fmt: skip
            return
        self._config = config
