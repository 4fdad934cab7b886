"""The app's settings: shipped and user themes, config.toml, and saving the theme choice.

A mixin for ``BriefApp``: read in ``on_load`` (before the screen is styled), saved when the
user picks another theme; a file that cannot be written gives one notice, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.color import Color
from textual.theme import Theme

from brief.store import DEFAULT_THEME, Config


class ThemeSettings:
    """Themes and config.toml for the app."""

    wanted_theme: str | None  # set by BriefApp
    notices: list[str]
    _config: Config

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """``brief-link`` for themes that do not set it: the accent faintly over the background."""
        variables = self.current_theme.to_color_system().generate()
        background = Color.parse(variables["background"])
        accent = Color.parse(variables["accent"])
        return {"brief-link": background.blend(accent, 0.3).hex}

    def _load_settings(self) -> None:
        """Themes (shipped and the user's), then config.toml: the theme and the limits."""
        from brief.resources import themes_dir
        from brief.store import load_config, save_config, user_themes_dir
        from brief.tui.themes import load_themes

        themes, failures = load_themes([themes_dir(), user_themes_dir()])
        for theme in themes:
            self.register_theme(theme)
        if failures:
            listed = "; ".join(f"{f.path.name}: {f.reason}" for f in failures[:5])
            more = f" (and {len(failures) - 5} more)" if len(failures) > 5 else ""
            self.notices.append(f"Theme file skipped: {listed}{more}")
        config = load_config(self.notices.append)
        self._config = config
        name = self.wanted_theme or config.theme
        if name not in self.available_themes:
            self.notices.append(f"Unknown theme {name!r}; using {DEFAULT_THEME}")
            name = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        self._set_theme_unstyled(name)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.wanted_theme and name != config.theme:
            self._save_config(replace(config, theme=name), save_config)

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
        from brief.store import save_config

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
