"""Plans that keep the hub's work proportional to what it serves. On PostgreSQL a batch's lookups
by ids (`= ANY(…)`) are planned with their values at every call (hub/db.py, `_custom_plans`): a
generic plan made while a table was small scanned all of it for each push, under the version
lock, and kept doing so as the table grew. On SQLite a page walks the version index and stops
with the page (hub/pull.py, `_RECORDS_WALKED`): it used to collect and sort every record after
the cursor, a first sync growing with the square of the store."""

from __future__ import annotations

import uuid

from hub.db import migrate, open_hub_database
from hub.pull import _RECORDS_RAW, page_values
from hub.push import _lookups
from tests.postgres import PostgresServer


def test_a_batch_lookup_is_planned_with_its_ids_at_every_call(postgres: PostgresServer):
    url = postgres.create_database(f"plans_{uuid.uuid4().hex[:12]}")
    migrate(url)
    database = open_hub_database(url)
    answered, current = _lookups("postgresql")
    try:
        # On PostgreSQL the reader and the lookups share the writer's engine, hence its connections.
        with database.writer() as session:  # one connection throughout
            # psycopg prepares a statement at its 5th call; PostgreSQL then weighs a generic plan
            # after 5 plans of its own, and takes it on a table this small.
            for _ in range(12):
                session.execute(current, {"ids": [str(uuid.uuid4()), str(uuid.uuid4())]}).all()
                session.execute(answered, {"ids": [f"op-{uuid.uuid4()}"]}).all()
            prepared = "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
            plans = session.connection().exec_driver_sql(prepared).all()
        lookups = [row for row in plans if "= ANY" in row.statement]
        assert len(lookups) == 2, plans
        for row in lookups:
            assert row.generic_plans == 0 and row.custom_plans >= 7, row
    finally:
        database.dispose()


def test_a_page_on_sqlite_walks_the_version_index_and_stops_with_the_page(tmp_path):
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    migrate(url)
    database = open_hub_database(url)
    try:
        with database.reader() as session:
            connection = session.connection()
            sql, defaults, order = _RECORDS_RAW.compiled_for(connection.dialect)
            values = {**defaults, **page_values("une-association", 0, 5000, 100)}
            assert order is not None
            plan = connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql}", tuple(values[name] for name in order)
            ).all()
        steps = [row[3] for row in plan]
        assert any("USING INDEX ix_records_version" in step for step in steps), steps
        assert not [step for step in steps if "TEMP B-TREE" in step or "MULTI-INDEX OR" in step], steps
    finally:
        database.dispose()
