"""Is the store's file sound? A cheap look when it opens (header, size against what the header
says, the schema and the first page of every table: a few milliseconds) and SQLite's full
integrity_check, which reads every page, run in the background by the window.

A damaged store is never opened as if it were an empty one: what these checks find becomes a
StoreProblem (app/services/store/problems.py) and the window's dialog or the command line's
line, never an empty list.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import StoreProblem
from app.i18n import QT_TRANSLATE_NOOP
from app.services.store.problems import damaged, store_problem

MAGIC = b"SQLite format 3\x00"
HEADER = 100
INTEGRITY_ROWS = 10  # what integrity_check says of the first problems is enough to decide


def cheap_check(database: Path, folder: str = "", *, timeout: float = 5.0) -> None:
    """Raise StoreProblem if the file is not a sound SQLite store; a missing file is a new store.
    `timeout`: how long to wait for a store another program is writing (seconds)."""
    folder = folder or str(database.parent)
    if not database.exists():
        return
    detail = _header_problem(database)
    if detail:
        raise damaged(folder, detail)
    try:
        connection = sqlite3.connect(database, timeout=timeout)
        try:
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                )
            ]
            for name in tables:  # the root page of each: where a garbled start shows first
                connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchall()
            if tables and "alembic_version" not in tables:  # another program's database
                raise damaged(
                    folder,
                    QT_TRANSLATE_NOOP("entraide", "ce fichier n'est pas une base de données d'Entraide"),
                )
        finally:
            connection.close()
    except sqlite3.Error as error:
        problem = store_problem(error, folder)
        if problem is not None and problem.kind == StoreProblem.DAMAGED:
            raise problem from error
        raise


def _header_problem(database: Path) -> str:
    """What is wrong with the file's first 100 bytes and its size, in French; "" if nothing."""
    size = database.stat().st_size
    if size == 0:
        return QT_TRANSLATE_NOOP("entraide", "le fichier de données est vide")
    with database.open("rb") as handle:
        header = handle.read(HEADER)
    if len(header) < HEADER or not header.startswith(MAGIC):
        return QT_TRANSLATE_NOOP("entraide", "le début du fichier de données est illisible")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return QT_TRANSLATE_NOOP("entraide", "le début du fichier de données est illisible")
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the page count is valid for this version
    if counted and pages and size < pages * page_size:
        return QT_TRANSLATE_NOOP("entraide", "le fichier de données est tronqué")
    return ""


def full_check(database: Path) -> str:
    """SQLite's integrity_check over every page, on its own read-only connection; "" when the
    store is sound, else what is wrong (SQLite's own words, for the log and the dialog's detail)."""
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA integrity_check({INTEGRITY_ROWS})")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if store_problem(error, "") is not None:
            return str(error)
        raise
    return "" if rows == ["ok"] else "; ".join(rows)
