"""`entraide enroll`, `entraide sync` and `entraide status`: syncing from a scheduled task."""

from __future__ import annotations

import argparse
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from app.cli.errors import CommandError
from app.i18n import QT_TRANSLATE_NOOP, format_count, plural, translate
from app.paths import DataPaths, data_paths

# The rest is loaded by the function that needs it: a scheduled `entraide sync` with nothing to
# do needs none of it (app/sync/quick.py), and its start-up is most of what it costs.
if TYPE_CHECKING:
    from datetime import datetime

    from app.db import Database
    from app.sync.conflicts import ConflictInfo
    from app.sync.credentials import TokenStore
    from app.sync.runs import SyncOutcome

Progress = Callable[[str, int, int], None]


def _configure_enroll(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--hub", required=True, metavar="URL", help=translate("cli", "adresse du hub (https://…)")
    )
    parser.add_argument(
        "--code", required=True, help=translate("cli", "code d'enrôlement donné par l'administrateur du hub")
    )
    parser.add_argument(
        "--device-name",
        default=socket.gethostname(),
        metavar=translate("cli", "NOM"),
        help=translate("cli", "nom de cet ordinateur"),
    )


def enroll(args: argparse.Namespace) -> int:
    from app.cli.output import text_of
    from app.cli.store import open_store
    from app.sync import runs
    from app.sync.client import HubError, insecure_address
    from app.sync.credentials import TokenStore

    paths = data_paths(args.data_dir)
    if insecure_address(args.hub):
        raise CommandError(
            translate(
                "cli",
                "l'adresse du hub doit commencer par https:// (le jeton ne doit jamais circuler en clair).",
            )
        )
    database = open_store(args)  # before the one-time code is spent: a mistyped folder is refused
    store = TokenStore(paths.root)
    try:
        answer = runs.enroll(args.hub, args.code, args.device_name, store)
    except HubError as error:
        database.close()
        raise CommandError(text_of(error.text)) from error
    try:
        database.run(lambda session: runs.remember_enrolment(session, args.hub, answer))
        _compare_identity(database, args.hub, store)
    finally:
        database.close()
    said = (
        translate(
            "cli",
            "Cet ordinateur est relié au hub pour « {0} ». Jeton enregistré dans un fichier lisible "
            "par vous seul (pas de trousseau système).",
        )
        if store.uses_file
        else translate(
            "cli",
            "Cet ordinateur est relié au hub pour « {0} ». Jeton enregistré dans le trousseau du système.",
        )
    )
    print(said.format(answer.association_name), file=sys.stderr)
    return 0


FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("cli", "nom"),
    "rna": QT_TRANSLATE_NOOP("cli", "RNA"),
    "siret": QT_TRANSLATE_NOOP("cli", "SIRET"),
}


def _compare_identity(database: Database, hub: str, tokens: TokenStore) -> None:
    """What this computer says of us and the hub says otherwise: said, ours kept (the window
    lets the user choose; here, Préférences or the window change it afterwards)."""
    from app.services import identity
    from app.sync import runs
    from app.sync.client import HubError

    try:
        member = runs.hub_record(hub, tokens)
    except HubError:
        return  # compared at the next enrolment from the window, or by the user
    if member is None:
        return
    found = database.run(lambda s: identity.differences(s, member.name, member.rna, member.siret))
    for difference in found:
        said = translate(
            "cli",
            "{0} : « {1} » sur cet ordinateur, « {2} » au hub ; celui de cet ordinateur est gardé "
            "(Fichier ▸ Préférences pour le changer).",
        )
        print(
            said.format(translate("cli", FIELD_NAMES[difference.field]), difference.ours, difference.hub),
            file=sys.stderr,
        )


def _configure_sync(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-deletions",
        action="store_true",
        help=translate("cli", "accepter une synchronisation qui supprime beaucoup de fiches"),
    )


