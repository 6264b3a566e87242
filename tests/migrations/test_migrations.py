"""The schema is only ever changed by Alembic revisions, and upgrades keep the data."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import text

from app.db import alembic_config, current_revision, head_revision, make_engine, open_database
from app.services.contacts import search


def test_models_and_migrations_do_not_drift(db):
    # Raises when autogenerate would find any difference between models and revisions.
    command.check(alembic_config(db.engine))


def test_fresh_store_is_at_head_with_wal_and_foreign_keys(db):
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_upgrade_from_first_revision_keeps_data_and_backs_up(data_paths):
    data_paths.ensure()
    engine = make_engine(data_paths.database)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contacts (id, kind, display_name, sort_key, email, created_at, updated_at)"
                " VALUES ('c1', 'organisation', 'École du Centre', 'ecole du centre',"
                " 'contact@ecole.fr', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO contacts (id, kind, display_name, sort_key, first_name, last_name,"
                " created_at, updated_at) VALUES ('p1', 'person', 'Léa Martin', 'martin lea',"
                " 'Léa', 'Martin', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO roles (id, person_id, organisation_id, role, created_at, updated_at)"
                " VALUES ('r1', 'p1', 'c1', 'tresorier', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
    engine.dispose()

    database = open_database(data_paths)
    try:
        assert current_revision(database.engine) == head_revision()
        # The backup was taken before the upgrade: it is still at the first revision.
        assert database.backup_made is not None and database.backup_made.exists()
        with sqlite3.connect(database.backup_made) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert old.execute("SELECT count(*) FROM contacts").fetchone() == (2,)
        with database.session_factory() as session:
            names = session.execute(text("SELECT display_name FROM contacts ORDER BY id")).scalars()
            assert list(names) == ["École du Centre", "Léa Martin"]
            # Contacts made before the search index existed are found through it.
            found = search.search_contacts(session, "ecole")
            assert {row.id for row in found} == {"c1", "p1"}
    finally:
        database.close()


def test_opening_a_current_store_takes_no_backup(data_paths):
    open_database(data_paths).close()
    again = open_database(data_paths)
    assert again.backup_made is None
    again.close()


def test_the_quick_head_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from app.store_file import SCHEMA_HEAD

    # SCHEMA_HEAD is what an opening compares the store with: a new migration must update it.
    assert SCHEMA_HEAD == head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
