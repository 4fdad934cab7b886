"""Which year a report is from: dated reports and undated ones from years before are two
incidents. All names are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from brief.ingest import load_paths
from brief.stories import DEFAULT, group_ids
from brief.stories.eras import latest_year, split_by_eras

_SHARED = [
    "Voters in Ostravia elect the 90 members of the Varn assembly, the country's parliament.",
    "The Unity Party of President Leon Marek holds most seats in the Varn assembly.",
    "Critics of Marek say the vote in Ostravia offers no real choice to its voters.",
    "The Central Election Board of Ostravia runs more than 900 polling stations.",
    "Observers from abroad were invited to watch the vote in Ostravia.",
    "Turnout in Ostravia's parliamentary vote is closely watched by the Unity Party.",
]
_OWN = [  # what only one report tells (no names: the split's names test would cut on them)
    "A teacher said she voted before going to work.",
    "A farmer said the roads to the polling station were muddy.",
    "A student said he was voting for the first time.",
    "A pensioner said the queue was short this year.",
    "A driver said he had read the candidates' leaflets.",
    "A nurse said the station near the hospital opened late.",
    "A shop owner said few customers talked about the vote.",
    "A miner said his shift ended early so he could vote.",
]
_NEW = "Ostravia votes for its parliament\n\nMarch {day}, 2024\n\nOstravia held its vote on Sunday."
_OLD = "Ostravia votes for its parliament\n\nOstravia voted on Sunday, eight years after {event}."
_EVENTS = ["the 2016 reform", "the reform of 2016", "its 2016 constitution", "the 2015 census"]


def _pile(folder: Path, old_with_year: int) -> tuple[list, dict[str, str]]:  # type: ignore[type-arg]
    """Four dated reports of a 2024 vote; six undated ones of an earlier vote, the first
    ``old_with_year`` of them naming a year long before."""
    folder.mkdir()
    labels = {}
    heads = [_NEW.format(day=3 + k) for k in range(4)]
    heads += [
        _OLD.format(event=_EVENTS[k % 4]) if k < old_with_year else _OLD.format(event="a reform")
        for k in range(6)
    ]
    for k, head in enumerate(heads):
        shared = [_SHARED[(k + j) % len(_SHARED)] for j in (0, 1, 2)]
        own = " ".join(_OWN[(k + j) % len(_OWN)] for j in range(2))
        name = f"{'new' if k < 4 else 'old'}{k}"
        (folder / f"{name}.txt").write_text(f"{head} {own} {' '.join(shared)}", encoding="utf-8")
        labels[name] = name[:3]
    return list(load_paths([str(folder)]).articles), labels


def _stories(articles: list, labels: dict[str, str], settings) -> list[list[str]]:  # type: ignore[no-untyped-def, type-arg]
    return sorted(sorted(labels[articles[i].id] for i in g) for g in group_ids(articles, settings))


def test_undated_reports_from_years_before_are_another_story(tmp_path: Path) -> None:
    articles, labels = _pile(tmp_path / "pile", 4)
    off = replace(DEFAULT, era_least=0)
    assert _stories(articles, labels, off) == [["new"] * 4 + ["old"] * 6]
    assert _stories(articles, labels, DEFAULT) == [["new"] * 4, ["old"] * 6]


def test_too_few_old_years_leave_the_story_whole(tmp_path: Path) -> None:
    articles, labels = _pile(tmp_path / "pile", 3)
    assert _stories(articles, labels, DEFAULT) == [["new"] * 4 + ["old"] * 6]


def _split(days: list[date | None], texts: list[str]) -> list[list[int]]:
    return split_by_eras([list(range(len(days)))], days, texts.__getitem__, least=2, gap=3)


def test_split_needs_most_undated_years_to_lag() -> None:
    day = date(2024, 3, 3)
    old, recent, none = "after the 2016 reform", "after the 2023 reform", "after a reform"
    # two dated, two undated from 2016, one naming no year: cut along the dates
    assert _split([day, day, None, None, None], ["", "", old, old, none]) == [[0, 1], [2, 3, 4]]
    # an undated report naming a recent year goes with the dated ones
    assert _split([day, day, None, None, None], ["", "", old, old, recent]) == [[0, 1, 4], [2, 3]]
    # as many undated reports name a recent year as an old one: whole
    texts = ["", "", old, old, recent, recent]
    assert _split([day, day, None, None, None, None], texts) == [[0, 1, 2, 3, 4, 5]]
    # a lag under the gap: whole
    close = "after the 2022 reform"
    assert _split([day, day, None, None], ["", "", close, close]) == [[0, 1, 2, 3]]
    # one dated report: whole
    assert _split([day, None, None, None], ["", old, old, old]) == [[0, 1, 2, 3]]


def test_latest_year_reads_years_not_sums_times_or_long_numbers() -> None:
    assert latest_year("Elected in 2009, re-elected in 2014.") == 2014
    assert latest_year("It cost $2030 and closed at 2100 GMT; 2,050 voted.") is None
    assert latest_year("The 1990s, and 2011's budget (2012-13).") == 2012
    assert latest_year("No year here, only 19 and 205.") is None
