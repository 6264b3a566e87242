"""Many rows in one driver `executemany`: the bulk of a push (new records, their parties and
links, the stored results) without the ORM's per-row bookkeeping.

JSON values are encoded here, once and compactly; a value already encoded (`Encoded`, e.g. a
result pydantic serialised) is stored as it is. On PostgreSQL psycopg sends the batch in one
pipeline, so 500 rows cost one round trip instead of one each.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import JSON, Dialect, Table
from sqlalchemy.orm import Session

from hub.models import Base

# Compact, and UTF-8 kept as it is (the text is served as stored: hub/pull.py).
encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class Encoded(str):
    """JSON text already encoded: stored in a JSON column as it is."""


def _to_json(value: object) -> str:
    return value if isinstance(value, Encoded) else encode_json(value)


Processor = Callable[[Any], Any] | None


@functools.cache
def _statement(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> tuple[str, list[Processor]]:
    postgres = dialect.name == "postgresql"
    marks: list[str] = []
    processors: list[Processor] = []
    for name in columns:
        column_type = table.c[name].type
        if isinstance(column_type, JSON):
            marks.append("CAST(%s AS JSON)" if postgres else "?")
            processors.append(_to_json)
        else:
            marks.append("%s" if postgres else "?")
            processors.append(column_type.dialect_impl(dialect).bind_processor(dialect))
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join(marks)})"
    return sql, processors


def insert_many(session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    """INSERT every row (all with the same keys) into the model's table, in the session's
    transaction."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    session.flush()  # what the ORM holds goes first, in the order it was made
    connection = session.connection()
    columns = tuple(rows[0])
    sql, processors = _statement(connection.dialect, table, columns)
    # Column by column: one loop per column to convert, not one generator per row.
    params = [[row[name] for name in columns] for row in rows]
    for index, process in enumerate(processors):
        if process is _to_json:
            for values in params:
                if values[index] is not None:
                    values[index] = _to_json(values[index])
        elif process is not None:
            done: dict[object, object] = {}  # a push stamps all its rows with one instant
            for values in params:
                value = values[index]
                if value is not None:
                    if value not in done:
                        done[value] = process(value)
                    values[index] = done[value]
    connection.exec_driver_sql(sql, [tuple(values) for values in params])
