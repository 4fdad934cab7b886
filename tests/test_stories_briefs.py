"""One brief per story: the same briefs whether a forked child shares the work or not, and a
story of one article gets exactly the brief of that article exported alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.cli import main
from brief.ingest import load_paths
from brief.model import AnalysisOptions
from brief.stories import briefs as B
from brief.stories import group_stories
from tests.stories_pile import write_pile

LONE = (
    "Volunteers rebuilt the old footbridge over the mill stream on Saturday.\n\n"
    "The wooden bridge had been closed for two years after a storm split its main beam, "
    "the parish council said.\n\n"
    "About forty residents carried new oak planks from the timber yard and fitted them by hand."
)


def _jobs(folder: Path):  # type: ignore[no-untyped-def]
    articles = load_paths([str(folder)]).articles
    return [(story.articles, story.title) for story in group_stories(articles)]


def test_a_forked_child_builds_the_same_briefs(tmp_path: Path) -> None:
    write_pile(tmp_path / "pile")
    jobs = _jobs(tmp_path / "pile")
    assert len(jobs) >= 2
    options = AnalysisOptions()
    serial = B.build_briefs(jobs, options, timestamp=False, parallel=False)
    shared = B.build_briefs(jobs, options, timestamp=False, parallel=True)
    assert shared == serial
    assert [b.sources for b in shared] == [tuple(members) for members, _ in jobs]


def test_the_child_gets_about_half_the_text(tmp_path: Path) -> None:
    write_pile(tmp_path / "pile")
    jobs = _jobs(tmp_path / "pile")
    theirs = set(B._share(jobs))
    cost = [sum(len(a.text) for a in members) for members, _ in jobs]
    child = sum(cost[k] for k in theirs)
    assert 0 < child < sum(cost)
    assert abs(2 * child - sum(cost)) <= max(cost)


def test_small_piles_and_the_default_never_fork(tmp_path: Path, monkeypatch) -> None:
    write_pile(tmp_path / "pile")
    jobs = _jobs(tmp_path / "pile")
    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    assert not B._worth_forking(jobs)  # far below PARALLEL_MIN_ARTICLES
    many = jobs * (B.PARALLEL_MIN_ARTICLES // sum(len(m) for m, _ in jobs) + 1)
    many = many * (B.MIN_STORIES // len(many) + 1)
    assert B._worth_forking(many)
    monkeypatch.delenv("BRIEF_PARALLEL")
    assert not B._worth_forking(many)


def test_a_one_article_story_is_that_article_exported_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pile"
    write_pile(folder)
    (folder / "lone.txt").write_text(LONE, encoding="utf-8")
    assert main(["export", str(folder), "--stories", "--format", "json", "--no-timestamp"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    lone = [s for s in stories if len(s["sources"]) == 1]
    assert lone, "the unrelated article is a story of its own"
    assert main(["export", str(folder / "lone.txt"), "--format", "json", "--no-timestamp"]) == 0
    alone = json.loads(capsys.readouterr().out)
    story = next(s for s in lone if s["brief"]["sources"][0]["path"].endswith("lone.txt"))
    assert story["brief"]["summary"]
    # the title is the story's (its headline); a plain export of a file without a headline
    # line says "Brief": everything else is the same
    assert story["brief"]["title"] == story["title"]
    assert {**story["brief"], "title": alone["title"]} == alone


def test_the_fast_summary_paths_change_no_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Per-story briefs with enumeration and the array-level tf-idf equal those of HiGHS and
    scipy's expressions (what every story got before them)."""
    from brief.export.json_export import to_dict
    from brief.summary import rowwise, subsets

    write_pile(tmp_path / "pile")
    lines = [
        "The council approved a new budget for the harbour district after a long debate.",
        "Engineers found cracks in the old bridge and closed it to heavy lorries on Friday.",
        "Teachers at the northern schools went on strike over pay and crowded classrooms.",
        "The regional airline added flights to the islands as tourist numbers kept rising.",
        "Farmers said the dry spring had cut the wheat harvest by nearly a quarter this year.",
        "Police said the stolen paintings were found in a warehouse near the rail depot.",
    ]
    for k in range(3):
        body = lines[k:] + lines[:k]
        (tmp_path / "pile" / f"town{k}.txt").write_text("\n\n".join(body), encoding="utf-8")
    jobs = _jobs(tmp_path / "pile")
    options = [AnalysisOptions(), AnalysisOptions(words=40)]
    settled = []
    real_settle = subsets.settle

    def counting(problem, greedy):  # type: ignore[no-untyped-def]
        answer = real_settle(problem, greedy)
        settled.append(answer is not None)
        return answer

    monkeypatch.setattr("brief.summary.concepts.settle", counting)
    fast = [[to_dict(b) for b in B.build_briefs(jobs, o, timestamp=False)] for o in options]
    assert any(settled)  # enumeration answered for some story
    monkeypatch.setattr(subsets, "MAX_UNITS", 0)
    monkeypatch.setattr(rowwise, "tfidf", lambda counts: None)
    monkeypatch.setattr(rowwise, "similarity_vectors", lambda counts: None)
    slow = [[to_dict(b) for b in B.build_briefs(jobs, o, timestamp=False)] for o in options]
    assert json.dumps(fast) == json.dumps(slow)
