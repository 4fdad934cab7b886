"""The core never loads the UI, and the CLI stays light until it needs more."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "import brief.model",
    "import brief.ingest",
    "import brief.text.sentences",
    "import brief.summary",
    "import brief.quotes",
    "import brief.export",
    "import brief.analysis",
    "import brief.review",
    "import brief.cli",
]
UI = ("textual", "rich")
HEAVY = ("nltk", "sumy.summarizers", "numpy", "scipy", "trafilatura", "rapidfuzz")


def _loaded(statement: str, names: tuple[str, ...]) -> list[str]:
    code = (
        f"{statement}\nimport sys\n"
        f"hit = [n for n in {names!r}\n"
        "       if any(m == n or m.startswith(n + '.') for m in sys.modules)]\n"
        "print(','.join(hit))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [n for n in proc.stdout.strip().split(",") if n]


@pytest.mark.parametrize("statement", CORE)
def test_core_imports_do_not_load_the_ui(statement: str) -> None:
    assert _loaded(statement, UI) == []


@pytest.mark.parametrize("statement", CORE)
def test_core_imports_defer_heavy_libraries(statement: str) -> None:
    assert _loaded(statement, HEAVY) == []


def test_headless_export_never_loads_the_ui() -> None:
    statement = "from brief.cli import main\nmain(['export', '-o', '/dev/null', '--force'])"
    assert _loaded(statement, UI) == []


def test_default_export_never_loads_nltk_or_sumy() -> None:
    """NLTK's package init costs about a second (it pulls in scipy.stats): only sumy needs it."""
    statement = "from brief.cli import main\nmain(['export', '-o', '/dev/null', '--force'])"
    assert _loaded(statement, ("nltk", "sumy.nlp", "sumy.summarizers", "scipy.stats")) == []


def test_export_of_local_files_never_loads_the_network_stack() -> None:
    statement = "from brief.cli import main\nmain(['export', '-o', '/dev/null', '--force'])"
    assert _loaded(statement, ("urllib3", "brief.fetch.fetcher", "brief.fetch.gather")) == []


def test_import_linter_contract_is_kept() -> None:
    """The static twin of the checks above: pyproject's import-linter contract."""
    from pathlib import Path

    linter = Path(sys.executable).parent / "lint-imports"
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([str(linter)], capture_output=True, text=True, cwd=root, timeout=120)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
