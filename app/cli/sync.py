"""`entraide enroll`, `entraide sync` and `entraide status`: syncing from a scheduled task."""

from __future__ import annotations

import argparse
import socket
import sys

from app.cli import needs
from app.cli.errors import CommandError
from app.cli.output import text_of
from app.cli.store import open_store
from app.paths import data_paths
from app.services import identity
from app.services.agreements import records as agreements
from app.sync import runs, wording
from app.sync.client import HubError, insecure_address
from app.sync.credentials import TokenStore
from app.sync.engine import MassDeletion, status


def _configure_enroll(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--hub", required=True, metavar="URL", help="adresse du hub (https://…)")
    parser.add_argument("--code", required=True, help="code d'enrôlement donné par l'administrateur du hub")
    parser.add_argument("--device-name", default=socket.gethostname(), help="nom de cet ordinateur")


def enroll(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    if insecure_address(args.hub):
        raise CommandError(
            "l'adresse du hub doit commencer par https:// (le jeton ne doit jamais circuler en clair)."
        )
    database = open_store(args)  # before the one-time code is spent: a mistyped folder is refused
    store = TokenStore(paths.root)
    try:
        answer = runs.enroll(args.hub, args.code, args.device_name, store)
    except HubError as error:
        database.close()
        raise CommandError(str(error)) from error
    try:
        database.run(lambda session: runs.remember_enrolment(session, args.hub, answer))
        _compare_identity(database, args.hub, store)
    finally:
        database.close()
    where = (
        "dans un fichier lisible par vous seul (pas de trousseau système)"
        if store.uses_file
        else "dans le trousseau du système"
    )
    print(
        f"Cet ordinateur est relié au hub pour « {answer.association_name} ». Jeton enregistré {where}.",
        file=sys.stderr,
    )
    return 0


FIELD_NAMES = {"name": "nom", "rna": "RNA", "siret": "SIRET"}


def _compare_identity(database, hub: str, tokens: TokenStore) -> None:
    """What this computer says of us and the hub says otherwise: said, ours kept (the window
    lets the user choose; here, Préférences or the window change it afterwards)."""
    try:
        member = runs.hub_record(hub, tokens)
    except HubError:
        return  # compared at the next enrolment from the window, or by the user
    if member is None:
        return
    found = database.run(lambda s: identity.differences(s, member.name, member.rna, member.siret))
    for difference in found:
        print(
            f"{FIELD_NAMES[difference.field]} : « {difference.ours} » sur cet ordinateur, "
            f"« {difference.hub} » au hub ; celui de cet ordinateur est gardé "
            "(Fichier ▸ Préférences pour le changer).",
            file=sys.stderr,
        )


def _configure_sync(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-deletions",
        action="store_true",
        help="accepter une synchronisation qui supprime beaucoup de fiches",
    )


def sync(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    database = open_store(args)

    def progress(step: str, done: int, total: int) -> None:
        label = "envoi" if step == "push" else "réception"
        print(f"\r{label} : {done}/{max(total, done)}", end="", file=sys.stderr, flush=True)

    try:
        outcome = runs.run_sync(database, paths, progress=progress, allow_mass_deletion=args.allow_deletions)
    except runs.NotEnrolled as error:
        raise CommandError(
            "cet ordinateur n'est relié à aucun hub : lancez d'abord entraide enroll --hub URL --code CODE."
        ) from error
    except MassDeletion as error:
        raise CommandError(f"{error} Relancez avec --allow-deletions si c'est voulu.") from error
    except HubError as error:
        raise CommandError(str(error)) from error
    finally:
        database.close()
    report = outcome.report
    print(
        f"\rSynchronisé : {report.pushed} envoyé(s), {report.pulled} reçu(s), {report.conflicts} conflit(s).",
        file=sys.stderr,
    )
    noted = outcome.mentoring_noted
    if noted:
        plural = "s" if noted > 1 else ""
        print(
            f"{noted} demande{plural} de mentorat reçue{plural} pour nos pratiques, notée{plural} "
            "dans les contacts (mot-clé « mentorat »).",
            file=sys.stderr,
        )
    if outcome.new_matches:
        found = outcome.new_matches
        print(
            f"{found} nouvelle{'s' if found > 1 else ''} correspondance{'s' if found > 1 else ''} pour nos "
            "besoins et propositions : entraide status les liste.",
            file=sys.stderr,
        )
    return 0


def _configure_status(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jours",
        type=int,
        metavar="N",
        dest="within_days",
        help="conventions qui se terminent dans les N jours "
        "(par défaut : le délai de rappel de chacune, 60 jours sauf réglage)",
    )


def show_status(args: argparse.Namespace) -> int:
    if args.within_days is not None and not 0 <= args.within_days <= 3650:
        raise CommandError("--jours va de 0 à 3650.")
    database = open_store(args)
    try:
        info = database.run(status)
        ending = database.run(agreements.reminders, None, args.within_days)
        needs_lines = needs.status_lines(database)
    finally:
        database.close()
    last = info["last_sync_at"].astimezone().strftime("%d/%m/%Y %H:%M") if info["last_sync_at"] else "jamais"
    print(f"Hub : {info['hub_url'] or 'aucun (pas encore enrôlé)'}")
    if info["association"]:
        print(f"Association : {info['association']}")
    print(f"Dernière synchronisation réussie : {last}")
    print(f"Modifications en attente d'envoi : {info['pending']}")
    print(f"Conflits à régler : {info['conflicts']}")
    held = info["quarantined"]
    if held:
        # Records received that this computer could not apply: the sync went on without them.
        print(f"Fiches reçues mises de côté : {len(held)}")
        for record in held[:20]:
            print(
                f"  - {wording.record_kind(record.entity_type)} {record.record_id} : "
                f"{wording.describe_all(record.problems)}"
            )
        if len(held) > 20:
            print(f"  … et {len(held) - 20} de plus.")
    if info["last_error"]:
        print(f"Dernière erreur : {text_of(info['last_error'])}")
    if ending:
        print("Conventions à renouveler ou qui se terminent bientôt :")
        for reminder in ending:
            print(f"  - {text_of(reminder.message())}")
    for line in needs_lines:
        print(line)
    return 0


COMMANDS = {
    "enroll": ("relier cet ordinateur au hub du réseau", _configure_enroll, enroll),
    "sync": ("synchroniser une fois avec le hub", _configure_sync, sync),
    "status": (
        "état de la synchronisation, conventions qui se terminent bientôt, nouvelles "
        "correspondances pour nos besoins et propositions",
        _configure_status,
        show_status,
    ),
}
