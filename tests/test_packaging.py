"""The wheel ships seeds/ and themes/, and bundled resources resolve from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from brief.resources import sample_dir, themes_dir

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_seeds_and_themes(tmp_path: Path) -> None:
    from hatchling.build import build_wheel

    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        name = build_wheel(str(tmp_path))
    finally:
        os.chdir(cwd)
    names = zipfile.ZipFile(tmp_path / name).namelist()
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir())
    for seed in seeds:
        assert f"brief/_data/seeds/{seed}" in names
    themes = [n for n in names if n.startswith("brief/_data/themes/") and n.endswith(".toml")]
    assert len(themes) >= 3
    assert "brief/tui/app.tcss" in names


def test_resources_resolve_in_a_source_checkout() -> None:
    assert sorted(p.name for p in sample_dir().iterdir()) == sorted(
        p.name for p in (ROOT / "seeds").iterdir()
    )
    assert themes_dir().is_dir()


def test_brief_finds_the_sample_from_any_working_directory(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "brief", "export", "--format", "json", "--no-timestamp"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count('"id":') >= 5
