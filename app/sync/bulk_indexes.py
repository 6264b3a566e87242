"""Secondary indexes of a table a first sync fills from empty: built once at the end.

Inserting 100,000 contacts into a table with its secondary indexes updates each index's B-tree
row by row; building an index once over the finished table sorts instead, several times cheaper.
When a pull finds such a table empty, its indexes are dropped inside the page's transaction
(SQLite's DDL is transactional: a refused page puts them back) and `restore` builds them again
after the last page. A sync cut between pages leaves them missing: the next sync and the next
opening of the store (app.db.open_database) build them before anything else, checked against sqlite_master.
Only tables whose indexes no statement of the pull itself relies on: not roles (the search index
looks roles up by person).
"""

from __future__ import annotations

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from app.db import FIRST_SYNC_DEFERRED, restore_indexes
from app.models.base import Base

DEFERRED: tuple[Table, ...] = tuple(Base.metadata.tables[name] for name in FIRST_SYNC_DEFERRED)


def drop_if_empty(session: Session, table: Table) -> None:
    """Drop the secondary indexes of `table` if it has no rows (and is one of DEFERRED)."""
    if table not in DEFERRED or not table.indexes:
        return
    connection = session.connection()
    if connection.exec_driver_sql(f"SELECT 1 FROM {table.name} LIMIT 1").first() is not None:
        return
    for name in _present(connection, table):
        connection.exec_driver_sql(f"DROP INDEX {name}")


def restore(connection: Connection) -> None:
    """Build again whatever index of DEFERRED is missing (one query when none is)."""
    restore_indexes(connection, DEFERRED)


def _present(connection: Connection, table: Table) -> set[str]:
    names = {index.name for index in table.indexes if not index.unique}  # restore never builds a unique one
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table.name,)
    )
    return {name for (name,) in rows if name in names}
