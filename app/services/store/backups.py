"""The store's backups in `sauvegardes/`: one automatic online backup per day at the first opening
(7 daily and 4 weekly kept), the ones made before a migration and before a sync applies
changes, and the store a restore replaced. Listed with their date and what they hold, restored
from the window (Fichier ▸ Restaurer une sauvegarde…) or `entraide restore-backup`.

A restore never deletes anything: the store it replaces (damaged or not) is moved, as it is,
into a folder of its own, and the backup is copied into place through a temporary file.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.db import backup_database
from app.errors import StoreProblem
from app.paths import DataPaths
from app.services.store.backup_names import DAILY, daily_made_on
from app.services.store.backup_names import NAME as _NAME
from app.services.store.backup_names import stamp as _stamp
from app.services.store.health import cheap_check
from app.services.store.problems import backup_unreadable, store_problem

DOUBTFUL = "douteuse"  # a daily backup made from a store found damaged afterwards
KEEP_DAILY, KEEP_WEEKLY = 7, 4
REPLACED, DAMAGED = "remplacee", "endommagee"  # folders where a restore puts the store it replaced
_ASIDE = re.compile(rf"^(?:{REPLACED}|{DAMAGED})-(\d{{8}}-\d{{6}}-\d{{6}})$")
# What a backup holds, as the restore list shows it (tables missing from an old one count 0).
COUNTED = {
    "contacts": "SELECT count(*) FROM contacts WHERE deleted_at IS NULL",
    "equipment": "SELECT count(*) FROM equipment WHERE deleted_at IS NULL",
    "practices": "SELECT count(*) FROM practices WHERE deleted_at IS NULL",
    "agreements": "SELECT count(*) FROM agreements WHERE deleted_at IS NULL",
}


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC
    kind: str  # "daily", "migration", "sync", "replaced", "doubtful", "other"
    counts: dict[str, int] | None = field(default=None, compare=False)  # None: unreadable

    @property
    def readable(self) -> bool:
        """Worth restoring: it can be read, and it was not made from a damaged store."""
        return self.counts is not None and self.kind != "doubtful"


def _kind(label: str) -> str:
    if label == DAILY:
        return "daily"
    if label == DOUBTFUL:
        return "doubtful"
    if label == "avant-sync":
        return "sync"
    if label.startswith("avant-"):
        return "migration"
    return "other"


def list_backups(paths: DataPaths, *, with_counts: bool = True) -> list[Backup]:
    """Every backup, newest first, with what it holds (None when it cannot be read)."""
    found: list[Backup] = []
    if not paths.backups.is_dir():
        return found
    for entry in paths.backups.iterdir():
        named = _NAME.match(entry.name)
        if named and entry.is_file():
            found.append(Backup(entry, _stamp(named.group(1)), _kind(named.group(2))))
            continue
        aside = _ASIDE.match(entry.name)
        if aside and entry.name.startswith(REPLACED) and (entry / paths.database.name).is_file():
            found.append(Backup(entry / paths.database.name, _stamp(aside.group(1)), "replaced"))
    found.sort(key=lambda backup: backup.made_at, reverse=True)
    if with_counts:
        found = [Backup(b.path, b.made_at, b.kind, counts_of(b.path)) for b in found]
    return found


def counts_of(path: Path) -> dict[str, int] | None:
    """What a store file holds, read without writing anything next to it; None if unreadable."""
    try:
        cheap_check(path)
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            counts = {}
            for name, sql in COUNTED.items():
                try:
                    counts[name] = connection.execute(sql).fetchone()[0]
                except sqlite3.OperationalError:  # no such table: a backup from before it existed
                    counts[name] = 0
            return counts
        finally:
            connection.close()
    except (StoreProblem, sqlite3.DatabaseError, OSError):
        return None


# --- the daily backup ---------------------------------------------------------------------------
def daily_backup(engine: Engine, paths: DataPaths, today: date | None = None) -> Path | None:
    """The day's backup, at the first opening of the day (local time); then the old dailies are
    thinned out. Returns the new backup, or None when the day already has one."""
    today = today or date.today()
    if daily_made_on(paths.backups, today):
        return None
    made = backup_database(engine, paths.backups, DAILY)
    prune_dailies(paths)
    return made


def prune_dailies(paths: DataPaths) -> list[Path]:
    """Keep the 7 newest daily backups, and of the older ones the newest of each week for the 4
    weeks before theirs; delete the others. Returns what was deleted."""
    dailies = [b for b in list_backups(paths, with_counts=False) if b.kind == "daily"]

    def week(backup: Backup) -> tuple[int, int]:
        year, number, _day = backup.made_at.astimezone().isocalendar()
        return year, number

    covered = {week(backup) for backup in dailies[:KEEP_DAILY]}
    weekly: set[tuple[int, int]] = set()
    deleted = []
    for backup in dailies[KEEP_DAILY:]:
        if week(backup) not in covered | weekly and len(weekly) < KEEP_WEEKLY:
            weekly.add(week(backup))
            continue
        backup.path.unlink(missing_ok=True)
        deleted.append(backup.path)
    return deleted


def mark_doubtful(backup: Path) -> Path:
    """The day's backup was made, at opening, from a store the full check then found damaged: it
    stays (it may hold what the others lack), named so that it is never offered to restore."""
    named = _NAME.match(backup.name)
    if named is None or not backup.exists():
        return backup
    target = backup.with_name(f"entraide-{named.group(1)}-{DOUBTFUL}.sqlite3")
    backup.rename(target)
    return target


# --- restoring ----------------------------------------------------------------------------------
def _companions(database: Path) -> list[Path]:
    return [database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")]


def move_aside(paths: DataPaths, kind: str = REPLACED) -> Path | None:
    """Move the store's files, as they are, into `sauvegardes/<kind>-<date>/`; None if there was
    no store. A rename: instant, and it needs no room on a full disk."""
    if not paths.database.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backups / f"{kind}-{stamp}"
    folder.mkdir(parents=True)
    for part in _companions(paths.database):
        if part.exists():
            part.rename(folder / part.name)
    return folder


def restore(paths: DataPaths, backup: Path) -> Path | None:
    """Put `backup` in place of the store (which no connection may hold open). The store it
    replaces goes aside, damaged or not; returns where. StoreProblem if the backup itself is
    damaged (nothing is moved then) or the folder refuses the copy."""
    folder = str(paths.root)
    try:
        cheap_check(backup, folder)
    except StoreProblem as problem:
        raise backup_unreadable(str(backup), problem.detail) from problem
    if not backup.exists():
        raise backup_unreadable(str(backup))
    try:
        healthy = True
        try:
            cheap_check(paths.database, folder)
        except StoreProblem:
            healthy = False
        temporary = paths.database.with_name(paths.database.name + ".restauration")
        shutil.copyfile(backup, temporary)
        aside = move_aside(paths, REPLACED if healthy else DAMAGED)
        os.replace(temporary, paths.database)
    except OSError as error:
        found = store_problem(error, folder)
        if found is None:
            raise
        raise found from error
    return aside


def find_backup(paths: DataPaths, wanted: str) -> Path | None:
    """A backup named as a person gives it: its number in the list (1 = newest), its file name,
    or a path to any store file."""
    wanted = wanted.strip()
    listed = list_backups(paths, with_counts=False)
    if wanted.isdigit() and 1 <= int(wanted) <= len(listed):
        return listed[int(wanted) - 1].path
    by_name = next((b.path for b in listed if wanted in (b.path.name, str(b.path))), None)
    if by_name is not None:
        return by_name
    path = Path(wanted).expanduser()
    return path if path.is_file() else None
