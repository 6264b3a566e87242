"""The hub's schema, console tables included: the models and the migrations agree, and a hub of
the previous revision is upgraded with its devices' activity carried over."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from hub.db import alembic_config, make_engine, migrate


def test_hub_models_and_migrations_do_not_drift(hub_url):
    migrate(hub_url)
    command.check(alembic_config(hub_url))  # raises when autogenerate would find a difference


def test_upgrade_from_0002_keeps_devices_and_notes_their_last_month(hub_url):
    command.upgrade(alembic_config(hub_url), "0002")
    engine = make_engine(hub_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO associations (id, name, created_at) "
                "VALUES ('a1', 'Les Amis', '2025-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO devices (id, association_id, name, token_hash, created_at, last_seen_at) VALUES "
                "('d1', 'a1', 'Portable', 'h1', '2025-01-01 00:00:00', '2025-03-04 10:00:00'), "
                "('d2', 'a1', 'Jamais vu', 'h2', '2025-01-01 00:00:00', NULL)"
            )
        )
    migrate(hub_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT month, device_id FROM device_activity")).all() == [
            ("2025-03", "d1")
        ]
        assert connection.execute(text("SELECT name, kind FROM associations")).all() == [("Les Amis", None)]
    engine.dispose()
