"""Plans that keep the hub's work proportional to what it serves: on SQLite a page walks the
version index and stops with the page (hub/pull.py, `_RECORDS_WALKED`); it used to collect and
sort every record after the cursor, a first sync growing with the square of the store."""

from __future__ import annotations

from hub.db import migrate, open_hub_database
from hub.pull import _RECORDS_RAW, page_values


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
