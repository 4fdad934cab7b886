"""``brief export --stories``: one brief per story, as JSON or as a folder of markdown."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from brief.cli import main
from tests.stories_pile import write_pile


@pytest.fixture
def pile(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "pile"
    return folder, write_pile(folder)


def test_json_holds_one_brief_per_story(pile, capsys) -> None:
    folder, labels = pile
    assert main(["export", str(folder), "--format", "json", "--no-timestamp"]) == 0
    brief_keys = set(json.loads(capsys.readouterr().out))  # today's shape, whatever it holds
    assert main(["export", str(folder), "--stories", "--format", "json", "--no-timestamp"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert sorted(sorted(labels[i] for i in s["sources"]) for s in stories) == sorted(
        sorted([label] * list(labels.values()).count(label)) for label in set(labels.values())
    )
    for story in stories:
        assert set(story) == {"id", "title", "sources", "outlets", "dates", "brief"}
        assert set(story["brief"]) == brief_keys
        assert [s["id"] for s in story["brief"]["sources"]] == story["sources"]
        assert story["brief"]["summary"], "every story gets its own summary"
        assert story["dates"][0] <= story["dates"][1]
    assert [len(s["sources"]) for s in stories] == sorted(
        (len(s["sources"]) for s in stories), reverse=True
    )


def test_the_sample_is_one_story_and_export_without_stories_is_unchanged(capsys) -> None:
    assert main(["export", "--stories", "--format", "json", "--no-timestamp"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert len(stories) == 1
    assert main(["export", "--format", "json", "--no-timestamp"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert plain == stories[0]["brief"]


def test_folder_gets_an_index_and_never_overwrites(pile, tmp_path: Path, capsys) -> None:
    folder, labels = pile
    out = tmp_path / "out"
    assert main(["export", str(folder), "--stories", "-o", str(out), "--no-timestamp"]) == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", index)
    assert len(links) == len(set(labels.values())) == len(list(out.glob("*.md"))) - 1
    assert all((out / link).is_file() and "/" not in link for link in links)
    assert "2023-10-19 to 2023-10-20" in index  # newest first: the later quake leads
    assert index.index("Port Senna") < index.index("Valdora") < index.index("Tarvelle")
    before = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    capsys.readouterr()
    assert main(["export", str(folder), "--stories", "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == before
    assert main(["export", str(folder), "--stories", "-o", str(out), "--force"]) == 0


def test_hostile_headline_is_inert_in_the_index(tmp_path: Path) -> None:
    folder = tmp_path / "pile"
    write_pile(folder)
    (folder / "evil.txt").write_text(
        "[click](https://evil.example) <b>x</b>\n\nA ferry capsized off the coast of Orlin "
        "on Sunday, the coastguard of Orlin said, and divers searched the wreck.",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["export", str(folder), "--stories", "-o", str(out)]) == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "[click](" not in index and "<b>" not in index and "evil.example" not in index


def test_bad_output_folder_fails_before_the_analysis(tmp_path: Path, capsys) -> None:
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    assert main(["export", "--stories", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "names a folder" in err and err.count("\n") == 1
    # the reader learns why a name that looks like a folder is refused: it is a file
    assert f"cannot write {target}: it is a file" in err and "stories.md" in err


def test_a_folder_under_a_missing_folder_names_the_missing_one(tmp_path: Path, capsys) -> None:
    target = tmp_path / "missing" / "today"
    assert main(["export", "--stories", "-o", f"{target}/"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"folder {tmp_path / 'missing'} does not exist" in err
    assert not (tmp_path / "missing").exists()  # refused as plain -o refuses, nothing made


def test_review_applies_the_moves_made_in_the_app(pile, capsys) -> None:
    from brief.ingest import load_paths
    from brief.stories.overrides import save_moves

    folder, _ = pile
    articles = load_paths([str(folder)]).articles
    save_moves(articles, {"quake-a-3": None, "court-1": "rehab-b-1"})
    args = ["export", str(folder), "--stories", "--format", "json", "--no-timestamp"]
    assert main(args) == 0
    plain = [s["sources"] for s in json.loads(capsys.readouterr().out)["stories"]]
    assert ["quake-a-3"] not in plain
    assert main([*args, "--review"]) == 0
    reviewed = [s["sources"] for s in json.loads(capsys.readouterr().out)["stories"]]
    assert ["quake-a-3"] in reviewed
    assert ["court-1", "rehab-b-1", "rehab-b-2", "rehab-b-3"] in reviewed


def test_the_moves_still_apply_after_a_new_report_joins_the_pile(pile, capsys) -> None:
    """The moves were kept under the whole pile's key: one new file, and they were gone
    with no word."""
    from brief.ingest import load_paths
    from brief.stories.overrides import save_moves

    folder, _ = pile
    save_moves(load_paths([str(folder)]).articles, {"quake-a-3": None})
    (folder / "late.txt").write_text(
        "Library extends its opening hours\n\nThe town library will open on Sundays from "
        "next month, the council said on Friday. Staff will be added to cover the hours.\n",
        encoding="utf-8",
    )
    args = ["export", str(folder), "--stories", "--format", "json", "--no-timestamp"]
    assert main([*args, "--review"]) == 0
    out = capsys.readouterr()
    assert ["quake-a-3"] in [s["sources"] for s in json.loads(out.out)["stories"]]
    assert "Restored your moves" in out.err


def test_markdown_to_stdout_holds_every_brief(pile, capsys) -> None:
    folder, labels = pile
    assert main(["export", str(folder), "--stories", "--no-timestamp"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n---\n") == len(set(labels.values())) - 1
    assert "Valdora" in out and "Tarvelle" in out


def test_review_without_a_saved_review_says_so(pile, capsys) -> None:
    folder, _ = pile
    assert main(["export", str(folder), "--stories", "--review", "--no-timestamp"]) == 0
    assert "no review saved for these stories" in capsys.readouterr().err


def test_focus_ranks_every_storys_summary(pile, capsys) -> None:
    """`--stories --focus X` wrote briefs without the focus, saying nothing."""
    folder, _ = pile
    base = ["export", str(folder), "--stories", "--format", "json", "--no-timestamp"]
    assert main([*base, "--focus", "  money\x1b and\ncost "]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert {s["brief"]["focus"] for s in stories} == {"money and cost"}
    one = stories[0]["brief"]
    paths = sorted({s["path"] for s in one["sources"]})
    assert main(["export", *paths, "--focus", "money and cost", "--format", "json",
                 "--no-timestamp"]) == 0  # fmt: skip
    alone = json.loads(capsys.readouterr().out)
    assert [x["text"] for x in one["summary"]] == [x["text"] for x in alone["summary"]]


def _github_anchors(tokens: list) -> list[tuple[str, str]]:
    """(anchor, heading text) of every heading, numbered as GitHub numbers repeats."""
    used: dict[str, int] = {}
    found = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            text = "".join(c.content for c in tokens[i + 1].children if c.type == "text")
            slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
            count = used.get(slug, 0)
            used[slug] = count + 1
            found.append((f"{slug}-{count}" if count else slug, text))
    return found


@pytest.mark.parametrize("title", [None, "Source 1"])
def test_every_citation_in_one_file_points_at_its_own_storys_source(
    pile, capsys, title: str | None
) -> None:
    """Several briefs in one document: the second's [1] went to the first brief's Source 1."""
    from markdown_it import MarkdownIt

    folder, _ = pile
    args = ["export", str(folder), "--stories", "--no-timestamp"]
    assert main(args + (["--title", title] if title else [])) == 0
    tokens = MarkdownIt("commonmark").parse(capsys.readouterr().out)
    anchors = _github_anchors(tokens)
    assert len({a for a, _ in anchors}) == len(anchors)
    story = 0  # the briefs are separated by rules; each one's sources are its own
    where = {}  # anchor -> (story, heading text)
    for token in tokens:
        if token.type == "hr":
            story += 1
        if token.type == "heading_open":
            anchor, text = anchors.pop(0)
            where[anchor] = (story, text)
    story, checked = 0, 0
    for token in tokens:
        if token.type == "hr":
            story += 1
        for child in token.children or []:
            href = child.attrGet("href") if child.type == "link_open" else None
            if href and href.startswith("#"):
                label = token.children[token.children.index(child) + 1].content
                assert where[href[1:]] == (story, f"Source {label.strip('[]')}"), href
                checked += 1
    assert story >= 1 and checked > 0


def test_a_markdown_file_name_gets_every_brief_in_that_file(pile, tmp_path: Path, capsys) -> None:
    """ "-o today.md" made a folder named today.md; a user naming a file wants that file."""
    folder, _ = pile
    assert main(["export", str(folder), "--stories", "--no-timestamp"]) == 0
    printed = capsys.readouterr().out
    target = tmp_path / "today.md"
    args = ["export", str(folder), "--stories", "--no-timestamp", "-o", str(target)]
    assert main(args) == 0
    assert target.is_file() and target.read_text(encoding="utf-8") == printed
    assert "wrote" in capsys.readouterr().err
    target.write_text("my notes", encoding="utf-8")
    assert main(args) == 2  # never overwritten without --force
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "my notes"
    assert main([*args, "--force"]) == 0
    assert target.read_text(encoding="utf-8") == printed


def test_title_names_the_whole_set_not_each_story(pile, tmp_path: Path, capsys) -> None:
    """``--title`` heads index.md, the JSON and markdown on stdout; stories keep theirs."""
    folder, labels = pile
    plain = tmp_path / "plain"
    titled = tmp_path / "titled"
    base = ["export", str(folder), "--stories", "--no-timestamp"]
    assert main([*base, "-o", str(plain)]) == 0
    assert main([*base, "-o", str(titled), "--title", "Monday's [pile]"]) == 0
    index = (titled / "index.md").read_text(encoding="utf-8")
    assert index.splitlines()[0] == "# Monday's \\[pile\\]"  # escaped: it cannot open a link
    assert (plain / "index.md").read_text(encoding="utf-8").splitlines()[0] == "# Stories"
    assert (
        index.splitlines()[1:] == (plain / "index.md").read_text(encoding="utf-8").splitlines()[1:]
    )
    briefs = sorted(p.name for p in titled.glob("*.md"))
    assert briefs == sorted(p.name for p in plain.glob("*.md"))  # same story files, same titles
    for name in briefs:
        if name != "index.md":
            assert (titled / name).read_text(encoding="utf-8") == (plain / name).read_text(
                encoding="utf-8"
            )
    capsys.readouterr()
    assert main([*base, "--format", "json", "--title", "Monday"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["title"] == "Monday"
    assert len({s["title"] for s in document["stories"]}) == len(set(labels.values()))
    assert main([*base, "--format", "json"]) == 0
    assert "title" not in json.loads(capsys.readouterr().out)  # unchanged without --title
    assert main([*base, "--title", "Monday"]) == 0
    assert capsys.readouterr().out.startswith("# Monday\n\n---\n\n# ")


def test_one_file_of_every_story_has_one_front_matter(pile, tmp_path: Path, capsys) -> None:
    """``--front-matter`` into one file gave every story its own YAML block: only the first
    is front matter; the others rendered as a rule, a paragraph and a list."""
    import yaml

    folder, labels = pile
    base = ["export", str(folder), "--stories", "--no-timestamp"]
    assert main([*base, "--format", "json"]) == 0
    titles = [s["title"] for s in json.loads(capsys.readouterr().out)["stories"]]
    target = tmp_path / "today.md"
    assert main([*base, "--front-matter", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, rest = text[4:].split("\n---\n", 1)
    data = yaml.safe_load(head)
    assert data["title"] == "Stories"
    assert [s["title"] for s in data["stories"]] == titles
    assert sum(s["sources"] for s in data["stories"]) == len(labels)
    assert "\ntitle:" not in rest and "\nsources:\n" not in rest  # no second YAML block
    assert rest.count("\n# ") == len(titles)  # every brief is there
    capsys.readouterr()
    assert main([*base, "--front-matter", "--title", "Monday"]) == 0  # stdout: the same
    printed = capsys.readouterr().out
    assert yaml.safe_load(printed[4:].split("\n---\n", 1)[0])["title"] == "Monday"
    assert printed.count("\nsources:\n") == 0 and printed.count("\nstories:\n") == 1


def test_a_name_that_looks_like_a_file_is_never_made_a_folder(pile, tmp_path: Path, capsys) -> None:
    """``-o today.txt`` made a folder named today.txt; any extension now names a file (as
    ``brief export -o today.txt`` does); a folder is a bare name or a name ending in /."""
    folder, _ = pile
    base = ["export", str(folder), "--stories", "--no-timestamp"]
    assert main(base) == 0
    printed = capsys.readouterr().out
    for name in ("today.txt", "today.markdown", "today.MD"):
        target = tmp_path / name
        assert main([*base, "-o", str(target)]) == 0
        assert target.is_file() and target.read_text(encoding="utf-8") == printed
        assert f"wrote {target} (" in capsys.readouterr().err
    assert main([*base, "--format", "json", "-o", str(tmp_path / "s.txt")]) == 0
    assert json.loads((tmp_path / "s.txt").read_text(encoding="utf-8"))["stories"]
    for name in ("out", "2026-12-03", "briefs.v2/"):
        assert main([*base, "-o", f"{tmp_path}/{name}"]) == 0
        assert (tmp_path / name.rstrip("/") / "index.md").is_file()


def test_a_mixed_set_without_stories_says_so_and_is_titled_as_the_app_titles_it(
    pile, capsys
) -> None:
    """One brief of a mixed pile was titled after one story (its summary opening on
    another) with no word that the set was mixed; the app names it "N stories in M
    articles" and opens on its story list."""
    folder, labels = pile
    assert main(["export", str(folder), "--stories", "--format", "json"]) == 0
    count = len(json.loads(capsys.readouterr().out)["stories"])
    assert count > 1
    assert main(["export", str(folder), "--no-timestamp"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"# {count} stories in {len(labels)} articles\n")
    lines = err.splitlines()
    assert len(lines) == 1 and f"hold {count} stories" in lines[0] and "--stories" in lines[0]
    assert main(["export", str(folder), "--title", "Monday", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["title"] == "Monday"  # the user's title stays
    assert f"hold {count} stories" in err


def test_a_set_mostly_of_one_story_keeps_its_headline(pile, tmp_path: Path, capsys) -> None:
    """Three reports of one event and a stray: the brief is of that event, titled by its
    most central headline as before; stderr still says the set holds two stories."""
    folder, labels = pile
    mostly = tmp_path / "mostly"
    mostly.mkdir()
    chosen = [n for n, label in labels.items() if label == "quake-a"]
    chosen += [n for n, label in labels.items() if label == "court"]
    for name in chosen:
        (mostly / f"{name}.txt").write_bytes((folder / f"{name}.txt").read_bytes())
    assert main(["export", str(mostly), "--format", "json", "--no-timestamp"]) == 0
    out, err = capsys.readouterr()
    title = json.loads(out)["title"]
    assert "stories in" not in title
    assert "hold 2 stories" in err
    assert main(["export", str(mostly), "--stories", "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert title == max(stories, key=lambda s: len(s["sources"]))["title"]


def test_front_matter_with_json_says_it_is_not_written(pile, capsys) -> None:
    folder, _ = pile
    for extra in ([], ["--stories"]):
        assert main(["export", str(folder), "--format", "json", "--front-matter", *extra]) == 0
        out, err = capsys.readouterr()
        assert json.loads(out) and "--front-matter is for markdown" in err


def test_a_source_excluded_in_review_is_not_counted_in_the_index(pile, tmp_path, capsys) -> None:
    """QA (nineteenth round): the index said "(4 sources)" over a brief that listed 3, the
    fourth excluded in the app; the JSON listed it under the story's sources too."""
    from brief.ingest import load_paths
    from brief.model import Review
    from brief.store import save_review
    from brief.stories import group_stories

    folder, _ = pile
    story = max(group_stories(load_paths([str(folder)]).articles), key=lambda s: len(s.articles))
    dropped = story.articles[0].id
    save_review(story.articles, Review(excluded_sources=frozenset({dropped})))
    out = tmp_path / "briefs"
    assert main(["export", str(folder), "--stories", "--review", "-o", str(out)]) == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    line = next(x for x in index.splitlines() if x.startswith(f"- [{story.title}"))
    assert f"({len(story.articles) - 1} sources" in line
    assert "\n1 article excluded in review.\n" in index
    from brief.ingest.own import INDEX, own_text

    assert own_text(index) == INDEX  # still known as brief's own when read back
    args = ["export", str(folder), "--stories", "--review", "--format", "json"]
    capsys.readouterr()
    assert main(args) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    kept = next(s["sources"] for s in stories if story.articles[1].id in s["sources"])
    assert dropped not in kept and len(kept) == len(story.articles) - 1


def test_briefs_of_an_earlier_export_left_in_the_folder_are_named(pile, tmp_path, capsys) -> None:
    """QA (nineteenth round): exported again with --force after the pile lost a story, the
    folder kept that story's brief beside an index that no longer listed it, and nothing
    said so; a folder shared as the week's briefs carried last week's."""
    folder, labels = pile
    out = tmp_path / "briefs"
    args = ["export", str(folder), "--stories", "--no-timestamp", "-o", str(out)]
    assert main(args) == 0
    assert "earlier export" not in capsys.readouterr().err
    (out / "notes.md").write_text("# My notes\n\nCall the mayor.\n", encoding="utf-8")
    gone = sorted(stem for stem, story in labels.items() if story == "court")
    for stem in gone:
        (folder / f"{stem}.txt").unlink()
    assert main([*args, "--force"]) == 0
    [line] = [x for x in capsys.readouterr().err.splitlines() if "earlier export" in x]
    listed = set(re.findall(r"\]\(([^)]+\.md)\)", (out / "index.md").read_text(encoding="utf-8")))
    stale = {p.name for p in out.glob("*.md")} - listed - {"index.md", "notes.md"}
    assert stale and f"holds {len(stale)} brief" in line  # the user's own notes are not counted


def test_the_dates_of_a_source_excluded_in_review_leave_the_index(pile, tmp_path, capsys) -> None:
    """QA (twentieth round): with the first article of a two-day story excluded in review,
    the index, the front matter and the JSON still gave the story the excluded article's
    day ("2023-10-19 to 2023-10-20" over a brief of articles of 20 October only)."""
    from brief.ingest import load_paths
    from brief.model import Review
    from brief.store import save_review
    from brief.stories import group_stories

    folder, _ = pile
    stories = group_stories(load_paths([str(folder)]).articles)
    story = next(s for s in stories if s.first == "2023-10-19")
    assert story.last == "2023-10-20"
    early = [a.id for a in story.articles if "October 19" in a.text]
    save_review(story.articles, Review(excluded_sources=frozenset(early)))
    out = tmp_path / "briefs"
    args = ["export", str(folder), "--stories", "--review", "--no-timestamp"]
    assert main([*args, "-o", str(out)]) == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    line = next(x for x in index.splitlines() if x.startswith(f"- [{story.title}"))
    assert line.endswith(", 2023-10-20)") and "2023-10-19" not in index
    capsys.readouterr()
    assert main([*args, "--front-matter"]) == 0
    front = capsys.readouterr().out.split("\n---\n")[0]
    assert "2023-10-19" not in front and "- '2023-10-20'" in front
    assert main([*args, "--format", "json"]) == 0
    shown = next(s for s in json.loads(capsys.readouterr().out)["stories"] if s["id"] == story.id)
    assert shown["dates"] == ["2023-10-20", "2023-10-20"]


def test_a_story_is_not_titled_by_the_headline_of_a_source_excluded_in_review(
    pile, tmp_path
) -> None:
    """QA (twentieth round): the brief and the index kept the story's title when the
    review excluded the source whose headline it was; another source's is chosen (and the
    file is named after it). Excluding another source keeps the title."""
    from brief.ingest import load_paths
    from brief.model import Review
    from brief.store import save_review
    from brief.stories import group_stories

    folder, _ = pile
    stories = group_stories(load_paths([str(folder)]).articles)
    rehab, quake = (next(s for s in stories if word in s.title) for word in ("Harlow", "Senna"))
    assert rehab.title == "Brenner begins rehab at Harlow Ridge"
    titled = next(a.id for a in rehab.articles if a.title == rehab.title)
    save_review(rehab.articles, Review(excluded_sources=frozenset({titled})))
    other = next(a.id for a in quake.articles if a.title != quake.title)
    save_review(quake.articles, Review(excluded_sources=frozenset({other})))
    out = tmp_path / "briefs"
    assert main(["export", str(folder), "--stories", "--review", "-o", str(out)]) == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    assert rehab.title not in index and f"- [{quake.title}](" in index
    [line] = [x for x in index.splitlines() if "Brenner" in x]
    name = line.split("](")[1].split(")")[0]
    heading = (out / name).read_text(encoding="utf-8").splitlines()[0]
    assert heading == "# Actor Cal Brenner heads to rehab" and name.startswith("actor-cal-brenner")
