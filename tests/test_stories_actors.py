"""Who did what: a story whose reports are led by two different actors is two events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from brief.ingest import load_paths
from brief.stories import DEFAULT, group_ids
from brief.stories.actors import lead_actor

_SHARED = [
    "The toll on the Kelmet bridge across the Varn estuary has divided the town for years.",
    "Commuters from Ostrava Nova pay the charge twice a day, and shop owners in Kelmet say "
    "it keeps visitors away from the old market.",
    "The bridge was built in the 1970s and its upkeep is paid from the toll, the Harbour "
    "council and Governor Tamsin Lind have both said.",
    "Drivers queued at the booths on the Kelmet side on the morning of the announcement.",
    "Campaigners of the Free Bridge group handed a petition to the town hall last spring.",
    "The toll brings in about a fifth of what the Varn estuary ferry service costs each year.",
]
_OWN = [  # what only one report tells (no names: the names test would cut on them)
    "A lorry driver said the charge cost his firm more than its fuel.",
    "A baker said her customers from across the water now came only on weekends.",
    "A student who cycles over the bridge said bicycles should stay free.",
    "A taxi driver said fares to the station would have to rise again.",
    "A pensioner said she had crossed the bridge on its opening day.",
    "A fisherman said the ferry was the cheaper way over, when it runs.",
    "A nurse on night shifts said she pays the charge each evening.",
    "A shopkeeper put a sign in his window about the petition.",
]
_LEADS = {
    "approve": [
        "The Harbour council has approved a higher toll on the Kelmet bridge from next month.",
        "On a close vote, the Harbour council approved a higher toll for the Kelmet bridge.",
        "The Harbour council has voted to raise the Kelmet bridge toll, its chair said.",
        "Local radio reported on Monday that the Harbour council had approved a higher toll.",
        "The Harbour council on Tuesday approved the toll rise for the Kelmet bridge.",
    ],
    "revoke": [
        "Governor Tamsin Lind has revoked the higher toll on the Kelmet bridge.",
        "Governor Tamsin Lind revoked the new Kelmet bridge toll in a short statement.",
        "In a surprise move, Governor Lind scrapped the higher toll for the Kelmet bridge.",
        "Governor Lind has overturned the council's toll rise on the Kelmet bridge.",
        "Governor Tamsin Lind today cancelled the toll rise on the Kelmet bridge.",
    ],
}


def _pile(folder: Path, per_side: int) -> tuple[list, dict[str, str]]:  # type: ignore[type-arg]
    folder.mkdir()
    labels = {}
    for side, leads in _LEADS.items():
        for k, lead in enumerate(leads[:per_side]):
            turn = k + 5 * (side == "revoke")
            shared = [_SHARED[(turn + j) % len(_SHARED)] for j in (0, 1, 2)]
            own = " ".join(_OWN[(turn + j) % len(_OWN)] for j in range(2))
            name = f"{side}{k}"
            text = f"Kelmet bridge toll\n\n{lead} {own} {' '.join(shared)}"
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            labels[name] = side
    return list(load_paths([str(folder)]).articles), labels


def _stories(articles: list, labels: dict[str, str], settings) -> list[list[str]]:  # type: ignore[no-untyped-def, type-arg]
    return sorted(sorted(labels[articles[i].id] for i in g) for g in group_ids(articles, settings))


def test_a_rule_and_its_repeal_are_two_stories(tmp_path: Path) -> None:
    articles, labels = _pile(tmp_path / "pile", 5)
    off = replace(DEFAULT, actor_least=0)
    assert _stories(articles, labels, off) == [["approve"] * 5 + ["revoke"] * 5]
    assert _stories(articles, labels, DEFAULT) == [["approve"] * 5, ["revoke"] * 5]


def test_too_few_leads_of_each_actor_leave_the_story_whole(tmp_path: Path) -> None:
    articles, labels = _pile(tmp_path / "pile", 4)
    assert _stories(articles, labels, DEFAULT) == [["approve"] * 4 + ["revoke"] * 4]


def test_a_lead_naming_one_actor_joins_its_side(tmp_path: Path) -> None:
    articles, labels = _pile(tmp_path / "pile", 5)
    # no actor of its own, names the council; its other sentences are the repeal side's
    own = " ".join(_OWN[(7 + j) % len(_OWN)] for j in range(2))
    shared = " ".join(_SHARED[(7 + j) % len(_SHARED)] for j in (0, 1, 2))
    lead = "Though the Harbour council still hopes to keep the higher toll, drivers are angry."
    extra = tmp_path / "extra.txt"
    extra.write_text(f"Kelmet bridge toll\n\n{lead} {own} {shared}", encoding="utf-8")
    articles += list(load_paths([str(extra)]).articles)
    labels["extra"] = "named"
    assert _stories(articles, labels, DEFAULT) == [
        ["approve"] * 5 + ["named"],
        ["revoke"] * 5,
    ]


def test_lead_actor_reads_the_subject_of_the_main_verb() -> None:
    assert lead_actor("The Harbour council has approved a toll.") == "harbour"
    assert lead_actor("Governor Tamsin Lind revoked the toll on Monday.") == "lind"
    # a reporting frame: the outlet is not the actor
    assert lead_actor("Radio Kelmet reported on Monday that the Varn Rovers offered a deal.") == (
        "rovers"
    )
    # a name governed by a preposition is not the subject; a role noun may follow the name
    assert lead_actor("In Kelmet, the Lind administration has scrapped the toll.") == "lind"
    assert lead_actor("The Bank of Varnoa raised its rate.") == "bank"
    assert lead_actor("The club quietly made an offer to Dario Fenn.") is None
    assert lead_actor("the toll was scrapped.") is None
    # a capitalised preposition opening the sentence is no name; "do" is an auxiliary
    assert lead_actor("For weeks now, Dario Fenn has weighed the offers.") == "fenn"
    assert lead_actor("Despite the loss, the Varn Rovers do not plan changes.") == "rovers"


def test_lead_actor_passive_coordination_and_apposition() -> None:
    # the one acted upon is no actor; a perfect tense is not a passive
    assert lead_actor("Dario Fenn was sacked by the club on Monday.") is None
    assert lead_actor("Dario Fenn has been offered a new deal.") is None
    assert lead_actor("Dario Fenn has taken the job at Varn Rovers.") == "fenn"
    # two names acting together are one actor, whichever comes first
    pair = lead_actor("Ana Vey and Ugo Lenz have appealed against their bans.")
    assert pair == lead_actor("Ugo Lenz and Ana Vey have appealed against their bans.")
    assert pair == "lenz & vey"
    # a plural noun before a name is no verb ("Varnoan sprinters Ana Vey ... have")
    assert lead_actor("Varnoan sprinters Ana Vey and Ugo Lenz have appealed.") == "lenz & vey"
    assert lead_actor("Lind overturns Orell rule on the bridge toll.") == "lind"
    # a time between the name and its verb
    assert lead_actor("The Lind administration on Tuesday scrapped the toll.") == "lind"
    assert lead_actor("Governor Lind yesterday revoked the toll.") == "lind"
