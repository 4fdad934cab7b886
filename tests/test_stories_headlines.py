"""Names that differ by whom each report quotes do not make one event two stories under one
headline (``brief.stories.cluster.shared_headline``). All articles are invented."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from brief.stories import DEFAULT, group_stories
from brief.stories.cluster import headline_key, shared_headline
from tests.stories_pile import load_texts

FACTS = [
    "Floodwater covered the market square of Tarnwick after the river burst its banks on "
    "Tuesday night.",
    "At least 9 people died and dozens were taken to hospital, county officials said.",
    "Hundreds of families spent the night in the sports hall on the hill above the town.",
    "The railway line to the coast was closed after a bridge pier was washed away.",
    "Power was cut to much of the old quarter, and the clinic ran on generators.",
    "Insurers said it was too early to put a figure on the damage.",
    "Schools will stay closed for the rest of the week while engineers check them.",
    "The town last flooded this badly in 1958, when the old mill was swept away.",
    "Boats from neighbouring villages ferried the elderly out of the lower streets.",
    "More rain is forecast for the weekend, and sandbags are being handed out at the depot.",
]
QUOTES = [
    '"We are going street by street and door by door," said Harbour warden Colm Dearbry.',
    '"The river has never risen this fast in living memory," said hydrologist Nadia Perlo.',
    '"Nobody will be left without a bed tonight," said Mayor Oskar Lindqvell.',
]
HEADLINES = [
    "Flood hits Tarnwick",
    "Deadly flood swamps river town",
    "Tarnwick cleans up after flood",
]


def _flood_reports(count: int = 16) -> list[str]:
    """One flood told by ``count`` outlets: the same facts in their own order, each quoting
    the warden or the hydrologist (and every third one the mayor too), under three headlines."""
    rng = random.Random(7)
    texts = []
    for k in range(count):
        body = rng.sample(FACTS, 7) + [QUOTES[k % 2]] + ([QUOTES[2]] if k % 3 == 0 else [])
        rng.shuffle(body)
        texts.append(f"{HEADLINES[k % 3]}\n\n" + "\n\n".join(body))
    return texts


def test_one_event_quoting_different_people_is_one_story(tmp_path: Path) -> None:
    # the warden's reports and the hydrologist's each carry a name the other side lacks
    # (the name guard's two incidents), but the same headlines head both: one flood
    stories = group_stories(load_texts(tmp_path / "pile", _flood_reports()))
    assert [len(s.articles) for s in stories] == [16]


def test_sibling_incidents_under_their_own_headlines_stay_apart(tmp_path: Path) -> None:
    other = [t.replace("river town", "valley village") for t in _sibling(_flood_reports(8))]
    articles = load_texts(tmp_path / "pile", _flood_reports(8) + other)
    stories = group_stories(articles)
    second = {a.id for a in articles[8:]}
    assert all(set(s.sources) <= second or not set(s.sources) & second for s in stories)


def _sibling(texts: list[str]) -> list[str]:
    """The same flood in another town, with its own people and toll."""
    return [
        text.replace("Tarnwick", "Ellsmoor")
        .replace("Colm Dearbry", "Petra Vosk")
        .replace("Nadia Perlo", "Ivo Marsh")
        .replace("Oskar Lindqvell", "Greta Holm")
        .replace("9 people", "3 people")
        for text in texts
    ]


def test_siblings_under_one_headline_naming_no_one_stay_apart(tmp_path: Path) -> None:
    # a wire headline that names no one ("Deadly flood swamps river town") heads any flood:
    # it is no evidence that two towns' reports are one event (without the name it made one
    # story of both floods' 16 reports)
    body = [text.partition("\n\n")[2] for text in _flood_reports(8)]
    one = [f"Deadly flood swamps river town\n\n{text}" for text in body]
    articles = load_texts(tmp_path / "pile", one + _sibling(one))
    stories = group_stories(articles)
    second = {a.id for a in articles[8:]}  # files in order: the first town's 8, then the other's
    both = [min(len(set(s.sources) & second), len(set(s.sources) - second)) for s in stories]
    assert max(both) <= 1  # at most a stray report, as without the rule
    off = group_stories(articles, replace(DEFAULT, split_headlines=False))
    assert [s.sources for s in stories] == [s.sources for s in off]


def test_headline_key_needs_three_words_and_a_name_the_text_carries() -> None:
    names = {"tarnwick", "dearbry", "colm"}
    assert headline_key("Flood  hits TARNWICK", names) == "flood hits tarnwick"
    assert (
        headline_key("Tarnwick\u2019s flood toll rises", names)
        == "tarnwick\u2019s flood toll rises"
    )
    assert headline_key("Deadly flood swamps river town", names) == ""  # names no one
    assert headline_key("Tarnwick flood", names) == ""  # a label's length
    assert headline_key("Flood hits Ellsmoor", names) == ""  # a name this text does not carry


def test_shared_headline_compares_parts() -> None:
    headlines = [
        "flood hits tarnwick",
        "flood hits ellsmoor",
        "",
        "flood hits tarnwick",
    ].__getitem__
    assert shared_headline([[0, 1], [3]], headlines)
    assert not shared_headline([[0], [1]], headlines)  # two towns, two headlines
    assert not shared_headline([[0, 3], [1]], headlines)  # one headline, one part
    assert not shared_headline([[2], [2]], headlines)  # no headline is no evidence
    assert not shared_headline([[0], [3]], None)
