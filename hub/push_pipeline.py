"""A push's statements on PostgreSQL while it holds the version lock, in two round trips:

- the lock, the counter and its records' committed versions (read once the lock is held), and
  the device's row (when it was last seen);
- its writes: the records it changed, the ones it made, their parties and links, the version
  counter and the stored results, each statement taking a whole column per parameter (`unnest`),
  so that it is the same whatever the batch holds, and prepared once.

Why: every push waits for this lock. Sent one after the other (the ORM's UPDATE, a COPY per
table: about twelve round trips), each statement waited for a core and for its worker's
interpreter on a busy hub, which made the hold three to five times longer than on a quiet one
(docs/decisions.md, "The hub under load"). SQLite runs in the process: it keeps the ORM and
`insert_many` (hub/push_context.py, hub/push.py)."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, cast

from sqlalchemy import JSON, Connection, Dialect, String, Table, Update
from sqlalchemy.engine import Compiled
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from hub.bulk import converted_columns
from hub.models import Base, Record

# What a push may change on a record it did not make (push_ops.py, sharing.py, purge.py).
CHANGEABLE = (
    "visibility",
    "parties",
    "version",
    "fields",
    "field_versions",
    "field_devices",
    "deleted",
    "deleted_version",
    "purged",
    "updated_at",
)
Rows = Sequence[Mapping[str, object]]
# The version lock. Under load dozens of pushes wait for it. Waiting in LOCK TABLE holds no snapshot
# (a SELECT … FOR UPDATE on the state row holds one while it waits), and a push writes nothing
# before it holds the lock (no transaction id): either would keep every version of the state row
# written after the oldest waiter began from being pruned, so each hold took longer the longer the
# queue was, and a queue once formed never drained (docs/decisions.md, "The hub under load").
# EXCLUSIVE lets readers of the counter (pulls) through.
LOCK = "LOCK TABLE hub_state IN EXCLUSIVE MODE"
_LAST_VERSION = "SELECT last_version FROM hub_state WHERE id = 1"
_VERSIONS = "SELECT record_id, version, deleted FROM records WHERE record_id = ANY(%b::varchar[])"

if TYPE_CHECKING:
    import psycopg


def lock_and_versions(
    session: Session, record_ids: list[str], seen: tuple[Update, dict[str, object]]
) -> tuple[int, dict[str, tuple[int, bool]]]:
    """The version lock; the last version handed out, and the committed (version, deleted) of
    those records that exist, both read once it is held; and `seen`, the device's row updated."""
    seen_sql, seen_params = _compiled(session.connection().dialect, *seen)
    with _pipeline(session, LOCK) as driver:
        driver.execute(LOCK)
        last = driver.execute(_LAST_VERSION)
        versions = driver.execute(_VERSIONS, [record_ids])
        driver.execute(seen_sql, seen_params)
    # Read once the pipeline is synced: reading inside it would cost a round trip of its own.
    locked = last.fetchone()
    assert locked is not None  # the state row is made with the database (hub/db.py)
    return int(locked[0]), {record_id: (version, deleted) for record_id, version, deleted in versions}


def _compiled(
    dialect: Dialect, statement: Update, params: dict[str, object]
) -> tuple[str, Mapping[str, object]]:
    compiled = _compile(dialect, statement)
    return compiled.string, compiled.construct_params(params) or {}


@functools.cache
def _compile(dialect: Dialect, statement: Update) -> Compiled:
    return statement.compile(dialect=dialect)


def take_changed_records(session: Session) -> list[dict[str, object]]:
    """The records the push changed, as rows, taken out of the ORM's hands (expunged): they are
    written by `write_and_commit`, and nothing of the push reads them after."""
    rows: list[dict[str, object]] = []
    for record in [o for o in session.dirty if isinstance(o, Record)]:
        rows.append({"record_id": record.record_id} | {name: getattr(record, name) for name in CHANGEABLE})
        session.expunge(record)
    return rows


def write_and_commit(session: Session, writes: Sequence[tuple[type[Base], Rows, bool]]) -> None:
    """Each (model, rows, update) in order, in one pipeline with the session's COMMIT: an UPDATE
    by primary key when `update`, else an INSERT. The session's own commit then has nothing left
    to send. A failure is raised as SQLAlchemy raises it for any statement (IntegrityError…), so
    that the callers' handling stays the same."""
    connection = session.connection()
    statements = [_statement(connection, model, rows, update) for model, rows, update in writes if rows]
    with _pipeline(session, "; ".join(sql for sql, _ in statements)) as driver, driver.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql, params)
        # As a statement, sent with the others (`commit()` syncs on its own: one more round
        # trip). After an error the server skips it with everything up to the pipeline's sync.
        cursor.execute("COMMIT")


@contextmanager
def _pipeline(session: Session, sql: str) -> Iterator[psycopg.Connection]:
    """The session's psycopg connection (its transaction) in pipeline mode: the statements are
    sent together when the block ends or a result is read. A failure is raised as SQLAlchemy
    raises it for any statement (IntegrityError…), so that the callers' handling stays the same."""
    import psycopg  # only ever called on PostgreSQL, whose driver it is

    connection = session.connection()
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    try:
        with driver.pipeline():
            yield driver
    except psycopg.Error as error:
        if driver.broken:  # as SQLAlchemy does when a statement meets a dropped connection
            connection.invalidate(error)
        raise cast(
            BaseException,
            DBAPIError.instance(sql, None, error, psycopg.Error, connection_invalidated=driver.broken),
        ) from error


def _statement(
    connection: Connection, model: type[Base], rows: Rows, update: bool
) -> tuple[str, list[list[object]]]:
    table, dialect = cast(Table, model.__table__), connection.dialect
    columns = tuple(rows[0])
    build = _update_sql if update else _insert_sql
    return build(dialect, table, columns), converted_columns(dialect, table, rows, columns)


def _unnest(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    """`unnest(%b::type[], …) AS t(columns)`: one array parameter per column. JSON goes as text
    and is cast back where it is stored, so the text is kept as it was encoded; so do strings,
    whose length the column's type then checks (a cast to varchar(n)[] would cut them short)."""
    types = []
    for name in columns:
        column_type = table.c[name].type
        text = isinstance(column_type, JSON | String)
        types.append("text" if text else column_type.compile(dialect=dialect))
    arrays = ", ".join(f"%b::{type_name}[]" for type_name in types)
    return f"unnest({arrays}) AS t({', '.join(columns)})"


def _value(table: Table, name: str) -> str:
    return f"t.{name}::json" if isinstance(table.c[name].type, JSON) else f"t.{name}"


@functools.cache
def _insert_sql(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    values = ", ".join(_value(table, name) for name in columns)
    return (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"SELECT {values} FROM {_unnest(dialect, table, columns)}"
    )


@functools.cache
def _update_sql(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    (key,) = (column.name for column in table.primary_key.columns)
    changed = ", ".join(f"{name} = {_value(table, name)}" for name in columns if name != key)
    return (
        f"UPDATE {table.name} SET {changed} FROM {_unnest(dialect, table, columns)} "
        f"WHERE {table.name}.{key} = t.{key}"
    )
