"""The command line: argument parsing and headless commands (no Qt here)."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable

from app import __version__
from app.cli.errors import CommandError, report
from app.logs import events
from app.logs.setup import DEFAULT_LEVEL, LEVELS

Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}
# Known without loading the commands' modules, so that starting the window stays light.
COMMAND_NAMES = (
    "demo",
    "import-contacts",
    "export-contacts",
    "enroll",
    "sync",
    "status",
    "loan-receipt",
    "labels",
    "agreement-pdf",
    "statement",
    "export-practice",
    "import-practice",
    "needs",
    "offers",
)


def _add_data_dir(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DOSSIER",
        default=default,
        help="dossier des données (par défaut celui de l'utilisateur, ou ENTRAIDE_DATA_DIR)",
    )


def _add_log_level(parser: argparse.ArgumentParser, default: object = DEFAULT_LEVEL) -> None:
    parser.add_argument(
        "--log-level",
        choices=LEVELS,
        default=default,
        help="détail du journal (par défaut info ; debug pour un dépannage)",
    )


def base_parser() -> argparse.ArgumentParser:
    """The options of `entraide` without a command (the window)."""
    parser = argparse.ArgumentParser(
        prog="entraide",
        description="Entraide : contacts, matériel partagé, pratiques et conventions "
        "des associations d'un réseau. Sans commande, ouvre la fenêtre.",
    )
    parser.add_argument("--version", action="version", version=f"Entraide {__version__}")
    _add_data_dir(parser)
    _add_log_level(parser)
    parser.add_argument("--language", choices=["fr", "en"], help="langue de l'interface")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="vérifier que l'installation fonctionne (dans un dossier temporaire, sans "
        "toucher aux données), puis quitter",
    )
    parser.set_defaults(command=None)
    return parser


def wants_window(argv: list[str]) -> bool:
    return not any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


def build_parser() -> argparse.ArgumentParser:
    from app.cli import agreements, contacts, demo, equipment, needs, practices, sync

    parser = base_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for module in (demo, contacts, equipment, practices, agreements, needs, sync):
        for name, (help_text, configure, handler) in module.COMMANDS.items():
            sub = commands.add_parser(name, help=help_text, description=help_text)
            # SUPPRESS: `entraide --data-dir X demo` keeps X (the command's own default would erase it).
            _add_data_dir(sub, argparse.SUPPRESS)
            _add_log_level(sub, argparse.SUPPRESS)
            configure(sub)
            _HANDLERS[name] = handler
    return parser


def run_command(args: argparse.Namespace) -> int:
    started = time.monotonic()
    code = 1
    try:
        code = _HANDLERS[args.command](args)
        return code
    except CommandError as error:
        return report(str(error))
    except KeyboardInterrupt:
        code = 130
        return report("interrompu.", code=130)
    except Exception as error:
        logging.getLogger("entraide.error").error("command %s failed", args.command, exc_info=error)
        return report(f"erreur inattendue ({type(error).__name__}) : {error}")
    finally:
        ms = round((time.monotonic() - started) * 1000)
        events.record("command", "done", name=args.command, exit=code, ms=ms)


__all__ = ["build_parser", "run_command", "sys"]
