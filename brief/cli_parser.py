"""The command line's grammar: the parsers of ``brief`` and ``brief export`` (their flags,
types and help), on an argparse that reports a bad argument in one line, exit 2."""

from __future__ import annotations

import argparse
import sys

from brief import __version__
from brief.text.clean import printable

EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """argparse that prints one line and exits 2 on bad arguments.

    argparse's own usage block (ten lines for ``brief export``) would bury the one line that
    says what is wrong; the line points to ``--help`` instead.
    """

    def error(self, message: str) -> None:  # type: ignore[override]
        print(
            f"{self.prog}: error: {printable(message)} (see '{self.prog} --help')",
            file=sys.stderr,
        )
        raise SystemExit(EXIT_USAGE)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {number}")
    return number


def _algorithm(value: str) -> str:
    from brief.summary import ALGORITHMS

    name = value.lower()
    if name not in ALGORITHMS:
        raise argparse.ArgumentTypeError(
            f"unknown algorithm {value!r}; choose from: {', '.join(ALGORITHMS)}"
        )
    return name


def _add_analysis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files or folders (.txt .md .html .json .jsonl), http(s) URLs, feeds "
        "(RSS, Atom, JSON Feed; as URLs or files), or - for stdin; "
        "the bundled sample when none is given",
    )
    from brief.summary import ALGORITHMS  # light: the engines load when one runs

    parser.add_argument(
        "--algorithm",
        type=_algorithm,
        default="concepts",
        metavar="NAME",
        help=f"summary algorithm: {', '.join(ALGORITHMS)} (default: concepts)",
    )
    parser.add_argument(
        "--focus",
        metavar="TEXT",
        default="",
        help='rank the summary toward a question or an angle (e.g. "economic impact")',
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument(
        "--sentences",
        type=_positive,
        default=7,
        metavar="N",
        help="summary length in sentences (default: 7)",
    )
    length.add_argument(
        "--words",
        type=_positive,
        metavar="N",
        help="summary length in words, about N: whole sentences, the last one ending "
        "nearest N (instead of --sentences)",
    )
    parser.add_argument(
        "--max-size",
        type=_positive,
        metavar="MB",
        help="skip a file or web page larger than this (default: 10 MB, or max_size_mb in "
        "config.toml)",
    )
    parser.add_argument(
        "--max-articles",
        type=_positive,
        metavar="N",
        help="read at most N articles: files and pages past the limit are skipped, and a "
        "JSON-lines file that crosses it is read up to it (default: 50000, or max_articles "
        "in config.toml)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse afresh instead of reusing the cached analysis of an unchanged set",
    )
    from brief.cli_fetch import add_fetch_options  # URLs, feeds, OPML, the cache (issue 12)

    add_fetch_options(parser)


def build_parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The app parser (``brief``) and the export parser (``brief export``)."""
    app = Parser(
        prog="brief",
        description="Open a set of news articles about one story as a reviewable brief (a "
        "mixed pile opens on its stories; in the app, ? lists every key). Other commands: "
        "'brief export' writes a brief without the app (see 'brief export --help'); 'brief "
        "cache info' and 'brief cache clear' show and empty the caches.",
    )
    app.add_argument("--version", action="version", version=f"brief {__version__}")
    _add_analysis_options(app)
    app.add_argument(
        "--theme",
        metavar="NAME",
        help="colour theme: brief-dark (default), brief-light, brief-contrast, one of "
        "Textual's or one of your own; saved as your default",
    )

    export = Parser(prog="brief export", description="Write a brief without opening the app.")
    _add_analysis_options(export)
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of stdout (- is stdout)"
    )
    export.add_argument(
        "--format",
        choices=("md", "json"),
        help="output format (default: md, or from the -o file's extension)",
    )
    export.add_argument(
        "--title",
        help="title of the brief (default: the most central headline, else the opening "
        "words; for a set of several stories, 'N stories in M articles')",
    )
    export.add_argument(
        "--no-timestamp",
        action="store_true",
        help="leave out the generated time, for reproducible output",
    )
    export.add_argument(
        "--front-matter", action="store_true", help="start the markdown with YAML front matter"
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="overwrite an existing output file (never one of the articles read)",
    )
    export.add_argument(
        "--review",
        action="store_true",
        help="apply the review saved by the app for this article set (with --stories: "
        "your moves and each story's review)",
    )
    export.add_argument(  # issue 13: logic in brief/stories/export.py
        "--stories",
        action="store_true",
        help="group a mixed set into stories and write one brief per story "
        "(-o DIR or -o DIR/: index.md and one brief per story; -o a name with an extension, "
        "such as today.md: all of them in that one file)",
    )
    return app, export
