"""A first sync takes the fast path (rows made in the download thread, one INSERT per table, the
search index filled per page): the store it leaves is the one the change-by-change path leaves,
table by table, search included; and the sync after it has nothing to do."""

from __future__ import annotations

import gc
import sqlite3
import threading
import time
from itertools import compress
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.db import alembic_config, open_database
from app.demo.generator import generate_demo
from app.ids import new_id
from app.services.contacts import trash
from app.services.contacts.search import search_contacts
from app.sync import records
from app.sync.engine import SyncEngine, without_cycle_collection
from app.sync.pages import PageWriter
from app.sync.records import Registry
from tests.sync.support import bookkeeping

# Written at the moment of writing (not pulled), or numbered in the order of writing.
STAMPS = {"created_at", "updated_at"}
NUMBERED = {"contact_search_map": "docid"}
# Bookkeeping of the run itself, not the records: when it ran, how long it took.
OF_THE_RUN = {"sync_runs", "sync_state", "alembic_version", "app_settings"}


class OneByOne(PageWriter):
    """The path a refused page takes: each change applied on its own, in its own savepoint."""

    def write(self, session, changes, deletions, *, replaced, careful, prepared=None):
        super().write(session, changes, deletions, replaced=replaced, careful=True, prepared=None)


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (FTS shadow tables aside: their content is read through the FTS table),
    without the columns that differ by nature, sorted."""
    with sqlite3.connect(path) as db:
        names = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith("sqlite_") and "_fts_" not in name and name not in OF_THE_RUN
        ]
        found = {}
        for name in names:
            columns = [row[1] for row in db.execute(f"PRAGMA table_info({name})")]
            if name.endswith("_fts"):
                columns = [*columns, "rowid"]
            kept = [c for c in columns if c not in STAMPS and c != NUMBERED.get(name)]
            rows = db.execute(f"SELECT {', '.join(kept)} FROM {name}").fetchall()
            found[name] = sorted(rows, key=repr)
        # The FTS rows by contact rather than by docid (numbered in the order of writing).
        found["contact_fts"] = sorted(
            db.execute(
                "SELECT m.contact_id, f.name, f.orgs, f.emails, f.phones, f.tags, f.notes "
                "FROM contact_fts f JOIN contact_search_map m ON m.docid = f.rowid"
            ).fetchall()
        )
    db.close()
    return found


def _indexes(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        found = set(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql NOT NULL"))
    db.close()
    return found


class CutAfterOnePage(PageWriter):
    """A sync stopped after its first page was written (the process killed, the disk full)."""

    def write(self, session, changes, deletions, **options):
        if self.written:
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        super().write(session, changes, deletions, **options)
        self.written = True


def test_a_first_sync_cut_between_pages_leaves_a_store_that_gets_its_indexes_back(laptops):
    source = laptops("Les Grands Chemins", "source")
    source.run(lambda session: generate_demo(session, 150, equipment=5, reservations=5, practices=3))
    source.sync()
    cut = laptops("Les Grands Chemins", "coupe")
    complete = _indexes(cut.paths.database)
    engine = SyncEngine(cut.database, cut.client, cut.paths.backups, page_size=50)
    engine.pages = CutAfterOnePage(engine.registry, False)
    engine.pages.written = False
    with pytest.raises(OperationalError):
        engine.run()
    assert gc.isenabled()  # paused during the pull only, even one that fails
    cut.database.close()
    with sqlite3.connect(cut.paths.database) as db:
        assert db.execute("SELECT count(*) FROM contacts").fetchone()[0] > 0  # the first page is there
    db.close()
    missing = complete - _indexes(cut.paths.database)
    assert {name for name, _sql in missing} >= {"ix_contacts_list", "ix_contacts_email"}

    cut.database = open_database(cut.paths)  # opening the store builds them again
    assert _indexes(cut.paths.database) == complete
    command.check(alembic_config(cut.database.engine))
    assert cut.sync().pulled > 0
    assert _indexes(cut.paths.database) == complete


def test_a_fast_first_sync_leaves_the_store_the_change_by_change_path_leaves(laptops):
    source = laptops("Les Grands Chemins", "source")
    source.run(lambda session: generate_demo(session, 400, equipment=30, reservations=60, practices=12))
    people = source.run(lambda session: [row.id for row in search_contacts(session, "a", limit=20)])
    source.run(trash.trash_contacts, people[:5])  # deletions come in the pull too
    source.sync()

    fast = laptops("Les Grands Chemins", "rapide")
    collector: list[bool] = []
    report = SyncEngine(
        fast.database,
        fast.client,
        fast.paths.backups,
        page_size=97,  # several pages, each its own transaction
        progress=lambda step, _done, _total: collector.append(gc.isenabled()) if step == "pull" else None,
    ).run()
    assert collector and not any(collector)  # the cycle collector paused while pages are written
    assert gc.isenabled()
    slow = laptops("Les Grands Chemins", "pas-a-pas")
    engine = SyncEngine(slow.database, slow.client, slow.paths.backups, page_size=97)
    engine.pages = OneByOne(engine.registry, False)
    engine.run()

    assert report.pulled > 400
    assert bookkeeping(fast) == bookkeeping(slow)
    assert _indexes(fast.paths.database) == _indexes(slow.paths.database)  # dropped, built again
    fast_tables, slow_tables = _tables(fast.paths.database), _tables(slow.paths.database)
    assert fast_tables["contacts"], "nothing was pulled"
    for name in slow_tables:
        assert fast_tables[name] == slow_tables[name], name

    for query in ("ma", "mar", "dup", "06", "lyon", "benev"):
        hits = {row.id for row in fast.run(lambda s, q=query: search_contacts(s, q, limit=1000))}
        assert hits == {row.id for row in slow.run(lambda s, q=query: search_contacts(s, q, limit=1000))}
        assert hits == {row.id for row in source.run(lambda s, q=query: search_contacts(s, q, limit=1000))}

    again = fast.sync(page_size=97)
    assert again.pulled == 0
    assert _tables(fast.paths.database) == fast_tables


def _contact(record_id: str, version: int, **fields) -> dict:
    values = {"kind": "person", "display_name": "Léa Roux", "sort_key": "roux lea", **fields}
    return {"entity_type": "contact", "record_id": record_id, "version": version, "fields": values}


def test_what_the_download_thread_prepares_leaves_doubtful_changes_to_the_usual_path():
    plain, twice, bad, unknown, gone = (new_id() for _ in range(5))
    changes = [
        _contact(plain, 1, email="lea@exemple.fr"),
        _contact(twice, 2),
        _contact(twice, 3, display_name="Léa Roux-Martin"),  # the same record again, newer
        _contact(bad, 4, display_name=12),  # a value this version cannot store: set aside later
        {"entity_type": "a_newer_kind", "record_id": unknown, "version": 5, "fields": {"x": 1}},
        {"entity_type": "contact", "record_id": gone, "version": 6, "fields": {}, "deleted": True},
    ]
    prepared = PageWriter(Registry(), False).prepare(changes)
    assert prepared.valid == {plain}
    assert set(prepared.rows) == {plain}
    table, filled, row = prepared.rows[plain]  # without its NULLs (app.db.without_nulls)
    values = dict(zip(compress(table.columns.keys(), filled), row, strict=True))
    assert None not in row and "notes" not in values and sum(filled) == len(row)
    assert (values["id"], values["display_name"], values["email"]) == (plain, "Léa Roux", "lea@exemple.fr")
    assert isinstance(row, tuple) and isinstance(values["created_at"], str)  # bound: ready for the driver
    assert set(prepared.known) == {plain}
    assert prepared.known[plain] == (plain, "contact", 1, None, None, "[]")  # its sync_records row


def test_the_cycle_collector_stays_as_it_was_found():
    gc.disable()
    try:
        with without_cycle_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()  # paused by someone else: not ours to turn back on
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), without_cycle_collection():
        raise RuntimeError
    assert gc.isenabled()


def test_the_next_page_is_read_only_once_the_rows_of_the_page_being_written_are_in(laptops, monkeypatch):
    """Reading a page's JSON and preparing its rows need the interpreter, which the writer gives up
    at every row it inserts: the download thread waits until the rows are in (app/sync/engine.py),
    and no longer: it reads while the writer indexes and commits."""
    source = laptops("Les Grands Chemins", "source")
    source.run(lambda session: generate_demo(session, 300, equipment=5, reservations=5, practices=3))
    source.sync()
    new = laptops("Les Grands Chemins", "nouveau")
    monkeypatch.setattr("app.sync.engine.WRITER_WAIT_S", 60.0)  # a slow machine: wait as long as it takes
    spans: dict[str, list[tuple[float, float, int]]] = {"insert": [], "read": [], "page": []}

    def timed(kind: str, work, pause: float = 0.02):
        began = time.perf_counter()
        time.sleep(pause)  # long enough that a read started meanwhile would be seen overlapping
        result = work()
        spans[kind].append((began, time.perf_counter(), threading.get_ident()))
        return result

    bulk_insert = records.insert_bound
    monkeypatch.setattr(records, "insert_bound", lambda *args: timed("insert", lambda: bulk_insert(*args)))
    fetch = new.client.fetch

    def fetch_timed(cursor: int, limit: int):
        decode = fetch(cursor, limit)
        return lambda: timed("read", decode)

    new.client.fetch = fetch_timed
    engine = SyncEngine(new.database, new.client, new.paths.backups, page_size=60)
    prepare, write_page = engine.pages.prepare, engine._write_page
    engine.pages.prepare = lambda *args: timed("read", lambda: prepare(*args))
    engine._write_page = lambda *args: timed("page", lambda: write_page(*args), pause=0)
    report = engine.run()

    writer = threading.get_ident()
    ahead = [span for span in spans["read"] if span[2] != writer]  # JSON read or rows prepared
    assert report.pulled > 300 and len(ahead) >= 8  # the pages after the first were read ahead
    for began, ended, _thread in ahead:
        assert not [i for i in spans["insert"] if i[0] < ended and began < i[1]], "read during inserts"
    # ...but not held back until the page was done: some reads began while the page was written.
    assert [a for a in ahead if any(page[0] < a[0] < page[1] for page in spans["page"])]


def test_the_download_thread_copies_the_log_into_the_store_file_while_pages_are_written(laptops, monkeypatch):
    """The writer's commits no longer pay for the checkpoints of a long pull (app/sync/engine.py,
    `_checkpoint`). Here the store's own connections never checkpoint by themselves: the store file
    grows during the pull only if the download thread copies the log into it."""
    source = laptops("Les Grands Chemins", "source")
    source.run(lambda session: generate_demo(session, 300, equipment=5, reservations=5, practices=3))
    source.sync()
    new = laptops("Les Grands Chemins", "nouveau")
    new.database.engine.dispose()
    event.listen(
        new.database.engine, "connect", lambda conn, _record: conn.execute("PRAGMA wal_autocheckpoint=0")
    )
    with sqlite3.connect(new.paths.database) as store:  # what opening the store left in the log
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = new.paths.database.stat().st_size
    monkeypatch.setattr("app.sync.engine.CHECKPOINT_EVERY", 120)  # every other page of 60
    checkpoints: list[int] = []
    engine = SyncEngine(new.database, new.client, new.paths.backups, page_size=60)
    checkpoint = engine._checkpoint
    engine._checkpoint = lambda: checkpoints.append(len(checkpoints)) or checkpoint()
    pulled = engine.run().pulled
    assert pulled > 300
    # Not at every page (each full copy costs the writer a flush to disk): every other one here.
    assert 2 <= len(checkpoints) <= pulled // 120 + 1
    assert engine._checkpointer is None  # closed with the pull
    # The engine's connections are still open: nothing else has checkpointed the log.
    assert new.paths.database.stat().st_size > before + 200_000
    with sqlite3.connect(new.paths.database) as store:
        assert store.execute("SELECT count(*) FROM contacts").fetchone()[0] >= 300


def test_a_page_is_written_in_one_go_only_when_every_change_is_new():
    ids = [new_id() for _ in range(3)]
    changes = [_contact(record_id, n) for n, record_id in enumerate(ids, 1)]
    writer = PageWriter(Registry(), False)

    def page_of(changes: list[dict], **known) -> records.Page:
        prepared = writer.prepare(changes)
        return records.Page(rows=prepared.rows, known_rows=prepared.known, groups=prepared.groups, **known)

    assert records._all_new(changes, page_of(changes))
    gone = {"entity_type": "contact", "record_id": new_id(), "version": 9, "fields": {}, "deleted": True}
    assert not records._all_new([*changes, gone], page_of([*changes, gone]))
    assert not records._all_new(changes, page_of(changes, objects={ids[0]: object()}))  # here already
    assert not records._all_new(changes[:2], page_of(changes[1:]))  # the same count, other ids
    assert not records._all_new([*changes, changes[0]], page_of([*changes, changes[0]]))  # twice
