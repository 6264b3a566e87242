"""What the backup tests share: a hub's rows, its identity, the real command line."""

from __future__ import annotations

import os
import subprocess

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from hub.__main__ import main
from hub.db import alembic_config, make_engine
from hub.models import Base, HubState
from tests.hub.conftest import Hub, op
from tests.hub.server import hub_command

# ':' and '\' need escaping in a passfile, "'" in a connection string, '@' and '/' in a URL.
PASSWORD = "Mot:de\\passe'sûr@/42"


RENEWED = {"instance_id", "secret"}  # a restored hub's identity and its console's cookie key


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every hub table, in primary-key order; the hub's identity and keys apart."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(*[c for c in table.columns if c.name not in RENEWED]).order_by(
                            *table.primary_key.columns
                        )
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def instance_id(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(HubState.instance_id))
    finally:
        engine.dispose()


def assert_at_head(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    finally:
        engine.dispose()
    assert current == set(ScriptDirectory.from_config(alembic_config(url)).get_heads())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real `entraide-hub` program, with no ENTRAIDE_HUB_* setting but those given."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ENTRAIDE_HUB_")}
    return subprocess.run(
        [*hub_command(), *argv],
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def fill(hub: Hub) -> dict[str, dict]:
    """Two associations, private and shared records, an edit and a deletion."""
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    lea, projector = (
        op(display_name="Léa", email="lea@ex.fr"),
        op("equipment", name="Vidéoprojecteur", deposit_cents=15000, visibility="network"),
    )
    gone = op(display_name="Ancien adhérent")
    [first, _, deleted_at] = hub.push(amis, lea, projector, gone)
    hub.push(
        amis,
        op(record_id=lea["record_id"], base=first["version"], notes="trésorière"),
        op(record_id=gone["record_id"], base=deleted_at["version"], deleted=True),
    )
    hub.push(comite, op(display_name="Paul"))
    return {"amis": amis, "comite": comite, "lea": lea, "projector": projector}
