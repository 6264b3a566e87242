"""Pages that once made the writer give up writing them in one go (the whole page then written
again change by change, a first sync slowed to a crawl) or stopped the sync at every run: a
role before a person of the same page, a record created and changed again in one page, the
same waiting change twice. Each is written in one go now, and the store ends as it should."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from app.db import Database, open_database
from app.ids import new_id
from app.models import Contact
from app.models.contacts import Role
from app.models.sync import SyncedRecord, SyncInbox, SyncPurged, SyncQuarantine
from app.paths import DataPaths
from app.services.contacts.search import search_contacts
from app.sync.pages import PageWriter
from app.sync.records import Registry


@pytest.fixture
def store(tmp_path) -> Database:
    database = open_database(DataPaths(tmp_path / "store"))
    yield database
    database.close()


def _person(record_id: str, version: int, **fields) -> dict:
    values = {"kind": "person", "display_name": "Léa Roux", "sort_key": "roux lea", **fields}
    return {"entity_type": "contact", "record_id": record_id, "version": version, "fields": values}


def _organisation(record_id: str, version: int) -> dict:
    values = {"kind": "organisation", "display_name": "Les Amis", "sort_key": "les amis"}
    return {"entity_type": "contact", "record_id": record_id, "version": version, "fields": values}


def _role(record_id: str, version: int, person: str, organisation: str) -> dict:
    values = {"person_id": person, "organisation_id": organisation, "role": "benevole"}
    return {"entity_type": "role", "record_id": record_id, "version": version, "fields": values}


def _write_in_one_go(store: Database, changes: list[dict]) -> None:
    """As the sync writes a page first (`careful=False`): an error here is a page given up."""
    writer = PageWriter(Registry(), False)
    with store.session_factory.begin() as session, session.no_autoflush:
        writer.write(
            session, changes, Counter(), replaced=False, careful=False, prepared=writer.prepare(changes)
        )


def test_a_role_before_its_person_in_the_page_is_written_after_it(store):
    organisation, person, newcomer = new_id(), new_id(), new_id()
    _write_in_one_go(store, [_organisation(organisation, 1), _person(person, 2)])
    roles = [new_id(), new_id()]
    _write_in_one_go(
        store,
        [
            _role(roles[0], 3, person, organisation),  # its parents came in the page before
            _person(newcomer, 4, display_name="Tom Petit", sort_key="petit tom"),
            _role(roles[1], 5, newcomer, organisation),  # the roles' table came first in the page
        ],
    )
    with store.session_factory() as session:
        assert set(session.scalars(select(Role.id))) == set(roles)
        assert session.scalar(select(SyncInbox.record_id)) is None  # nothing left waiting


def test_a_record_created_and_changed_again_in_one_page_ends_as_changed(store):
    person = new_id()
    _write_in_one_go(store, [_person(person, 1), _person(person, 2, notes="Arrivée en mars")])
    with store.session_factory() as session:
        contact = session.get(Contact, person)
        assert contact is not None and contact.notes == "Arrivée en mars"
        assert session.get(SyncedRecord, person).version == 2


def test_the_same_waiting_change_twice_in_a_page_waits_once_as_its_newest(store):
    role = _role(new_id(), 1, new_id(), new_id())  # neither parent has arrived
    _write_in_one_go(store, [role, {**role, "version": 2}])
    with store.session_factory() as session:
        assert [(w.record_id, w.version) for w in session.scalars(select(SyncInbox))] == [
            (role["record_id"], 2)
        ]


def test_a_record_removed_then_back_under_a_parent_later_in_the_page_ends_back(store):
    """As the hub merges a removal with the record's return: the return waits for its new
    organisation, named later in the page, and must not be dropped by the removal before it."""
    organisation, person, role = new_id(), new_id(), new_id()
    _write_in_one_go(
        store, [_organisation(organisation, 1), _person(person, 2), _role(role, 3, person, organisation)]
    )
    elsewhere = new_id()
    removal = {"entity_type": "role", "record_id": role, "version": 4, "fields": {}, "deleted": True}
    _write_in_one_go(store, [removal, _role(role, 5, person, elsewhere), _organisation(elsewhere, 6)])
    with store.session_factory() as session:
        back = session.get(Role, role)
        assert back is not None and back.deleted_at is None and back.organisation_id == elsewhere
        assert session.get(SyncedRecord, role).version == 5
        assert session.scalar(select(SyncInbox.record_id)) is None


def test_the_same_record_set_aside_twice_in_a_page_is_set_aside_once_as_its_newest(store):
    bad = _person(new_id(), 1, display_name=12)  # a value this version cannot store
    _write_in_one_go(store, [bad, {**bad, "version": 2}])
    with store.session_factory() as session:
        held = [(q.record_id, q.version) for q in session.scalars(select(SyncQuarantine))]
        assert held == [(bad["record_id"], 2)]


def test_a_record_created_then_deleted_for_good_in_one_page_leaves_nothing(store):
    person = new_id()
    purge = {"entity_type": "contact", "record_id": person, "version": 2, "fields": {}, "deleted": True}
    _write_in_one_go(store, [_person(person, 1), {**purge, "purged": True}])
    with store.session_factory() as session:
        assert session.get(Contact, person) is None  # it stayed, and stayed in the search
        assert session.scalar(select(SyncPurged.record_id)) == person
        assert search_contacts(session, "Léa Roux") == []
