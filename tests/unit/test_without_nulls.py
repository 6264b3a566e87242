"""app.db.without_nulls: a first sync's rows inserted without the columns they all leave NULL,
read back exactly as if every column had been given."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select, text
from sqlalchemy.orm import Session

from app.db import insert_bound, without_nulls

metadata = MetaData()
things = Table(
    "things",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String),
    Column("notes", String),
    Column("count", Integer, server_default=text("7")),  # its default must never replace a NULL
    Column("code", String),
)


@pytest.fixture
def session(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'rows.sqlite3'}")
    metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def _stored(session) -> list[tuple[object, ...]]:
    return sorted(tuple(row) for row in session.execute(select(things)))


def test_columns_null_in_every_row_are_left_out_and_read_back_null(session):
    rows = [("a", "Anne", None, None, None), ("b", None, None, 0, None), ("c", "", None, None, None)]
    filled, kept = without_nulls(things, rows)
    assert filled == (True, True, False, True, False)  # `count` has a default: always given
    assert kept == [("a", "Anne", None), ("b", None, 0), ("c", "", None)]
    statements: list[str] = []
    session.connection().connection.driver_connection.set_trace_callback(statements.append)
    insert_bound(session, things, kept, filled)
    assert _stored(session) == rows
    inserts = {s.split(" VALUES")[0] for s in statements if s.startswith("INSERT")}
    assert inserts == {"INSERT INTO things (id, name, count)"}


def test_rows_that_fill_every_column_stay_as_they_are(session):
    rows = [("a", "x", "n", 1, "c")]
    filled, kept = without_nulls(things, rows)
    assert all(filled) and kept is rows
    insert_bound(session, things, kept, filled)
    assert _stored(session) == rows
    assert without_nulls(things, []) == ((), [])
