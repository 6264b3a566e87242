"""Keeps the matching's search index (migration 0011) in step with the needs, offers and
equipment, as app/services/practices/index.py does for the practices.

SQLite triggers queue the id of every need or item whose words change (need_fts_queue), for
every writer: the ORM, the sync's bulk inserts, the demo. Stemming French needs Python, so
`refresh` indexes what is queued, inside the caller's transaction, before matching reads it.
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.services.practices.text import analyse

_QUEUED = """
SELECT q.record_id, q.record_type,
       coalesce(n.title, e.name), coalesce(n.description, e.description), e.category,
       coalesce(n.deleted_at, e.deleted_at), coalesce(n.id, e.id)
FROM need_fts_queue q
LEFT JOIN needs n ON q.record_type = 'need' AND n.id = q.record_id
LEFT JOIN equipment e ON q.record_type = 'equipment' AND e.id = q.record_id
"""
_DROP_OLD = (
    "DELETE FROM need_fts WHERE rowid IN (SELECT m.docid FROM need_fts_queue q "
    "CROSS JOIN need_search_map m ON m.record_id = q.record_id)"
)
_FORGET = "DELETE FROM need_search_map WHERE record_id IN (SELECT record_id FROM need_fts_queue)"
_MAP = "INSERT INTO need_search_map(record_id, record_type) VALUES (?, ?)"
_DOCIDS = (
    "SELECT m.record_id, m.docid FROM need_fts_queue q "
    "CROSS JOIN need_search_map m ON m.record_id = q.record_id"
)
_INSERT = "INSERT INTO need_fts(rowid, title, body, kind) VALUES (?, ?, ?, ?)"


def refresh(session: Session) -> int:
    """Index the queued records in the session's transaction; returns how many were queued."""
    session.flush()  # the ORM's pending writes fire the triggers first
    connection = session.connection()
    rows = connection.exec_driver_sql(_QUEUED).all()
    if not rows:
        return 0
    connection.exec_driver_sql(_DROP_OLD)
    connection.exec_driver_sql(_FORGET)
    alive = [row for row in rows if row[6] is not None and row[5] is None]
    if alive:
        connection.exec_driver_sql(_MAP, [(row[0], row[1]) for row in alive])
        docids: dict[str, int] = dict(connection.exec_driver_sql(_DOCIDS).all())
        values = sorted(
            (docids[record_id], analyse(f"{title or ''} {category or ''}"), analyse(body), kind)
            for record_id, kind, title, body, category, _deleted, _found in alive
        )
        connection.exec_driver_sql(_INSERT, values)
    connection.exec_driver_sql("DELETE FROM need_fts_queue")
    return len(rows)


def catch_up(session: Session) -> None:
    """Index what is queued, if anything, before a read; never fails the read because of it
    (another writer may hold the database: the index is then caught up next time)."""
    connection = session.connection()
    if connection.exec_driver_sql("SELECT 1 FROM need_fts_queue LIMIT 1").first() is None:
        return
    try:
        with session.begin_nested():
            refresh(session)
    except OperationalError:
        pass
