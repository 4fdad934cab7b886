"""Find the bundled ``seeds/`` and ``themes/`` folders in a wheel or a source checkout."""

from __future__ import annotations

from pathlib import Path


def bundled(name: str) -> Path:
    """Path of a bundled top-level folder (``seeds`` or ``themes``).

    A wheel carries them as ``brief/_data/<name>``; an editable install or a source
    checkout runs the package in place, where they sit beside ``brief/``.
    """
    package = Path(__file__).resolve().parent  # what importlib.resources.files("brief") is
    packaged = package / "_data" / name  # for a package on disk, without its zip support
    if packaged.is_dir():
        return packaged
    return package.parent / name


def sample_dir() -> Path:
    return bundled("seeds")


def themes_dir() -> Path:
    return bundled("themes")
