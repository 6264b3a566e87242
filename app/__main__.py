"""`entraide`: with no command, the window; with a command, headless work on the store."""

from __future__ import annotations

import sys

from app import __version__
from app.cli import base_parser, build_parser, flags, language, parse, run_command, wants_window
from app.logs import events, setup


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    language.choose(argv)
    argv = flags.modernise(argv)  # --jours and the other French spellings, for one release
    args = parse(base_parser() if wants_window(argv) else build_parser(argv), argv)
    # The window and the commands log to the same file; uncaught errors go there too.
    setup.configure(args.log_level)
    setup.install_excepthooks()
    events.record("app", "start", version=__version__, command=args.command or "window")
    if args.command is None:
        if args.self_test:
            return self_test()
        from app.ui.application import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    return run_command(args)


def self_test() -> int:
    """`entraide --self-test`: the headless checks, then the window's (Qt loads only for those)."""
    from app.cli.selftest import HEADLESS_CHECKS, prepare_display, run_self_test

    prepare_display()
    from app.ui.selftest import WINDOW_CHECKS

    return run_self_test([*HEADLESS_CHECKS, *WINDOW_CHECKS])


if __name__ == "__main__":
    sys.exit(main())
