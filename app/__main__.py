"""`entraide`: with no command, the window; with a command, headless work on the store."""

from __future__ import annotations

import sys

from app.cli import build_parser, run_command


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.ui.application import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
