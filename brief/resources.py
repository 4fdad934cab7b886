"""Find the bundled ``seeds/`` and ``themes/`` folders in a wheel or a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled(name: str) -> Path:
    """Path of a bundled top-level folder (``seeds`` or ``themes``).

    A wheel carries them as ``brief/_data/<name>``; an editable install or a source
    checkout runs the package in place, where they sit beside ``brief/``.
    """
    packaged = Path(str(files("brief"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def sample_dir() -> Path:
    return bundled("seeds")


def themes_dir() -> Path:
    return bundled("themes")
