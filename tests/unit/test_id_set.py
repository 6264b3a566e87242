"""app.db.id_set: the ids a query then reads with IN, put in a temporary table in one statement."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app.db import id_set


@pytest.fixture
def session(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'ids.sqlite3'}")
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_every_id_comes_back_as_it_was_given_once(session):
    odd = ["a", "b'\"c", "back\\slash", "tab\tnl\n", "é🙂", "[1]", "null", "", "x", "x"]
    assert sorted(session.scalars(id_set(session, "ids", odd))) == sorted(set(odd))
    # A NUL would cut an id short in SQLite's JSON: such a list goes in one id at a time.
    assert sorted(session.scalars(id_set(session, "ids", ["nul\x00x", "y"]))) == ["nul\x00x", "y"]


def test_the_table_is_emptied_first_and_takes_any_iterable(session):
    assert list(session.scalars(id_set(session, "ids", (i for i in ["1", "2"])))) == ["1", "2"]
    assert list(session.scalars(id_set(session, "ids", {"3"}))) == ["3"]
    assert list(session.scalars(id_set(session, "ids", []))) == []


def test_a_hundred_thousand_ids_in_one_statement(session):
    ids = [f"{n:036d}" for n in range(100_000)]
    statements: list[str] = []
    connection = session.connection()
    connection.connection.driver_connection.set_trace_callback(statements.append)
    found = session.scalars(id_set(session, "ids", ids)).all()
    assert len(found) == 100_000 and set(found) == set(ids)
    assert len([s for s in statements if s.startswith("INSERT")]) == 1
