"""Colour themes from TOML files: bundled ``themes/`` and the user's config folder.

Textual has no theme file format, so brief reads TOML itself and checks every colour
before registering: an unchecked bad colour only fails at the first repaint, with an
opaque error. A broken file is reported, never fatal.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

COLOUR_KEYS = frozenset(
    {
        "primary", "secondary", "warning", "error", "success", "accent",
        "foreground", "background", "surface", "panel", "boost",
    }
)  # fmt: skip
NUMBER_KEYS = frozenset({"luminosity_spread", "text_alpha"})
THEME_KEYS = frozenset(f.name for f in fields(Theme))


class ThemeFileError(ValueError):
    """A theme file that cannot be used, with a one-line reason."""


@dataclass(frozen=True, slots=True)
class ThemeFailure:
    path: Path
    reason: str


def load_theme(path: Path, *, combine: bool = True) -> Theme:
    """Read and check one theme file; raises ``ThemeFileError``.

    ``combine=False`` leaves out the last check (``combined``), the only costly one.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeFileError(f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ThemeFileError(f"not valid TOML: {error}") from None
    return theme_from_dict(data, default_name=path.stem, combine=combine)


def theme_from_dict(
    data: dict[str, object], default_name: str = "", *, combine: bool = True
) -> Theme:
    """Build a ``Theme`` from parsed TOML, checking every key and colour."""
    unknown = sorted(set(data) - THEME_KEYS)
    if unknown:
        raise ThemeFileError(f"unknown key {unknown[0]!r}")
    values = dict(data)
    values.setdefault("name", default_name)
    name = values["name"]
    if not isinstance(name, str) or not name.strip() or any(c.isspace() for c in name):
        raise ThemeFileError("'name' must be a word without spaces")
    if "primary" not in values:
        raise ThemeFileError("'primary' colour is required")
    for key in COLOUR_KEYS & values.keys():
        _check_colour(key, values[key])
    for key in NUMBER_KEYS & values.keys():
        if isinstance(values[key], bool) or not isinstance(values[key], (int, float)):
            raise ThemeFileError(f"{key!r} must be a number")
        values[key] = float(values[key])  # type: ignore[arg-type]
    for key in ("dark", "ansi"):
        if key in values and not isinstance(values[key], bool):
            raise ThemeFileError(f"{key!r} must be true or false")
    variables = values.get("variables", {})
    if not isinstance(variables, dict):
        raise ThemeFileError("'variables' must be a table")
    for key, value in variables.items():
        # Only colour variables are accepted: anything else could break the CSS at apply time.
        _check_colour(f"variables.{key}", value)
    theme = Theme(**values)  # type: ignore[arg-type]
    if combine:
        combined(theme)
    return theme


def combined(theme: Theme) -> dict[str, str]:
    """The theme's colour system, as Textual generates it at the first repaint (so a theme
    that cannot be painted fails here, not there); raises ``ThemeFileError``."""
    try:
        return theme.to_color_system().generate()
    except Exception as error:  # any failure here means "unusable theme"
        raise ThemeFileError(f"colours do not combine: {error}") from None


def _check_colour(key: str, value: object) -> None:
    if not isinstance(value, str):
        raise ThemeFileError(f"{key!r} must be a colour string")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(f"{key!r} is not a colour: {value!r}") from None


def load_themes(folders: Iterable[Path]) -> tuple[list[Theme], list[ThemeFailure]]:
    """Every ``*.toml`` theme in ``folders`` (later folders override earlier names)."""
    found, failures = read_themes(folders)
    themes = []
    for path, theme in found.values():
        try:
            combined(theme)
        except ThemeFileError as error:
            failures.append(ThemeFailure(path, str(error)))
            continue
        themes.append(theme)
    return themes, failures


def read_themes(
    folders: Iterable[Path],
) -> tuple[dict[str, tuple[Path, Theme]], list[ThemeFailure]]:
    """Every ``*.toml`` theme in ``folders`` by name, with its file, checked except for
    ``combined`` (later folders override earlier names)."""
    themes: dict[str, tuple[Path, Theme]] = {}
    failures: list[ThemeFailure] = []
    for folder in folders:
        try:
            paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        except OSError as error:
            failures.append(ThemeFailure(folder, str(error)))
            continue
        for path in paths:
            try:
                theme = load_theme(path, combine=False)
            except ThemeFileError as error:
                failures.append(ThemeFailure(path, str(error)))
                continue
            themes[theme.name] = (path, theme)
    return themes, failures
