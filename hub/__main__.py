"""`entraide-hub`: run the network hub and administer it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hub import __version__, admin, audit, operations
from hub import backup as backups
from hub.config import HubSettings, SettingsProblem
from hub.console import accounts
from hub.db import migrate, open_hub_database

# What an administration command does, in one transaction on the hub's database.
AdminWork = Callable[[Session, argparse.Namespace, HubSettings], None]


def _database(args: argparse.Namespace) -> tuple[HubSettings, str]:
    settings = HubSettings.from_env(data_dir=args.data_dir, database_url=args.database_url)
    return settings, settings.resolved_database_url()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    settings = HubSettings.from_env(
        data_dir=args.data_dir,
        database_url=args.database_url,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=args.access_log,
    )
    migrate(settings.resolved_database_url())  # once, before the workers start
    _admin(_purge)(args)
    os.environ.update(settings.to_env())
    where = _redacted(settings.resolved_database_url())
    print(
        f"Hub Entraide sur http://{settings.host}:{settings.port} "
        f"({settings.workers} processus, base {where})",
        file=sys.stderr,
    )
    uvicorn.run(
        "hub.api:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=settings.log_level,
        proxy_headers=True,
        access_log=settings.access_log,
        http="hub.serving:NoDelayHTTPProtocol",
    )
    return 0


def _redacted(url: str) -> str:
    """Never print a database password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _admin(work: AdminWork) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        _settings, url = _database(args)
        migrate(url)
        database = open_hub_database(url)
        try:
            with database.writer.begin() as session:
                work(session, args, _settings)
        finally:
            database.dispose()
        return 0

    return run


def _create_association(session: Session, args: argparse.Namespace, _settings: HubSettings) -> None:
    association = admin.create_association(session, args.name, args.rna, args.siret)
    audit.record(session, audit.command_line_actor(), "association_created", association.name)
    print(f"Association créée : {association.name} ({association.id})")


def _associations(session: Session, _args: argparse.Namespace, _settings: HubSettings) -> None:
    for association in admin.list_associations(session):
        print(f"{association.id}  {association.name}")


def _enrollment_code(session: Session, args: argparse.Namespace, settings: HubSettings) -> None:
    hours = settings.enrollment_code_hours if args.hours is None else args.hours
    actor = audit.command_line_actor()
    code, expires, association = admin.create_enrollment_code(session, args.association, hours, actor)
    audit.record(session, actor, "code_created", association.name, hint=code[-4:], hours=hours)
    print(f"Code d'enrôlement pour {association.name} : {code}")
    print(f"Valable une seule fois, jusqu'au {expires:%d/%m/%Y %H:%M} (UTC).")


def _devices(session: Session, args: argparse.Namespace, _settings: HubSettings) -> None:
    for device in admin.list_devices(session, args.association):
        state = f"révoqué le {device.revoked_at:%d/%m/%Y}" if device.revoked_at else "actif"
        seen = f"vu le {device.last_seen_at:%d/%m/%Y}" if device.last_seen_at else "jamais vu"
        print(f"{device.id}  {device.name}  ({state}, {seen})")


def _revoke(session: Session, args: argparse.Namespace, _settings: HubSettings) -> None:
    device = admin.revoke_device(session, args.device)
    audit.record(session, audit.command_line_actor(), "device_revoked", device.name)
    print(f"Appareil révoqué : {device.name} ({device.id})")


def _purge(session: Session, _args: argparse.Namespace, settings: HubSettings) -> None:
    counts = admin.purge(session, settings.deletion_retention_days, settings.result_retention_days)
    print(
        f"Purgé : {counts['tombstones']} suppressions, {counts['removals']} retraits, "
        f"{counts['results']} réponses anciennes."
    )


