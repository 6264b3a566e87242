"""`entraide restore-backup [FICHIER]`: the backups with their date and what they hold, or one
put back in place of the store (the store it replaces kept aside, never deleted)."""

from __future__ import annotations

import argparse
import sys

from app.cli.errors import CommandError
from app.paths import data_paths
from app.services.store import backups
from app.services.store.folder import check_data_folder, window_open
from app.services.store.problems import folder_is_a_file, folder_missing

KINDS = {
    "daily": "quotidienne",
    "migration": "avant une mise à jour",
    "sync": "avant une synchronisation",
    "replaced": "remplacée par une restauration",
    "other": "",
}


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FICHIER",
        help="la sauvegarde à remettre en place : son numéro dans la liste, son nom ou un chemin "
        "(sans : la liste des sauvegardes)",
    )


def _counts(counts: dict[str, int] | None) -> str:
    if counts is None:
        return "illisible"
    return (
        f"{counts['contacts']} contacts, {counts['equipment']} matériels, "
        f"{counts['practices']} pratiques, {counts['agreements']} conventions"
    )


def restore_backup(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    if args.file is None:
        if paths.root.exists() and not paths.root.is_dir():
            raise folder_is_a_file(str(paths.root))
        if not paths.root.is_dir():
            raise folder_missing(str(paths.root))
        listed = backups.list_backups(paths)
        if not listed:
            print(f"Aucune sauvegarde dans {paths.backups}.", file=sys.stderr)
            return 1
        for number, backup in enumerate(listed, 1):
            when = backup.made_at.astimezone().strftime("%d/%m/%Y %H:%M")
            kind = KINDS[backup.kind]
            print(f"{number:>3}  {when}  {kind:<32} {_counts(backup.counts)}  {backup.path.name}")
        return 0
    check_data_folder(paths, create=True)  # a new folder may receive a backup; a damaged store is fine
    chosen = backups.find_backup(paths, args.file)
    if chosen is None:
        raise CommandError(
            f"sauvegarde introuvable : « {args.file} » (entraide restore-backup sans argument les liste)."
        )
    if window_open(paths):
        raise CommandError(
            "la fenêtre d'Entraide est ouverte sur ce dossier : fermez-la d'abord, ou restaurez "
            "depuis Fichier ▸ Restaurer une sauvegarde…."
        )
    aside = backups.restore(paths, chosen)
    kept = f" ; l'ancien fichier est gardé dans {aside}" if aside else ""
    print(f"Sauvegarde {chosen.name} remise en place dans {paths.root}{kept}.", file=sys.stderr)
    return 0


COMMANDS = {
    "restore-backup": (
        "lister les sauvegardes, ou en remettre une en place (la base actuelle est gardée à part)",
        _configure,
        restore_backup,
    ),
}
