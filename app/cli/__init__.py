"""The command line: argument parsing and headless commands (no Qt here)."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable

from app import __version__
from app.cli.errors import CommandError, report
from app.errors import Ambiguous, StoreProblem
from app.i18n import translate
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
    "restore-backup",
    "needs",
    "offers",
    "trash",
)


def _add_data_dir(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--data-dir",
        metavar=translate("cli", "DOSSIER"),
        default=default,
        help=translate(
            "cli", "dossier des données (par défaut celui de l'utilisateur, ou ENTRAIDE_DATA_DIR)"
        ),
    )


def _add_log_level(parser: argparse.ArgumentParser, default: object = DEFAULT_LEVEL) -> None:
    parser.add_argument(
        "--log-level",
        choices=LEVELS,
        default=default,
        help=translate("cli", "détail du journal (par défaut info ; debug pour un dépannage)"),
    )


def base_parser() -> argparse.ArgumentParser:
    """The options of `entraide` without a command (the window)."""
    parser = argparse.ArgumentParser(
        prog="entraide",
        description=translate(
            "cli",
            "Entraide : contacts, matériel partagé, pratiques et conventions "
            "des associations d'un réseau. Sans commande, ouvre la fenêtre.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Entraide {__version__}")
    _add_data_dir(parser)
    _add_log_level(parser)
    parser.add_argument("--language", choices=["fr", "en"], help=translate("cli", "langue de l'interface"))
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli",
            "vérifier que l'installation fonctionne (dans un dossier temporaire, sans "
            "toucher aux données), puis quitter",
        ),
    )
    parser.set_defaults(command=None)
    return parser


def wants_window(argv: list[str]) -> bool:
    return not any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


def build_parser() -> argparse.ArgumentParser:
    from app.cli import agreements, backups, contacts, demo, equipment, needs, practices, sync, trash

    parser = base_parser()
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMANDE"))
    for module in (demo, contacts, equipment, practices, agreements, needs, sync, backups, trash):
        for name, (help_text, configure, handler) in module.COMMANDS.items():
            help_text = translate("cli", help_text)  # marked with QT_TRANSLATE_NOOP("cli", …)
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
    except StoreProblem as problem:
        return report(_said(problem), code=problem.exit_code)
    except Ambiguous as error:
        from app.cli.output import text_of

        lines = [f"  {record_id}  {text_of(what)}".rstrip() for record_id, what in error.candidates]
        said = translate(
            "cli", "« {0} » désigne plusieurs fiches ; donnez plus de caractères de l'identifiant :"
        )
        return report(said.format(error.piece) + "\n" + "\n".join(lines))
    except KeyboardInterrupt:
        code = 130
        return report(translate("cli", "interrompu."), code=130)
    except Exception as error:
        failure = _store_problem(error, args)
        if failure is not None:  # the store or its folder failed in the middle of the work
            return report(_said(failure), code=failure.exit_code)
        logging.getLogger("entraide.error").error("command %s failed", args.command, exc_info=error)
        return report(translate("cli", "erreur inattendue ({0}) : {1}").format(type(error).__name__, error))
    finally:
        ms = round((time.monotonic() - started) * 1000)
        events.record("command", "done", name=args.command, exit=code, ms=ms)


def _said(problem: StoreProblem) -> str:
    from app.cli.output import text_of

    detail = text_of(problem.detail) if problem.detail else ""
    return text_of(problem.message) + (f" ({detail})" if detail else "")


def _store_problem(error: BaseException, args: argparse.Namespace) -> StoreProblem | None:
    from app.paths import data_paths
    from app.services.store.problems import store_problem

    return store_problem(error, str(data_paths(getattr(args, "data_dir", None)).root))


__all__ = ["build_parser", "run_command", "sys"]
