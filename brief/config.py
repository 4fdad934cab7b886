"""The user's settings, kept in ``config.toml``: the theme chosen last and the ingest limits.

Core module: never imports textual or rich. Written atomically; a file that cannot be read is
moved aside with a one-line notice (``store.move_aside``), never silently reset.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from brief.store import (
    DEFAULT_THEME,
    Notice,
    config_path,
    move_aside,
    stderr_notice,
    write_file_atomic,
)

if TYPE_CHECKING:
    from brief.ingest import Limits

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


@dataclass(frozen=True, slots=True)
class Config:
    """User settings kept in ``config.toml``."""

    theme: str = DEFAULT_THEME
    """Name of the colour theme chosen last (``--theme`` or the command palette)."""
    max_size_mb: float | None = None
    """Skip articles larger than this many MB (``--max-size`` wins; None: the default)."""
    max_articles: int | None = None
    """Read at most this many articles of a set (``--max-articles`` wins)."""


def limits_from(
    config: Config, max_size_mb: float | None = None, max_articles: int | None = None
) -> Limits:
    """The ingest limits: the flags first, then the config file, then the defaults."""
    from brief.ingest import MB, Limits

    defaults = Limits()
    size_mb = max_size_mb or config.max_size_mb
    return Limits(
        max_article_bytes=int(size_mb * MB) if size_mb else defaults.max_article_bytes,
        max_articles=max_articles or config.max_articles or defaults.max_articles,
    )


def load_config(notice: Notice | None = None) -> Config:
    """Read the config; a missing file gives defaults, a corrupt one is moved aside."""
    path = config_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as error:
        (notice or stderr_notice)(f"cannot read {path}: {error}")
        return Config()
    try:
        data = tomllib.loads(raw)
        return _config_from_dict(data)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        move_aside(path, str(error).splitlines()[0][:120], notice)
        return Config()


def _config_from_dict(data: dict[str, Any]) -> Config:
    known = {f.name for f in fields(Config)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue  # settings from a newer version are ignored, not fatal
        if name == "theme":
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{name!r} must be a non-empty string")
            values[name] = value.strip()
        elif name == "max_articles":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name!r} must be a whole number of at least 1")
            values[name] = value
        else:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"{name!r} must be a number above 0")
            values[name] = float(value)
    return Config(**values)


def save_config(config: Config) -> None:
    """Write the config atomically; raises ``OSError`` when it cannot."""
    import tomli_w

    data = {f.name: getattr(config, f.name) for f in fields(Config)}
    data = {name: value for name, value in data.items() if value is not None}  # TOML: no null
    write_file_atomic(config_path(), "# brief settings\n" + tomli_w.dumps(data))
