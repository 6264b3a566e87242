"""`entraide trash`: what is in the trash (every kind), restore some of it, delete some of it or
all of it for good (app/services/trash_listing.py)."""

from __future__ import annotations

import argparse
import sys

from app.cli.errors import CommandError
from app.cli.store import open_store
from app.errors import NotFound
from app.services import trash_listing

KIND_NAMES = {
    "contact": "contact",
    "equipment": "matériel",
    "practice": "pratique",
    "agreement": "convention",
    "clause_template": "modèle de clause",
}
ACTIONS = ("list", "restore", "delete", "empty")
VERBS = {"restore": "restaurer", "delete": "supprimer"}  # what the user reads


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=ACTIONS,
        help="list (la liste, par défaut) ; restore ID… (restaurer) ; delete ID… (supprimer "
        "définitivement) ; empty (vider la corbeille, définitivement)",
    )
    parser.add_argument("ids", nargs="*", metavar="ID", help="identifiants montrés par la liste")
    parser.add_argument("--yes", action="store_true", help="confirmer une suppression définitive")


def _elements(count: int) -> str:
    return f"{count} élément" if count <= 1 else f"{count} éléments"


def trash_command(args: argparse.Namespace) -> int:
    database = open_store(args)
    try:
        with database.session_factory.begin() as session:
            if args.action == "list":
                return _list(trash_listing.listing(session))
            if args.action == "empty":
                return _empty(session, args.yes)
            if not args.ids:
                raise CommandError(
                    f"donnez les identifiants à {VERBS[args.action]} (entraide trash les liste)."
                )
            try:
                lines = trash_listing.find_lines(session, args.ids)
            except NotFound as error:
                raise CommandError(
                    f"« {error} » n'est pas dans la corbeille (entraide trash la liste)."
                ) from None
            items = [(line.kind, line.id) for line in lines]
            if args.action == "restore":
                restored = trash_listing.restore(session, items)
                print(f"{_elements(restored)} restauré{'s' if restored > 1 else ''}.", file=sys.stderr)
                return 0
            if not args.yes:
                raise CommandError(_ask(len(items)))
            deleted = trash_listing.purge(session, items)
            print(
                f"{_elements(deleted)} supprimé{'s' if deleted > 1 else ''} définitivement.", file=sys.stderr
            )
            return 0
    finally:
        database.close()


def _list(lines: list[trash_listing.TrashLine]) -> int:
    if not lines:
        print("La corbeille est vide.", file=sys.stderr)
        return 0
    short = trash_listing.short_ids(lines)
    for line in lines:
        when = line.deleted_at.astimezone().strftime("%d/%m/%Y %H:%M")
        print(f"{short[line.id]:<10} {KIND_NAMES[line.kind]:<17} {when}  {line.name or '(sans titre)'}")
    return 0


def _empty(session, confirmed: bool) -> int:
    count = trash_listing.count(session)
    if not count:
        print("La corbeille est déjà vide.", file=sys.stderr)
        return 0
    if not confirmed:
        raise CommandError(_ask(count))
    deleted = trash_listing.empty(session)
    print(
        f"Corbeille vidée : {_elements(deleted)} supprimé{'s' if deleted > 1 else ''} définitivement.",
        file=sys.stderr,
    )
    return 0


def _ask(count: int) -> str:
    return (
        f"{_elements(count)} {'seraient supprimés' if count > 1 else 'serait supprimé'} définitivement, "
        "ici et, à la prochaine synchronisation, sur les autres appareils : c'est irréversible. "
        "Ajoutez --yes pour confirmer."
    )


COMMANDS = {
    "trash": (
        "la corbeille : la lister, restaurer, supprimer définitivement ou vider",
        _configure,
        trash_command,
    ),
}
