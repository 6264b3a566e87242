"""Stores damaged the ways disks and laptops damage them, made by the tests themselves: cut short,
their first bytes overwritten, a page in the middle garbled."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.db import open_database
from app.paths import DataPaths
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import create_contact


def filled_store(paths: DataPaths, contacts: int = 400) -> None:
    """A store with enough contacts to span many pages, closed (its WAL folded in)."""
    database = open_database(paths)
    try:
        with database.session_factory.begin() as session:
            for n in range(contacts):
                create_contact(
                    session,
                    ContactFields(
                        kind="person", first_name=f"Prénom{n}", last_name=f"Nom{n}", notes="x" * 200
                    ),
                )
    finally:
        database.close()
    with sqlite3.connect(paths.database) as connection:  # nothing left in the WAL
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def truncate(database: Path) -> None:
    size = database.stat().st_size
    with database.open("r+b") as handle:
        handle.truncate(size // 2)


def garble_header(database: Path) -> None:
    with database.open("r+b") as handle:
        handle.write(b"\x00garbage!garbage!")


def garble_middle_page(database: Path) -> None:
    """Overwrite the page nearest the middle of the file that no quick look reads: a leaf of
    some table or index, but not the first leaf of its tree (read by `SELECT … LIMIT 1`) nor
    the schema's, nor a page of the contacts' rows, which the list's first page reads wherever
    they lie. Chosen by the file's own map, so the schema's growth cannot move it onto a page
    the opening reads: only a check that reads every page finds it."""
    with sqlite3.connect(database) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        middle = connection.execute("PRAGMA page_count").fetchone()[0] // 2
        leaves = [
            page
            for (page, path) in connection.execute(
                "SELECT pageno, path FROM dbstat WHERE pagetype = 'leaf'"
                " AND name NOT IN ('sqlite_schema', 'contacts')"
            )
            if set(path.strip("/").split("/")) != {"000"}  # not its tree's first leaf
        ]
    page = min(leaves, key=lambda page: abs(page - middle))
    with database.open("r+b") as handle:
        handle.seek(page_size * (page - 1))
        handle.write(bytes([0xA5]) * page_size)


def garble_contacts_page(database: Path) -> None:
    """Overwrite one page of the contacts' own rows, three quarters down them (neither the file's
    start nor the table's first page): reading the contacts finds it."""
    with sqlite3.connect(database) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        leaves = [
            page
            for (page,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'contacts' AND pagetype = 'leaf' ORDER BY pageno"
            )
        ]
    with database.open("r+b") as handle:
        handle.seek(page_size * (leaves[len(leaves) * 3 // 4] - 1))
        handle.write(bytes([0xA5]) * page_size)
