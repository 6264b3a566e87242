"""`entraide courier`: sync without a connection, by a file on a USB stick (app/sync/courier).

export [DOSSIER] prepares this computer's file for the hub; relay FICHIER… carries another
laptop's file to the hub and writes the answer beside it; import FICHIER applies the answer;
stick [DOSSIER] names the folder whose files each sync carries."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

from app.cli.errors import CommandError
from app.cli.output import marked, show_moment, text_of
from app.cli.store import open_store
from app.cli.sync_stops import sync_stops
from app.db import Database
from app.i18n import QT_TRANSLATE_NOOP, format_count, plural, translate
from app.paths import data_paths
from app.sync import wording
from app.sync.courier import answer, export, journal, relay
from app.sync.courier.problems import CourierProblem
from app.sync.engine import sync_state

ACTIONS = ("export", "relay", "import", "stick")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        choices=ACTIONS,
        help=translate(
            "cli",
            "export [DOSSIER] : préparer le fichier de cet ordinateur pour le hub ; relay FICHIER… : "
            "transmettre le fichier d'un autre ordinateur ; import FICHIER : appliquer la réponse ; "
            "stick [DOSSIER] : le dossier de la clé, transmis à chaque synchronisation",
        ),
    )
    parser.add_argument("paths", nargs="*", metavar=translate("cli", "CHEMIN"))
    parser.add_argument(
        "--allow-deletions",
        action="store_true",
        help=translate("cli", "accepter une réponse qui supprime beaucoup de fiches"),
    )


def courier_command(args: argparse.Namespace) -> int:
    database = open_store(args)
    try:
        handler = {"export": _export, "relay": _relay, "import": _import, "stick": _stick}[args.action]
        with sync_stops():
            return handler(database, args)
    except CourierProblem as problem:
        raise CommandError(text_of(problem.text)) from problem
    finally:
        database.close()


def _export(database: Database, args: argparse.Namespace) -> int:
    folder = _one_folder(database, args)
    prepared = export.export(database, data_paths(args.data_dir), folder)
    what = counts_line(prepared.counts) or translate(
        "cli", "aucune modification, seulement les nouveautés à rapporter"
    )
    print(
        translate("cli", "Fichier prêt pour le hub : {0} ({1}) — {2}.").format(
            ", ".join(str(p) for p in prepared.paths), show_size(prepared.size), what
        )
    )
    return 0


def _relay(database: Database, args: argparse.Namespace) -> int:
    sources = [Path(p) for p in args.paths]
    if not sources:
        raise CommandError(translate("cli", "donnez le ou les fichiers de liaison à transmettre."))
    failed = 0
    for carried in relay.relay(database, data_paths(args.data_dir), sources):
        if carried.refused is not None:
            failed += 1
            print(translate("cli", "{0} : refusé — {1}").format(carried.source, text_of(carried.refused)))
        else:
            answers = ", ".join(str(p) for p in carried.answer)
            print(
                translate("cli", "{0} : transmis ; réponse écrite dans {1}.").format(carried.source, answers)
            )
    return 1 if failed else 0


def _import(database: Database, args: argparse.Namespace) -> int:
    if len(args.paths) != 1:
        raise CommandError(translate("cli", "donnez un fichier de réponse (…-reponse.entraide)."))
    done = answer.import_answer(
        database, data_paths(args.data_dir), Path(args.paths[0]), allow_mass_deletion=args.allow_deletions
    )
    if done.already is not None:
        said = translate("cli", "Cette réponse a déjà été importée le {0} : rien n'a changé.")
        print(said.format(show_moment(done.already)))
        return 0
    report = done.report
    print(
        translate("cli", "Réponse importée : {0}, {1}, {2}.").format(
            plural(report.pushed, translate("cli", "%n envoyé"), translate("cli", "%n envoyés")),
            plural(report.pulled, translate("cli", "%n reçu"), translate("cli", "%n reçus")),
            plural(report.conflicts, translate("cli", "%n conflit"), translate("cli", "%n conflits")),
        )
    )
    if done.held_text is not None:
        print(text_of(done.held_text))
    return 0


def _stick(database: Database, args: argparse.Namespace) -> int:
    if len(args.paths) > 1:
        raise CommandError(translate("cli", "donnez un seul dossier."))
    if args.paths:
        folder = Path(args.paths[0]).expanduser().resolve()
        if not folder.is_dir():
            raise CommandError(translate("cli", "« {0} » n'est pas un dossier.").format(folder))
        database.run(lambda s: setattr(sync_state(s), "courier_folder", str(folder)))
    chosen = database.run(lambda s: sync_state(s).courier_folder)
    print(translate("cli", "Dossier de la clé : {0}").format(chosen or translate("cli", "aucun")))
    return 0


def _one_folder(database: Database, args: argparse.Namespace) -> Path:
    if len(args.paths) > 1:
        raise CommandError(translate("cli", "donnez un seul dossier."))
    chosen = args.paths[0] if args.paths else database.run(lambda s: sync_state(s).courier_folder) or "."
    folder = Path(chosen).expanduser().resolve()
    if not folder.is_dir():
        raise CommandError(translate("cli", "« {0} » n'est pas un dossier.").format(folder))
    return folder


def counts_line(counts: Mapping[str, int]) -> str:
    """`contact : 12, matériel : 3` (a word and its count: no plural to get wrong)."""
    return ", ".join(
        f"{wording.record_kind(kind, marked)} : {format_count(n)}" for kind, n in sorted(counts.items())
    )


def show_size(size: int) -> str:
    if size < 1024 * 1024:
        return translate("cli", "{0} Ko").format(format_count(max(1, round(size / 1024))))
    return translate("cli", "{0} Mo").format(f"{size / 1024 / 1024:.1f}".replace(".", ","))


KIND_NAMES = {
    journal.PREPARED: QT_TRANSLATE_NOOP("cli", "préparé"),
    journal.CARRIED: QT_TRANSLATE_NOOP("cli", "transmis pour un autre ordinateur"),
    journal.IMPORTED: QT_TRANSLATE_NOOP("cli", "réponse importée"),
}


def status_lines(database: Database) -> list[str]:
    """For `entraide status`: the last courier files, with their dates."""
    entries = database.run(journal.recent)
    if not entries:
        return []
    lines = [translate("cli", "Fichiers de liaison (clé USB) :")]
    for entry in entries:
        lines.append(
            f"  - {show_moment(entry.at)} {translate('cli', KIND_NAMES[entry.kind])} : {entry.name}"
            f" ({show_size(entry.size)})"
        )
    return lines


COMMANDS = {
    "courier": (
        QT_TRANSLATE_NOOP(
            "cli", "synchroniser sans connexion par un fichier sur clé USB : export, relay, import, stick"
        ),
        _configure,
        courier_command,
    ),
}
