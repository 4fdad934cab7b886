"""The magnitude guard: two quakes on one island, told in the same words, stay apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from brief.ingest import load_paths
from brief.stories import DEFAULT, group_ids
from brief.stories.facts import LEAD_CHARS, lead_magnitude, magnitudes_conflict

_LEAD = (
    "A {m} earthquake shook the island of Varnoa on {day}, damaging houses in the port "
    "town of Kelmet and sending residents into the streets."
)
_BODY = [
    "The quake cracked walls in Kelmet and cut power to several villages on Varnoa, "
    "officials of the island's emergency office said.",
    "Rescue teams from the mainland city of Ostrava Nova searched collapsed homes near the "
    "harbour, and the regional governor Tamsin Orell visited the shelters.",
    "Varnoa sits on a fault line and has been hit by several quakes, the national "
    "seismological institute said, and schools in Kelmet stayed closed.",
    "Residents spent the night in tents on the football ground while engineers checked "
    "the old stone bridge and the hospital for damage.",
    "Ferries to Varnoa were suspended for the day while the harbour master inspected the "
    "quays for cracks.",
    "Aid agencies sent blankets, water and field kitchens to Kelmet by helicopter.",
]
_OWN = [  # what only one report tells: keeps the reports from being copies of one another
    "A baker, {who}, said the ovens fell over and the shop windows burst onto the street.",
    "The teacher {who} led forty children out of a swaying classroom into the yard.",
    "Fisherman {who} watched the water in the bay turn brown and churn for a minute.",
    "Hotel owner {who} said all of the guests had left on the first boat out.",
    "Nurse {who} treated cuts and broken arms in a corridor lit by torches.",
    "The mayor's aide {who} counted eleven roofs that had caved in on the hill road.",
    "Farmer {who} lost a barn and said his goats ran off into the olive groves.",
    "Student {who} filmed the church bell swinging by itself and posted the clip.",
    "Shopkeeper {who} swept glass from the pavement and reopened by the afternoon.",
    "A retired sailor, {who}, said he had never felt the ground roll for so long.",
    "Taxi driver {who} drove injured neighbours to the clinic three times that night.",
    "Priest {who} opened the parish hall to families whose homes were unsafe.",
]
_WHO = ["Ilse Marrow", "Dario Fenn", "Petra Sollis", "Hugo Brannock", "Lena Quist", "Otto Vey"]


def _write(folder: Path, name: str, magnitude: str, day: str, turn: int) -> None:
    body = [_BODY[(turn + k) % len(_BODY)] for k in (0, 3)]
    own = " ".join(
        _OWN[(2 * turn + k + 6 * name.startswith("l")) % len(_OWN)].format(
            who=_WHO[(turn + k) % len(_WHO)]
        )
        for k in range(2)
    )
    lead = _LEAD.format(m=magnitude, day=day)
    (folder / f"{name}.txt").write_text(
        f"Earthquake hits Varnoa\n\n{lead} {own} " + " ".join(body), encoding="utf-8"
    )


def _pile(tmp_path: Path) -> tuple[list, dict[str, str]]:  # type: ignore[type-arg]
    folder = tmp_path / "quakes"
    folder.mkdir()
    labels = {}
    for k, form in enumerate(["5.1-magnitude", "magnitude 5.1", "5.2 magnitude"]):
        _write(folder, f"small{k}", form, "Tuesday", k)
        labels[f"small{k}"] = "small"
    for k, form in enumerate(["6.6-magnitude", "magnitude-6.5", "6.6 magnitude"]):
        _write(folder, f"large{k}", form, "Sunday", k + 1)
        labels[f"large{k}"] = "large"
    return list(load_paths([str(folder)]).articles), labels


def _stories(articles: list, labels: dict[str, str], settings) -> list[list[str]]:  # type: ignore[no-untyped-def, type-arg]
    groups = group_ids(articles, settings)
    return sorted(sorted(labels[articles[i].id] for i in group) for group in groups)


def test_two_quakes_of_different_magnitude_stay_apart(tmp_path: Path) -> None:
    articles, labels = _pile(tmp_path)
    merged = _stories(articles, labels, replace(DEFAULT, magnitude_gap=0.0))
    assert merged == [["large"] * 3 + ["small"] * 3]  # the words alone make one story
    assert _stories(articles, labels, DEFAULT) == [["large"] * 3, ["small"] * 3]


def test_revisions_of_one_quake_do_not_split_it(tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    for k, form in enumerate(["5.9-magnitude", "magnitude 6.1", "6.0 magnitude", "6.1-magnitude"]):
        _write(folder, f"r{k}", form, "Sunday", k)
    articles = list(load_paths([str(folder)]).articles)
    assert len(group_ids(articles)) == 1


def test_lead_magnitude_forms() -> None:
    assert lead_magnitude("A 6.1-magnitude quake struck.") == 6.1
    assert lead_magnitude("A quake of magnitude 5.8 struck the coast.") == 5.8
    assert lead_magnitude("A quake with a magnitude of at least 7 hit.") == 7.0
    assert lead_magnitude("An earthquake measuring 4.9 on the Richter scale hit.") == 4.9
    assert lead_magnitude("A 5. 9 magnitude quake hit the island.") == 5.9  # tokenised text
    assert lead_magnitude("Survey puts the quake's magnitude at 6.3 today.") is None  # "at"
    # the lead's first magnitude is its own; aftershocks and forecasts are not
    assert lead_magnitude("A 6.2 magnitude quake hit; a 4.1-magnitude aftershock followed.") == 6.2
    assert lead_magnitude("A 4.5 magnitude aftershock hit after a 6.0-magnitude quake.") == 6.0
    assert lead_magnitude("The chance of a magnitude 8.0 or greater quake has risen.") is None
    # outside the lead it is background
    assert lead_magnitude("x" * LEAD_CHARS + " a 7.4-magnitude quake in 1990") is None
    assert lead_magnitude("The football magnitude of the win was clear.") is None


def test_magnitudes_conflict_by_medians() -> None:
    assert magnitudes_conflict([5.1, 5.2], [6.6, 6.5], 0.35)
    assert not magnitudes_conflict([5.9, 6.1, 6.0], [6.1], 0.35)
    assert not magnitudes_conflict([], [6.1], 0.35)
