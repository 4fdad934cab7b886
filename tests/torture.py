"""Build the torture corpus: every kind of hostile input, generated (never committed)."""

from __future__ import annotations

import os
from pathlib import Path

BODY = "Officials said the new rules would take effect on Monday across the whole region.\n"


def build(folder: Path, *, tiny_files: int = 10_000) -> dict[str, str]:
    """Write the corpus into ``folder``; return {case: file name} of what must be skipped."""
    skipped: dict[str, str] = {}
    (folder / "good.txt").write_text("Rules take effect\n\n" + BODY * 3)
    (folder / "binary.txt").write_bytes(os.urandom(4096))
    skipped["binary data named .txt"] = "binary.txt"
    (folder / "controls.txt").write_bytes(
        ("Officials\x00 said\x01 the\x1b]0;PWNED\x07 vote\x9b2J passed.\n" + BODY).encode()
    )
    with (folder / "huge.txt").open("wb") as handle:  # 50 MB on one line
        chunk = (BODY.strip() + " ").encode() * 1000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    skipped["50 MB single-line file"] = "huge.txt"
    # within the size limit: one statement repeated 40,000 times (nothing may be quadratic)
    (folder / "repeated.txt").write_text("Repeats\n\n" + BODY * 40_000)
    tiny = folder / "tiny"
    tiny.mkdir()
    for number in range(tiny_files):
        (tiny / f"{number:05d}.txt").write_text(
            f"Item {number} was filed on Monday by the clerk.\n"
        )
    (folder / "nested.html").write_text(
        "<html><body>"
        + "<div>" * 10_000
        + "<p>"
        + BODY * 4
        + "</p>"
        + "</div>" * 10_000
        + "<script>alert(1)</script><iframe src='x'></iframe>"
        + "<img src=x onerror='alert(1)'><p onclick='steal()'>Click</p></body></html>"
    )
    loop = folder / "loop"
    loop.mkdir()
    (loop / "back").symlink_to("..")
    (folder / "self.txt").symlink_to("self.txt")
    skipped["symlink loop"] = "self.txt"
    locked = folder / "locked.txt"
    locked.write_text(BODY)
    locked.chmod(0)
    if os.geteuid() != 0:
        skipped["no read permission"] = "locked.txt"
    for name in (b"new\nline.txt", b'quote"s.txt', b"bad\xff\xfebytes.txt", b"esc\x1b[2Jape.txt"):
        # bytes names (not valid UTF-8) need the bytes API: pathlib has none
        with open(os.path.join(os.fsencode(folder), name), "wb") as handle:  # noqa: PTH118, PTH123
            handle.write(BODY.encode())
    (folder / "mixed.txt").write_bytes(b"Title line\r\nFirst line.\rSecond line.\nThird line.\r\n")
    (folder / "utf16.txt").write_bytes(("Council votes\n" + BODY * 3).encode("utf-16-le"))
    return skipped
