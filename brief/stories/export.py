"""``brief export PATH... --stories``: group first, then one brief per story.

JSON: one object ``{"stories": [{"id", "title", "sources", "outlets", "dates", "brief"}]}``.
Markdown to a folder: ``index.md`` (stories newest first, each linked) and one brief per
story, every file written atomically and none overwritten without ``--force``; to a file
(``-o`` named as ``brief export -o`` names one: see ``_one_file``), what stdout would get.
With ``--front-matter``, a file holding every story starts with one front matter for the
whole set (a second ``---`` block further down is no front matter, only a rule and a list).

``--title`` names the whole set, not each story (each story keeps its own headline): it is
the heading of ``index.md`` (instead of "Stories"), a ``"title"`` beside ``"stories"`` in
JSON, and a heading above the briefs in markdown to stdout.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from brief.model import AnalysisOptions, Article, Brief, UnreadSource
from brief.stories import Story
from brief.stories.briefs import Job, Titled
from brief.stories.documents import (
    count_label,
    file_names,
    index_markdown,
    json_ahead,
    shown,
    stories_json,
    stories_markdown,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
INDEX = "index.md"
JSON_NAME = "stories.json"

Build = Callable[[Sequence[Job], AnalysisOptions], list]


class _Stop(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _reviewed_in_app(articles: Sequence[Article], stories: Sequence[Story]) -> bool:
    """Whether the app kept moves between this pile's stories or a review of one of them
    (only whether the files are there: nothing is read or moved aside). No texts are hashed
    when no review was ever saved (0.09 s at 10,000 leads)."""
    import json

    from brief.store import review_keys, reviews_dir, saved_review_names

    folder = reviews_dir()
    try:
        saved = {path.name for path in folder.iterdir() if path.name.endswith(".json")}
    except OSError:
        return False  # no reviews folder: the app never saved one
    if not saved:
        return False
    parts = [story.articles for story in stories]
    pile, keys = review_keys(articles, parts)
    try:
        if json.loads((folder / f"{pile}.stories.json").read_bytes()).get("moves"):
            return True
    except (OSError, ValueError, AttributeError):
        pass  # none, or unreadable: --review says so when asked for
    return any(saved_review_names(saved, keys, parts))


def _say(message: str) -> None:
    from brief.text.clean import printable

    sys.stderr.write(f"brief: {printable(message)}\n")


def export_stories(
    args: argparse.Namespace, paths: Sequence[str], warn: Callable[..., None], fmt: str
) -> int:
    """Run the whole ``--stories`` export in ``fmt`` (``json`` or ``md``, as ``brief
    export`` chose it); returns the exit code."""
    title = (getattr(args, "title", None) or "").strip() or None
    try:
        target = _target(args.output, fmt, args.force)
        rendered: list[str | None] = []  # each story's JSON brief, if written ahead
        pairs, unread = _briefs(args, paths, warn, rendered if fmt == "json" else None)
        if not pairs:
            raise _Stop("no readable article", EXIT_FAILED)
        read = [a.path for story, _ in pairs for a in story.articles]
        if fmt == "json":
            text = stories_json(pairs, title, rendered, unread)
            if target is None:
                sys.stdout.write(text)
                return EXIT_OK
            _write({target: text}, args.force, read)
            _say(f"wrote {target} ({count_label(len(pairs), 'story', 'stories')})")
            return EXIT_OK
        if target is None:
            sys.stdout.write(stories_markdown(pairs, args.front_matter, title, unread))
            return EXIT_OK
        if _one_file(args.output):  # "-o today.md": every story's brief in that one file
            text = stories_markdown(pairs, args.front_matter, title, unread)
            _write({target: text}, args.force, read)
            _say(f"wrote {target} ({count_label(len(pairs), 'story', 'stories')})")
            return EXIT_OK
        files = _markdown_files(pairs, target, args.front_matter, title, unread)
        _write(files, args.force, read)
        _say(f"wrote {target / INDEX} and {count_label(len(pairs), 'brief')} in {target}")
        stale = _earlier_briefs(target, files)
        if stale:
            _say(f"{target} also holds {count_label(len(stale), 'brief')} of an earlier export "
                 f"that the index does not list (the first {stale[0].name}); remove them "
                 "before sharing the folder")  # fmt: skip
        return EXIT_OK
    except _Stop as stop:
        _say(str(stop))
        return stop.code


def _target(output: str | None, fmt: str, force: bool) -> Path | None:
    """Where to write: None for stdout, one file (``_one_file``), or a folder (created if
    missing).

    Checked before any analysis, so a wrong path costs no wait.
    """
    if not output:
        return None
    path = Path(output)
    if _one_file(output):
        _check_file(path, output, force)
        return path
    if path.exists() and not path.is_dir():
        raise _Stop(
            f"cannot write {output}: it is a file, and with --stories -o names a folder "
            "or a file with an extension (stories.md, stories.json)",
            EXIT_USAGE,
        )
    if not path.exists():
        try:
            path.mkdir()
        except OSError as error:
            # the words ``brief export -o`` gives for a file in a folder that is not there
            parent = path.parent
            reason = (
                f"folder {parent} does not exist"
                if isinstance(error, FileNotFoundError) and not parent.exists()
                else error.strerror or error
            )
            raise _Stop(f"cannot create {output}: {reason}", 1) from None
    first = path / (JSON_NAME if fmt == "json" else INDEX)
    if first.exists() and not force:
        raise _Stop(f"cannot write {first}: file exists; use --force to overwrite it", 2)
    return path / JSON_NAME if fmt == "json" else path


_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}")


def _one_file(output: str) -> bool:
    """Whether ``-o`` names one file: a name with an extension (``today.md``, ``today.txt``,
    ``stories.json``) that is not an existing folder and does not end in ``/``.

    The file gets what stdout would (every story's brief, in order; or the JSON). A folder
    is a name without an extension (``out``, ``2026-12-03``), an existing folder, or any
    name ending in ``/`` (``briefs.v2/``): a name that looks like a file never silently
    becomes a folder, as ``brief export -o today.txt`` writes a file too.
    """
    if output.endswith(("/", os.sep)):
        return False
    path = Path(output)
    return bool(_EXTENSION.fullmatch(path.suffix)) and not path.is_dir()


def _check_file(path: Path, output: str, force: bool) -> None:
    """``check_target``'s answer (the one ``brief export -o`` gives), as this command's stop."""
    from brief.export.write import WriteError, check_target

    try:
        check_target(path, overwrite=force)
    except WriteError as error:
        exists = path.is_file()
        hint = "; use --force to overwrite it" if exists else ""
        code = EXIT_USAGE if exists else EXIT_FAILED
        raise _Stop(f"cannot write {output}: {error}{hint}", code) from None


def _briefs(
    args: argparse.Namespace,
    paths: Sequence[str],
    warn: Callable[..., None],
    rendered: list[str | None] | None = None,
) -> tuple[list[tuple[Story, Brief | Titled]], tuple[UnreadSource, ...]]:
    """Each story and its brief, and the web sources that could not be read; with
    ``rendered``, that list receives each brief's JSON written ahead by the process that
    built it (None where a review changed the brief), and a brief whose JSON is written
    comes as its ``Titled`` only when no story is reviewed (all the JSON needs of it)."""
    from brief.cli_fetch import load_sources, nothing_to_fetch, report_unread
    from brief.config import limits_from, load_config
    from brief.ingest import load_paths
    from brief.store import load_review
    from brief.stories import group_stories
    from brief.stories.ahead import Ahead
    from brief.stories.briefs import StatementsAhead, build_briefs_rendered, worth_looking_ahead
    from brief.stories.overrides import load_moves

    limits = limits_from(load_config(), args.max_size, args.max_articles)
    early = None
    if nothing_to_fetch(args):
        # a forked child reads half the files beside this process (brief.ingest.beside), and
        # forked children find each article's grouping signals and statements while this
        # process still builds the articles (brief.stories.ahead)
        early = Ahead()
        try:
            result = load_paths(
                paths, limits, on_built=early.on_built, share_reading=early.share_reading
            )
        except BaseException:
            early.cancel()
            raise
        if not early.active:
            early = None
    else:  # URLs, feeds, --urls, --opml: fetched as `brief export` fetches them
        result = load_sources(args, limits, warn)
        report_unread(result)
    for warning in result.warnings:
        warn(warning.path, warning.reason, warning.partly)
    articles = result.articles
    if not articles:
        if early is not None:
            early.cancel()
        return [], result.unread
    moves = load_moves(articles) if args.review else None
    options = AnalysisOptions(args.algorithm, args.sentences, args.words, args.focus)
    # a forked child finds each article's quote statements while this process groups
    ahead: Ahead | StatementsAhead | None = None
    if early is not None:
        ahead = early
        early.start_tail(articles)
    elif worth_looking_ahead(articles):
        ahead = StatementsAhead(articles)
    try:
        features = early.features if early is not None else None
        stories = group_stories(articles, moves=moves, features=features)
    except BaseException:
        if ahead is not None:
            ahead.cancel()
        raise
    reviews = []
    jobs = []
    for story in stories:
        members: Sequence[Article] = story.articles
        review = load_review(members) if args.review else None
        title = story.title
        if review is not None:
            members = [a for a in members if a.id not in review.excluded_sources] or members
            title = story.without(review.excluded_sources).title
        reviews.append(review)
        jobs.append((members, title))
    if not args.review and _reviewed_in_app(articles, stories):
        _say("the app saved moves or reviews for this pile; --review applies them")
    if args.review and not moves and all(review is None for review in reviews):
        _say(  # as `brief export --review` says: else an unreviewed set passes for reviewed
            "no review saved for these stories (the app saves one as you review); "
            "writing the briefs unreviewed"
        )
    pairs = []
    statements = None
    try:
        if isinstance(ahead, StatementsAhead):
            statements = ahead.lookup()
        elif ahead is not None:
            statements = ahead.statements()
    finally:
        if ahead is not None:
            ahead.cancel()  # every child has answered or is no longer waited for
    from brief.review import options_under

    # a story's review may choose its own algorithm, length or focus, as the app shows it
    own = [options if r is None else options_under(r, options) for r in reviews]
    built = _by_options(
        jobs,
        own,
        lambda group, chosen: build_briefs_rendered(
            group,
            chosen,
            json_ahead if rendered is not None else None,
            timestamp=not args.no_timestamp,
            statements=statements,
            # JSON needs only each brief's title beside its text, unless a review changes it
            lean=rendered is not None and all(review is None for review in reviews),
        ),
    )
    for story, review, (brief, text) in zip(stories, reviews, built, strict=True):
        if review is not None and isinstance(brief, Brief):  # never lean with a review
            from brief.review import apply

            brief, text = apply(brief, review), None
        pairs.append((story, brief))
        if rendered is not None:
            rendered.append(text)
    return pairs, result.unread


def _by_options(jobs: Sequence[Job], own: Sequence[AnalysisOptions], build: Build) -> list:
    """``build`` over the jobs in groups of equal options (one group unless a review chose
    other options for its story), the results back in the jobs' order."""
    groups: dict[AnalysisOptions, list[int]] = {}
    for index, chosen in enumerate(own):
        groups.setdefault(chosen, []).append(index)
    out: list = [None] * len(jobs)
    for chosen, indices in groups.items():
        for index, result in zip(indices, build([jobs[i] for i in indices], chosen), strict=True):
            out[index] = result
    return out


def _markdown_files(
    pairs: Sequence[tuple[Story, Brief]],
    folder: Path,
    front_matter: bool,
    title: str | None,
    unread: Sequence[UnreadSource],
) -> dict[Path, str]:
    from brief.export.markdown import to_markdown

    names = file_names([shown(story, brief) for story, brief in pairs])  # ids as before
    files = {}
    for story, brief in pairs:
        files[folder / names[story.id]] = to_markdown(brief, front_matter=front_matter)
    files[folder / INDEX] = index_markdown(
        pairs, names, title, unread
    )  # last: it never links to a missing file
    return files


def _earlier_briefs(folder: Path, written: dict[Path, str]) -> list[Path]:
    """The briefs brief wrote into ``folder`` before that this export did not write again:
    with ``--force`` a pile that changed left last run's stories beside the new index."""
    from brief.ingest.own import BRIEF, own_text

    found = []
    for path in sorted(folder.glob("*.md")):
        if path in written:
            continue
        try:
            with path.open(encoding="utf-8", errors="replace") as f:
                head = f.read(2_000_000)
        except OSError:
            continue
        if own_text(head) == BRIEF:
            found.append(path)
    return found


def _write(files: dict[Path, str], force: bool, read: Sequence[str] = ()) -> None:
    """Write every file atomically; refuse before writing any if one exists without force,
    or is one of the files ``read`` (the articles' paths), even with it."""
    from brief.export.write import WriteError, read_from, write_atomic

    for path in files:
        if read_from(path, read):
            raise _Stop(f"cannot write {path}: it is one of the articles read; choose another "
                        "name", EXIT_USAGE)  # fmt: skip
    if not force:
        taken = [path for path in files if path.exists()]
        if taken:
            more = f" (and {len(taken) - 1} more)" if len(taken) > 1 else ""
            raise _Stop(f"cannot write {taken[0]}{more}: file exists; use --force to overwrite", 2)
    for path, text in files.items():
        try:
            write_atomic(path, text, overwrite=force)
        except WriteError as error:
            raise _Stop(f"cannot write {path}: {error}", EXIT_FAILED) from None
