"""The wheel ships seeds/ and themes/, and bundled resources resolve from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from brief.resources import sample_dir, themes_dir

ROOT = Path(__file__).resolve().parent.parent


def _wheel(folder: Path) -> str:
    """Build brief's wheel into folder (from the project root, as pip would) and name it."""
    from hatchling.build import build_wheel

    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        return build_wheel(str(folder))
    finally:
        os.chdir(cwd)


def test_wheel_contains_seeds_and_themes(tmp_path: Path) -> None:
    name = _wheel(tmp_path)
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


def test_an_installed_sample_is_named_not_placed(tmp_path: Path) -> None:
    """QA (nineteenth round): a pip-installed (non-editable) ``brief export`` of the sample
    listed each source under a site-packages path, which differs per machine and tells the
    reader nothing. The wheel is unpacked as pip would put it, and run from another folder;
    what is remembered of the sample is keyed as in a source checkout."""
    from brief.ingest import load_paths
    from brief.store import folders_key

    name = _wheel(tmp_path)
    site = tmp_path / "site-packages"
    zipfile.ZipFile(tmp_path / name).extractall(site)
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "BRIEF_NO_CACHE": "1"}
    key = (
        "from brief.ingest import load_paths; from brief.resources import sample_dir; "
        "from brief.store import folders_key; import brief; print(brief.__file__); "
        "print(folders_key(load_paths([str(sample_dir())]).articles))"
    )
    run = {"capture_output": True, "text": True, "cwd": elsewhere, "env": env, "timeout": 120}
    where, installed_key = subprocess.run([sys.executable, "-c", key], **run).stdout.split()
    assert where.startswith(str(site))  # the wheel's copy ran, not the checkout
    assert installed_key == folders_key(load_paths([str(sample_dir())]).articles)
    proc = subprocess.run([sys.executable, "-m", "brief", "export", "--front-matter"], **run)
    assert proc.returncode == 0, proc.stderr
    assert str(tmp_path) not in proc.stdout and "site-packages" not in proc.stdout
    assert proc.stdout.count("bundled sample, 00") >= 10  # every source, and the front matter
