"""ORM bulk UPDATE and DELETE statements on synced tables land in the outbox like any change (a
merge moves roles with one UPDATE; nothing may reach the local store without reaching the hub)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select, update

from app.db import open_database
from app.models import Consent, Contact, OutboxEntry, Role
from app.paths import DataPaths
from app.services.contacts import duplicates
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields


def _outbox(database) -> dict[str, tuple[list[str], str]]:
    return database.run(
        lambda s: {e.record_id: (sorted(e.fields), e.entity_type) for e in s.scalars(select(OutboxEntry))}
    )


def test_bulk_updates_and_deletes_reach_the_outbox(tmp_path):
    database = open_database(DataPaths(tmp_path))
    try:
        lea = database.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa"))
        paul = database.run(contacts.create_contact, ContactFields(kind="person", first_name="Paul"))
        org = database.run(contacts.create_contact, ContactFields(kind="organisation", name="Mairie"))
        role = database.run(contacts.add_role, lea, org, "tresorier")
        consent = database.run(contacts.add_consent, lea, "Lettre", date(2026, 1, 5))
        database.run(lambda s: s.execute(delete(OutboxEntry)))  # as after a sync
        database.run(lambda s: s.execute(update(Role).where(Role.person_id == lea).values(person_id=paul)))
        database.run(lambda s: s.execute(delete(Consent).where(Consent.person_id == lea)))
        assert _outbox(database) == {role: (["person_id"], "role"), consent: ([], "consent")}
        # A merge moves roles and consents that way: each moved record goes to the hub.
        other = database.run(contacts.create_contact, ContactFields(kind="person", first_name="Paulo"))
        photos = database.run(contacts.add_consent, other, "Photos", date(2026, 2, 1))
        database.run(lambda s: s.execute(delete(OutboxEntry)))
        database.run(duplicates.merge_contacts, paul, other)
        moved = _outbox(database)
        assert moved[photos] == (["person_id"], "consent")
        assert moved[other][1] == "contact"  # in the trash, merged into Paul
    finally:
        database.close()


@pytest.mark.parametrize("count", [1, 5])
def test_a_change_made_in_the_flush_that_deletes_its_acknowledged_entry_gets_a_new_one(db, count):
    """As a push's answer deletes the entries it acknowledged: a change flushed with that deletion
    must not go down with the old entry, whether the flush holds few records or many."""
    ids = [
        db.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name=f"M{i}"))
        for i in range(count)
    ]

    def acknowledge_then_edit(s) -> None:
        people = [s.get(Contact, i) for i in ids]
        for entry in s.scalars(select(OutboxEntry)).all():
            s.delete(entry)
        for person in people:
            person.email = "lea@exemple.fr"

    db.run(lambda s: s.execute(update(OutboxEntry).values(sent_revision=OutboxEntry.revision)))  # sent
    before = db.run(lambda s: s.scalars(select(OutboxEntry)).all())
    old = {e.record_id: (e.op_id, e.created_at) for e in before}
    db.run(acknowledge_then_edit)
    entries = db.run(lambda s: s.scalars(select(OutboxEntry)).all())
    assert sorted(e.record_id for e in entries) == sorted(ids)
    for entry in entries:
        assert entry.fields == ["email"] and entry.sent_revision == 0 and entry.revision == 1
        assert entry.op_id != old[entry.record_id][0] and entry.created_at >= old[entry.record_id][1]
