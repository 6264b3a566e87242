"""A hub upgraded from any earlier schema keeps every row of every table, on SQLite and on
PostgreSQL: the hub's data taken back to each earlier revision, then migrated to the newest."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from hub import admin
from hub.db import alembic_config, migrate, utcnow
from hub.models import (
    ConsoleAdmin,
    ConsoleAudit,
    ConsoleLoginAttempt,
    ConsoleSession,
    ConsoleState,
    DeviceActivity,
    NetworkActivity,
)
from tests.hub.conftest import Hub, op

Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def earlier_revisions() -> list[str]:
    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = scripts.get_current_head()
    return [script.revision for script in scripts.walk_revisions() if script.revision != head][::-1]


def fill_every_table(hub: Hub) -> None:
    """Associations and devices, an unused enrolment code, records of every visibility, a
    reservation that holds dates and was moved (a removal for the first owner), op results."""
    first, second, amis = hub.member("Premier"), hub.member("Second"), hub.member("Les Amis")
    with hub.database.writer.begin() as session:
        admin.create_enrollment_code(session, amis.id, 24)
    hub.push(amis, op("contact", display_name="Léa Martin", visibility="private"))
    # A role belongs to its person and its organisation (record_links, from 0004).
    person, mairie = op("contact", display_name="Paul Roux"), op("contact", display_name="Mairie")
    role = op("role", person_id=person["record_id"], organisation_id=mairie["record_id"])
    assert [r["status"] for r in hub.push(amis, person, mairie, role)] == ["applied"] * 3
    equipment = [op("equipment", name=name, visibility="network") for name in ("Remorque", "Sono")]
    hub.push(first, equipment[0])
    hub.push(second, equipment[1])
    reservation = op(
        "reservation",
        equipment_id=equipment[0]["record_id"],
        start_date="2026-06-01",
        end_date="2026-06-05",
        buffer_days=1,
        status="requested",
    )
    [created] = hub.push(amis, reservation)
    moved = op(
        "reservation",
        record_id=reservation["record_id"],
        base=created["version"],
        equipment_id=equipment[1]["record_id"],
    )
    assert hub.push(amis, moved)[0]["status"] == "applied"
    fill_console_tables(hub, amis)


def fill_console_tables(hub: Hub, member) -> None:
    """A coordinator with a session, a failed login, an audit line, the console's key and a month
    of the network's activity (rows written as the console writes them)."""
    now = utcnow()
    with hub.database.writer.begin() as session:
        session.merge(ConsoleState(id=1, secret="0" * 64, activity_version=3, created_at=now))
        admin_row = ConsoleAdmin(
            id=str(uuid.uuid4()), email="coordination@exemple.fr", password_hash="x", created_at=now
        )
        session.add(admin_row)
        session.flush()
        session.add_all(
            [
                ConsoleSession(
                    token_hash="a" * 64,
                    admin_id=admin_row.id,
                    csrf_token="b" * 64,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now,
                ),
                ConsoleLoginAttempt(email_hash="c" * 64, client="127.0.0.1", succeeded=False, at=now),
                ConsoleAudit(at=now, actor="cli:test", action="code_created", target="Les Amis", details={}),
                NetworkActivity(
                    kind="loan", record_id=str(uuid.uuid4()), month="2026-03", association_id=member.id
                ),
                DeviceActivity(month="2026-03", device_id=str(uuid.uuid4()), association_id=member.id),
            ]
        )


def every_row(url: str) -> Rows:
    engine = create_engine(url)
    found: Rows = {}
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            for name in inspector.get_table_names():
                if name == "alembic_version":
                    continue
                keys = inspector.get_pk_constraint(name)["constrained_columns"]
                rows = connection.execute(text(f'SELECT * FROM "{name}"')).mappings()
                found[name] = {tuple(row[key] for key in keys): dict(row) for row in rows}
    finally:
        engine.dispose()
    return found


@pytest.mark.parametrize("revision", earlier_revisions())
def test_an_upgrade_from_each_earlier_revision_keeps_every_row(revision, hub, hub_url):
    fill_every_table(hub)
    hub.database.dispose()
    command.downgrade(alembic_config(hub_url), revision)
    before = every_row(hub_url)
    empty = sorted(name for name, rows in before.items() if not rows)
    assert not empty, f"no data at {revision} in {empty}: fill them in fill_every_table"

    migrate(hub_url)  # what `entraide-hub migrate` and `serve` do
    after = every_row(hub_url)
    for table, rows in before.items():
        assert rows.keys() == after[table].keys(), f"rows of {table} lost or added"
        for key, row in rows.items():
            assert {column: after[table][key][column] for column in row} == row, f"{table} {key}"
