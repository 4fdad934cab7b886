"""One brief per story: the same briefs whether a forked child shares the work or not, and a
story of one article gets exactly the brief of that article exported alone."""

from __future__ import annotations

import json
from dataclasses import replace
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


def test_the_child_takes_stories_from_the_front_and_sends_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's briefs cross without their sources; the parent puts them back."""
    import os
    import time

    write_pile(tmp_path / "pile")
    jobs = _jobs(tmp_path / "pile")
    parent = os.getpid()
    real = B._build_bare

    def tagged(batch, **kw):  # type: ignore[no-untyped-def]
        built = real(batch, **kw)
        assert all(brief.sources == () for brief, _ in built)
        side = "parent" if os.getpid() == parent else "child"
        if side == "parent":
            time.sleep(0.3)  # the child surely claims some stories meanwhile
        return [(replace(brief, title=f"{side}:{brief.title}"), text) for brief, text in built]

    monkeypatch.setattr(B, "_build_bare", tagged)
    monkeypatch.setattr(B, "BATCH_STORIES", 1)  # a claim of one story
    briefs = B.build_briefs(jobs, AnalysisOptions(), timestamp=False, parallel=True)
    sides = [b.title.split(":", 1)[0] for b in briefs]
    # one boundary: the child's part (the largest stories) first, the parent's after it
    assert "child" in sides and "parent" in sides
    assert sides == sorted(sides, key=lambda side: side != "child")
    assert [b.sources for b in briefs] == [tuple(members) for members, _ in jobs]
    assert [b.title.split(":", 1)[1] for b in briefs] == [title for _, title in jobs]


@pytest.mark.parametrize("failure", ["raises", "killed"])
def test_a_failing_child_leaves_its_stories_to_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    import os
    import signal

    write_pile(tmp_path / "pile")
    jobs = _jobs(tmp_path / "pile")
    options = AnalysisOptions()
    serial = B.build_briefs(jobs, options, timestamp=False, parallel=False)
    parent = os.getpid()
    real = B._build_bare

    def failing(batch, **kw):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            if failure == "killed":
                os.kill(os.getpid(), signal.SIGKILL)
            raise RuntimeError("the child fails")
        return real(batch, **kw)

    monkeypatch.setattr(B, "_build_bare", failing)
    shared = B.build_briefs(jobs, options, timestamp=False, parallel=True)
    assert shared == serial


