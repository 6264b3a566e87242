"""`entraide trash`: what is in the trash (every kind), restore some of it, delete some of it or
all of it for good (app/services/trash_listing.py)."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.output import show_moment
from app.cli.store import open_store
from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP, plural, translate
from app.services import trash_listing
from app.services.record_ids import MIN_PIECE

KIND_NAMES = {
    "contact": QT_TRANSLATE_NOOP("cli", "contact"),
    "equipment": QT_TRANSLATE_NOOP("cli", "matériel"),
    "practice": QT_TRANSLATE_NOOP("cli", "pratique"),
    "agreement": QT_TRANSLATE_NOOP("cli", "convention"),
    "clause_template": QT_TRANSLATE_NOOP("cli", "modèle de clause"),
}
ACTIONS = ("list", "restore", "delete", "empty")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=ACTIONS,
        help=translate(
            "cli",
            "list (la liste, par défaut) ; restore ID… (restaurer) ; delete ID… (supprimer "
            "définitivement) ; empty (vider la corbeille, définitivement)",
        ),
    )
    parser.add_argument(
        "ids", nargs="*", metavar="ID", help=translate("cli", "identifiants montrés par la liste")
    )
    parser.add_argument(
        "--yes", action="store_true", help=translate("cli", "confirmer une suppression définitive")
    )


def trash_command(args: argparse.Namespace) -> int:
    database = open_store(args)
    try:
        with database.session_factory.begin() as session:
            if args.action in ("list", "empty") and args.ids:
                raise CommandError(_no_ids(args.action))
            if args.action == "list":
                return _list(trash_listing.listing(session))
            if args.action == "empty":
                return _empty(session, args.yes)
            return _restore_or_delete(session, args)
    finally:
        database.close()


def _restore_or_delete(session: Session, args: argparse.Namespace) -> int:
    if not args.ids:
        raise CommandError(translate("cli", "donnez les identifiants montrés par la liste (entraide trash)."))
    try:
        lines = trash_listing.find_lines(session, args.ids)
    except NotFound as error:
        raise CommandError(_not_found(str(error))) from None
    items = [(line.kind, line.id) for line in lines]
    if args.action == "restore":
        restored = trash_listing.restore(session, items)
        _say(
            plural(
                restored, translate("cli", "%n élément restauré."), translate("cli", "%n éléments restaurés.")
            )
        )
        return 0
    if not args.yes:
        raise CommandError(_ask(len(items)))
    deleted = trash_listing.purge(session, items)
    _say(
        plural(
            deleted,
            translate("cli", "%n élément supprimé définitivement."),
            translate("cli", "%n éléments supprimés définitivement."),
        )
    )
    return 0


def _no_ids(action: str) -> str:
    if action == "empty":  # `empty ID --yes` must not empty everything when one item was meant
        return translate(
            "cli",
            "entraide trash empty vide toute la corbeille et ne prend pas d'identifiant ; pour "
            "supprimer certains éléments : entraide trash delete ID… --yes",
        )
    return translate("cli", "entraide trash list ne prend pas d'identifiant.")


def _not_found(piece: str) -> str:
    if len(piece.strip()) < MIN_PIECE:
        return translate(
            "cli", "« {0} » est trop court : donnez au moins 8 caractères de l'identifiant (entraide trash)."
        ).format(piece)
    return translate("cli", "« {0} » n'est pas dans la corbeille (entraide trash la liste).").format(piece)


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _list(lines: list[trash_listing.TrashLine]) -> int:
    if not lines:
        _say(translate("cli", "La corbeille est vide."))
        return 0
    short = trash_listing.short_ids(lines)
    untitled = translate("cli", "(sans titre)")
    for line in lines:
        kind = translate("cli", KIND_NAMES[line.kind])
        print(f"{short[line.id]:<10} {kind:<17} {show_moment(line.deleted_at)}  {line.name or untitled}")
    return 0


def _empty(session: Session, confirmed: bool) -> int:
    count = trash_listing.count(session)
    if not count:
        _say(translate("cli", "La corbeille est déjà vide."))
        return 0
    if not confirmed:
        raise CommandError(_ask(count))
    deleted = trash_listing.empty(session)
    _say(
        plural(
            deleted,
            translate("cli", "Corbeille vidée : %n élément supprimé définitivement."),
            translate("cli", "Corbeille vidée : %n éléments supprimés définitivement."),
        )
    )
    return 0


def _ask(count: int) -> str:
    return plural(
        count,
        translate(
            "cli",
            "%n élément serait supprimé définitivement : c'est irréversible (à la prochaine "
            "synchronisation, il sera effacé aussi du hub et des autres ordinateurs de l'association). "
            "Ajoutez --yes pour confirmer.",
        ),
        translate(
            "cli",
            "%n éléments seraient supprimés définitivement : c'est irréversible (à la prochaine "
            "synchronisation, ils seront effacés aussi du hub et des autres ordinateurs de "
            "l'association). Ajoutez --yes pour confirmer.",
        ),
    )


COMMANDS = {
    "trash": (
        QT_TRANSLATE_NOOP("cli", "la corbeille : la lister, restaurer, supprimer définitivement ou vider"),
        _configure,
        trash_command,
    ),
}
