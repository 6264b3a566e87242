"""`entraide`: with no command, the window; with a command, headless work on the store."""

from __future__ import annotations

import sys

from app.cli import base_parser, build_parser, run_command, wants_window


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = (base_parser() if wants_window(argv) else build_parser()).parse_args(argv)
    if args.command is None:
        from app.ui.application import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
