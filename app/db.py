"""The local store: engine with the right pragmas, session factory, migrate-to-head with backup."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    String,
    Table,
    column,
    create_engine,
    event,
    select,
    table,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.logs import events
from app.models import changes
from app.models.base import Base
from app.models.outbox import install_outbox
from app.paths import DataPaths
from app.store_file import SCHEMA_HEAD, apply_pragmas

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision = ['\"](\w+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision = ['\"](\w+)['\"]", re.M)
T = TypeVar("T")


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    apply_pragmas(dbapi_connection)


def make_engine(database: Path) -> Engine:
    # hide_parameters: an error's message names the statement, never the values (names, e-mails).
    engine = create_engine(f"sqlite:///{database}", hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # A folder named "Hélène" is percent-encoded in the URL; configparser reads "%" as its own.
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest revision, read from the scripts' headers (tests check that it agrees with
    Alembic and with SCHEMA_HEAD)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
            parents.update(_DOWN.findall(source))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None  # a new, empty store


def backup_database(engine: Engine, backups: Path, label: str) -> Path:
    """Copy the whole database (WAL included) with SQLite's online backup API."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"entraide-{stamp}-{label}.sqlite3"
    partial = target.with_name(target.name + ".partielle")  # never listed: a full disk leaves no half backup
    source = engine.raw_connection()
    try:
        with sqlite3.connect(partial) as dest:
            driver = source.driver_connection
            assert driver is not None  # an open connection has its sqlite3 one
            driver.backup(dest)
        dest.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    events.record("backup", "done", label=label, bytes=target.stat().st_size)
    return target


def migrate_to_head(engine: Engine, backups: Path) -> Path | None:
    """Upgrade to the newest schema; an existing store is backed up first. Returns the backup."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:  # the usual opening: no migration script read, no Alembic loaded
        return None
    from alembic import command

    backup = backup_database(engine, backups, f"avant-{current}") if current else None
    command.upgrade(alembic_config(engine), "head")
    return backup


# Tables whose secondary indexes a first sync builds after its last page (app.sync.bulk_indexes):
# only these are ever rebuilt at opening, so a model's index a migration forgot is not quietly made.
FIRST_SYNC_DEFERRED = ("contacts",)


def restore_indexes(connection: Connection, tables: Iterable[Table]) -> None:
    """Build any index these tables declare that the store lacks: a first sync drops those of a
    table it fills from empty and builds them after its last page (app.sync.bulk_indexes); a sync
    cut before then leaves them out. One query when none is missing."""
    present = {
        name for (name,) in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    for index in (index for declared in tables for index in declared.indexes):
        if index.name not in present and not index.unique:  # a unique one is never dropped
            index.create(connection)


def id_set(session: Session, name: str, ids: Iterable[str]) -> Select[str]:
    """Put ids in a temporary table of this connection; returns the subquery to use with IN.
    One query per table, without binding thousands of parameters (SQLite allows 32,766)."""
    connection = session.connection()
    connection.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id VARCHAR(36) PRIMARY KEY)")
    connection.exec_driver_sql(f"DELETE FROM temp.{name}")
    listed = ids if isinstance(ids, list) else list(ids)
    as_json = json.dumps(listed, ensure_ascii=False)
    if "\\u0000" in as_json:  # SQLite's JSON would cut such an id short: one call per id
        rows = [(record_id,) for record_id in listed]
        connection.exec_driver_sql(f"INSERT OR IGNORE INTO temp.{name}(id) VALUES (?)", rows)
    elif listed:  # one statement, where an executemany is a call into SQLite per id
        connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO temp.{name}(id) SELECT value FROM json_each(?)", (as_json,)
        )
    return select(column("id", String)).select_from(table(name, column("id"), schema="temp"))


def table_of(model: type) -> Table:
    """The table a declarative model maps (SQLAlchemy types `__table__` as any FROM clause)."""
    table = getattr(model, "__table__", None)
    if not isinstance(table, Table):
        raise TypeError(f"{model!r} does not map a table")
    return table


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows given as dicts (missing columns are NULL); see `bulk_insert_values`."""
    names = table.columns.keys()
    bulk_insert_values(session, table, [[row.get(name) for name in names] for row in rows])


