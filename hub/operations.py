"""The hub's state and its backups, as the console's operations page and `entraide-hub status`
show them: version, database, identity, disk used, and the backup files with their dates."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from hub import __version__
from hub import backup as backups
from hub.admin import BackupError
from hub.db import ensure_state, is_sqlite, utcnow
from hub.models import Association, Device, Record
from protocol import messages as p

BACKUP_SUFFIX = ".sauvegarde"


def where(url: str) -> str:
    """The database's kind and place, never its password."""
    parsed = make_url(url)
    if is_sqlite(url):
        return f"SQLite, {parsed.database}"
    return f"PostgreSQL, {parsed.host or 'socket'}:{parsed.port or 5432}/{parsed.database}"


@dataclass(frozen=True)
class HubStatus:
    version: str
    protocol: int
    database: str
    instance_id: str
    created_at: datetime
    last_version: int
    associations: int
    devices: int  # not revoked
    records: int  # not deleted
    database_bytes: int | None
    data_dir: str
    disk_free: int | None
    disk_total: int | None


def _database_bytes(session: Session, url: str) -> int | None:
    if is_sqlite(url):
        path = make_url(url).database
        if not path or path == ":memory:":
            return None
        files = [Path(path), Path(path + "-wal")]
        return sum(f.stat().st_size for f in files if f.exists())
    size = session.scalar(text("SELECT pg_database_size(current_database())"))
    return int(size) if size is not None else None


def _disk(folder: Path) -> tuple[int | None, int | None]:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            usage = shutil.disk_usage(candidate)
            return usage.free, usage.total
    return None, None


def status(session: Session, url: str, data_dir: str) -> HubStatus:
    state = ensure_state(session)
    free, total = _disk(Path(data_dir))
    return HubStatus(
        version=__version__,
        protocol=p.PROTOCOL_VERSION,
        database=where(url),
        instance_id=state.instance_id,
        created_at=state.created_at,
        last_version=state.last_version,
        associations=session.scalar(select(func.count()).select_from(Association)) or 0,
        devices=session.scalar(select(func.count()).where(Device.revoked_at.is_(None))) or 0,
        records=session.scalar(select(func.count()).where(Record.deleted.is_(False))) or 0,
        database_bytes=_database_bytes(session, url),
        data_dir=data_dir,
        disk_free=free,
        disk_total=total,
    )


@dataclass(frozen=True)
class BackupFile:
    name: str
    made_at: datetime  # naive UTC, like every time of the hub
    size: int


class BackupFolderError(Exception):
    """The backup folder cannot be read: the reason, in French."""


def list_backups(folder: Path, missing_ok: bool = False) -> list[BackupFile]:
    """The backup files in the folder (the nightly timer's and the console's), newest first."""
    if missing_ok and not folder.exists():
        return []
    if not folder.is_dir():
        raise BackupFolderError(f"Le dossier des sauvegardes {folder} n'existe pas.")
    found = []
    try:
        for entry in os.scandir(folder):
            if entry.is_file() and entry.name.endswith(BACKUP_SUFFIX) and not entry.name.startswith("."):
                info = entry.stat()
                made = datetime.fromtimestamp(info.st_mtime, UTC).replace(tzinfo=None)
                found.append(BackupFile(entry.name, made, info.st_size))
    except PermissionError:
        raise BackupFolderError(f"Le hub n'a pas le droit de lire le dossier {folder}.") from None
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def backup_now(url: str, folder: Path, create: bool = False) -> tuple[Path, str]:
    """A backup into the folder, named as the nightly ones; (file, the message of `backup`).
    `create`: the default folder (in the data folder) is made when missing; a configured one is
    the administrator's to make, with its owner and rights."""
    if create:
        folder.mkdir(mode=0o750, parents=True, exist_ok=True)
    if not folder.is_dir():
        raise BackupError(
            f"Le dossier des sauvegardes {folder} n'existe pas : créez-le d'abord "
            "(voir ENTRAIDE_HUB_BACKUP_DIR)."
        )
    target = folder / f"hub-{utcnow():%Y-%m-%d-%H%M%S}{BACKUP_SUFFIX}"
    return target, backups.backup(url, target)
