"""`entraide-hub backup` and `entraide-hub restore`: a consistent copy of the hub's database, and
its return.

SQLite: Python's sqlite3 backup API, a consistent snapshot even while the hub serves (WAL).
PostgreSQL: `pg_dump --format=custom` and `pg_restore`; the password goes through a temporary
passfile (PGPASSFILE), never on a command line nor in a message.

A restored hub always gets a NEW instance id. Its version counter went back to the backup's, so
devices that synced after the backup hold cursors past it, and changes the hub no longer has. With
a new id, each client sees "hub replaced" at its next handshake (app/sync/engine.py): it re-sends
everything its association owns, deletes nothing locally and pulls again from zero, so what was
lost since the backup comes back from the devices and clashing edits become conflicts. Keeping
the old id would let clients skip the versions handed out a second time and silently diverge.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import delete, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from hub.admin import BackupError
from hub.db import (
    alembic_config,
    ensure_state,
    is_sqlite,
    make_engine,
    migrate,
    open_hub_database,
)
from hub.models import Association, Base, ConsoleSession, ConsoleState, HubState
from hub.pg_tools import pg_tool

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
# Tables every revision of the hub's schema has: what tells a hub backup from any other file.
HUB_TABLES = frozenset({"alembic_version", "hub_state", "associations", "records"})
KIND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


@dataclass(frozen=True)
class Summary:
    associations: int
    version: int
    instance_id: str

    def __str__(self) -> str:
        return f"{self.associations} association(s), version {self.version}"


# --- the two commands -------------------------------------------------------------------------


def backup(url: str, target: Path) -> str:
    """Write a backup of the database at `url` to `target`; returns the message to print."""
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise BackupError(f"{target} est un dossier : donnez le nom du fichier de sauvegarde.")
    if not target.parent.is_dir():
        raise BackupError(f"Le dossier {target.parent} n'existe pas : créez-le d'abord.")
    with _staging(target) as partial, _readable_database_errors():
        if is_sqlite(url):
            database = _sqlite_path(url)
            if database.exists() and database.resolve() == target.resolve():
                raise BackupError(
                    "La sauvegarde ne peut pas remplacer la base elle-même : choisissez un autre fichier."
                )
            summary = _sqlite_backup(database, partial)
        else:
            pg_tool("pg_dump", url, ["--format=custom", f"--file={partial}"])
            summary = _summary(url)
    kind = "SQLite" if is_sqlite(url) else "PostgreSQL, pg_dump"
    return f"Sauvegarde enregistrée : {target} ({kind} ; {summary})."


def restore(url: str, source: Path) -> str:
    """Replace the database at `url` by the backup `source`, migrate it, give the hub a new
    identity; returns the message to print. The hub should be stopped meanwhile."""
    source = Path(source).expanduser().absolute()
    if not source.is_file():
        raise BackupError(f"Fichier de sauvegarde introuvable : {source}.")
    kind, expected = _kind(source), "sqlite" if is_sqlite(url) else "postgresql"
    if kind is None:
        raise BackupError(
            f"{source} n'est pas une sauvegarde du hub (ni une base SQLite, "
            "ni une archive de pg_dump --format=custom)."
        )
    if kind != expected:
        raise BackupError(
            f"{source} est une sauvegarde {KIND_NAMES[kind]} mais ce hub utilise "
            f"{KIND_NAMES[expected]} : restaurez-la sur un hub {KIND_NAMES[kind]} "
            "(voir ENTRAIDE_HUB_DATABASE_URL)."
        )
    kept = None
    with _readable_database_errors():
        if kind == "sqlite":
            summary, kept = _sqlite_restore(url, _sqlite_path(url), source)
        else:
            _pg_restore(url, source)
            migrate(url)  # an older backup, a newer hub: its schema is brought to head
            _new_identity(url)
            summary = _summary(url)
    lines = [
        f"Hub restauré depuis {source} ({summary}), base à jour.",
        f"Nouvelle identité du hub : {summary.instance_id}. À leur prochaine synchronisation, les "
        "appareils renverront ce qu'ils ont (rien n'est effacé chez eux).",
    ]
    if kept is not None:
        lines.append(f"L'ancienne base est gardée dans {kept}.")
    return "\n".join(lines)


# --- shared -----------------------------------------------------------------------------------


@contextmanager
def _staging(target: Path) -> Iterator[Path]:
    """A private file next to `target`, renamed over it only once complete: a failed or interrupted
    backup never leaves a truncated file under the expected name."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.partiel")
    partial.unlink(missing_ok=True)
    # 0600: a backup holds token hashes and the network's personal data.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield partial
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def _readable_database_errors() -> Iterator[None]:
    """SQLAlchemy's messages run over several lines (and a link): keep the driver's first line."""
    try:
        yield
    except DBAPIError as error:
        lines = str(error.orig or error).strip().splitlines() or [type(error).__name__]
        raise BackupError(f"La base de données a refusé l'opération : {lines[0]}") from None


