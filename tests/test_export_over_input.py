"""``--force`` replaces an old brief, never an article the export reads.

QA (eighteenth round): ``brief export a.md -o a.md --force`` replaced the user's article
with its own brief; ``--stories -o`` naming an article of the pile did the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.cli import main

ARTICLE = (
    "---\ntitle: Lantern festival draws record crowd\noutlet: Harbour Echo\n---\n"
    "The lantern festival in Eskby drew a record crowd of 30,000 on Saturday night. "
    "Organisers said the parade of boats was the longest in its history. "
    '"We never expected so many families to come," said organiser Bo Lindqvist.\n'
)


@pytest.mark.parametrize("extra", [[], ["--stories"]])
def test_force_never_replaces_an_article_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    code = main(["export", str(article), *extra, "-o", str(article), "--force"])
    assert code == 2
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert "it is one of the articles read" in capsys.readouterr().err


def test_force_still_replaces_an_earlier_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "brief.md"
    out.write_text("old brief\n", encoding="utf-8")
    assert main(["export", str(article), "-o", str(out), "--force"]) == 0
    assert "Lantern festival" in out.read_text(encoding="utf-8")


def test_the_app_s_help_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """QA (eighteenth round): ``brief --help`` named ``brief export`` but not ``brief cache``."""
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "'brief export'" in shown and "'brief cache info'" in shown
