"""The command line: argument parsing and headless commands (no Qt here)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from types import ModuleType

from app import __version__
from app.cli.errors import CommandError, report
from app.errors import Ambiguous, StoreProblem
from app.i18n import translate
from app.logs import events
from app.logs.setup import DEFAULT_LEVEL, LEVELS

Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}
# Which module of app/cli holds each command: known without loading the modules, so that
# starting the window stays light and a command loads only its own module (start-up time is
# what a scheduled `entraide sync` pays every time).
COMMAND_MODULES = {  # in the order `entraide --help` lists them
    "demo": "demo",
    "import-contacts": "contacts",
    "export-contacts": "contacts_export",
    "loan-receipt": "equipment",
    "labels": "equipment",
    "statement": "equipment",
    "export-practice": "practices",
    "import-practice": "practices",
    "agreement-pdf": "agreements",
    "needs": "needs",
    "offers": "needs",
    "enroll": "sync",
    "sync": "sync",
    "status": "sync",
    "courier": "courier",
    "restore-backup": "backups",
    "trash": "trash",
}
COMMAND_NAMES = tuple(COMMAND_MODULES)


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


def _add_language(parser: argparse.ArgumentParser, default: object = None) -> None:
    # Read before parsing (app/cli/language.py); accepted after the command too, where users put it.
    parser.add_argument(
        "--language", choices=["fr", "en"], default=default, help=translate("cli", "langue de l'interface")
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
    parser.add_argument(  # argparse (3.11) leaves this help in English whatever its hook says
        "--version",
        action="version",
        version=f"Entraide {__version__}",
        help=translate("cli", "afficher la version et quitter"),
    )
    _add_data_dir(parser)
    _add_log_level(parser)
    _add_language(parser)
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


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given `argv` naming one command, only that command's module
    is loaded (the others' options are not needed to parse it; `--help` still lists them all)."""
    parser = base_parser()
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMANDE"))
    for module in _command_modules(argv):
        for name, (help_text, configure, handler) in module.COMMANDS.items():
            help_text = translate("cli", help_text)  # marked with QT_TRANSLATE_NOOP("cli", …)
            sub = commands.add_parser(name, help=help_text, description=help_text)
            # SUPPRESS: `entraide --data-dir X demo` keeps X (the command's own default would erase it).
            _add_data_dir(sub, argparse.SUPPRESS)
            _add_log_level(sub, argparse.SUPPRESS)
            _add_language(sub, argparse.SUPPRESS)
            configure(sub)
            _HANDLERS[name] = handler
    return parser


def _command_modules(argv: list[str] | None) -> list[ModuleType]:
    wanted = list(dict.fromkeys(COMMAND_MODULES.values()))  # the order --help lists them in
    if argv is not None and not any(arg in ("-h", "--help") for arg in argv[:1]):
        # Every word that names a command (`--data-dir demo status` names two): a few modules
        # too many at worst, never one too few.
        named = {COMMAND_MODULES[arg] for arg in argv if arg in COMMAND_MODULES}
        if named:
            wanted = [name for name in wanted if name in named]
    return [importlib.import_module(f"app.cli.{name}") for name in wanted]


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """`parser.parse_args(argv)`, except that ids or paths typed after an option still count
    (`entraide trash delete --yes ID`): argparse takes a command's list of words only before it."""
    args, extra = parser.parse_known_args(argv)
    if not extra:
        return args
    for name in ("ids", "paths"):  # the commands whose words are a list (trash, courier)
        words = getattr(args, name, None)
        if isinstance(words, list) and not any(word.startswith("-") for word in extra):
            words += extra
            return args
    return parser.parse_args(argv)  # argparse's own refusal, in the chosen language


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
    except BrokenPipeError:  # `entraide trash | head`: the reader has all it wanted
        _quiet_stdout()
        return code
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


def _quiet_stdout() -> None:
    """What is left in stdout's buffer goes nowhere (else Python complains of the pipe at exit)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _said(problem: StoreProblem) -> str:
    from app.cli.output import text_of

    detail = text_of(problem.detail) if problem.detail else ""
    return text_of(problem.message) + (f" ({detail})" if detail else "")


def _store_problem(error: BaseException, args: argparse.Namespace) -> StoreProblem | None:
    from app.paths import data_paths
    from app.services.store.problems import store_problem

    return store_problem(error, str(data_paths(getattr(args, "data_dir", None)).root))


__all__ = ["build_parser", "parse", "run_command", "sys"]
