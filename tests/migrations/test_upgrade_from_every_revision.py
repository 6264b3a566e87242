"""Installing a new version over any earlier one keeps the user's data: a store at each earlier
schema (0001 … the one before the newest), with data in every table that schema has, opens with
the current code, is migrated to the newest schema with a backup taken first, and keeps every
row with every value it had. (test_migrations.py does the same from the very first schema with
a few hand-written rows.)"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from app.db import alembic_config, current_revision, head_revision, make_engine, open_database
from app.demo.generator import generate_demo
from app.ids import new_id
from app.models import Contact
from app.models.agreements import Agreement
from app.models.base import is_search_table
from app.models.contacts import ImportProfile
from app.models.needs import NeedOutcome, NeedResponse
from app.models.sync import CourierFile, SyncConflict, SyncInbox, SyncPurged, SyncQuarantine
from app.paths import DataPaths
from app.services.agreements.clauses import save_template
from app.services.agreements.records import attach_scan
from app.sync.engine import sync_state

DEMO_SIZE = 150  # contacts; with equipment, loans and practices in proportion
Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def earlier_revisions() -> list[str]:
    newest_first = ScriptDirectory.from_config(alembic_config()).walk_revisions()
    return [script.revision for script in newest_first if script.revision != head_revision()][::-1]


def fill_every_table(session) -> None:
    """The demo, and what it leaves empty: a signed scan, a clause template, the sync's state,
    a quarantined change, a conflict, a purged id and a courier file."""
    generate_demo(session, DEMO_SIZE, equipment=12, practices=6)
    agreement = session.scalars(select(Agreement.id).order_by(Agreement.id)).first()
    attach_scan(session, agreement, "convention-signee.pdf", "application/pdf", b"%PDF-1.4 signed")
    save_template(session, "commitments", "Nos engagements habituels", "Chaque partie aide les autres.")
    state = sync_state(session)
    state.hub_url, state.cursor, state.association_name = "https://hub.example.org", 42, "Les Amis"
    session.add(ImportProfile(name="Export HelloAsso", columns={"nom": "last_name", "email": "email"}))
    response = session.scalars(select(NeedResponse.id).order_by(NeedResponse.id)).first()
    session.add(NeedOutcome(response_id=response, outcome="good", note="Très bien passé."))
    contact = session.scalars(select(Contact.id).order_by(Contact.id)).first()
    session.add(SyncInbox(record_id=new_id(), version=7, change={"op": "upsert", "fields": {"x": 1}}))
    session.add(
        SyncQuarantine(
            record_id=new_id(),
            entity_type="equipment",
            version=9,
            change={"op": "upsert", "fields": {"maintenance_from": "31/12/2027"}},
            code="invalid_values",
            problems=[{"field": "maintenance_from", "code": "bad_date", "values": {}}],
        )
    )
    session.add(
        SyncConflict(
            entity_type="contact",
            record_id=contact,
            field="notes",
            kind="field",
            local_value="ici",
            remote_value="là-bas",
            remote_version=3,
        )
    )
    session.add(SyncPurged(record_id=new_id(), entity_type="contact", owner_id=new_id()))
    session.add(CourierFile(kind="prepared", file_id=new_id(), name="entraide-les-amis-2026-12-06.entraide"))


def every_row(connection) -> Rows:
    """Every row of every table, by primary key, but Alembic's own and the search indexes
    (rebuilt by the migrations)."""
    found: Rows = {}
    inspector = inspect(connection)
    for name in inspector.get_table_names():
        if name == "alembic_version" or is_search_table(name):
            continue
        keys = inspector.get_pk_constraint(name)["constrained_columns"] or ["rowid"]
        result = connection.execute(text(f'SELECT *, rowid AS "rowid" FROM "{name}"')).mappings()
        found[name] = {tuple(row[key] for key in keys): dict(row) for row in result}
    return found


@pytest.fixture(scope="module")
def store_at_head(tmp_path_factory) -> Path:
    """Made once: the newest schema, data in every table; each test takes it back in a copy."""
    paths = DataPaths(tmp_path_factory.mktemp("tete") / "donnees")
    database = open_database(paths)
    database.run(fill_every_table)
    database.close()
    return paths.database


@pytest.mark.parametrize("revision", earlier_revisions())
def test_a_store_of_each_earlier_revision_opens_migrated_with_all_its_data(
    revision, store_at_head, data_paths
):
    # The store as that release left it: taken back to its schema (dropping only what the later
    # revisions added), with a row in every table it knew.
    data_paths.ensure()
    shutil.copy(store_at_head, data_paths.database)
    engine = make_engine(data_paths.database)
    command.downgrade(alembic_config(engine), revision)
    with engine.connect() as connection:
        before = every_row(connection)
    engine.dispose()
    empty = sorted(name for name, rows in before.items() if not rows)
    assert not empty, f"no data at {revision} in {empty}: fill them in fill_every_table"

    upgraded = open_database(data_paths)  # what the new version does on its first start
    try:
        assert current_revision(upgraded.engine) == head_revision()
        with upgraded.engine.connect() as connection:
            after = every_row(connection)
        for table, rows in before.items():
            assert rows.keys() == after[table].keys(), f"rows of {table} lost or added"
            for key, row in rows.items():
                kept = {column: after[table][key][column] for column in row if column in after[table][key]}
                assert kept == row, f"{table} {key}: values changed"
        backup = upgraded.backup_made
        assert backup is not None and backup.parent == data_paths.backups and revision in backup.name
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
            assert old.execute("SELECT count(*) FROM contacts").fetchone() == (len(before["contacts"]),)
    finally:
        upgraded.close()
