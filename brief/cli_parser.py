"""The argument parser every ``brief`` command uses: a bad argument is one line, exit 2."""

from __future__ import annotations

import argparse
import sys

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
