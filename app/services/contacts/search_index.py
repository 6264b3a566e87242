"""Bulk writes index their contacts in a few statements at the end, not row by row.

The triggers of the search index (migration 0002) keep it current for every writer; indexing
100,000 contacts that way, one trigger run per row, costs several times more than one
set-based statement. `deferred_search_index` takes the insert triggers away for the current
transaction only (SQLite's DDL is transactional: no other connection ever sees them missing,
and a rollback puts them back), collects the ids inserted meanwhile, indexes them, and puts
the triggers back from their own stored text. `deferred_search_updates` does the same with the
update triggers, for many records moved to the trash or back at once. The statements below give
the same index rows as the triggers of 0002.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.db import id_set
from app.models import Contact, Role

_INSERT_TRIGGERS = ("contacts_search_ai", "roles_search_ai")
_UPDATE_TRIGGERS = ("contacts_search_au", "contacts_search_org_au", "roles_search_au")
# A role inserted means its person's organisations changed.
_ROLES_PERSONS = (
    "INSERT OR IGNORE INTO {batch}(id) SELECT person_id FROM roles WHERE id IN (SELECT id FROM {batch})"
)
# An organisation's name is in the index rows of its persons (the trigger of an organisation's
# update refreshes them; its roles' persons are in the batch already).
_ORGANISATIONS_PERSONS = (
    "INSERT OR IGNORE INTO {batch}(id) SELECT person_id FROM roles "
    "WHERE organisation_id IN (SELECT id FROM {batch})"
)
_REINDEX = [
    # Before the new contacts get their docids: only those indexed already have rows to remove
    # (looking each new one up in the index cost 0.1 s per 100,000).
    "DELETE FROM contact_fts WHERE rowid IN (SELECT m.docid FROM {batch} b "
    "CROSS JOIN contact_search_map m ON m.contact_id = b.id)",
    "INSERT OR IGNORE INTO contact_search_map(contact_id) SELECT c.id FROM {batch} b "
    "CROSS JOIN contacts c ON c.id = b.id",
]
# Driven by the batch, not by a walk over every contact: both joins are CROSS JOINs, which fix
# the order. With a plain JOIN to contact_search_map the planner walked it in docid order to
# spare the sort: every contact of the store for each page, a first sync growing with the
# square of its size (0.27 s a page at 1,000,000 contacts, 0.03 s now).
_INDEX = """INSERT INTO contact_fts(rowid, name, orgs, emails, phones, tags, notes)
       SELECT m.docid, c.display_name,
              coalesce((SELECT group_concat(o.display_name, ' ') FROM roles r
                        JOIN contacts o ON o.id = r.organisation_id
                        WHERE r.person_id = c.id AND r.deleted_at IS NULL AND o.deleted_at IS NULL), ''),
              coalesce(c.email, ''),
              coalesce(c.phone, '') || CASE WHEN c.phone LIKE '+33%' THEN ' 0' || substr(c.phone, 4)
                                            ELSE '' END,
              coalesce(c.tags, ''), coalesce(c.notes, '')
       FROM {batch} b CROSS JOIN contacts c ON c.id = b.id
       CROSS JOIN contact_search_map m ON m.contact_id = c.id
       WHERE c.deleted_at IS NULL ORDER BY m.docid"""


@dataclass
class IndexBatch:
    """What to index at the end: the ids inserted, or the name of a temporary table that
    already holds them (app.db.id_set), which spares writing them all again. `roles`: whether
    roles may be among them (their persons are indexed again). `before_index`: called just
    before the one long statement that fills the index (a first sync reads its next page
    meanwhile: see app/sync/engine.py)."""

    ids: set[str] = field(default_factory=set)
    table: str | None = None
    roles: bool = True
    before_index: Callable[[], None] | None = None


@contextmanager
def deferred_search_index(session: Session) -> Iterator[IndexBatch]:
    """Yields the batch to fill with the ids of the rows inserted (contacts, roles, any others)."""
    batch = IndexBatch()
    with _without_triggers(session, _INSERT_TRIGGERS):
        yield batch
    table = batch.table
    if table is None and batch.ids:
        id_set(session, "search_batch", batch.ids)
        table = "search_batch"
    if table is not None:
        _index(session, f"temp.{table}", [_ROLES_PERSONS] if batch.roles else [], batch.before_index)


# From this many records on, moving records to the trash or back brings the index up to date once
# at the end; below, the triggers cost less than setting them aside and making them again.
INDEX_ONCE_FROM = 50


def index_once(session: Session, records: list[Any]) -> AbstractContextManager[None]:
    """Around moving `records` to the trash or back (app/services/trash_listing.py and
    app/services/contacts/trash.py; app/services/trash.py itself cannot import the contacts'
    index: the contacts package imports it)."""
    return deferred_search_updates(session) if len(records) >= INDEX_ONCE_FROM else nullcontext()


@contextmanager
def deferred_search_updates(session: Session) -> Iterator[None]:
    """Many contacts, organisations and roles changed at once (to the trash and back): the
    update triggers set aside for this transaction, and the contacts whose index rows those
    changes touch (the contacts changed, the persons of the roles and of the organisations
    changed) indexed again at the end in a few statements. The triggers ran once per row, and
    again for each role of a person: restoring 20,000 contacts with their roles took 19 s.
    Only changes made through the session's objects are seen: not a bulk UPDATE, nor raw SQL,
    nor the former person of a role whose `person_id` was set while not loaded."""
    changed: set[str] = set()

    def note(flushing: Session, _context: object, _instances: object) -> None:
        for record in (*flushing.dirty, *flushing.deleted):
            if isinstance(record, Contact):
                changed.add(record.id)
            elif isinstance(record, Role):  # the person before and after, as the trigger does
                changed.update(_persons_of(record))

    driver = _driver(session)
    event.listen(session, "before_flush", note)
    try:
        with _without_triggers(session, _UPDATE_TRIGGERS):
            yield
            session.flush()
    finally:
        event.remove(session, "before_flush", note)
        # Also after an error the caller may go on from: what was flushed is indexed. A failed
        # flush rolled the transaction back, and its rows with it: nothing to index then.
        if changed and driver.in_transaction:
            id_set(session, "search_batch", changed)
            _index(session, "temp.search_batch", [_ORGANISATIONS_PERSONS], None)


def _persons_of(role: Role) -> set[str]:
    history = inspect(role).attrs.person_id.history
    return {person for person in (*history.deleted, role.person_id) if person}


def _driver(session: Session) -> sqlite3.Connection:
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)  # the store is SQLite
    return driver


@contextmanager
def _without_triggers(session: Session, names: tuple[str, ...]) -> Iterator[None]:
    """These triggers dropped for the current transaction only: SQLite's DDL is transactional,
    so no other connection ever sees them missing, and a rollback puts them back."""
    connection, driver = session.connection(), _driver(session)
    if not driver.in_transaction:
        connection.exec_driver_sql("BEGIN")  # the DDL below must belong to this transaction
    marks = ", ".join("?" * len(names))
    triggers = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})", names
    ).all()
    for name, _sql in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        # Back even if the caller went on after an error. A failed flush rolled the transaction
        # back, which put them back already: making them again would fail and hide its error.
        if driver.in_transaction:
            for _name, sql in triggers:
                connection.exec_driver_sql(sql)


def _index(session: Session, batch: str, widen: list[str], before_index: Callable[[], None] | None) -> None:
    """Index again the contacts of the temporary table `batch`, once `widen` added those whose
    index rows also depend on its rows (persons of its roles or of its organisations)."""
    connection = session.connection()
    for statement in widen + _REINDEX:
        connection.exec_driver_sql(statement.format(batch=batch))
    if before_index is not None:
        before_index()
    connection.exec_driver_sql(_INDEX.format(batch=batch))
