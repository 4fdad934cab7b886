"""Shared fixtures: the bundled sample, and user folders redirected into tmp."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from brief.ingest import load_paths
from brief.model import LoadResult

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_EVAL = Path(os.environ.get("BRIEF_EVAL") or ROOT.parent / "shared" / "eval")
"""Evaluation data beside the repo, or where ``BRIEF_EVAL`` points (measuring only; tests
that need it skip without it)."""


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user config/data folders from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """brief's analysis cache, turned on and kept in this test's own folder.

    The code fingerprint in its keys is taken afresh for the test: a test that fills the
    cache here and opens the app in another interpreter compares this process's key with
    one taken seconds ago there. Memoised at the session's first analysis, minutes before
    in a full run, it missed every entry once a module changed meanwhile (a flaky
    ``test_tui_ahead``; QA, nineteenth round)."""
    from brief import analysis_cache

    monkeypatch.setattr(analysis_cache, "_FINGERPRINT", [])
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(folder))
    monkeypatch.delenv("BRIEF_NO_CACHE", raising=False)
    return folder


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def sample() -> LoadResult:
    """The bundled sample, loaded once per test session."""
    return load_paths([str(SEEDS)])


@pytest.fixture
def seed_gold() -> dict:
    import json

    path = SHARED_EVAL / "seeds_gold.json"
    if not path.exists():
        pytest.skip("shared/eval/seeds_gold.json is not beside the repository")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def web():
    """A local web server (127.0.0.1 only) with pages, feeds and hostile answers."""
    from fetch_server import LocalServer

    with LocalServer(lifetime=900) as server:
        yield server
