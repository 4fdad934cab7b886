"""A source is cited for a summary sentence only when its matching sentence keeps the figures.

QA (seventeenth round, second part): outside syndicated copies a source is cited by word
overlap, so a report of "13 million" was cited for a sentence saying "12 million".
"""

from __future__ import annotations

from pathlib import Path

from brief.analysis import build_brief
from brief.ingest import load_paths
from brief.model import AnalysisOptions

FIRST = (
    "Dunmore bridge reopens\n\n"
    "The Dunmore river bridge reopened to traffic on Friday after two years of repairs. "
    "The repairs cost {cost} million euros and the deck now stands {height} metres above the "
    "water, "
    "the regional roads office said. "
    "Drivers had used a ferry crossing while the bridge was shut. "
    "Shop owners on both banks said trade had fallen sharply during the works.\n"
)
SECOND = (
    "Traffic returns to Dunmore crossing\n\n"
    "Cars crossed the Dunmore river bridge again on Friday as the crossing reopened. "
    "The regional roads office said the repairs cost {cost} million euros and the deck stands "
    "{height} metres above the water. "
    "Cyclists welcomed a new protected lane on the eastern side. "
    "The ferry that served drivers during the works will stop next month.\n"
)


def _brief(tmp_path: Path, second: str, third: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(FIRST.format(cost=40, height="6.2"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    (tmp_path / "c.txt").write_text(third, encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert all(a.duplicate_of is None for a in articles)  # not copies: cited by word overlap
    return build_brief(articles, AnalysisOptions(sentences=10), timestamp=False)


def test_a_source_giving_another_figure_is_not_cited(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        SECOND.format(cost=45, height="6.2"),  # another sum of euros
        SECOND.replace("Cyclists", "Walkers").format(cost=40, height="6.2"),
    )
    cost = next(s for s in brief.summary if "40 million euros" in s.text)
    assert cost.source == "a"
    assert cost.supporting_sources == ("a", "c")


def test_a_source_giving_another_measure_is_not_cited(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path,
        SECOND.format(cost=40, height="5.9"),  # another height in metres
        SECOND.replace("Cyclists", "Walkers").format(cost=40, height="6.2"),
    )
    cost = next(s for s in brief.summary if "40 million euros" in s.text)
    assert cost.supporting_sources == ("a", "c")


def test_a_source_giving_no_figure_is_still_cited(tmp_path: Path) -> None:
    no_figure = SECOND.replace("{cost} million euros", "a large sum").replace(
        "{height} metres", "high"
    )
    brief = _brief(tmp_path, no_figure, SECOND.format(cost=40, height="6.2"))
    cost = next(s for s in brief.summary if "40 million euros" in s.text)
    assert set(cost.supporting_sources) >= {"a", "c"}


def test_only_figures_of_one_kind_are_compared() -> None:
    from brief.support_figures import _contradicts, _figures

    said = _figures("The fund paid 12 million euros to 300 farms in 2019, a 4% rise.")
    assert not _contradicts(said, _figures("The fund paid 12 million euros in 2021."))
    assert not _contradicts(said, _figures("It was the 3rd payment to 300 farms, up 4.2%."))
    assert not _contradicts(said, _figures("Some 12,000 farmers were paid 12 million euros."))
    assert not _contradicts(said, _figures("The fund paid over 10 million euros."))  # a bound
    assert _contradicts(said, _figures("The fund paid 13 million euros to the farms."))
    assert _contradicts(said, _figures("The fund paid 12 million euros to 350 farms."))
    assert _contradicts(_figures("Some 12 million watched."), _figures("13 million watched it."))
    assert not _contradicts(_figures("Police said 5 were hurt."), _figures("Police said 7 had."))