def cmd_migrate(args: argparse.Namespace) -> int:
    _settings, url = _database(args)
    migrate(url)
    print(f"Base du hub à jour ({_redacted(url)}).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    settings, url = _database(args)
    if args.file:
        target, message = Path(args.file), backups.backup(url, Path(args.file))
    else:  # into the backup folder, named as the nightly ones (the console lists them)
        folder = settings.resolved_backup_dir()
        target, message = operations.backup_now(url, folder, settings.default_backup_dir)
    print(message)
    _note(url, "backup_made", target.name)
    return 0


def _note(url: str, action: str, target: str) -> None:
    """An audit line for a command that has no session of its own. A hub not migrated yet (backed
    up before an upgrade) has no audit log: the backup stands all the same."""
    database = open_hub_database(url)
    try:
        with database.writer.begin() as session:
            audit.record(session, audit.command_line_actor(), action, target)
    except SQLAlchemyError:
        pass
    finally:
        database.dispose()


def _read_password() -> str:
    """Typed twice at a terminal, never shown; from standard input otherwise (one line, for
    scripts: printf '%s\\n' "$MOTDEPASSE" | entraide-hub create-admin …). Never an argument."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Mot de passe (12 caractères au moins) : ")
    if getpass.getpass("Le même, encore une fois : ") != first:
        raise admin.AdminError("Les deux mots de passe diffèrent : rien n'a changé.")
    return first


def cmd_create_admin(args: argparse.Namespace) -> int:
    password = _read_password()  # before the transaction: a SQLite hub keeps serving meanwhile

    def create(session: Session, args: argparse.Namespace, _settings: HubSettings) -> None:
        account, created = accounts.set_admin(session, args.email, password, audit.command_line_actor())
        if created:
            print(f"Compte créé : {account.email}. Connexion : https://ADRESSE-DU-HUB/admin")
        else:
            print(f"Nouveau mot de passe pour {account.email} (ses sessions ouvertes sont fermées).")

    return _admin(create)(args)


def _admins(session: Session, _args: argparse.Namespace, _settings: HubSettings) -> None:
    for account in accounts.list_admins(session):
        seen = (
            f"dernière connexion le {account.last_login_at:%d/%m/%Y}"
            if account.last_login_at
            else "jamais connecté"
        )
        print(f"{account.email}  ({seen})")


def _status(session: Session, args: argparse.Namespace, settings: HubSettings) -> None:
    state = operations.status(session, settings.resolved_database_url(), settings.data_dir)
    print(f"Hub Entraide {state.version} (protocole {state.protocol})")
    print(f"Base : {state.database}" + (f", {_size(state.database_bytes)}" if state.database_bytes else ""))
    print(f"Identité : {state.instance_id} (depuis le {state.created_at:%d/%m/%Y})")
    print(
        f"{state.associations} association(s), {state.devices} appareil(s) relié(s), {state.records} fiche(s)"
    )
    if state.disk_free is not None:
        print(f"Disque : {_size(state.disk_free)} libres sur {_size(state.disk_total)} ({state.data_dir})")
    folder = settings.resolved_backup_dir()
    try:
        found = operations.list_backups(folder, settings.default_backup_dir)
    except operations.BackupFolderError as problem:
        print(f"Sauvegardes : {problem}")
        return
    print(f"Sauvegardes dans {folder} : {len(found)}")
    for item in found[:10]:
        print(f"  {item.made_at:%d/%m/%Y %H:%M} UTC  {_size(item.size):>10}  {item.name}")


def _size(octets: int | None) -> str:
    value, unit = float(octets or 0), 0
    units = ("o", "Ko", "Mo", "Go", "To")
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    return f"{value:.1f} {units[unit]}".replace(".", ",")


def cmd_restore(args: argparse.Namespace) -> int:
    _settings, url = _database(args)
    print(backups.restore(url, Path(args.file)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="entraide-hub", description="Hub du réseau Entraide.")
    parser.add_argument("--version", action="version", version=f"Entraide hub {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")

    def command(
        name: str, help_text: str, handler: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", help="dossier des données du hub (ENTRAIDE_HUB_DATA_DIR)")
        sub.add_argument("--database-url", help="postgresql+psycopg://… ; par défaut un fichier SQLite")
        sub.set_defaults(handler=handler)
        return sub

    serve = command("serve", "démarrer le hub", cmd_serve)
    serve.add_argument("--host", help="adresse d'écoute (127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (8765)")
    serve.add_argument("--workers", type=int, help="nombre de processus (1 ; plusieurs avec PostgreSQL)")
    serve.add_argument(
        "--access-log",
        action="store_true",
        default=None,
        help="une ligne par requête sur la sortie d'erreur (ENTRAIDE_HUB_ACCESS_LOG ; désactivé)",
    )
    created = command("create-association", "déclarer une association du réseau", _admin(_create_association))
    created.add_argument("name", metavar="NOM")
    created.add_argument("--rna")
    created.add_argument("--siret")
    command("associations", "lister les associations", _admin(_associations))
    code = command("enrollment-code", "créer un code d'enrôlement à usage unique", _admin(_enrollment_code))
    code.add_argument("association", metavar="ASSOCIATION", help="nom ou identifiant")
    code.add_argument(
        "--hours", type=int, help=f"durée de validité en heures, de 1 à {admin.MAX_ENROLLMENT_HOURS} (72)"
    )
    devices = command("devices", "lister les appareils d'une association", _admin(_devices))
    devices.add_argument("association", metavar="ASSOCIATION")
    revoke = command("revoke", "révoquer un appareil (son jeton ne vaut plus rien)", _admin(_revoke))
    revoke.add_argument("device", metavar="APPAREIL")
    command("purge", "oublier les suppressions et réponses trop anciennes", _admin(_purge))
    command("migrate", "mettre la base du hub à jour", cmd_migrate)
    saved = command(
        "backup", "sauvegarder la base du hub dans un fichier (même pendant qu'il tourne)", cmd_backup
    )
    saved.add_argument(
        "file",
        metavar="FICHIER",
        nargs="?",
        help="par défaut : hub-DATE.sauvegarde du dossier des sauvegardes",
    )
    admin_account = command(
        "create-admin",
        "créer un compte de la console web (/admin) ou changer son mot de passe (qui est demandé)",
        cmd_create_admin,
    )
    admin_account.add_argument("email", metavar="EMAIL")
    command("admins", "lister les comptes de la console web", _admin(_admins))
    command("status", "l'état du hub : version, base, identité, disque, sauvegardes", _admin(_status))
    restored = command(
        "restore",
        "remplacer la base du hub par une sauvegarde (hub arrêté) ; le hub reçoit une nouvelle identité",
        cmd_restore,
    )
    restored.add_argument("file", metavar="FICHIER")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except (admin.AdminError, SettingsProblem) as error:
        print(f"entraide-hub : {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # one readable line, never a traceback
        print(f"entraide-hub : erreur ({type(error).__name__}) : {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
