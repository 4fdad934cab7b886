"""A saved quote rejection still holds when the statement's id changes (QA, twentieth
round): an added article's longer wording becomes the representative, or a newer engine
merges the rejected entry into another one. Invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.analysis import build_brief
from brief.cli import main
from brief.ingest import load_paths
from brief.model import AnalysisOptions, QuoteCluster, Review
from brief.quote_ids import is_rejected, rejected_ids, variant_id
from brief.quotes import cluster, extract_quotes
from brief.review import apply
from brief.store import load_review, save_review
from brief.tui.session import toggle_reject

GAZETTE = """Harbour works to close the east quay

The east quay of Wexbury harbour will close for repairs next month, the port authority \
said on Monday.

"The old timber piles have rotted through and the quay is no longer safe for the heavy \
cranes," said Mara Oduya, who runs the port authority.

Fishing boats will use the west basin while the works last.
"""

LEDGER = """Wexbury quay shut for repairs

Wexbury harbour's east quay is to shut next month while engineers replace its supports.

"The old timber piles have rotted through, the steel frame has rusted and the quay is no \
longer safe for the heavy cranes that unload the ferries," Mara Oduya, head of the port \
authority, told reporters.

The repairs are expected to last until the spring.
"""


def about_the_piles(quotes: object) -> list[QuoteCluster]:
    return [q for q in quotes if "timber piles" in q.text]  # type: ignore[attr-defined]


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def exported(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    args = ["export", str(folder), "--review", "--format", "json", "--no-timestamp"]
    assert main([*args, "--no-cache"]) == 0
    return [q["text"] for q in json.loads(capsys.readouterr().out)["quotes"]]


def test_a_rejection_holds_when_an_added_article_brings_a_longer_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(tmp_path / "news", {"gazette.txt": GAZETTE})
    (quote,) = about_the_piles(extract_quotes(load_paths([str(folder)]).articles))
    save_review(load_paths([str(folder)]).articles, Review(rejected_quotes=frozenset({quote.id})))
    assert not [t for t in exported(folder, capsys) if "timber piles" in t]

    write(folder, {"ledger.txt": LEDGER})  # tomorrow's report, with the longer wording
    articles = load_paths([str(folder)]).articles
    (merged,) = about_the_piles(extract_quotes(articles))
    assert merged.id != quote.id and merged.sources == ("gazette", "ledger")
    review = load_review(articles, lambda _: None)  # carried over to the grown set
    assert review is not None and review.rejected_quotes == {quote.id}
    assert is_rejected(merged, review.rejected_quotes)
    assert not [t for t in exported(folder, capsys) if "timber piles" in t]
    # the other statement is kept
    assert [t for t in exported(folder, capsys) if "east quay" in t]


QUOTED = '"We will shut the ferry pier for urgent repairs," Ann Keel said on Monday.'
REPORTED = (
    "Ann Keel said on Tuesday that the harbour would shut its ferry pier next month so "
    "that crews can repair it."
)


def test_a_rejected_entry_merged_by_a_newer_engine_stays_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "set"
    write(folder, {f"{k}.txt": f"Harbour news from the coast\n\n{v}\n" for k, v in
                   {"a": QUOTED, "b": REPORTED}.items()})  # fmt: skip
    articles = load_paths([str(folder)]).articles
    with monkeypatch.context() as engine:  # the engine before the paraphrase merge
        engine.setattr(cluster, "paraphrase", lambda *_: 0.0)
        before = [q for q in extract_quotes(articles) if "ferry pier" in q.text]
    assert len(before) == 2
    brief = build_brief(articles, AnalysisOptions(), timestamp=False)
    (merged,) = [q for q in brief.quotes if any("ferry pier" in v.text for v in q.variants)]
    (absorbed,) = [q for q in before if q.id != merged.id]  # its wording lost the lead
    review = Review(rejected_quotes=frozenset({absorbed.id}))
    assert rejected_ids(brief.quotes, review.rejected_quotes) == {merged.id}
    assert merged.id not in {q.id for q in apply(brief, review).quotes}
    assert len(apply(brief, review).quotes) == len(brief.quotes) - 1


def test_restoring_removes_the_earlier_id_and_ids_stay_as_they_were(tmp_path: Path) -> None:
    folder = write(tmp_path / "news", {"gazette.txt": GAZETTE, "ledger.txt": LEDGER})
    (merged,) = about_the_piles(extract_quotes(load_paths([str(folder)]).articles))
    old = next(variant_id(v) for v in merged.variants if v.source == "gazette")
    review = Review(rejected_quotes=frozenset({old, "elsewhere"}))
    restored = toggle_reject(review, merged)
    assert restored.rejected_quotes == {"elsewhere"} and not is_rejected(
        merged, restored.rejected_quotes
    )
    assert toggle_reject(restored, merged).rejected_quotes == {"elsewhere", merged.id}
    # a cluster's id is the id of its representative variant, as saved reviews know it
    assert merged.id == next(variant_id(v) for v in merged.variants if v.source == "ledger")


async def test_the_app_shows_the_rejection_after_an_article_joins_and_r_restores_it(
    tmp_path: Path,
) -> None:
    from test_tui_support import settle

    from brief.tui.app import make_app
    from brief.tui.widgets.quote_panel import QuotePanel

    folder = write(tmp_path / "news", {"gazette.txt": GAZETTE})
    app = make_app([str(folder)], cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        quotes = app.screen.query_one(QuotePanel)
        (quote,) = about_the_piles(app.brief.quotes)  # type: ignore[union-attr]
        await pilot.press("w")
        assert quotes.go_to(quote.id, center=False)
        await pilot.press("r")
        assert app.session is not None and app.session.review.rejected_quotes == {quote.id}

    write(folder, {"ledger.txt": LEDGER})
    again = make_app([str(folder)], cache=False)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        quotes = again.screen.query_one(QuotePanel)
        (merged,) = about_the_piles(again.brief.quotes)  # type: ignore[union-attr]
        assert merged.id != quote.id
        assert "rejected" in quotes.get_option(merged.id).prompt.plain  # type: ignore[union-attr]
        await pilot.press("w")
        assert quotes.go_to(merged.id, center=False)
        await pilot.press("r")
        assert again.session is not None and again.session.review.rejected_quotes == frozenset()
        assert "rejected" not in quotes.get_option(merged.id).prompt.plain  # type: ignore[union-attr]
        assert merged.id in {q.id for q in apply(again.brief, again.session.review).quotes}  # type: ignore[arg-type]
    saved = load_review(load_paths([str(folder)]).articles)
    assert saved is not None and saved.rejected_quotes == frozenset()
