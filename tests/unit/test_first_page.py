"""The window's first page, read with plain sqlite3 before the store is opened the usual way:
the same rows in the same order as the list's own query, and None (the usual way) for anything
unusual: no store, a schema to migrate, a damaged, foreign or locked file."""

from __future__ import annotations

import sqlite3

from alembic import command

from app.db import alembic_config, open_database
from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.services.contacts.first_page import read_first_page
from app.services.store.opening import open_store
from app.store_file import SCHEMA_HEAD
from tests.unit.store_helpers import garble_header


def person(**kw) -> ContactFields:
    return ContactFields(kind="person", **kw)


def org(name: str, **kw) -> ContactFields:
    return ContactFields(kind="organisation", name=name, **kw)


def test_the_first_page_is_the_lists_own(db, data_paths):
    made = [
        person(first_name="Zoé", last_name="Lefèvre", phone="06 12 34 56 78", tags="bénévole, été"),
        person(first_name="Émile", last_name="Ducœur", email="emile@example.fr"),
        person(first_name="anne"),
        person(last_name="Bruno"),  # no first name
        person(first_name="Çédric", last_name=""),
        org("Amicale des Œuvres laïques", phone="+32 2 511 12 12"),
        org("association de l'Été"),
        person(first_name="Élodie", last_name="Éluard"),
        person(first_name="Elodie", last_name="Eluard"),  # the same sort key: then by id
    ]
    ids = [db.run(contacts.create_contact, fields) for fields in made]
    gone = db.run(contacts.create_contact, person(first_name="Partie", last_name="Corbeille"))
    db.run(trash.trash_contacts, [gone])
    expected = db.run(contacts.list_contacts, limit=201)
    first = read_first_page(data_paths.database, 201)
    assert first == expected
    assert len(first) == len(ids) and gone not in {row.id for row in first}
    assert [row.display_name for row in first][:2] == ["Amicale des Œuvres laïques", "anne"]


def test_a_full_page_says_more_follow_and_the_next_page_follows_on(db, data_paths):
    db.run(lambda s: [contacts.create_contact(s, person(last_name=f"Nom{n:03}")) for n in range(230)])
    first = read_first_page(data_paths.database, 201)
    assert first == db.run(contacts.list_contacts, limit=201)
    assert len(first) == 201
    after = (first[199].sort_key, first[199].id)
    rest = db.run(contacts.list_contacts, after=after, limit=201)
    whole = db.run(contacts.list_contacts, limit=500)
    assert [row.id for row in first[:200] + rest] == [row.id for row in whole]


def test_an_empty_store_gives_an_empty_page(db, data_paths):
    assert read_first_page(data_paths.database, 201) == []


def test_no_store_yet_goes_the_usual_way(data_paths):
    assert read_first_page(data_paths.database, 201) is None
    assert not data_paths.database.exists()  # and made nothing


def test_an_old_schema_goes_the_usual_way_which_migrates_it(data_paths):
    database = open_database(data_paths)
    database.run(contacts.create_contact, person(first_name="Ancienne"))
    command.downgrade(alembic_config(database.engine), "0014")
    database.close()
    assert read_first_page(data_paths.database, 201) is None
    store = open_store(data_paths, create=False)  # the window's usual opening
    try:
        with sqlite3.connect(data_paths.database) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert [row.display_name for row in store.run(contacts.list_contacts)] == ["Ancienne"]
    finally:
        store.close()
    assert [row.display_name for row in read_first_page(data_paths.database, 201) or []] == ["Ancienne"]


def test_a_damaged_store_goes_the_usual_way(db, data_paths):
    db.run(contacts.create_contact, person(first_name="Abîmée"))
    db.close()
    garble_header(data_paths.database)
    assert read_first_page(data_paths.database, 201) is None


def test_another_programs_database_goes_the_usual_way(data_paths):
    data_paths.root.mkdir(parents=True)
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("CREATE TABLE contacts (id TEXT)")
    assert read_first_page(data_paths.database, 201) is None


def test_a_locked_store_goes_the_usual_way(db, data_paths):
    db.run(contacts.create_contact, person(first_name="Verrouillée"))
    db.close()
    holder = sqlite3.connect(data_paths.database, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode=DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        assert read_first_page(data_paths.database, 201) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