def sync(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    # On a terminal one line rewritten in place; in a scheduled task's log, a line per step.
    on_terminal = sys.stderr.isatty()

    def progress(step: str, done: int, total: int) -> None:
        label = (
            translate("cli", "envoi : {0}/{1}") if step == "push" else translate("cli", "réception : {0}/{1}")
        )
        said = label.format(done, max(total, done))
        if on_terminal:
            print("\r" + said, end="", file=sys.stderr, flush=True)
        else:
            print(said, file=sys.stderr, flush=True)

    from app.sync.quick import sync_if_quiet

    if sync_if_quiet(paths, progress):  # nothing to send or receive: done without the ORM
        _say_synced(0, 0, 0, on_terminal)
        return 0
    return _full_sync(args, paths, progress, on_terminal)


def _say_synced(pushed: int, pulled: int, conflicts: int, on_terminal: bool) -> None:
    print(
        ("\r" if on_terminal else "")
        + translate("cli", "Synchronisé : {0}, {1}, {2}.").format(
            plural(pushed, translate("cli", "%n envoyé"), translate("cli", "%n envoyés")),
            plural(pulled, translate("cli", "%n reçu"), translate("cli", "%n reçus")),
            plural(conflicts, translate("cli", "%n conflit"), translate("cli", "%n conflits")),
        ),
        file=sys.stderr,
    )


def _full_sync(args: argparse.Namespace, paths: DataPaths, progress: Progress, on_terminal: bool) -> int:
    from app.cli.store import open_store
    from app.cli.sync_stops import sync_stops
    from app.models import utcnow
    from app.sync import runs

    database = open_store(args)
    started = utcnow()
    try:
        with sync_stops():
            outcome = runs.run_sync(
                database, paths, progress=progress, allow_mass_deletion=args.allow_deletions
            )
    except runs.NotEnrolled as error:
        raise CommandError(
            translate(
                "cli",
                "cet ordinateur n'est relié à aucun hub : "
                "lancez d'abord entraide enroll --hub URL --code CODE.",
            )
        ) from error
    finally:
        database.close()
    report = outcome.report
    _say_synced(report.pushed, report.pulled, report.conflicts, on_terminal)
    _say_follow_ups(args, outcome, started)
    return 0


def _say_follow_ups(args: argparse.Namespace, outcome: SyncOutcome, started: datetime) -> None:
    """What the sync was refused, the mentoring requests noted, the stick's files carried and the
    new matches found, one line each."""
    from app.cli.output import text_of

    report = outcome.report
    if report.conflicts:  # what this sync was refused, and why
        fresh = [item for item in database_refusals(args) if item.created_at >= started]
        _print_refusals(fresh, sys.stderr)
    noted = outcome.mentoring_noted
    if noted:
        said = plural(
            noted,
            translate(
                "cli",
                "%n demande de mentorat reçue pour nos pratiques, "
                "notée dans les contacts (mot-clé « mentorat »).",
            ),
            translate(
                "cli",
                "%n demandes de mentorat reçues pour nos pratiques, "
                "notées dans les contacts (mot-clé « mentorat »).",
            ),
        )
        print(said, file=sys.stderr)
    for carried in outcome.carried:  # files found in the stick folder, carried for others
        if carried.refused is not None:
            said = translate("cli", "{0} : refusé — {1}").format(carried.source, text_of(carried.refused))
        else:
            said = translate("cli", "{0} : transmis ; réponse écrite dans {1}.").format(
                carried.source, ", ".join(str(p) for p in carried.answer)
            )
        print(said, file=sys.stderr)
    if outcome.new_matches:
        found = outcome.new_matches
        said = plural(
            found,
            translate(
                "cli",
                "%n nouvelle correspondance pour nos besoins et propositions : entraide status la liste.",
            ),
            translate(
                "cli",
                "%n nouvelles correspondances pour nos besoins et propositions : entraide status les liste.",
            ),
        )
        print(said, file=sys.stderr)


def _configure_status(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--days",
        type=int,
        metavar="N",
        dest="within_days",
        help=translate(
            "cli",
            "conventions qui se terminent dans les N jours "
            "(par défaut : le délai de rappel de chacune, 60 jours sauf réglage)",
        ),
    )


def show_status(args: argparse.Namespace) -> int:
    if args.within_days is not None and not 0 <= args.within_days <= 3650:
        raise CommandError(translate("cli", "--days va de 0 à 3650."))
    from app.cli.store import open_store

    database = open_store(args)
    try:
        # Loaded once the store is open: a scheduled `entraide sync` needs none of them.
        from app.cli import courier, needs
        from app.cli.output import marked, show_moment, text_of
        from app.services.agreements import reminders as agreements
        from app.sync import wording
        from app.sync.engine import status

        info = database.run(status)
        ending = database.run(agreements.reminders, None, args.within_days)
        needs_lines = needs.status_lines(database)
        courier_lines = courier.status_lines(database)
    finally:
        database.close()
    last = show_moment(info["last_sync_at"]) if info["last_sync_at"] else translate("cli", "jamais")
    print(
        translate("cli", "Hub : {0}").format(info["hub_url"] or translate("cli", "aucun (pas encore enrôlé)"))
    )
    if info["association"]:
        print(translate("cli", "Association : {0}").format(info["association"]))
    print(translate("cli", "Dernière synchronisation réussie : {0}").format(last))
    print(translate("cli", "Modifications en attente d'envoi : {0}").format(format_count(info["pending"])))
    print(translate("cli", "Conflits à régler : {0}").format(format_count(info["conflicts"])))
    held = info["quarantined"]
    if held:
        # Records received that this computer could not apply: the sync went on without them.
        print(translate("cli", "Fiches reçues mises de côté : {0}").format(format_count(len(held))))
        for record in held[:20]:
            kind = wording.record_kind(record.entity_type, marked)
            print(f"  - {kind} {record.record_id} : {wording.describe_all(record.problems, marked)}")
        if len(held) > 20:
            print("  " + translate("cli", "… et {0} de plus.").format(format_count(len(held) - 20)))
    _print_refusals(database_refusals(args))
    if info["last_error"]:
        print(translate("cli", "Dernière erreur : {0}").format(text_of(info["last_error"])))
    if ending:
        print(translate("cli", "Conventions à renouveler ou qui se terminent bientôt :"))
        for reminder in ending:
            print(f"  - {text_of(reminder.message())}")
    for line in needs_lines + courier_lines:
        print(line)
    return 0


def database_refusals(args: argparse.Namespace) -> list[ConflictInfo]:
    """The changes the hub refused that the user has not dismissed yet."""
    from app.cli.store import open_store
    from app.sync import conflicts

    database = open_store(args)
    try:
        return [item for item in database.run(conflicts.list_conflicts) if item.kind == "refused"]
    finally:
        database.close()


def _print_refusals(refused: list[ConflictInfo], out: TextIO | None = None) -> None:
    """Each refusal with the hub's reason, in the command line's language (the window's Conflits
    section shows the same)."""
    from app.cli.output import marked, text_of
    from app.sync import wording

    if not refused:
        return
    out = out or sys.stdout  # looked up now: a test captures it after this module is imported
    print(
        translate("cli", "Modifications refusées par le hub : {0}").format(format_count(len(refused))),
        file=out,
    )
    for item in refused[:20]:
        what = (
            text_of(item.record_label) if item.record_label else wording.record_kind(item.entity_type, marked)
        )
        why = [text_of(item.reason)] if item.reason else []
        if item.problems:
            why.append(wording.describe_all(item.problems, marked))
        # The end of the id, as every command names a record (a UUIDv7 starts with its time).
        line = translate("cli", "{0} ({1}) : {2}").format(what, item.record_id[-8:], " ".join(why))
        print(f"  - {line}", file=out)
    if len(refused) > 20:
        print("  " + translate("cli", "… et {0} de plus.").format(format_count(len(refused) - 20)), file=out)


COMMANDS = {
    "enroll": (QT_TRANSLATE_NOOP("cli", "relier cet ordinateur au hub du réseau"), _configure_enroll, enroll),
    "sync": (QT_TRANSLATE_NOOP("cli", "synchroniser une fois avec le hub"), _configure_sync, sync),
    "status": (
        QT_TRANSLATE_NOOP(
            "cli",
            "état de la synchronisation, conventions qui se terminent bientôt, nouvelles "
            "correspondances pour nos besoins et propositions",
        ),
        _configure_status,
        show_status,
    ),
}
