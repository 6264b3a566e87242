"""What the outbox records of an edit: exactly the fields whose values changed since the last
flush, whatever state the record's attributes were in (loaded, expired, set to the same value)."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Contact, OutboxEntry
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.services.contacts.trash import trash_contacts


def _entries(db, record_id: str) -> list[OutboxEntry]:
    return db.run(lambda s: s.scalars(select(OutboxEntry).where(OutboxEntry.record_id == record_id)).all())


def _fields(db, record_id: str) -> list[str]:
    [entry] = _entries(db, record_id)
    return list(entry.fields)


def _sent(db, record_id: str) -> None:
    """As if the entry had gone to the hub: the next edit starts a new one."""
    db.run(lambda s: s.execute(OutboxEntry.__table__.delete().where(OutboxEntry.record_id == record_id)))


def test_an_edit_records_the_fields_it_changed_and_only_those(db):
    lea = db.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Martin"))
    _sent(db, lea)

    def edit(s):
        contact = s.get(Contact, lea)
        contact.email = "lea@exemple.fr"
        contact.notes = contact.notes  # set to the value it has: not a change
        contact.tags = "bénévolat"

    db.run(edit)
    assert sorted(_fields(db, lea)) == ["email", "tags"]


def test_a_field_set_on_an_expired_record_is_recorded(db):
    lea = db.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Martin"))
    _sent(db, lea)

    def edit(s):
        contact = s.get(Contact, lea)
        s.expire(contact)  # nothing loaded: the old value is unknown when the new one is set
        contact.phone = "+33612345678"

    db.run(edit)
    assert _fields(db, lea) == ["phone"]


def test_nothing_changed_records_nothing_and_the_trash_is_recorded_alone(db):
    lea = db.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Martin"))
    _sent(db, lea)
    db.run(lambda s: setattr(s.get(Contact, lea), "first_name", "Léa"))
    assert _entries(db, lea) == []
    db.run(trash_contacts, [lea])
    [entry] = _entries(db, lea)
    assert entry.deleted and list(entry.fields) == []
