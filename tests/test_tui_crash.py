"""The review survives a crash: ``brief`` in a real terminal, killed with SIGKILL."""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from test_tui_support import write_story

from brief.ingest import load_paths
from brief.store import load_review

ESCAPES = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


class Terminal:
    """``brief`` running in a pseudo-terminal of 120x40, its screen text collected."""

    def __init__(self, *args: str) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "brief", *args],
            stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
        )  # fmt: skip
        os.close(slave)
        self.master = master
        self.seen = ""

    def wait_for(self, needle: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"{needle!r} never appeared; last output: {self.seen[-400:]!r}"
            ready, _, _ = select.select([self.master], [], [], min(left, 0.2))
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                plain = ESCAPES.sub("", chunk.decode("utf-8", "replace"))
                self.seen = (self.seen + plain)[-20000:]

    def press(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        os.close(self.master)


def test_review_is_intact_after_sigkill_right_after_a_review_action(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "story")
    terminal = Terminal(str(folder))
    try:
        terminal.wait_for("ready")  # "Brief of N sources ready"
        terminal.press("s")  # focus the summary
        time.sleep(0.3)
        terminal.press("d")  # drop the first sentence...
        terminal.wait_for("Dropped", timeout=20)
    finally:
        terminal.kill()  # ...and die at once: no quit, no cleanup
    assert terminal.proc.returncode == -signal.SIGKILL
    articles = load_paths([str(folder)]).articles
    review = load_review(articles)
    assert review is not None and len(review.dropped) == 1
    leftovers = [p.name for p in (Path(os.environ["XDG_DATA_HOME"])).rglob(".*.tmp")]
    assert leftovers == []
