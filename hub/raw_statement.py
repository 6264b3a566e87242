"""A SQLAlchemy statement compiled once per database kind, its rows read from the driver's cursor.

For the hub's hottest reads (a pull's page): SQLAlchemy's result rows cost about as much
Python per row as building the row's JSON (docs/decisions.md, "Hub capacity"). The statement
stays written, and checked, with SQLAlchemy, and runs through it (errors, dropped connections);
only its rows are read straight from the driver's cursor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from psycopg import AsyncConnection
from sqlalchemy import Connection, Dialect
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

_PSYCOPG = psycopg_dialect()  # type: ignore[no-untyped-call]  # SQLAlchemy's constructor


class RawStatement:
    def __init__(self, statement: ClauseElement, *, sqlite: ClauseElement | None = None) -> None:
        """`sqlite`: the same query written for SQLite's planner, when it needs it so."""
        self.statement = statement
        self.for_sqlite = statement if sqlite is None else sqlite
        self._compiled: dict[str, tuple[str, dict[str, Any], tuple[str, ...] | None]] = {}

    def compiled_for(self, dialect: Dialect) -> tuple[str, dict[str, Any], tuple[str, ...] | None]:
        """The SQL for this database kind, its constant parameters, and the parameters' order
        when the driver takes them by position (SQLite) rather than by name (psycopg)."""
        found = self._compiled.get(dialect.name)
        if found is None:
            statement = self.for_sqlite if dialect.name == "sqlite" else self.statement
            compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
            order = tuple(compiled.positiontup) if dialect.positional and compiled.positiontup else None
            found = self._compiled[dialect.name] = (compiled.string, dict(compiled.params), order)
        return found

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[Sequence[Any]]:
        """The rows as the driver gives them (tuples; SQLite's booleans as 0 and 1). Run through
        SQLAlchemy's `exec_driver_sql`, so that a connection the server dropped is recognised and
        invalidated as for any statement (`HubDatabase.retrying` then runs the lookup again)."""
        sql, defaults, order = self.compiled_for(connection.dialect)
        merged = {**defaults, **values}
        parameters = tuple(merged[name] for name in order) if order is not None else merged
        result = connection.exec_driver_sql(sql, parameters)
        try:
            return cast(list[Sequence[Any]], result.cursor.fetchall())
        finally:
            result.close()

    async def rows_async(self, connection: AsyncConnection[Any], values: Mapping[str, Any]) -> list[Any]:
        """The rows on one of psycopg's own asynchronous connections (PostgreSQL)."""
        sql, defaults, _order = self.compiled_for(_PSYCOPG)
        return await (await connection.execute(sql, {**defaults, **values}, prepare=True)).fetchall()