def _kind(path: Path) -> str | None:
    with open(path, "rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        return "sqlite"
    return "postgresql" if head.startswith(PG_DUMP_MAGIC) else None


def _require_known_revision(url: str, revision: str) -> None:
    """A backup made by a newer hub cannot be migrated down: say so before touching anything."""
    try:
        known = ScriptDirectory.from_config(alembic_config(url)).get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise BackupError(
            f"Cette sauvegarde vient d'une version plus récente du hub (schéma "
            f"« {revision} ») : installez cette version du hub avant de la restaurer."
        )


def _new_identity(url: str) -> str:
    """A restored hub is a new hub: a new identity, and nobody stays logged in to its console (the
    backup holds the sessions of its day, even those closed since): a new key for its cookies."""
    database = open_hub_database(url)
    try:
        with database.writer.begin() as session:
            state = ensure_state(session)
            state.instance_id = str(uuid.uuid4())
            session.execute(delete(ConsoleSession))
            console = session.get(ConsoleState, 1)
            if console is not None:  # (without one, the first worker makes a fresh key)
                console.secret = secrets.token_hex(32)
            return state.instance_id
    finally:
        database.dispose()


def _summary(url: str) -> Summary:
    database = open_hub_database(url)
    try:
        with database.reader() as session:
            # Named columns: the database may be of an older schema than the model (a backup made
            # before an upgrade has no column added since).
            row = session.execute(
                select(HubState.last_version, HubState.instance_id).where(HubState.id == 1)
            ).first()
            if row is None:
                state = ensure_state(session)
                version, instance = state.last_version, state.instance_id
            else:
                version, instance = row[0], row[1]
            count = session.scalar(select(func.count()).select_from(Association)) or 0
            return Summary(count, version, instance)
    finally:
        database.dispose()


# --- SQLite -----------------------------------------------------------------------------------


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("Une base SQLite en mémoire ne se sauvegarde pas : donnez un fichier.")
    return Path(database).expanduser().absolute()


def _sqlite_hub_revision(connection: sqlite3.Connection, label: Path) -> str:
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if tables >= HUB_TABLES
            else None
        )
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{label} est illisible comme base SQLite ({error}).") from None
    if revision is None:
        raise BackupError(f"{label} n'est pas une base du hub Entraide (ses tables sont absentes).")
    return str(revision[0])


def _sqlite_copy(source: Path, target: Path, *, standalone: bool) -> None:
    """sqlite3's backup API: one consistent snapshot, even while the hub writes (WAL readers do
    not block writers). Into a live database it is one write transaction its users see at once."""
    with (
        closing(sqlite3.connect(source, timeout=30)) as origin,
        closing(sqlite3.connect(target, timeout=30)) as copy,
    ):
        origin.backup(copy)
        if standalone:
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it


def _sqlite_backup(database: Path, partial: Path) -> Summary:
    if not database.is_file():
        raise BackupError(
            f"Aucune base du hub à sauvegarder : {database} n'existe pas "
            "(voir ENTRAIDE_HUB_DATA_DIR ou --data-dir)."
        )
    # mode=rw: never create an empty database by mistake.
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=rw", uri=True, timeout=30)) as origin:
        _sqlite_hub_revision(origin, database)
    _sqlite_copy(database, partial, standalone=True)
    with closing(sqlite3.connect(partial)) as copy:
        count = copy.execute("SELECT count(*) FROM associations").fetchone()[0]
        version, instance = copy.execute("SELECT last_version, instance_id FROM hub_state").fetchone() or (
            0,
            "",
        )
    return Summary(count, version, instance)


def _sqlite_restore(url: str, database: Path, source: Path) -> tuple[Summary, Path | None]:
    """Prepare the restored database beside the live one (copied, migrated, new identity), keep
    the current database aside, then copy the prepared one into the live file."""
    database.parent.mkdir(parents=True, exist_ok=True)
    work = database.with_name(f".{database.name}.restauration-{os.getpid()}")
    try:
        shutil.copyfile(source, work)  # the backup file itself is never opened for writing
        with closing(sqlite3.connect(work)) as copy:
            revision = _sqlite_hub_revision(copy, source)
        _require_known_revision(url, revision)
        work_url = f"sqlite:///{work}"
        migrate(work_url)
        _new_identity(work_url)
        summary = _summary(work_url)
        kept = None
        if database.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            kept = database.with_name(f"{database.name}.avant-restauration-{stamp}")
            os.close(os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # as private as a backup
            _sqlite_copy(database, kept, standalone=True)
        _sqlite_copy(work, database, standalone=False)
        return summary, kept
    finally:
        for leftover in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
            leftover.unlink(missing_ok=True)


# --- PostgreSQL -------------------------------------------------------------------------------


def drop_tables_missing_from(url: str, archived: set[str], ours: set[str] | None = None) -> list[str]:
    """pg_restore --clean drops and recreates the archive's tables only. A table that a migration
    newer than the backup added would stay, and the migrations run after the restore would fail to
    create it again: drop such tables first, the hub's own only (`ours`), never anything else."""
    ours = ours if ours is not None else {*Base.metadata.tables, "alembic_version"}
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            doomed = sorted((set(inspect(connection).get_table_names()) & ours) - archived)
            for name in doomed:
                connection.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
    finally:
        engine.dispose()
    return doomed


def _pg_restore(url: str, source: Path) -> None:
    listing = pg_tool("pg_restore", None, ["--list", str(source)])
    tables = set(re.findall(r"^\d+; \d+ \d+ TABLE (?!DATA )\S+ (\S+) ", listing, re.MULTILINE))
    if not tables >= HUB_TABLES:
        raise BackupError(f"{source} n'est pas une sauvegarde du hub Entraide (ses tables sont absentes).")
    data = pg_tool("pg_restore", None, ["--data-only", "--table=alembic_version", "--file=-", str(source)])
    revision = re.search(r"^COPY \S*alembic_version .*FROM stdin;\n(\S+)$", data, re.MULTILINE)
    if revision is None:
        raise BackupError(f"{source} ne dit pas la version de son schéma (table alembic_version vide).")
    _require_known_revision(url, revision[1])
    drop_tables_missing_from(url, tables)
    # One transaction: a restore that fails half-way leaves the database as it was.
    pg_tool(
        "pg_restore",
        url,
        [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            str(source),
        ],
    )
