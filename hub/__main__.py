"""`entraide-hub`: run the network hub and administer it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from hub import admin
from hub import backup as backups
from hub.config import HubSettings
from hub.db import migrate, open_hub_database


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
        http="hub.serving:NoDelayHTTPProtocol",
    )
    return 0


def _redacted(url: str) -> str:
    """Never print a database password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _admin(work: Callable[..., object]) -> Callable[[argparse.Namespace], int]:
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


def _create_association(session, args, _settings) -> None:
    association = admin.create_association(session, args.name, args.rna, args.siret)
    print(f"Association créée : {association.name} ({association.id})")


def _associations(session, _args, _settings) -> None:
    for association in admin.list_associations(session):
        print(f"{association.id}  {association.name}")


def _enrollment_code(session, args, settings) -> None:
    code, expires, association = admin.create_enrollment_code(
        session, args.association, settings.enrollment_code_hours if args.hours is None else args.hours
    )
    print(f"Code d'enrôlement pour {association.name} : {code}")
    print(f"Valable une seule fois, jusqu'au {expires:%d/%m/%Y %H:%M} (UTC).")


def _devices(session, args, _settings) -> None:
    for device in admin.list_devices(session, args.association):
        state = f"révoqué le {device.revoked_at:%d/%m/%Y}" if device.revoked_at else "actif"
        seen = f"vu le {device.last_seen_at:%d/%m/%Y}" if device.last_seen_at else "jamais vu"
        print(f"{device.id}  {device.name}  ({state}, {seen})")


def _revoke(session, args, _settings) -> None:
    device = admin.revoke_device(session, args.device)
    print(f"Appareil révoqué : {device.name} ({device.id})")


def _purge(session, _args, settings) -> None:
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
    _settings, url = _database(args)
    print(backups.backup(url, Path(args.file)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _settings, url = _database(args)
    print(backups.restore(url, Path(args.file)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="entraide-hub", description="Hub du réseau Entraide.")
    parser.add_argument("--version", action="version", version=f"Entraide hub {version('entraide')}")
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
    saved.add_argument("file", metavar="FICHIER")
    restored = command(
        "restore",
        "remplacer la base du hub par une sauvegarde (hub arrêté) ; le hub reçoit une nouvelle identité",
        cmd_restore,
    )
    restored.add_argument("file", metavar="FICHIER")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except admin.AdminError as error:
        print(f"entraide-hub : {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # one readable line, never a traceback
        print(f"entraide-hub : erreur ({type(error).__name__}) : {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
