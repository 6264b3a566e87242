"""app.db.without_nulls: a first sync's rows inserted without binding their NULLs, grouped by
which columns they fill, read back exactly as if every column had been given."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select, text
from sqlalchemy.orm import Session

from app.db import Filled, insert_bound, without_nulls

metadata = MetaData()
things = Table(
    "things",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String),
    Column("notes", String),
    Column("count", Integer, server_default=text("7")),  # its default must never replace a NULL
)


@pytest.fixture
def session(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'rows.sqlite3'}")
    metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_rows_of_every_shape_come_back_as_given(session):
    rows = [
        ("a", "Anne", None, None),
        ("b", None, "", 0),
        ("c", "Côme", "notes", 3),
        ("d", None, None, None),
        ("e", "Ève", None, None),
    ]
    shapes: dict[Filled, Filled] = {}
    groups: dict[Filled, list[tuple[object, ...]]] = {}
    for row in rows:
        filled, values = without_nulls(things, row, shapes)
        assert values.count(None) == (row[3] is None)  # only the column with a default keeps its None
        groups.setdefault(filled, []).append(values)
    statements: list[str] = []
    session.connection().connection.driver_connection.set_trace_callback(statements.append)
    for filled, values in groups.items():
        insert_bound(session, things, values, filled)
    assert sorted(tuple(row) for row in session.execute(select(things))) == rows
    # One statement per shape (traced once per row); a shape's NULL columns are not named in it.
    named = {s.split(" VALUES")[0] for s in statements if s.startswith("INSERT")}
    assert len(named) == len(groups) == 4
    assert "INSERT INTO things (id, count)" in named


def test_rows_of_one_shape_share_one_tuple(session):
    shapes: dict[Filled, Filled] = {}
    first, _ = without_nulls(things, ("a", "x", None, None), shapes)
    second, _ = without_nulls(things, ("b", "y", None, None), shapes)
    assert first is second and first == (True, True, False, True)
