"""A small invented mixed pile: two earthquakes, two rehab stays and a court ruling.

Siblings share their vocabulary (quake, magnitude, rehab) but not their names, places or
dates, which is what story grouping must use. All names are invented.
"""

from __future__ import annotations

from pathlib import Path

QUAKE_A = [
    "Quake shakes Valdora\n\nMarch 4, 2021\n\nA magnitude 6.1 earthquake struck near the town "
    "of Valdora on Thursday, killing at least 12 people, said Governor Amira Kestel. Rescue "
    "teams in Valdora searched collapsed houses through the night.",
    "Valdora counts its dead after earthquake\n\nMarch 5, 2021\n\nRescuers in Valdora pulled "
    "survivors from the rubble after Thursday's earthquake. Governor Amira Kestel said the "
    "death toll had risen to 14 and asked for tents and water.",
    "Aftershocks rattle Valdora\n\nMarch 5, 2021\n\nStrong aftershocks hit Valdora a day after "
    "the deadly earthquake, and Kestel ordered schools in the province to stay shut while "
    "engineers inspect buildings.",
]
QUAKE_B = [
    "Earthquake hits Port Senna\n\nOctober 19, 2023\n\nA magnitude 5.4 earthquake struck "
    "Port Senna early on Monday. Mayor Tobias Renwick said two people were injured and the "
    "harbour in Port Senna was closed for inspection.",
    "Port Senna harbour reopens after quake\n\nOctober 20, 2023\n\nThe harbour of Port Senna "
    "reopened on Tuesday after the earthquake, Mayor Tobias Renwick said, and damage to the "
    "old quay was lighter than first feared.",
    "Renwick praises Port Senna response\n\nOctober 20, 2023\n\nMayor Tobias Renwick thanked "
    "harbour workers in Port Senna for their quick response to Monday's earthquake.",
]
REHAB_A = [
    "Singer Lorna Vey enters rehab\n\nJune 2, 2019\n\nSinger Lorna Vey has checked into the "
    "Silverbrook treatment center, her publicist Dana Ortolan said on Sunday, asking fans to "
    "respect her privacy.",
    "Lorna Vey checks into Silverbrook\n\nJune 3, 2019\n\nLorna Vey is being treated at "
    "Silverbrook, Ortolan told reporters, adding that the singer's tour dates are postponed.",
    "Vey's tour postponed as she enters rehab\n\nJune 3, 2019\n\nPromoters postponed Lorna "
    "Vey's summer tour after the singer checked into rehab at Silverbrook, publicist Dana "
    "Ortolan confirmed.",
]
REHAB_B = [
    "Actor Cal Brenner heads to rehab\n\nJanuary 14, 2022\n\nActor Cal Brenner has entered "
    "the Harlow Ridge rehab facility, his lawyer Miriam Saltz said, weeks after his arrest.",
    "Brenner begins rehab at Harlow Ridge\n\nJanuary 15, 2022\n\nCal Brenner checked into "
    "Harlow Ridge on Friday, lawyer Miriam Saltz told a judge, who delayed the hearing.",
    "Judge delays Brenner hearing during rehab stay\n\nJanuary 15, 2022\n\nA judge delayed "
    "the hearing of actor Cal Brenner while he is in rehab at Harlow Ridge, Saltz said.",
]
COURT = [
    "Court strikes down Tarvelle fishing quota\n\nMay 9, 2020\n\nThe supreme court of "
    "Tarvelle struck down the new fishing quota, ruling that the ministry had ignored the "
    "coastal communities it was required to consult.",
]
STORIES = {
    "quake-a": QUAKE_A,
    "quake-b": QUAKE_B,
    "rehab-a": REHAB_A,
    "rehab-b": REHAB_B,
    "court": COURT,
}


def write_pile(folder: Path) -> dict[str, str]:
    """Write every article as ``<story>-<n>.txt``; return file stem -> story label."""
    folder.mkdir(parents=True, exist_ok=True)
    labels = {}
    for story, texts in STORIES.items():
        for n, text in enumerate(texts, 1):
            stem = f"{story}-{n}"
            (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
            labels[stem] = story
    return labels


def load_texts(folder: Path, texts: list[str]) -> list:  # type: ignore[type-arg]
    """``texts`` written as ``folder/aNN.txt`` and read back through ingest, in file order."""
    from brief.ingest import load_paths

    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"a{n:02d}.txt").write_text(text, encoding="utf-8")
    return sorted(load_paths([str(folder)]).articles, key=lambda a: a.id)
