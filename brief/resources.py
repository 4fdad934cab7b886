"""Find the bundled ``seeds/`` and ``themes/`` folders in a wheel or a source checkout."""

from __future__ import annotations

import os
from functools import cache
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


SAMPLE_NAME = "bundled sample"
"""How a file of the sample is named where brief shows a path: where the sample sits
depends on how brief was installed (a source checkout, a wheel in some site-packages)."""


@cache
def _sample_folder() -> str:
    return os.path.normcase(str(sample_dir()))


def in_sample(path: str) -> bool:
    """Whether ``path`` is a file of the bundled sample (as the CLI names it: string work,
    no call to the disk)."""
    if "://" in path or path == "-":
        return False
    return sample_folder(os.path.dirname(path))  # noqa: PTH120 - string work, no disk


def sample_folder(folder: str) -> bool:
    """Whether ``folder`` is the bundled sample's."""
    return os.path.normcase(os.path.abspath(folder or ".")) == _sample_folder()  # noqa: PTH100


def shown_path(path: str) -> str:
    """``path`` as an export shows it: a file of the sample by its name ("bundled sample,
    000_70c4e7e497e1e715.txt"), not by a site-packages path that differs per machine."""
    return f"{SAMPLE_NAME}, {Path(path).name}" if in_sample(path) else path
