"""Errors of the command line: one readable line on stderr, never a traceback."""

import sys

from app.i18n import translate


class CommandError(Exception):
    """A failure the user can act on; its text (already in the user's language) is shown as is."""


def report(message: str, code: int = 1) -> int:
    print(translate("cli", "entraide : {0}").format(message), file=sys.stderr)
    return code
