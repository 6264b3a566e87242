"""`entraide restore-backup [FICHIER]`: the backups with their date and what they hold, or one
put back in place of the store (the store it replaces kept aside, never deleted)."""

from __future__ import annotations

import argparse
import sys

from app.cli.errors import CommandError
from app.cli.output import show_moment
from app.i18n import QT_TRANSLATE_NOOP, plural, translate
from app.paths import data_paths
from app.services.store import backups
from app.services.store.folder import check_data_folder, window_open
from app.services.store.problems import folder_is_a_file, folder_missing

KINDS = {
    "daily": QT_TRANSLATE_NOOP("cli", "quotidienne"),
    "migration": QT_TRANSLATE_NOOP("cli", "avant une mise à jour"),
    "sync": QT_TRANSLATE_NOOP("cli", "avant une synchronisation"),
    "replaced": QT_TRANSLATE_NOOP("cli", "remplacée par une restauration"),
    "other": "",
}


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar=translate("cli", "FICHIER"),
        help=translate(
            "cli",
            "la sauvegarde à remettre en place : son numéro dans la liste, son nom ou un chemin "
            "(sans : la liste des sauvegardes)",
        ),
    )


def _counts(counts: dict[str, int] | None) -> str:
    if counts is None:
        return translate("cli", "illisible")
    return ", ".join(
        (
            plural(counts["contacts"], translate("cli", "%n contact"), translate("cli", "%n contacts")),
            plural(counts["equipment"], translate("cli", "%n matériel"), translate("cli", "%n matériels")),
            plural(counts["practices"], translate("cli", "%n pratique"), translate("cli", "%n pratiques")),
            plural(
                counts["agreements"], translate("cli", "%n convention"), translate("cli", "%n conventions")
            ),
        )
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
            print(translate("cli", "Aucune sauvegarde dans {0}.").format(paths.backups), file=sys.stderr)
            return 1
        for number, backup in enumerate(listed, 1):
            when = show_moment(backup.made_at)
            kind = translate("cli", KINDS[backup.kind]) if KINDS[backup.kind] else ""
            print(f"{number:>3}  {when}  {kind:<32} {_counts(backup.counts)}  {backup.path.name}")
        return 0
    check_data_folder(paths, create=True)  # a new folder may receive a backup; a damaged store is fine
    chosen = backups.find_backup(paths, args.file)
    if chosen is None:
        raise CommandError(
            translate(
                "cli", "sauvegarde introuvable : « {0} » (entraide restore-backup sans argument les liste)."
            ).format(args.file)
        )
    if window_open(paths):
        raise CommandError(
            translate(
                "cli",
                "la fenêtre d'Entraide est ouverte sur ce dossier : fermez-la d'abord, ou restaurez "
                "depuis Fichier ▸ Restaurer une sauvegarde….",
            )
        )
    aside = backups.restore(paths, chosen)
    said = (
        translate("cli", "Sauvegarde {0} remise en place dans {1} ; l'ancien fichier est gardé dans {2}.")
        if aside
        else translate("cli", "Sauvegarde {0} remise en place dans {1}.")
    )
    print(said.format(chosen.name, paths.root, aside), file=sys.stderr)
    return 0


COMMANDS = {
    "restore-backup": (
        QT_TRANSLATE_NOOP(
            "cli", "lister les sauvegardes, ou en remettre une en place (la base actuelle est gardée à part)"
        ),
        _configure,
        restore_backup,
    ),
}
