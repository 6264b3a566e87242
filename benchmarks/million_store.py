"""A store of 1,000,000 contacts for the search figures, grown from the 100,000-contact demo store.

The demo generator takes about 8 minutes for a million; this takes well under one: the demo
store is copied (SQLite's backup), then each of its contacts is written nine times more with a
new UUIDv7 and other values (first and last names paired anew, organisations moved to other
towns, e-mails and phones of their own), straight in SQL with the search index's insert
trigger set aside; the index is then filled in one statement per table, as a bulk insert of
the application does (app/services/contacts/search_index.py), and the trigger put back.
Kept in the bench data folder and rebuilt when the demo store or this file changes.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.ids import new_id
from app.paths import DataPaths
from app.services.contacts.fields import person_display_name
from app.text import fold
from benchmarks.store_cache import META, cached_store

Log = Callable[[str], None]
COPIES = 9  # the demo store's contacts, written again this many times
_TOWN = re.compile(r", \d{5} (.+)$")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_PHONES = "coalesce(c.phone, '') || CASE WHEN c.phone LIKE '+33%' THEN ' 0' || substr(c.phone, 4) ELSE '' END"


def prepare_million(store: Path, data: Path, log: Log) -> Path:
    """The cached store of ten times the demo store's contacts, made from `store` when missing or stale."""
    source = json.loads((store / META).read_text(encoding="utf-8"))
    wanted = {"source": source, "builder": hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]}

    def build(target: Path) -> None:
        original = sqlite3.connect(DataPaths(store).database)
        copy = sqlite3.connect(DataPaths(target).database, isolation_level=None)
        try:
            original.backup(copy)
            _grow(copy)
        finally:
            original.close()
            copy.close()

    return cached_store(data / "store-1m", wanted, build, "Base d'un million de contacts", log)


def _grow(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA cache_size = -262144")
    db.execute("PRAGMA journal_mode = DELETE")  # a throwaway copy: no WAL of a gigabyte
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    (trigger,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'contacts_search_ai'").fetchone()
    db.execute("DROP TRIGGER contacts_search_ai")
    (last_rowid,) = db.execute("SELECT max(rowid) FROM contacts").fetchone()
    cursor = db.execute("SELECT * FROM contacts WHERE deleted_at IS NULL ORDER BY rowid")
    columns = [d[0] for d in cursor.description]
    rows = [dict(zip(columns, row, strict=True)) for row in cursor]
    insert = f"INSERT INTO contacts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for copy in range(1, COPIES + 1):
        db.executemany(insert, ([row[c] for c in columns] for row in _variants(rows, copy)))
    db.execute(
        "INSERT INTO contact_search_map(contact_id) SELECT id FROM contacts WHERE rowid > ? ORDER BY rowid",
        (last_rowid,),
    )
    db.execute(
        f"""INSERT INTO contact_fts(rowid, name, orgs, emails, phones, tags, notes)
        SELECT m.docid, c.display_name, '', coalesce(c.email, ''), {_PHONES}, coalesce(c.tags, ''),
               coalesce(c.notes, '')
        FROM contacts c JOIN contact_search_map m ON m.contact_id = c.id
        WHERE c.rowid > ? ORDER BY m.docid""",
        (last_rowid,),
    )
    db.execute(trigger)
    db.execute("COMMIT")


def _variants(rows: list[dict[str, Any]], copy: int) -> Iterator[dict[str, Any]]:
    """Each contact once more, with a new id and values of its own (deterministic per copy)."""
    rng = random.Random(copy)
    people = [row for row in rows if row["kind"] == "person"]
    towns = sorted({m.group(1) for row in rows if row["address"] and (m := _TOWN.search(row["address"]))})
    for index, row in enumerate(rows):
        new = dict(row, id=new_id())
        if row["kind"] == "person":
            other = people[(index * 7 + copy * 7919) % len(people)]
            first, last = row["first_name"] or "", other["last_name"] or ""
            new.update(first_name=first or None, last_name=last or None)
            new.update(display_name=person_display_name(first, last), sort_key=fold(f"{last} {first}"))
            if row["email"]:
                local = ".".join(
                    filter(None, (_NOT_WORD.sub("", fold(first)), _NOT_WORD.sub("", fold(last))))
                )
                new["email"] = f"{local}{copy}@{row['email'].split('@')[-1]}"
        elif row["address"] and (town := _TOWN.search(row["address"])):
            elsewhere = rng.choice(towns)
            new["display_name"] = row["display_name"].replace(town.group(1), elsewhere)
            new["sort_key"] = fold(new["display_name"])
            new["address"] = row["address"][: town.start(1)] + elsewhere
        if row["phone"] and row["phone"].startswith("+33"):
            new["phone"] = row["phone"][:4] + f"{rng.randrange(10**8):08d}"
        yield new
