"""Bulk inserts index their contacts at the end (app/services/contacts/search_index.py): the index they
leave is the one the triggers would have made, and the triggers are back afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.db import bulk_insert
from app.ids import new_id
from app.models import utcnow
from app.models.contacts import Contact, Role
from app.services.contacts import records as contacts
from app.services.contacts import search
from app.services.contacts.fields import ContactFields
from app.services.contacts.search_index import _INDEX, _REINDEX, _ROLES_PERSONS, deferred_search_index


def _index(session) -> list[tuple]:
    return sorted(
        session.execute(
            text(
                "SELECT m.contact_id, f.name, f.orgs, f.emails, f.phones, f.tags, f.notes "
                "FROM contact_fts f JOIN contact_search_map m ON m.docid = f.rowid"
            )
        ).all()
    )


def _triggers(session) -> list[str]:
    return sorted(session.scalars(text("SELECT sql FROM sqlite_master WHERE type = 'trigger'")))


def _people_and_a_role(now):
    org, lea, paul = new_id(), new_id(), new_id()
    rows = [
        {
            "id": org,
            "kind": "organisation",
            "name": "Mairie de Brest",
            "display_name": "Mairie de Brest",
            "sort_key": "mairie de brest",
            "created_at": now,
            "updated_at": now,
        },
        {
            "id": lea,
            "kind": "person",
            "first_name": "Léa",
            "last_name": "Martin",
            "display_name": "Léa Martin",
            "sort_key": "martin lea",
            "email": "lea@ex.fr",
            "phone": "+33612345678",
            "tags": "sport",
            "created_at": now,
            "updated_at": now,
        },
        {
            "id": paul,
            "kind": "person",
            "first_name": "Paul",
            "last_name": "Roux",
            "display_name": "Paul Roux",
            "sort_key": "roux paul",
            "notes": "samedi",
            "created_at": now,
            "updated_at": now,
            "deleted_at": now,
        },  # in the trash: never in the index
    ]
    role = {
        "id": new_id(),
        "person_id": lea,
        "organisation_id": org,
        "role": "tresorier",
        "created_at": now,
        "updated_at": now,
    }
    return rows, role


def test_deferred_index_equals_the_triggers_index(db):
    now = utcnow()
    rows, role = _people_and_a_role(now)

    def by_triggers(session):
        bulk_insert(session, Contact.__table__, rows)
        bulk_insert(session, Role.__table__, [role])
        return _index(session)

    expected = db.run(by_triggers)
    assert any("Mairie de Brest" in entry[2] for entry in expected)  # the role reached the index
    db.run(lambda s: s.execute(text("DELETE FROM roles")) and s.execute(text("DELETE FROM contacts")))
    assert db.run(_index) == []
    triggers_before = db.run(_triggers)

    def deferred(session):
        with deferred_search_index(session) as inserted:
            assert (
                session.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_search_ai'"))
                == 0
            )
            bulk_insert(session, Contact.__table__, rows)
            bulk_insert(session, Role.__table__, [role])
            inserted.ids.update([row["id"] for row in rows] + [role["id"]])
        return _index(session)

    assert db.run(deferred) == expected
    assert db.run(_triggers) == triggers_before
    # The triggers work again: a contact made by the form is found at once.
    db.run(contacts.create_contact, ContactFields(kind="person", first_name="Zoé", last_name="Nouvelle"))
    assert [r.display_name for r in db.run(search.search_contacts, "nouv")] == ["Zoé Nouvelle"]
    assert [r.display_name for r in db.run(search.search_contacts, "0612")] == ["Léa Martin"]


def test_an_error_inside_puts_the_triggers_back_and_loses_nothing(db):
    before = db.run(_triggers)

    def failing(session):
        with deferred_search_index(session):
            raise ValueError("coupure")

    with pytest.raises(ValueError):
        db.run(failing)
    assert db.run(_triggers) == before


@pytest.mark.parametrize("analyzed", [False, True])
def test_indexing_a_batch_walks_the_batch_not_every_contact(db, analyzed):
    """Each statement starts from the batch and finds the rest by key: a first sync indexes a page
    at a time, and a walk over contact_search_map per page grew with the square of the store."""
    now = utcnow()
    people = [
        {
            "id": new_id(),
            "kind": "person",
            "display_name": f"P{i}",
            "sort_key": f"p{i}",
            "created_at": now,
            "updated_at": now,
        }
        for i in range(300)
    ]

    def fill(session):
        with deferred_search_index(session) as inserted:
            bulk_insert(session, Contact.__table__, people)
            inserted.ids.update(row["id"] for row in people)
        if analyzed:
            session.execute(text("ANALYZE"))

    db.run(fill)

    def plans(session):
        connection = session.connection()
        connection.exec_driver_sql("CREATE TEMP TABLE batch (id VARCHAR(36) PRIMARY KEY)")
        connection.exec_driver_sql("INSERT INTO temp.batch VALUES (?)", (people[-1]["id"],))
        found = []
        for statement in [_ROLES_PERSONS, *_REINDEX, _INDEX]:
            sql = statement.format(batch="temp.batch")
            found.append([row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")])
        return found

    walked = {"m", "c", "o", "r", "contacts", "contact_search_map", "roles"}  # by name or alias
    for steps in db.run(plans):
        assert not [s for s in steps if s.startswith("SCAN ") and s.split()[1] in walked], steps
    assert db.run(_index)[-1:]  # the statements above only read
