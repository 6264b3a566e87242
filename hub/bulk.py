"""Many rows at once: the bulk of a push (new records, their parties and links, the stored
results) without the ORM's per-row bookkeeping, and the lookups of a whole batch's ids.

JSON values are encoded here, once and compactly; a value already encoded (`Encoded`, e.g. a
result pydantic serialised) is stored as it is. On PostgreSQL the rows go in one `COPY … FROM
STDIN` (one statement for the whole batch: an `executemany`, even pipelined, still has the
server parse, plan and run one INSERT per row); on SQLite in one `executemany`, which runs in
the process.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import JSON, ColumnElement, Connection, Dialect, String, Table, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import InstrumentedAttribute, Session

from hub.models import Base

# Compact, and UTF-8 kept as it is (the text is served as stored: hub/pull.py).
encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class Encoded(str):
    """JSON text already encoded: stored in a JSON column as it is."""


EMPTY_LIST = Encoded("[]")


def same_for_each(keys: Iterable[str], value: str) -> Encoded:
    """`{key: value}` for every key, as JSON text: `value` is already JSON (a number, a string
    encoded once) and the keys need no escaping (field names: protocol FIELD_NAME_PATTERN)."""
    inner = f'":{value},"'.join(keys)
    return Encoded(f'{{"{inner}":{value}}}' if inner else "{}")


def _to_json(value: object) -> str:
    return value if isinstance(value, Encoded) else encode_json(value)


Processor = Callable[[Any], Any] | None


@functools.cache
def _processors(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> tuple[Processor, ...]:
    processors: list[Processor] = []
    for name in columns:
        column_type = table.c[name].type
        if isinstance(column_type, JSON):
            processors.append(_to_json)
        else:
            processors.append(column_type.dialect_impl(dialect).bind_processor(dialect))
    return tuple(processors)


@functools.cache
def _statement(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    names = ", ".join(columns)
    if dialect.name == "postgresql":  # COPY's text format: psycopg writes values as PostgreSQL reads them
        return f"COPY {table.name} ({names}) FROM STDIN"
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table.name} ({names}) VALUES ({marks})"


def insert_many(session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    """INSERT every row (all with the same keys) into the model's table, in the session's
    transaction."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    session.flush()  # what the ORM holds goes first, in the order it was made
    connection = session.connection()
    columns = tuple(rows[0])
    sql = _statement(connection.dialect, table, columns)
    params = list(zip(*converted_columns(connection.dialect, table, rows, columns), strict=True))
    if connection.dialect.name == "postgresql":
        _copy(connection, sql, params)
    else:
        connection.exec_driver_sql(sql, params)


def converted_columns(
    dialect: Dialect, table: Table, rows: Sequence[Mapping[str, object]], columns: tuple[str, ...]
) -> list[list[object]]:
    """Each column's values as the driver takes them (one loop per column, not one generator per
    row)."""
    processors = zip(columns, _processors(dialect, table, columns), strict=True)
    return [_converted([row[name] for row in rows], process) for name, process in processors]


def _converted(values: list[object], process: Processor) -> list[object]:
    if process is _to_json:
        return [None if value is None else _to_json(value) for value in values]
    if process is None:
        return values
    done: dict[object, object] = {}  # a push stamps all its rows with one instant
    for index, value in enumerate(values):
        if value is not None:
            if value not in done:
                done[value] = process(value)
            values[index] = done[value]
    return values


def _copy(connection: Connection, sql: str, params: list[tuple[object, ...]]) -> None:
    """The rows through COPY on the session's own psycopg connection (its transaction); a
    failure is raised as SQLAlchemy raises it for any statement (IntegrityError…), so that the
    callers' handling (a concurrent replay: hub/push.py) stays the same."""
    import psycopg  # only ever called on PostgreSQL, whose driver it is

    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    try:
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            for values in params:
                copy.write_row(values)
    except psycopg.Error as error:
        raise cast(BaseException, DBAPIError.instance(sql, None, error, psycopg.Error)) from error


def among_parameter(dialect_name: str, column: InstrumentedAttribute[str], name: str) -> ColumnElement[bool]:
    """`column` is one of the values of the list parameter `name` (a whole batch's ids). On
    PostgreSQL `= ANY(array)`: one parameter, so the statement is compiled and planned once,
    whatever the batch's size; on SQLite an expanding IN."""
    if dialect_name == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(String)))
    return column.in_(bindparam(name, expanding=True))
