"""Installing a new version over the previous one keeps the user's data: a store at the schema
before the newest, full of data, opens with the current code, is migrated to the newest schema
with a backup taken first, and loses no row. (test_migrations.py does the same from the very
first schema with a few hand-written rows.)"""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.db import alembic_config, current_revision, head_revision, make_engine, open_database
from app.demo.generator import generate_demo
from app.models.base import is_search_table

DEMO_SIZE = 150  # contacts; with equipment, loans and practices in proportion


def previous_revision() -> str:
    scripts = ScriptDirectory.from_config(alembic_config())
    down = scripts.get_revision(head_revision()).down_revision
    assert isinstance(down, str), "the newest migration must follow exactly one revision"
    return down


def row_counts(connection) -> dict[str, int]:
    """Rows of every table of the store, but Alembic's own and the search indexes (rebuilt)."""
    names = [
        name
        for name in inspect(connection).get_table_names()
        if name != "alembic_version" and not is_search_table(name)
    ]
    return {name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one() for name in names}


def test_a_store_of_the_previous_release_opens_migrated_with_all_its_data(data_paths):
    previous = previous_revision()
    # The previous release's store, with data in every table it knew: the demo at the newest
    # schema, then taken back one revision (dropping only what that revision added).
    database = open_database(data_paths)
    database.run(lambda session: generate_demo(session, DEMO_SIZE, equipment=12, practices=6))
    database.close()
    engine = make_engine(data_paths.database)
    command.downgrade(alembic_config(engine), previous)
    with engine.connect() as connection:
        before = row_counts(connection)
    engine.dispose()
    assert before["contacts"] > 0 and sum(before.values()) > DEMO_SIZE

    upgraded = open_database(data_paths)  # what the new version does on its first start
    try:
        assert current_revision(upgraded.engine) == head_revision()
        with upgraded.engine.connect() as connection:
            after = row_counts(connection)
        assert {name: after[name] for name in before} == before
        backup = upgraded.backup_made
        assert backup is not None and backup.parent == data_paths.backups and previous in backup.name
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
            assert old.execute("SELECT count(*) FROM contacts").fetchone() == (before["contacts"],)
    finally:
        upgraded.close()
