"""The one sync_state row is made by the store's migrations, so two connections asking for it at
once never both insert it (CI once failed with "UNIQUE constraint failed: sync_state.id": the
window's database thread and another connection each found it missing and created it)."""

from __future__ import annotations

import threading

from sqlalchemy import text

from app.db import open_database
from app.models import SyncState
from app.paths import DataPaths
from app.sync.engine import status, sync_state


def test_a_new_store_has_its_sync_state_row(tmp_path):
    database = open_database(DataPaths(tmp_path))
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(text("SELECT id, cursor FROM sync_state")).all()
        assert rows == [(1, 0)]
    finally:
        database.close()


def test_two_connections_reading_the_state_at_once_both_succeed(tmp_path):
    """One connection writes the state (as a test helper or an enrolment does) and holds its
    transaction open; meanwhile another reads it (the window's status line). The reader must
    neither fail nor make a second row."""
    database = open_database(DataPaths(tmp_path))
    errors: list[BaseException] = []
    read = threading.Event()
    try:
        with database.session_factory.begin() as writer:
            writer.merge(SyncState(id=1, association_id="0190a000-0000-7000-8000-000000000001"))
            writer.flush()  # the write lock is held until the end of this block

            def window() -> None:
                try:
                    database.run(status)
                    database.run(lambda s: sync_state(s).cursor)
                except BaseException as error:  # reported below, in the test's thread
                    errors.append(error)
                finally:
                    read.set()

            reader = threading.Thread(target=window)
            reader.start()
            read.wait(timeout=2)  # the reader may be waiting for the lock: let it
        reader.join(timeout=30)
        assert errors == []
        assert database.run(lambda s: s.query(SyncState).count()) == 1
        assert database.run(lambda s: sync_state(s).association_id) == "0190a000-0000-7000-8000-000000000001"
    finally:
        database.close()


def test_a_missing_row_is_put_back_without_a_race(tmp_path):
    database = open_database(DataPaths(tmp_path))
    try:
        database.run(lambda s: s.execute(text("DELETE FROM sync_state")))
        assert database.run(lambda s: sync_state(s).cursor) == 0
        assert database.run(lambda s: s.query(SyncState).count()) == 1
    finally:
        database.close()
