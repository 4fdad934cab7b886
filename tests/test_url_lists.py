"""``--urls FILE``: a line that is not a web address is named by its file and line number,
not reported as an address that "could not be read"."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.cli import main

FAST = ["--allow-private-network", "--host-delay", "0", "--no-timestamp"]


def test_a_line_that_is_no_address_is_named_by_file_and_line(
    web, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(
        f"# today\n{web.url('/a/1.html')}\n\nsee the council notes\n{web.url('/a/2.html')} # b\n",
        encoding="utf-8",
    )
    assert main(["export", *FAST, "--urls", str(listing), "-o", str(tmp_path / "b.md")]) == 0
    err = capsys.readouterr().err
    assert f"skipped {listing}, line 4: not a web address ('see the council notes')" in err
    assert "could not read see the council notes" not in err
    assert (tmp_path / "b.md").read_text(encoding="utf-8").count("### Source") == 2
