"""Command line: ``brief [PATH ...]`` opens the app; ``brief export`` writes a brief headless.

Diagnostics go to stderr, one line per problem; stdout belongs to ``brief export``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brief.cli_parser import EXIT_USAGE, build_parser
from brief.text.clean import printable

if TYPE_CHECKING:
    from brief.model import Article

EXIT_OK, EXIT_NO_ARTICLES = 0, 1
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: what a shell reports for a tool whose reader went away."""


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    app_parser, export_parser = build_parser()
    if args_list[:1] == ["cache"]:
        from brief.cli_cache import cache_main

        return _guarded(lambda: cache_main(args_list[1:]))
    if args_list[:1] == ["export"]:
        args = export_parser.parse_intermixed_args(args_list[1:])  # URLs and options mixed
        if args.title is not None:  # it heads the markdown: no ESC may reach a `cat brief.md`
            args.title = _focus(args.title) or None
        args.focus = _focus(args.focus)  # one line, printable: it is shown in the brief
        if args.output == "-":  # as "-" reads stdin, "-o -" writes stdout (not a file named "-")
            args.output = None
        run = _export
    else:
        args = app_parser.parse_intermixed_args(args_list)
        run = _run_app
    return _guarded(lambda: run(args))


def _guarded(run: Callable[[], int]) -> int:
    """``run()``'s exit code, with an interruption, a closed pipe or a failure in one line."""
    try:
        return run()
    except BrokenPipeError:
        # the reader stopped early (`brief export | head`): not brief's error, nothing to
        # say (the pipe may be stderr too); stdout is silenced so the exit's flush is quiet
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("brief: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # last resort: one line, the traceback only on request
        if os.environ.get("BRIEF_DEBUG"):
            raise
        detail = printable(f"{type(error).__name__}: {error}")
        print(
            f"brief: internal error ({detail}); run with BRIEF_DEBUG=1 for details, "
            "and please report it",
            file=sys.stderr,
        )
        return 70


def _focus(text: str) -> str:
    """The focus as one line of printable text ("" when blank): control characters dropped."""
    return " ".join("".join(c if c.isprintable() else " " for c in text or "").split())


def _paths(args: argparse.Namespace) -> list[str]:
    if args.paths or args.urls or args.opml:
        return [*args.paths, *args.urls, *args.opml]
    from brief.resources import sample_dir

    return [str(sample_dir())]


def warn(path: str, reason: str, partly: bool = False) -> None:
    """One line on stderr naming the file and the reason, terminal-safe (``partly``: the
    file was read, all but what the reason names)."""
    from brief.model import path_label

    skipped = "" if partly else "skipped "
    print(f"brief: {skipped}{printable(path_label(path))}: {printable(reason)}", file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    from brief.analysis import build_brief
    from brief.cli_fetch import load_sources, report_unread
    from brief.export import render
    from brief.export.json_export import Ahead
    from brief.export.write import WriteError, check_target, read_from, write_atomic
    from brief.model import AnalysisOptions

    fmt = args.format or ("json" if (args.output or "").lower().endswith(".json") else "md")
    if args.front_matter and fmt == "json":  # else silently ignored
        print("brief: --front-matter is for markdown; the JSON is written without it",
              file=sys.stderr)  # fmt: skip
    if args.stories:  # issue 13: one brief per story
        from brief.stories.export import export_stories

        return export_stories(args, _paths(args), warn, fmt)
    if args.output:
        try:  # before the analysis, so a wrong path costs no wait
            check_target(Path(args.output), overwrite=args.force)
        except WriteError as error:
            exists = Path(args.output).is_file()
            hint = "; use --force to overwrite it" if exists else ""
            print(f"brief: cannot write {printable(args.output)}: {error}{hint}", file=sys.stderr)
            return EXIT_USAGE if exists else EXIT_NO_ARTICLES
    from brief.config import limits_from, load_config

    limits = limits_from(load_config(), args.max_size, args.max_articles)
    result = load_sources(args, limits, warn)
    for warning in result.warnings:
        warn(warning.path, warning.reason, warning.partly)
    report_unread(result)
    articles = result.articles
    review = None
    if args.review:
        from brief.store import load_review

        review = load_review(articles)
        if review is not None:
            articles = tuple(a for a in articles if a.id not in review.excluded_sources)
        elif articles:  # said, or the user takes an unreviewed brief for the reviewed one
            print(
                "brief: no review saved for this article set (the app saves one as you "
                "review); writing the brief unreviewed",
                file=sys.stderr,
            )
    elif articles:
        from brief.store import saved_review_path

        if saved_review_path(articles):  # else the reviewed brief silently is not this one
            print("brief: the app saved a review of this article set; --review applies it",
                  file=sys.stderr)  # fmt: skip
    if not articles:
        print("brief: no readable article", file=sys.stderr)
        return EXIT_NO_ARTICLES
    if args.output and read_from(Path(args.output), (a.path for a in result.articles)):
        print(f"brief: cannot write {printable(args.output)}: it is one of the articles read; "
              "choose another name", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    options = AnalysisOptions(args.algorithm, args.sentences, args.words, _focus(args.focus))
    if review is not None:  # the algorithm, length and focus chosen in the app, as it shows
        from brief.review import options_under

        options = options_under(review, options)
    stamp = not args.no_timestamp
    if len(articles) > 1:
        mixed = _mixed_title(articles, args.review, not args.no_cache, review is None)
        args.title = args.title if args.title is not None else mixed
    # the quotes' JSON is written as soon as they are known (while a forked child may still
    # compare figures); a review changes the quotes, so it would be written for nothing
    ahead = Ahead() if fmt == "json" and review is None else None
    if args.no_cache:
        brief = build_brief(
            articles, options, title=args.title, timestamp=stamp, parallel=True, on_partial=ahead
        )
    else:
        from brief.analysis_cache import cached_build

        brief = cached_build(
            build_brief,
            articles,
            options,
            title=args.title,
            timestamp=stamp,
            parallel=True,
            on_partial=ahead,
        )
    if review is not None:
        from brief.review import apply

        brief = apply(brief, review)
    brief = replace(brief, unread=result.unread)
    kwargs = {"front_matter": args.front_matter} if fmt == "md" else {"ahead": ahead}
    text = render(brief, fmt, **kwargs)
    if not args.output:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_atomic(args.output, text, overwrite=args.force)
    except WriteError as error:
        print(f"brief: cannot write {printable(args.output)}: {error}", file=sys.stderr)
        return EXIT_NO_ARTICLES
    print(f"brief: wrote {printable(args.output)}", file=sys.stderr)
    return EXIT_OK


def _mixed_title(
    articles: Sequence[Article], review: bool, cache: bool, unreviewed: bool = False
) -> str | None:
    """For a set that holds several stories, one line on stderr pointing to ``--stories``,
    and the title the app gives it ("3 stories in 5 articles") unless one story holds
    more than half of its articles; None when there is no such title to give.

    Else the brief of a mixed pile was titled after one story while its summary opened
    on another, and nothing said the set was mixed.
    """
    from brief.stories import group_ids
    from brief.stories.overrides import apply_moves, load_moves

    if cache:  # the app's grouping of the same set, kept in the analysis cache
        from brief.analysis_cache import cached_groups

        groups = cached_groups(articles, group_ids)
    else:
        groups = group_ids(articles)
    moves = load_moves(articles) if review else None
    if moves:
        groups = apply_moves(groups, [a.id for a in articles], moves)
    sizes = [len(group) for group in groups if group]
    count = len(sizes)
    if count < 2:
        return None
    # one story holding most of the set (nine reports and a stray) is still titled by
    # its most central headline; a pile with no such story is named as the app names it
    title = (
        None if 2 * max(sizes) > len(articles) else f"{count} stories in {len(articles)} articles"
    )
    stories = "'brief export --stories' writes one brief per story"
    if review and unreviewed:  # "no review saved" was said: the app keeps one per story
        from brief.store import saved_review_path

        if moves or any(saved_review_path([articles[i] for i in g]) for g in groups if g):
            stories = "the app saved moves or reviews of its stories: 'brief export --stories"
            stories += " --review' writes one brief per story with them"
    print(f"brief: these {len(articles)} articles hold {count} stories; this is one "
          f"brief of them all ({stories})", file=sys.stderr)  # fmt: skip
    return title


def app_for(args: argparse.Namespace) -> Any:
    """The app for the parsed command line (``_run_app`` runs it; tests and benchmarks too).

    On a small local set a forked child starts the analysis first (``brief.tui.ahead``),
    while this process imports Textual and paints. The garbage collector is off until the
    app's first frame (``brief.collector``).
    """
    from brief import collector
    from brief.model import AnalysisOptions
    from brief.tui.ahead import start

    collector.pause()

    paths = _paths(args)
    options = AnalysisOptions(args.algorithm, args.sentences, args.words, _focus(args.focus))
    ahead = start(args, paths, options)
    from brief.tui.app import make_app

    return make_app(
        paths,
        theme=args.theme,
        algorithm=args.algorithm,
        sentences=args.sentences,
        words=args.words,
        focus=_focus(args.focus),
        max_size_mb=args.max_size,
        max_articles=args.max_articles,
        cache=not args.no_cache,
        fetch_args=args,
        ahead=ahead,
    )


def _run_app(args: argparse.Namespace) -> int:
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        if sys.stdout.isatty() and "-" in args.paths:  # `cat a.txt | brief -` in a terminal
            print("brief: the app reads your keys from standard input, so it cannot read an "
                  "article from it too; use 'brief export -', or save the text to a file and "
                  "open that", file=sys.stderr)  # fmt: skip
        else:
            print("brief: the app needs a terminal; use 'brief export' to write a brief "
                  "(see brief export --help)", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    try:
        app = app_for(args)
    except ImportError as error:  # the app is part of the package; this is a broken install
        print(f"brief: the app cannot start ({printable(str(error))})", file=sys.stderr)
        return EXIT_NO_ARTICLES
    try:
        app.run()
    finally:
        from brief import collector

        collector.resume()  # an app that ended before its first frame
    return int(app.return_code or 0)
