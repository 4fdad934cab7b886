"""Where sources differ: figures, their subjects, and which disagreements are reported."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from brief.analysis import build_brief
from brief.discrepancies import find_discrepancies
from brief.discrepancies.quantities import find_figures
from brief.export.json_export import to_dict
from brief.ingest import load_paths
from brief.model import Discrepancy, LoadResult


def by_owner(found: list[Discrepancy], owner: str) -> Discrepancy:
    matches = [d for d in found if d.subject.startswith(owner)]
    assert len(matches) == 1, [d.subject for d in found]
    return matches[0]


def test_sample_figures_that_disagree(sample: LoadResult) -> None:
    found = find_discrepancies([a for a in sample.articles if a.duplicate_of is None])
    ids = sorted(a.id for a in sample.articles)
    whatsapp = by_owner(found, "WhatsApp")
    assert "users" in whatsapp.subject
    values = {v.value: v.sources for v in whatsapp.values}
    assert {"96 million", "97.3 million", "over 100 million"} <= set(values)
    assert values["96 million"] == (ids[2],)
    assert values["97.3 million"] == (ids[3],)
    telegram = by_owner(found, "Telegram")
    assert "users" in telegram.subject
    values = {v.value: v.sources for v in telegram.values}
    assert set(values) == {"89 million", "90.8 million"}
    assert values["90.8 million"] == (ids[3],)
    # precision: nothing else in the sample is a disagreement about one subject
    assert len(found) == 2


def test_sample_discrepancies_reach_the_json(sample: LoadResult) -> None:
    data = json.loads(json.dumps(to_dict(build_brief(sample.articles, timestamp=False))))
    assert len(data["discrepancies"]) == 2
    ids = {s["id"] for s in data["sources"]}
    for item in data["discrepancies"]:
        assert set(item) == {"subject", "values"}
        for value in item["values"]:
            assert set(value) == {"value", "text", "sources"}
            assert value["text"] and set(value["sources"]) <= ids


@pytest.mark.parametrize(
    ("text", "value", "kind", "qualifier", "currency"),
    [
        ("it has 96 million users", "96000000", "count", "", ""),
        ("it has 97.3 million users", "97300000", "count", "", ""),
        ("more than 100 million people", "100000000", "count", ">", ""),
        ("fined over US$130,000 in May", "130000", "money", ">", "USD"),
        ("a €2.5bn deal", "2500000000", "money", "", "EUR"),
        ("two million users", "2000000", "count", "", ""),
        ("shares fell 1.26% on Monday", "1.26", "percent", "", ""),
        ("nearly 40 percent of voters", "40", "percent", "~", ""),
        ("as many as 3,000 jobs", "3000", "count", "<", ""),
    ],
)
def test_figures_are_normalised(
    text: str, value: str, kind: str, qualifier: str, currency: str
) -> None:
    (figure,) = find_figures(text)
    assert figure.value == Decimal(value)
    assert (figure.kind, figure.qualifier, figure.currency) == (kind, qualifier, currency)


@pytest.mark.parametrize(
    "text",
    [
        "in 2022 the war began",
        "on Aug. 11 it stopped",
        "on August 13th they met",
        "the 5G network",
        "a 3-year plan",
        "at 10:30 a.m.",
        "the '98 race",
        "G7 leaders met",
        "open 24/7",
    ],
)
def test_dates_codes_and_times_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_precision_follows_the_written_digits() -> None:
    (coarse,) = find_figures("96 million")
    (fine,) = find_figures("97.3 million")
    assert coarse.tolerance == Decimal(500000)
    assert fine.tolerance == Decimal(50000)


def write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(f"Story {name}\n\n{text}\n", encoding="utf-8")


def load(folder: Path) -> list:
    return [a for a in load_paths([str(folder)]).articles if a.duplicate_of is None]


def test_rounding_and_bounds_are_not_disagreements(tmp_path: Path) -> None:
    write(tmp_path, "a", "Fabrikam reported strong growth. Fabrikam has 12.4 million customers.")
    write(tmp_path, "b", "The company grew. Fabrikam has 12 million customers in Europe.")
    write(tmp_path, "c", "Fabrikam now has more than 11 million customers, analysts said.")
    write(tmp_path, "d", "Fabrikam has about 12.6 million customers, the firm said.")
    assert find_discrepancies(load(tmp_path)) == []


def test_different_values_from_different_sources_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "a", "Fabrikam reported strong growth. Fabrikam has 12.4 million customers.")
    write(tmp_path, "b", "The company grew. Fabrikam has 15 million customers in Europe.")
    write(tmp_path, "c", "Fabrikam has more than 20 million customers, analysts said.")
    (found,) = find_discrepancies(load(tmp_path))
    assert found.subject == "Fabrikam's customers"
    assert [v.value for v in found.values] == ["12.4 million", "15 million", "over 20 million"]
    assert [v.sources for v in found.values] == [("a",), ("b",), ("c",)]
    assert found.values[0].text == "12.4 million customers"


def test_an_approximation_allows_five_percent(tmp_path: Path) -> None:
    write(tmp_path, "a", "Fabrikam has about 12.9 million customers, the firm said.")
    write(tmp_path, "b", "The company grew. Fabrikam has 12 million customers in Europe.")
    (found,) = find_discrepancies(load(tmp_path))
    assert [v.value for v in found.values] == ["12 million", "about 12.9 million"]


def test_one_source_disagreeing_with_itself_is_not_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a",
        "Fabrikam has 12 million customers. Later, Fabrikam had 15 million customers.",
    )
    write(tmp_path, "b", "Contoso said little about the matter.")
    assert find_discrepancies(load(tmp_path)) == []


def test_a_single_article_is_not_read_and_would_report_nothing(tmp_path: Path) -> None:
    """The shortcut for one source gives what the whole reading gives: nothing."""
    from brief.discrepancies import _find_discrepancies, find_mentions

    write(
        tmp_path,
        "a",
        "Fabrikam has 12 million customers. Later, Fabrikam had 15 million customers.",
    )
    articles = load(tmp_path)
    assert len(find_mentions(articles)) >= 2  # figures with a subject are there
    assert _find_discrepancies(articles) == []
    assert find_discrepancies(articles) == []


def test_subjects_must_match(tmp_path: Path) -> None:
    write(tmp_path, "a", "Fabrikam has 12 million customers. Contoso has 3 million customers.")
    write(tmp_path, "b", "Contoso's 40 million employees. Fabrikam has 12 million subscribers.")
    write(tmp_path, "c", "Fabrikam has 5 million daily users, and Northwind has 9 million users.")
    write(tmp_path, "d", "Fabrikam has 20 million monthly users, the firm said.")
    assert find_discrepancies(load(tmp_path)) == []


def test_ranges_parts_and_unclear_owners_are_not_compared(tmp_path: Path) -> None:
    write(tmp_path, "a", "Fabrikam expects between 4 million and 5 million visitors this year.")
    write(tmp_path, "b", "Fabrikam expects 9 million visitors this year.")
    write(tmp_path, "c", "Fabrikam won 64 of the 122 seats in the council.")
    write(tmp_path, "d", "Fabrikam said that 90 seats were contested.")
    write(tmp_path, "e", "In Westport, 300 visitors were counted on Monday.")
    write(tmp_path, "f", "Officials in Westport counted 500 visitors.")
    assert find_discrepancies(load(tmp_path)) == []


def test_pronoun_and_possessive_owners(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a",
        "Fabrikam criticised the ruling. The company said it has 30 million members.",
    )
    write(tmp_path, "b", "The ruling worries Fabrikam's 25 million members, critics say.")
    (found,) = find_discrepancies(load(tmp_path))
    assert found.subject == "Fabrikam's members"
    assert {v.value: v.sources for v in found.values} == {
        "25 million": ("b",),
        "30 million": ("a",),
    }


def test_importing_does_not_load_the_ui_or_nltk() -> None:
    code = (
        "import sys, brief.discrepancies, brief.export.markdown\n"
        "print([m for m in ('textual', 'rich', 'nltk') if m in sys.modules])"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_figures_in_one_source_only_are_not_read_and_would_report_nothing(
    tmp_path: Path,
) -> None:
    """Two sources, figures in one: the shortcut gives what the whole reading gives."""
    from brief.discrepancies import _figures_of, _find_discrepancies, find_mentions

    write(tmp_path, "a", "Fabrikam has 12 million customers. Later, Fabrikam had 15 million.")
    write(tmp_path, "b", "Fabrikam said little about its customers.")
    articles = load(tmp_path)
    assert [bool(any(found)) for found in _figures_of(articles)] == [True, False]
    assert len(find_mentions(articles)) >= 1
    assert _find_discrepancies(articles) == []
    assert find_discrepancies(articles) == []
    write(tmp_path, "b", "Fabrikam has 19 million customers.")  # now two sources disagree
    assert find_discrepancies(load(tmp_path)) != []
