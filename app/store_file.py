"""What a connection to the store's file needs before any SQLAlchemy: the pragmas every
connection sets, and the newest schema revision, known without reading the migrations or
loading Alembic (a test ties it to Alembic's own head; a new migration updates it). A command
with nothing to do opens the file with sqlite3 alone (app/sync/quick.py); app/db.py the same way."""

from __future__ import annotations

import sqlite3

SCHEMA_HEAD = "0022"
BUSY_TIMEOUT_MS = 5000


def apply_pragmas(connection: sqlite3.Connection) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # NORMAL is durable across application crashes in WAL mode and much faster than FULL.
    cursor.execute("PRAGMA synchronous=NORMAL")
    # What is deleted is overwritten with zeros, not left in the file's free space: a contact
    # deleted for good must leave no name or e-mail a file viewer could still read.
    cursor.execute("PRAGMA secure_delete=ON")
    # A first sync writes 100,000 contacts and their indexes: 32 MB of page cache keeps the
    # indexes in memory, and checkpointing every 32 MB rather than 4 MB writes them back less often.
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.execute("PRAGMA wal_autocheckpoint=8000")
    cursor.close()
