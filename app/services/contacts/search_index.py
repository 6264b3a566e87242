"""Bulk inserts index their contacts in one statement at the end, not row by row.

The triggers of the search index (migration 0002) keep it current for every writer; indexing
100,000 contacts that way, one trigger run per row, costs several times more than one
set-based statement. `deferred_search_index` takes the insert triggers away for the current
transaction only (SQLite's DDL is transactional: no other connection ever sees them missing,
and a rollback puts them back), collects the ids inserted meanwhile, indexes them, and puts
the triggers back from their own stored text. The statements below give the same index rows
as the triggers of 0002.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.db import id_set

_INSERT_TRIGGERS = ("contacts_search_ai", "roles_search_ai")
# A role inserted means its person's organisations changed.
_ROLES_PERSONS = (
    "INSERT OR IGNORE INTO {batch}(id) SELECT person_id FROM roles WHERE id IN (SELECT id FROM {batch})"
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
    connection = session.connection()
    driver = connection.connection.driver_connection
    assert driver is not None  # an open connection has its driver's
    if not driver.in_transaction:
        connection.exec_driver_sql("BEGIN")  # the DDL below must belong to this transaction
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)", _INSERT_TRIGGERS
    ).all()
    for name, _sql in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    batch = IndexBatch()
    try:
        yield batch
    finally:  # even if the caller went on after an error, the triggers are back
        for _name, sql in triggers:
            connection.exec_driver_sql(sql)
    table = batch.table
    if table is None and batch.ids:
        id_set(session, "search_batch", batch.ids)
        table = "search_batch"
    if table is None:
        return
    named = f"temp.{table}"
    for statement in ([_ROLES_PERSONS] if batch.roles else []) + _REINDEX:
        connection.exec_driver_sql(statement.format(batch=named))
    if batch.before_index is not None:
        batch.before_index()
    connection.exec_driver_sql(_INDEX.format(batch=named))