def test_small_piles_never_fork_and_parallel_follows_the_export_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pile(tmp_path / "pile")
    jobs = _jobs(tmp_path / "pile")
    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    assert not B._worth_forking(jobs)  # far below PARALLEL_MIN_ARTICLES
    many = jobs * (B.PARALLEL_MIN_ARTICLES // sum(len(m) for m, _ in jobs) + 1)
    many = many * (B.MIN_STORIES // len(many) + 1)
    assert B._worth_forking(many)
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    assert not B._worth_forking(many)
    monkeypatch.delenv("BRIEF_PARALLEL")  # then: a core idle (brief.analysis._may_fork)
    monkeypatch.setattr("brief.analysis._may_fork", lambda: True)
    assert B._worth_forking(many)
    monkeypatch.setattr("brief.analysis._may_fork", lambda: False)
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

    def counting(problem, greedy, value=None):  # type: ignore[no-untyped-def]
        answer = real_settle(problem, greedy, value)
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


def test_statements_found_ahead_are_those_of_each_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's statements (found while grouping) stand in for ``statements_of``; an
    article it did not see, or every article when the child fails, is read in the parent."""
    import gc
    import os

    from brief.quotes import statements_of

    write_pile(tmp_path / "pile")
    articles = load_paths([str(tmp_path / "pile")]).articles
    ahead = B.StatementsAhead(articles[1:]).lookup()
    assert any(statements_of(a) for a in articles)
    assert all(ahead(a) == statements_of(a) for a in articles)
    parent = os.getpid()
    real = B._statements_of_all

    def failing(items, claims=None):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return real(items, claims)

    monkeypatch.setattr(B, "_statements_of_all", failing)
    fallback = B.StatementsAhead(articles).lookup()
    assert all(fallback(a) == statements_of(a) for a in articles)
    assert gc.isenabled()  # the parent's fallback left the cycle collector as it found it


def test_stories_forked_and_ahead_give_the_serial_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole command with the statements found ahead and the stories shared with a
    child prints the same JSON as in one process."""
    write_pile(tmp_path / "pile")
    command = ["export", str(tmp_path / "pile"), "--stories", "--format", "json", "--no-timestamp"]
    monkeypatch.setenv("BRIEF_PARALLEL", "0")
    assert main(command) == 0
    serial = capsys.readouterr().out
    used = []
    real = B.StatementsAhead.lookup

    def lookup(self):  # type: ignore[no-untyped-def]
        used.append(True)
        return real(self)

    monkeypatch.setenv("BRIEF_PARALLEL", "1")
    monkeypatch.setattr(B, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(B, "MIN_STORIES", 1)
    monkeypatch.setattr(B.StatementsAhead, "lookup", lookup)
    assert main(command) == 0
    assert used
    assert capsys.readouterr().out == serial
    assert json.loads(serial)["stories"]


@pytest.mark.parametrize("title", [None, "A day of news"])
def test_the_json_written_ahead_is_the_json_written_after(
    tmp_path: Path, title: str | None
) -> None:
    """Each story's brief rendered by the process that built it, then put in as it is, gives
    the text the whole document gives when written at the end."""
    from brief.stories import documents as E

    write_pile(tmp_path / "pile")
    articles = load_paths([str(tmp_path / "pile")]).articles
    stories = group_stories(articles)
    jobs = [(story.articles, story.title) for story in stories]
    built = B.build_briefs_rendered(jobs, AnalysisOptions(), E.json_ahead, timestamp=False)
    pairs = [(story, brief) for story, (brief, _) in zip(stories, built, strict=True)]
    texts = [text for _, text in built]
    assert all(texts)
    after = E.stories_json(pairs, title)
    assert E.stories_json(pairs, title, texts) == after
    json.loads(after)
    # a story whose brief changed after it was rendered (a review) is written from the brief
    changed = [(story, replace(brief, title=brief.title + " (reviewed)")) for story, brief in pairs]
    mixed = E.stories_json(changed, title, [None] * len(texts))
    assert mixed == E.stories_json(changed, title)
    assert mixed != after


@pytest.mark.parametrize("parallel", [False, True])
def test_lean_briefs_come_back_as_their_titles_with_the_same_json(
    tmp_path: Path, parallel: bool
) -> None:
    """``lean``: each story comes back as its title and its JSON only (the forked child then
    pickles no brief), and the document is the same as from the whole briefs."""
    from brief.stories import documents as E

    write_pile(tmp_path / "pile")
    stories = group_stories(load_paths([str(tmp_path / "pile")]).articles)
    jobs = [(story.articles, story.title) for story in stories]
    options = AnalysisOptions()
    full = B.build_briefs_rendered(jobs, options, E.json_ahead, timestamp=False, parallel=False)
    lean = B.build_briefs_rendered(
        jobs, options, E.json_ahead, timestamp=False, parallel=parallel, lean=True
    )
    assert [b for b, _ in lean] == [B.Titled(brief.title) for brief, _ in full]
    assert [text for _, text in lean] == [text for _, text in full]
    texts = [text for _, text in full]
    document = E.stories_json(
        [(s, b) for s, (b, _) in zip(stories, full, strict=True)], None, texts
    )
    pairs = [(s, b) for s, (b, _) in zip(stories, lean, strict=True)]
    assert E.stories_json(pairs, None, texts) == document
    # without a rendering there is nothing to be lean with: the briefs come back whole
    whole = B.build_briefs_rendered(jobs, options, None, timestamp=False, lean=True)
    assert [b for b, _ in whole] == [b for b, _ in full]


def test_the_statements_child_stops_when_the_grouping_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``lookup`` takes what the statements child has not started instead of waiting for
    all of it; those are read where the briefs are built, with the same lists."""
    import os
    import time

    import brief.quotes as Q

    monkeypatch.setattr(B, "CLAIM", 1)
    write_pile(tmp_path / "pile")
    articles = [a for a in load_paths([str(tmp_path / "pile")]).articles if a.duplicate_of is None]
    parent, real = os.getpid(), Q.statements_of

    def slow(article):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:  # the child: 0.3 s an article
            time.sleep(0.3)
        return real(article)

    monkeypatch.setattr(Q, "statements_of", slow)
    answered: list[int] = []
    real_all = B._statements_of_all

    def counted(items, claims=None):  # type: ignore[no-untyped-def]
        said = real_all(items, claims)
        if os.getpid() == parent:
            answered.append(-1)  # the parent's fallback: not expected here
        return said

    monkeypatch.setattr(B, "_statements_of_all", counted)
    ahead = B.StatementsAhead(articles)
    start = time.perf_counter()
    lookup = ahead.lookup()
    waited = time.perf_counter() - start
    assert len(articles) >= 6
    assert waited < 0.3 * (len(articles) - 2)  # not the child's whole list
    assert not answered
    assert all(lookup(a) == real(a) for a in articles)