def bulk_insert_values(session: Session, table: Table, rows: list[list[Any]]) -> None:
    """Insert many rows, each a list of values in the order of `table.columns`, in one
    statement, without the ORM's work per row and per value (a first sync inserts 100,000
    contacts). Values go through the columns' own conversions, in place."""
    insert_bound(session, table, bind_rows(session.connection().dialect, table, rows))


Bound = tuple[Any, ...]  # a row as the driver stores it (`bind_rows`)


def bind_rows(dialect: Dialect, table: Table, rows: list[list[Any]]) -> list[Bound]:
    """Rows as `bulk_insert_values` takes them, turned into what the driver stores (the columns'
    own conversions, in place). Needs no connection: a sync's download thread does it."""
    processors = [
        (i, p)
        for i, column in enumerate(table.columns)
        if (p := column.type.bind_processor(dialect)) is not None
    ]
    if not processors:
        return [tuple(values) for values in rows]
    last: dict[int, tuple[Any, Any]] = {}  # column -> (value, converted): rows share timestamps
    params = []
    for values in rows:
        for i, processor in processors:
            value = values[i]
            if value is not None:
                seen = last.get(i)
                if seen is not None and seen[0] is value:
                    values[i] = seen[1]
                else:
                    converted = processor(value)
                    if isinstance(converted, datetime):  # as sqlite3's own adapter would, once
                        converted = converted.isoformat(" ")
                    values[i] = converted
                    last[i] = (value, converted)
        params.append(tuple(values))
    return params


Filled = tuple[bool, ...]  # which of a table's columns rows give values to (see `without_nulls`)


def without_nulls(table: Table, rows: list[Bound]) -> tuple[Filled, list[Bound]]:
    """Bound rows without the columns that are NULL in all of them, and which columns are kept:
    the others are left out of their INSERT, which stores NULL (a column with a default of its
    own is always kept). Python's sqlite3 looks for an adapter each time it binds a None, which
    costs more than binding a string: a third of the writer's insert of a first sync's 100,000
    contacts, whose rows leave half their columns empty. Column by column, in C: 0.3 µs a row."""
    if not rows:
        return (), rows
    columns = list(zip(*rows, strict=True))
    defaults = _with_defaults(table) or (False,) * len(columns)
    filled = tuple(
        default or column.count(None) < len(rows) for column, default in zip(columns, defaults, strict=True)
    )
    return (filled, rows) if all(filled) else (filled, list(zip(*compress(columns, filled), strict=True)))


@functools.cache
def _with_defaults(table: Table) -> Filled | None:
    marks = tuple(column.server_default is not None for column in table.columns)
    return marks if any(marks) else None


def insert_bound(session: Session, table: Table, params: list[Bound], filled: Filled | None = None) -> None:
    """Insert rows that `bind_rows` made, in one statement; `filled`: rows of that shape,
    holding only the values of those columns (`without_nulls`)."""
    if not params:
        return
    connection = session.connection()
    changes.note(session, [table.name])  # the ORM's events do not see this statement
    quote = connection.dialect.identifier_preparer.quote
    columns = list(table.columns if filled is None else compress(table.columns, filled))
    names = ", ".join(quote(column.name) for column in columns)
    connection.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join('?' * len(columns))})", params
    )


@dataclass
class Database:
    """What the rest of the client needs of the store: its engine and a session factory."""

    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path
    backup_made: Path | None = None  # before a migration at this opening
    daily_backup: Path | None = None  # the day's backup, if this opening made it
    listeners: list[changes.Listener] = field(default_factory=list)

    def subscribe(self, listener: changes.Listener) -> None:
        """Call `listener` with the kinds of records each committed transaction changed, on the
        thread that committed it."""
        self.listeners.append(listener)

    def _publish(self, kinds: changes.Changes) -> None:
        for listener in list(self.listeners):
            listener(kinds)

    def run(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one unit of work in its own transaction: committed on success, rolled back on error."""
        with self.session_factory.begin() as session:
            return work(session, *args, **kwargs)

    def close(self) -> None:
        self.engine.dispose()


def open_database(paths: DataPaths) -> Database:
    paths.ensure()
    engine = make_engine(paths.database)
    backup = migrate_to_head(engine, paths.backups)
    with engine.begin() as connection:
        restore_indexes(connection, [Base.metadata.tables[name] for name in FIRST_SYNC_DEFERRED])
    factory = sessionmaker(engine, expire_on_commit=False)
    install_outbox(factory)
    database = Database(engine, factory, paths.database, backup)
    changes.install_change_tracking(factory, database._publish)
    return database
