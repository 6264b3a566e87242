"""Migration 0020 makes the contacts' index again without its four-letter prefix index: every
search finds the same contacts in the same order before and after, down and up again, and
each contact keeps its index row (contact_search_map still points at the right rows)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import alembic_config, make_engine, open_database
from app.demo.generator import generate_demo
from app.services.contacts.search import search_contacts

# From one letter to whole words, several words, a phone: every way the index is asked.
QUERIES = ["m", "ma", "mar", "mart", "marti", "martin", "jean d", "la ch", "asso", "06 1", "gmail", "d"]


_DEFINITION = text("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'")


def _definition(database) -> str:
    with database.engine.connect() as conn:
        return conn.execute(_DEFINITION).scalar_one()


def _found(database) -> dict[str, list[str]]:
    return {q: [row.id for row in database.run(search_contacts, q, limit=500)] for q in QUERIES}


def test_searches_find_the_same_contacts_down_and_up_again(data_paths):
    database = open_database(data_paths)
    try:
        database.run(generate_demo, 1500, equipment=0, practices=0)
        assert "prefix = '1 2 3'" in _definition(database)
        found = _found(database)
        assert all(found.values()) and len(found["m"]) == 500
    finally:
        database.close()

    engine = make_engine(data_paths.database)
    command.downgrade(alembic_config(engine), "0019")
    engine.dispose()
    engine = make_engine(data_paths.database)
    with Session(engine) as session:  # the store as 0019 left it: searched without migrating it
        definition = session.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'")
        ).scalar_one()
        assert "prefix = '1 2 3 4'" in definition
        assert {q: [row.id for row in search_contacts(session, q, limit=500)] for q in QUERIES} == found
    engine.dispose()

    database = open_database(data_paths)  # upgraded to the newest revision again
    try:
        assert "prefix = '1 2 3'" in _definition(database)
        assert _found(database) == found
        integrity = "INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)"
        database.run(lambda session: session.connection().exec_driver_sql(integrity))
    finally:
        database.close()
