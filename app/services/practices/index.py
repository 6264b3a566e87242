"""Keeps the practices' search index (migration 0006) in step with the practices.

SQLite triggers queue the id of every practice whose text changes (practice_fts_queue), for
every writer: the ORM, the sync's bulk inserts, another SQLite tool. Stemming French needs
Python, so `refresh_practice_index` indexes what is queued, inside the caller's transaction:
the practices services call it after each write, the sync after each pulled page, and
`search` before reading (for anything a writer outside the application left queued).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.services.practices.text import analyse, plain_text

_QUEUED_ROWS = """
SELECT q.practice_id, p.id, p.deleted_at, p.title, p.summary, p.context, p.method, p.results,
       p.indicators_json, p.lessons, p.themes, p.tags
FROM practice_fts_queue q LEFT JOIN practices p ON p.id = q.practice_id
"""
_DROP_OLD_ROWS = (
    "DELETE FROM practice_fts WHERE rowid IN (SELECT m.docid FROM practice_fts_queue q "
    "CROSS JOIN practice_search_map m ON m.practice_id = q.practice_id)"
)
_FORGET_GONE = (
    "DELETE FROM practice_search_map WHERE practice_id IN (SELECT q.practice_id "
    "FROM practice_fts_queue q LEFT JOIN practices p ON p.id = q.practice_id "
    "WHERE p.id IS NULL)"
)
_MAP_NEW = (
    "INSERT OR IGNORE INTO practice_search_map(practice_id) SELECT q.practice_id "
    "FROM practice_fts_queue q CROSS JOIN practices p ON p.id = q.practice_id "
    "WHERE p.deleted_at IS NULL"
)
_DOCIDS = (
    "SELECT m.practice_id, m.docid FROM practice_fts_queue q "
    "CROSS JOIN practice_search_map m ON m.practice_id = q.practice_id"
)
_INSERT = "INSERT INTO practice_fts(rowid, title, summary, body, lessons, topics) VALUES (?, ?, ?, ?, ?, ?)"


def _list(value: Any) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return [str(item) for item in value] if isinstance(value, list) else []


def indicator_text(indicators_json: str | None) -> str:
    """The words of the indicators (labels and units) that a search should find."""
    try:
        items = json.loads(indicators_json or "[]")
    except ValueError:
        return ""
    if not isinstance(items, list):
        return ""
    return " ".join(
        f"{item.get('label') or ''} {item.get('unit') or ''}" for item in items if isinstance(item, dict)
    )


def index_columns(
    title: str,
    summary: str,
    context: str,
    method: str,
    results: str,
    indicators_json: str | None,
    lessons: str,
    themes: Iterable[str],
    tags: Iterable[str],
) -> tuple[str, str, str, str, str]:
    """The stemmed text of each indexed column: title, summary, body, lessons, topics."""
    body = "\n".join((context or "", plain_text(method), results or "", indicator_text(indicators_json)))
    return (
        analyse(title),
        analyse(summary),
        analyse(body),
        analyse(lessons),
        analyse(" ".join([*themes, *tags])),
    )


def refresh_practice_index(session: Session) -> int:
    """Index the queued practices in the session's transaction; returns how many."""
    session.flush()  # the ORM's pending writes fire the triggers first
    connection = session.connection()
    rows = connection.exec_driver_sql(_QUEUED_ROWS).all()
    if not rows:
        return 0
    connection.exec_driver_sql(_DROP_OLD_ROWS)
    connection.exec_driver_sql(_FORGET_GONE)
    connection.exec_driver_sql(_MAP_NEW)
    docids: dict[str, int] = dict(connection.exec_driver_sql(_DOCIDS).all())
    values = []
    for (
        queued_id,
        found_id,
        deleted_at,
        title,
        summary,
        context,
        method,
        results,
        indicators,
        lessons,
        themes,
        tags,
    ) in rows:
        if found_id is None or deleted_at is not None:
            continue  # gone or in the trash: not searchable
        values.append(
            (
                docids[queued_id],
                *index_columns(
                    title, summary, context, method, results, indicators, lessons, _list(themes), _list(tags)
                ),
            )
        )
    values.sort()  # FTS5 writes faster in rowid order
    if values:
        connection.exec_driver_sql(_INSERT, values)
    connection.exec_driver_sql("DELETE FROM practice_fts_queue")
    return len(rows)


def catch_up(session: Session) -> None:
    """Index what another writer left queued, if anything; never fails a read because of it
    (the database may be busy writing elsewhere: the index is then caught up next time)."""
    connection = session.connection()
    if connection.exec_driver_sql("SELECT 1 FROM practice_fts_queue LIMIT 1").first() is None:
        return
    try:
        with session.begin_nested():
            refresh_practice_index(session)
    except OperationalError:
        pass


def rebuild_practice_index(session: Session) -> int:
    """Queue every practice and index them all again (after a change of the analysis)."""
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO practice_fts_queue(practice_id) SELECT id FROM practices"
    )
    return refresh_practice_index(session)
