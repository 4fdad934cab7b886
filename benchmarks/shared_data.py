"""Where the evaluation data is, found the same way by every benchmark.

``../shared/eval`` beside the repository, or beside one of its parent folders (a git worktree
sits deeper than the clone). ``BRIEF_SHARED`` names the shared folder and ``BRIEF_EVAL`` its
``eval`` folder when they are elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared folder: ``BRIEF_SHARED``, else the nearest ``shared`` holding ``eval``."""
    if os.environ.get("BRIEF_SHARED"):
        return Path(os.environ["BRIEF_SHARED"])
    for parent in ROOT.parents:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared"
    return ROOT.parent / "shared"


def eval_dir(*parts: str) -> Path:
    """``eval`` of the shared folder (or ``BRIEF_EVAL``), joined with ``parts``."""
    base = os.environ.get("BRIEF_EVAL")
    return (Path(base) if base else shared_dir() / "eval").joinpath(*parts)
