"""A reader that stops early (``brief export | head``) is not an error of brief's: no
"internal error, please report it", and the shell's code for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.stories_pile import write_pile


@pytest.mark.parametrize("command", [["export", "--no-timestamp"], ["cache", "info"]])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    write_pile(tmp_path / "pile")
    env = {**os.environ, "BRIEF_NO_CACHE": "1"}
    env.pop("BRIEF_DEBUG", None)
    args = [sys.executable, "-m", "brief", *command]
    if command[0] == "export":
        args.append(str(tmp_path / "pile"))
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before brief writes a byte
    _, err = process.communicate(timeout=120)
    text = err.decode("utf-8", "replace")
    assert "internal error" not in text and "Traceback" not in text, text
    assert process.returncode == 141
