"""Many contacts to the trash and back: the contacts' search index is brought up to date once at
the end (app/services/contacts/search_index.py, `deferred_search_updates`), not by its triggers
row after row. It must hold exactly what the triggers leave, row for row, whatever moves: persons,
organisations (whose name is in their persons' rows), roles going with them."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db import open_database
from app.models import Contact
from app.paths import DataPaths
from app.services import trash_listing
from app.services.contacts import records as contacts
from app.services.contacts import search_index, trash
from app.services.contacts.fields import ContactFields
from app.services.contacts.search import search_contacts

PEOPLE = 70  # above INDEX_ONCE_FROM: the index is brought up to date once

_INDEXED = """SELECT c.display_name, f.name, f.orgs, f.emails, f.phones, f.tags, f.notes
FROM contact_fts f JOIN contact_search_map m ON m.docid = f.rowid JOIN contacts c ON c.id = m.contact_id"""


def _fill(db) -> dict[str, str]:
    """Two organisations, PEOPLE persons with a role in one or both; ids by display name."""

    def make(s) -> dict[str, str]:
        ids = {
            name: contacts.create_contact(s, ContactFields(kind="organisation", name=name))
            for name in ("Comité des fêtes", "Amicale laïque")
        }
        for i in range(PEOPLE):
            person = contacts.create_contact(
                s,
                ContactFields(
                    kind="person",
                    first_name="Léa",
                    last_name=f"Martin{i}",
                    email=f"lea.martin{i}@exemple.fr",
                    phone=f"06 12 34 {i // 10:02d} {i % 10:02d}" if i % 3 else "",
                ),
            )
            contacts.add_role(s, person, ids["Comité des fêtes"], "benevole")
            if i % 2:
                contacts.add_role(s, person, ids["Amicale laïque"], "tresorier")
            ids[f"Léa Martin{i}"] = person
        return ids

    return db.run(make)


def _index_of(db) -> dict[str, tuple]:
    rows = db.run(lambda s: s.connection().exec_driver_sql(_INDEXED).all())
    assert len(rows) == len({row[0] for row in rows})  # one row per contact
    return {row[0]: tuple(row[1:]) for row in rows}


def _steps(ids: dict[str, str]) -> list:
    people = [i for name, i in ids.items() if name.startswith("Léa")]
    most = [("contact", i) for i in people[:55]]
    comite = ids["Comité des fêtes"]
    return [
        lambda s: trash.trash_contacts(s, people),
        lambda s: trash_listing.restore(s, [("contact", i) for i in people]),
        lambda s: trash.trash_contacts(s, [comite, *people[:60]]),  # an organisation with them
        lambda s: trash_listing.restore(s, [("contact", comite)]),
        lambda s: trash_listing.restore(s, [("contact", i) for i in people[:60]]),
        lambda s: trash_listing.put_back(s, most),
        lambda s: trash_listing.restore(s, most),
    ]


def test_the_index_after_many_at_once_is_what_the_triggers_leave(db, tmp_path, monkeypatch):
    by_triggers = open_database(DataPaths(tmp_path / "declencheurs"))
    deferred = search_index.deferred_search_updates
    calls = []

    def spied(session):
        calls.append(1)
        return deferred(session)

    monkeypatch.setattr(search_index, "deferred_search_updates", spied)
    try:
        once, each = _fill(db), _fill(by_triggers)
        for step_once, step_each in zip(_steps(once), _steps(each), strict=True):
            db.run(step_once)
            with monkeypatch.context() as patched:
                patched.setattr(search_index, "INDEX_ONCE_FROM", 10**9)  # the triggers only
                by_triggers.run(step_each)
            assert _index_of(db) == _index_of(by_triggers)
        assert len(calls) == 6  # every step but the organisation's restore, alone (the triggers)
        integrity = "INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)"
        db.run(lambda s: s.connection().exec_driver_sql(integrity))
    finally:
        by_triggers.close()


def test_searches_find_what_is_out_of_the_trash_only(db):
    ids = _fill(db)
    people = [i for name, i in ids.items() if name.startswith("Léa")]
    db.run(lambda s: trash.trash_contacts(s, [ids["Amicale laïque"], *people]))
    assert db.run(search_contacts, "martin12") == []
    assert [row.id for row in db.run(search_contacts, "amicale")] == []
    db.run(lambda s: trash_listing.restore(s, [("contact", i) for i in people]))
    found = {row.id for row in db.run(search_contacts, "martin1", limit=500)}
    assert ids["Léa Martin12"] in found and len(found) == 11  # Martin1, Martin10…19
    assert db.run(search_contacts, "amicale") == []  # still in the trash: not in its persons' rows
    db.run(lambda s: trash_listing.restore(s, [("contact", ids["Amicale laïque"])]))
    assert ids["Léa Martin13"] in {row.id for row in db.run(search_contacts, "amicale", limit=500)}


@pytest.mark.parametrize("count", [search_index.INDEX_ONCE_FROM - 1, search_index.INDEX_ONCE_FROM])
def test_the_triggers_are_back_after_either_way(db, count):
    ids = _fill(db)
    people = [i for name, i in ids.items() if name.startswith("Léa")][:count]
    db.run(lambda s: trash.trash_contacts(s, people))
    names = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'"
    triggers = {row[0] for row in db.run(lambda s: s.connection().exec_driver_sql(names).all())}
    assert {"contacts_search_au", "contacts_search_org_au", "roles_search_au"} <= triggers
    # An edit made afterwards, one at a time, is indexed by them as before.
    zoe = ContactFields(kind="person", first_name="Zoé", last_name="Martin69")
    db.run(contacts.update_contact, ids["Léa Martin69"], zoe)
    assert [row.id for row in db.run(search_contacts, "zoé")] == [ids["Léa Martin69"]]


_TRIGGERS = "SELECT name FROM sqlite_master WHERE type = 'trigger'"


def test_a_flush_refused_inside_reports_its_own_error_and_leaves_the_triggers(db):
    ids = _fill(db)

    def refused(s):
        with search_index.deferred_search_updates(s):
            s.get(Contact, ids["Léa Martin0"]).display_name = None  # NOT NULL: the store refuses it

    with pytest.raises(IntegrityError):  # not "trigger … already exists"
        db.run(refused)
    names = {row[0] for row in db.run(lambda s: s.connection().exec_driver_sql(_TRIGGERS).all())}
    assert {"contacts_search_au", "contacts_search_org_au", "roles_search_au"} <= names


def test_what_was_flushed_before_an_error_the_caller_goes_on_from_is_indexed(db):
    ids = _fill(db)

    def goes_on(s):
        try:
            with search_index.deferred_search_updates(s):
                s.get(Contact, ids["Léa Martin0"]).display_name = "Zorro"
                s.scalars(select(Contact)).all()  # flushed here, without the triggers
                raise ValueError("plus rien")
        except ValueError:
            pass  # and the transaction is committed

    db.run(goes_on)
    assert [row.id for row in db.run(search_contacts, "zorro")] == [ids["Léa Martin0"]]
