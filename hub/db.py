"""The hub's engine, sessions and migrations, on SQLite (default) or PostgreSQL."""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from hub.models import Base, ConsoleState, HubState

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
POOL_RECYCLE_S = 1800  # PostgreSQL connections are replaced after half an hour
T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged push survives a power cut
    # A record deleted for good leaves no value in the file's free space (hub/purge.py).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(url: str, *, immediate: bool = False) -> Engine:
    if not is_sqlite(url):
        # No ping before each checkout (a round trip per request): a connection that died with the
        # server fails its first statement, which invalidates the pool, and `retrying` runs the
        # lookups again once on a fresh connection (docs/decisions.md, "Hub requests").
        return create_engine(url, pool_size=10, max_overflow=20, pool_recycle=POOL_RECYCLE_S)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    if immediate:
        # Writers take SQLite's write lock when they begin, so two pushes queue up
        # (busy_timeout) instead of failing when one upgrades a read lock.
        @event.listens_for(engine, "connect")
        def _no_implicit_begin(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@dataclass
class HubDatabase:
    url: str
    reader: sessionmaker[Session]  # pulls, handshakes: never block writers
    writer: sessionmaker[Session]  # pushes and admin changes
    # Read-only lookups of one request (token, pull): on PostgreSQL in autocommit, each statement
    # its own snapshot as in a READ COMMITTED transaction, without the BEGIN and ROLLBACK round
    # trips; on SQLite the reader (one snapshot). Never write through it.
    lookup: sessionmaker[Session]

    def retrying(self, work: Callable[[Session], T]) -> T:
        """`work` on a lookup session, once more on a fresh connection when the first one had died
        (the server restarted: without a ping before each checkout, its first use tells)."""
        try:
            with self.lookup() as session:
                return work(session)
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
        with self.lookup() as session:
            return work(session)

    def fold_journal(self) -> None:
        """SQLite: write the journal back into the file and empty it, so that the older copies
        of a purged record's pages it held are gone (best effort: a reader may hold it)."""
        if not is_sqlite(self.url):
            return  # PostgreSQL: autovacuum reclaims the dead row versions (docs/decisions.md)
        raw = self.writer.kw["bind"].raw_connection()  # outside a transaction, as SQLite wants
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass  # busy: the next checkpoint (at most 1,000 pages later) overwrites them
        finally:
            raw.close()

    def dispose(self) -> None:
        for factory in (self.reader, self.writer):
            bind = factory.kw["bind"]
            bind.dispose()


def open_hub_database(url: str) -> HubDatabase:
    read_engine = make_engine(url)
    write_engine = make_engine(url, immediate=True) if is_sqlite(url) else read_engine
    reader = sessionmaker(read_engine, expire_on_commit=False)
    lookup_engine = read_engine
    if not is_sqlite(url):
        lookup_engine = read_engine.execution_options(isolation_level="AUTOCOMMIT")
    return HubDatabase(
        url,
        reader,
        sessionmaker(write_engine, expire_on_commit=False),
        sessionmaker(lookup_engine, expire_on_commit=False),
    )


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str) -> None:
    """Bring the schema to the newest revision and make sure the hub has its identity."""
    command.upgrade(alembic_config(url), "head")
    database = open_hub_database(url)
    try:
        with database.writer.begin() as session:
            ensure_state(session)
    finally:
        database.dispose()


def ensure_state(session: Session) -> HubState:
    state = session.scalar(select(HubState).where(HubState.id == 1))
    if state is None:
        state = HubState(
            id=1, instance_id=str(uuid.uuid4()), last_version=0, oldest_cursor=0, created_at=utcnow()
        )
        session.add(state)
        session.flush()
    return state


def insert_ignoring_duplicates(
    session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]
) -> None:
    """INSERT … ON CONFLICT DO NOTHING on either database: several workers may write the same."""
    if not rows:
        return
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(insert(model).values(rows).on_conflict_do_nothing())


def ensure_console_state(session: Session) -> ConsoleState:
    """The console's one row (its cookie key, made once for every worker; the activity cursor)."""
    state = session.get(ConsoleState, 1)
    if state is None:
        insert_ignoring_duplicates(
            session,
            ConsoleState,
            [{"id": 1, "secret": secrets.token_hex(32), "activity_version": 0, "created_at": utcnow()}],
        )
        state = session.get_one(ConsoleState, 1)
    return state
