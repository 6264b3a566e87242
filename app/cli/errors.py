"""Errors of the command line: one readable line on stderr, never a traceback."""

import sys


class CommandError(Exception):
    """A failure the user can act on; its text is shown as is."""


def report(message: str, code: int = 1) -> int:
    print(f"entraide : {message}", file=sys.stderr)
    return code
