"""Old French spellings of options (--jours, --contours…), still accepted for one release: each
does what its English option does, is left out of --help, and says once that it is going away
(README: « Anciennes options »)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from app.i18n import translate


class _OldSpelling(argparse.Action):
    def __init__(self, option_strings: list[str], dest: str, *, new: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, **kwargs)
        self.new = new

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        notice = translate(
            "cli", "entraide : {0} s'écrit désormais {1} ; l'ancienne orthographe disparaîtra."
        )
        print(notice.format(option_string, self.new), file=sys.stderr)
        setattr(namespace, self.dest, self.const if self.nargs == 0 else values)


def old_spelling(parser: argparse.ArgumentParser | argparse._ArgumentGroup, old: str, new: str) -> None:
    """`old` as a hidden synonym of the option `new`, already added to `parser`."""
    action = next(a for a in parser._actions if new in a.option_strings)
    if action.nargs == 0:  # a switch (store_true, store_false, store_const)
        parser.add_argument(
            old,
            dest=action.dest,
            action=_OldSpelling,
            new=new,
            nargs=0,
            const=action.const,
            help=argparse.SUPPRESS,
        )
    else:
        parser.add_argument(
            old,
            dest=action.dest,
            action=_OldSpelling,
            new=new,
            type=action.type,
            choices=action.choices,
            help=argparse.SUPPRESS,
        )
