"""A batch's lookups by ids (`= ANY(…)`) are planned with their values at every call on PostgreSQL
(hub/db.py, `_custom_plans`): a generic plan made while a table was small scanned all of it for
each push, under the version lock, and kept doing so as the table grew."""

from __future__ import annotations

import uuid

from hub.db import migrate, open_hub_database
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
