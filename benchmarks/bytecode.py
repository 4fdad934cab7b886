"""Byte-compile brief before timing it, as an installed brief is.

``pip install`` writes every module's ``.pyc``; an editable install writes them on the first
run, unless ``PYTHONDONTWRITEBYTECODE`` is set (it is on some shared machines), and then every
launch compiles brief's ~80 modules from source again (about 0.06 s of a 0.4 s export) while
the floors' Textual and numpy load their installed ``.pyc``. The timing scripts call
``compile_brief`` first, so brief and its floors are timed alike.
"""

from __future__ import annotations

import compileall
import importlib.util
from pathlib import Path


def compile_brief() -> str:
    """Write the ``.pyc`` of the brief that ``python -m brief`` would run; a line saying so."""
    spec = importlib.util.find_spec("brief")
    if spec is None or not spec.submodule_search_locations:
        return "brief not found: not byte-compiled"
    folder = Path(next(iter(spec.submodule_search_locations)))
    ok = compileall.compile_dir(str(folder), quiet=1, force=False)
    state = "byte-compiled" if ok else "byte-compiled with errors"
    return f"{state}: {folder}"
