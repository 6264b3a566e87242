"""The contacts list's first page for the window's first paint, read with plain sqlite3.

The window shows its first rows before SQLAlchemy, the models and the migrations are loaded:
this reads the same page as `records.list_contacts` (no filter, name order, the list's index),
read-only, on a store whose schema is already at the head. Anything unusual (no store yet, a
schema to migrate, a damaged, locked or foreign file) gives None, and the window takes its
usual path, with its usual messages, once the store is opened the usual way.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from app.services.contacts.rows import ContactRow
from app.services.store.health import cheap_check
from app.store_file import SCHEMA_HEAD

log = logging.getLogger(__name__)

FIRST_PAGE_SQL = (
    "SELECT id, kind, display_name, email, phone, tags, sort_key, phone_to_check FROM contacts "
    "WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT ?"
)


def read_first_page(database: Path, limit: int) -> list[ContactRow] | None:
    """Up to `limit` rows of the list as `list_contacts` gives them; None: open the usual way."""
    if not database.is_file():
        return None
    try:
        cheap_check(database, timeout=0)  # the usual opening's look: damage goes that way, and a
        # store being written (locked) too, rather than keep the window waiting
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if version != SCHEMA_HEAD:
                return None
            return [ContactRow(*row) for row in connection.execute(FIRST_PAGE_SQL, (limit,))]
        finally:
            connection.close()
    except Exception as error:  # whatever it is, the usual opening will say it properly
        log.info("first page read the usual way: %r", error)
        return None
